import { describe, expect, it } from 'vitest';
import { readInterviewFilters, toInterviewsQuery, writeInterviewFilters } from './interview-filters.ts';

const BACKEND = '00000000-0000-4000-8000-0000000000be';

describe('the interview list’s filters', () => {
  it('read from the address what makes sense and drop the rest', () => {
    const filters = readInterviewFilters(
      new URLSearchParams(`status=booked&professionId=${BACKEND}&person=%20Петров%20&from=2026-12-01&to=x`),
    );
    expect(filters).toEqual({
      status: 'booked',
      from: '2026-12-01',
      to: '',
      professionId: BACKEND,
      person: 'Петров',
    });
    expect(readInterviewFilters(new URLSearchParams('status=lost&professionId=backend'))).toMatchObject({
      status: '',
      professionId: '',
    });
    expect(writeInterviewFilters(filters).toString()).toBe(
      `status=booked&from=2026-12-01&professionId=${BACKEND}&person=%D0%9F%D0%B5%D1%82%D1%80%D0%BE%D0%B2`,
    );
  });

  it('ask for the start range as whole days of the admin’s zone', () => {
    expect(
      toInterviewsQuery(
        { status: '', from: '', to: '2026-12-31', professionId: '', person: 'anna' },
        'Asia/Novosibirsk',
      ),
    ).toEqual({ person: 'anna', to: '2026-12-31T17:00:00.000Z' });
  });
});
