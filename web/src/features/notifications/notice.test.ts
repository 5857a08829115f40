import { describe, expect, it } from 'vitest';
import type { ClientEvent } from '#contract/events.ts';
import { noticeOfEvent, readNotice } from './notice.ts';

const SLOT = '00000000-0000-4000-8000-000000005100';
const STARTS_AT = '2026-12-12T15:00:00.000Z';

const event = (name: ClientEvent['name'], payload: ClientEvent['payload'], personal = true): ClientEvent => ({
  name,
  payload,
  personal,
  version: 7,
  occurredAt: STARTS_AT,
});

describe('notices', () => {
  it('reads what a stored notification says, kind by kind', () => {
    expect(
      readNotice('booking.created', { slotId: SLOT, candidateName: 'Борис', startsAt: STARTS_AT }),
    ).toEqual({
      kind: 'booking.created',
      slotId: SLOT,
      candidateName: 'Борис',
      startsAt: STARTS_AT,
    });
    expect(readNotice('booking.cancelled', { slotId: SLOT, by: 'interviewer', startsAt: STARTS_AT })).toEqual(
      {
        kind: 'booking.cancelled',
        slotId: SLOT,
        by: 'interviewer',
        startsAt: STARTS_AT,
      },
    );
    expect(readNotice('slot.updated', { slotId: SLOT, fields: ['meetingUrl', 'sequence'] })).toEqual({
      kind: 'slot.updated',
      slotId: SLOT,
      fields: ['meetingUrl'],
    });
  });

  it('does not pretend to know a notice it cannot read', () => {
    expect(readNotice('booking.created', { slotId: SLOT })).toBeNull();
    expect(readNotice('booking.cancelled', { slotId: SLOT, by: 'admin', startsAt: STARTS_AT })).toBeNull();
    expect(readNotice('interview.reminder', { startsAt: STARTS_AT })).toBeNull();
    expect(readNotice('feedback.received', { slotId: SLOT })).toBeNull();
  });

  it('pops up personal notices only: not the balance, not the public stream', () => {
    expect(noticeOfEvent(event('interview.reminder', { slotId: SLOT, startsAt: STARTS_AT }))).toEqual({
      kind: 'interview.reminder',
      slotId: SLOT,
      startsAt: STARTS_AT,
    });
    expect(noticeOfEvent(event('points.changed', { balance: 2 }))).toBeNull();
    expect(noticeOfEvent(event('slot.booked', { slotId: SLOT }, false))).toBeNull();
  });
});
