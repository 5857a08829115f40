import { describe, expect, it } from 'vitest';
import { bookingBlock } from '#contract/rules.ts';
import type { SlotDetails } from './api/slots-api.ts';
import {
  cancelOption,
  editMode,
  readExchangeFilters,
  slotNote,
  toExchangeQuery,
  writeExchangeFilters,
} from './slot-rules.ts';

const START = '2026-12-12T15:00:00.000Z';
const CUTOFF = '2026-12-12T13:00:00.000Z';
const before = new Date('2026-12-12T12:59:00Z');
const betweenCutoffAndStart = new Date('2026-12-12T13:30:00Z');
const afterStart = new Date('2026-12-12T15:00:00Z');
const afterEnd = new Date('2026-12-12T16:00:00Z');

function slot(overrides: Partial<SlotDetails> = {}): SlotDetails {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    status: 'booked',
    profession: {
      id: '00000000-0000-4000-8000-00000000000a',
      slug: 'backend',
      name: { ru: 'Backend', en: 'Backend' },
    },
    startsAt: START,
    endsAt: '2026-12-12T16:00:00.000Z',
    durationMinutes: 60,
    level: null,
    language: 'ru',
    description: '',
    interviewer: {
      id: 'interviewer',
      login: 'ira',
      displayName: 'Ира',
      interviewsConducted: 0,
      rating: null,
      attendance: null,
    },
    cutoffAt: CUTOFF,
    meetingUrl: 'https://meet.example.com/room',
    sequence: 1,
    myRole: 'candidate',
    counterpart: null,
    bookingId: '00000000-0000-4000-8000-0000000000b1',
    canCancel: true,
    googleCalendarUrl: null,
    feedback: null,
    cancellation: null,
    earnsReward: true,
    attendance: null,
    ...overrides,
  };
}

// The contract's rule: the web is where it shows, before the click, so its cases are told here.
describe('booking', () => {
  const open = { status: 'open', startsAt: new Date(START), interviewerId: 'interviewer' };

  it('is open to a member with a point until the start, even past the cutoff', () => {
    expect(bookingBlock(open, { id: 'me', balance: 1 }, before)).toBeNull();
    expect(bookingBlock(open, { id: 'me', balance: 1 }, betweenCutoffAndStart)).toBeNull();
    expect(bookingBlock(open, { id: 'me', balance: 1 }, afterStart)).toBe('started');
  });

  it('names the reason it is closed', () => {
    expect(bookingBlock(open, null, before)).toBe('guest');
    expect(bookingBlock(open, { id: 'interviewer', balance: 5 }, before)).toBe('own');
    expect(bookingBlock(open, { id: 'me', balance: 0 }, before)).toBe('noPoints');
    expect(bookingBlock({ ...open, status: 'booked' }, { id: 'me', balance: 3 }, before)).toBe('unavailable');
  });
});

describe('cancelling', () => {
  it('lets the candidate give a booking back until the cutoff and no later', () => {
    expect(cancelOption(slot(), before)).toEqual({ kind: 'candidate', blocked: null, late: false });
    expect(cancelOption(slot(), betweenCutoffAndStart)).toEqual({
      kind: 'candidate',
      blocked: 'cutoff',
      late: false,
    });
    expect(cancelOption(slot(), afterStart)).toEqual({ kind: 'candidate', blocked: 'started', late: false });
  });

  it('lets the interviewer cancel a booked interview until the start, late inside the cutoff', () => {
    const mine = slot({ myRole: 'interviewer' });
    expect(cancelOption(mine, before)).toEqual({ kind: 'interviewer', blocked: null, late: false });
    expect(cancelOption(mine, betweenCutoffAndStart)).toEqual({
      kind: 'interviewer',
      blocked: null,
      late: true,
    });
    expect(cancelOption(mine, afterStart)).toEqual({ kind: 'interviewer', blocked: 'started', late: false });
  });

  it('trusts the server when it already refused', () => {
    expect(cancelOption(slot({ canCancel: false }), before)).toEqual({
      kind: 'candidate',
      blocked: 'cutoff',
      late: false,
    });
    expect(cancelOption(slot({ myRole: 'interviewer', canCancel: false }), before)).toMatchObject({
      blocked: 'started',
    });
  });

  it('lets the interviewer withdraw an unbooked slot until the start', () => {
    const open = slot({ status: 'open', myRole: 'interviewer', bookingId: null });
    expect(cancelOption(open, betweenCutoffAndStart)).toEqual({
      kind: 'withdraw',
      blocked: null,
      late: false,
    });
    expect(cancelOption(open, afterStart)).toEqual({ kind: 'withdraw', blocked: 'started', late: false });
  });

  it('offers nothing to others or for finished interviews', () => {
    expect(cancelOption(slot({ myRole: null }), before)).toBeNull();
    expect(cancelOption(slot({ status: 'completed' }), before)).toBeNull();
    expect(cancelOption(slot({ status: 'cancelled', myRole: 'interviewer' }), before)).toBeNull();
  });
});

describe('editing', () => {
  it('opens every field of an open slot and only the link and topics of a booked one', () => {
    expect(editMode(slot({ status: 'open', myRole: 'interviewer' }), before)).toBe('full');
    expect(editMode(slot({ status: 'open', myRole: 'interviewer' }), afterStart)).toBeNull();
    expect(editMode(slot({ myRole: 'interviewer' }), betweenCutoffAndStart)).toBe('linkAndTopics');
    expect(editMode(slot(), before)).toBeNull();
  });

  it('keeps the link of a running interview replaceable until its end', () => {
    expect(editMode(slot({ myRole: 'interviewer' }), afterStart)).toBe('link');
    expect(editMode(slot({ myRole: 'interviewer' }), afterEnd)).toBeNull();
    expect(editMode(slot({ myRole: 'interviewer', status: 'completed' }), afterStart)).toBeNull();
    expect(editMode(slot(), afterStart)).toBeNull();
  });
});

describe('exchange filters', () => {
  it('round-trips through the address and leaves defaults out', () => {
    const filters = readExchangeFilters(
      new URLSearchParams('from=2026-12-01&level=senior&language=xx&sort=cheapest'),
      'mine',
    );
    expect(filters).toEqual({
      professions: 'mine',
      from: '2026-12-01',
      to: '',
      level: 'senior',
      language: '',
      sort: 'soonest',
    });
    expect(writeExchangeFilters(filters, 'mine').toString()).toBe('from=2026-12-01&level=senior');
    expect(writeExchangeFilters({ ...filters, professions: 'all' }, 'mine').get('professions')).toBe('all');
    const ranked = writeExchangeFilters({ ...filters, sort: 'best_rated' }, 'mine');
    expect(ranked.toString()).toBe('from=2026-12-01&level=senior&sort=best_rated');
    expect(readExchangeFilters(ranked, 'mine').sort).toBe('best_rated');
  });

  it('asks for whole days of the viewer’s zone, the last day included', () => {
    const query = toExchangeQuery(
      {
        professions: 'all',
        from: '2026-12-01',
        to: '2026-12-02',
        level: '',
        language: 'en',
        sort: 'soonest',
      },
      'Europe/Moscow',
    );
    expect(query).toEqual({
      professions: 'all',
      from: '2026-11-30T21:00:00.000Z',
      to: '2026-12-02T21:00:00.000Z',
      level: undefined,
      language: 'en',
      sort: undefined,
    });
    const ranked = {
      professions: 'all',
      from: '',
      to: '',
      level: '',
      language: '',
      sort: 'best_rated',
    } as const;
    expect(toExchangeQuery(ranked, 'Europe/Moscow').sort).toBe('best_rated');
  });
});

describe('slotNote', () => {
  const at = '2026-12-12T10:00:00.000Z';
  const candidate = { myRole: 'candidate' as const, bookingId: 'booking' };

  it('shows only the booked state to a candidate who gave back and booked again', () => {
    expect(slotNote(slot({ ...candidate, cancellation: null }), 'booked')).toEqual({ kind: 'booked' });
    expect(slotNote(slot({ ...candidate, cancellation: { by: 'candidate', at } }), 'booked')).toEqual({
      kind: 'booked',
    });
  });

  it('tells the candidate the interviewer cancelled, whatever the page arrived with', () => {
    const cancelled = slot({ status: 'cancelled', myRole: null, cancellation: { by: 'interviewer', at } });
    const note = { kind: 'cancelled', by: 'interviewer', viewer: 'candidate' };
    expect(slotNote(cancelled, 'booked')).toEqual(note);
    expect(slotNote(cancelled, null)).toEqual(note);
  });

  it('says a withdrawn slot was withdrawn', () => {
    const withdrawn = slot({
      status: 'cancelled',
      myRole: 'interviewer',
      cancellation: { by: 'withdrawn', at },
    });
    expect(slotNote(withdrawn, 'published')).toEqual({
      kind: 'cancelled',
      by: 'withdrawn',
      viewer: 'interviewer',
    });
  });

  it('drops an arrival notice the slot no longer agrees with', () => {
    expect(slotNote(slot({ status: 'open', myRole: null, cancellation: null }), 'booked')).toBeNull();
    expect(slotNote(slot({ status: 'booked', myRole: 'interviewer' }), 'published')).toBeNull();
    expect(slotNote(slot({ status: 'open', myRole: 'interviewer' }), 'published')).toEqual({
      kind: 'published',
    });
    expect(slotNote(slot({ status: 'expired', myRole: 'interviewer' }), 'saved')).toBeNull();
  });
});
