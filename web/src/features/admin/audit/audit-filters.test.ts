import { describe, expect, it } from 'vitest';
import { readAuditFilters, toAuditQuery, writeAuditFilters } from './audit-filters.ts';

describe('the audit log’s filters', () => {
  it('read from the address what makes sense and drop the rest', () => {
    const filters = readAuditFilters(
      new URLSearchParams('actor=%20anna%20&action=points.adjusted&target=&from=2026-12-01&to=soon'),
    );
    expect(filters).toEqual({
      actor: 'anna',
      action: 'points.adjusted',
      target: '',
      from: '2026-12-01',
      to: '',
    });
    expect(readAuditFilters(new URLSearchParams('action=user.deleted')).action).toBe('');
    expect(writeAuditFilters(filters).toString()).toBe('actor=anna&action=points.adjusted&from=2026-12-01');
  });

  it('ask for whole days of the admin’s zone, both ends included', () => {
    const query = toAuditQuery(
      { actor: '', action: '', target: 'boris', from: '2026-12-01', to: '2026-12-02' },
      'Europe/Moscow',
    );
    expect(query).toEqual({
      target: 'boris',
      from: '2026-11-30T21:00:00.000Z',
      to: '2026-12-02T21:00:00.000Z',
    });
  });
});
