import { describe, expect, it } from 'vitest';
import type { ClientEvent } from '#contract/events.ts';
import { noticeLink, noticeOfEvent } from './notice.ts';

const SLOT = '00000000-0000-4000-8000-000000005100';
const STARTS_AT = '2026-12-12T15:00:00.000Z';
const PERSONAL = { personal: true, version: 7, occurredAt: STARTS_AT };

describe('notices', () => {
  it('pops up what a personal event tells, kind by kind', () => {
    const told: ClientEvent[] = [
      {
        ...PERSONAL,
        name: 'booking.created',
        payload: { slotId: SLOT, candidateName: 'Борис', startsAt: STARTS_AT },
      },
      {
        ...PERSONAL,
        name: 'booking.cancelled',
        payload: { slotId: SLOT, by: 'interviewer', startsAt: STARTS_AT },
      },
      { ...PERSONAL, name: 'slot.updated', payload: { slotId: SLOT, fields: ['meetingUrl'] } },
      { ...PERSONAL, name: 'interview.reminder', payload: { slotId: SLOT, startsAt: STARTS_AT } },
      { ...PERSONAL, name: 'feedback.requested', payload: { slotId: SLOT, closesAt: STARTS_AT } },
      { ...PERSONAL, name: 'feedback.received', payload: { slotId: SLOT, from: 'candidate' } },
      { ...PERSONAL, name: 'feedback.revealed', payload: { slotId: SLOT } },
      { ...PERSONAL, name: 'feedback.closing', payload: { slotId: SLOT, closesAt: STARTS_AT } },
    ];
    for (const event of told) {
      expect(noticeOfEvent(event)).toEqual({ kind: event.name, payload: event.payload });
    }
  });

  it('leads feedback notices to the interview’s feedback, the others to the interview', () => {
    expect(
      noticeLink({ kind: 'feedback.requested', payload: { slotId: SLOT, closesAt: STARTS_AT } }),
    ).toEqual({
      href: `/slots/${SLOT}#feedback`,
      action: 'giveFeedback',
    });
    expect(noticeLink({ kind: 'feedback.revealed', payload: { slotId: SLOT } })).toEqual({
      href: `/slots/${SLOT}#feedback`,
      action: 'readFeedback',
    });
    const booked = { slotId: SLOT, candidateName: 'Борис', candidateLogin: 'boris', startsAt: STARTS_AT };
    expect(noticeLink({ kind: 'booking.created', payload: booked })).toEqual({
      href: `/slots/${SLOT}`,
      action: 'openSlot',
    });
  });

  it('pops up personal notices only: not the balance, not the public stream', () => {
    expect(noticeOfEvent({ ...PERSONAL, name: 'points.changed', payload: { balance: 2 } })).toBeNull();
    expect(
      noticeOfEvent({ ...PERSONAL, personal: false, name: 'slot.booked', payload: { slotId: SLOT } }),
    ).toBeNull();
  });
});
