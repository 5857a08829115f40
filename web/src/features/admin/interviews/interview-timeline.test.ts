import { describe, expect, it } from 'vitest';
import type { TAdminInterviewDetail } from '#contract/admin-interviews.ts';
import { interviewTimeline } from './interview-timeline.ts';

const anna = { id: '00000000-0000-4000-8000-00000000000a', login: 'anna', displayName: 'Анна' };
const boris = { id: '00000000-0000-4000-8000-00000000000b', login: 'boris', displayName: 'Борис' };
const vera = { id: '00000000-0000-4000-8000-00000000000c', login: 'vera', displayName: 'Вера' };
const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 9, minute)).toISOString();

const booking = (changes: Partial<TAdminInterviewDetail['bookings'][number]>) => ({
  id: '10000000-0000-4000-8000-000000000001',
  candidate: boris,
  status: 'active' as const,
  createdAt: at(5),
  cancelledAt: null,
  earnsReward: true,
  feedbackRevealedAt: null,
  review: null,
  assessment: null,
  checkIns: [],
  reports: [],
  ledger: [],
  strikes: [],
  ...changes,
});

const detail: TAdminInterviewDetail = {
  slot: {
    id: '20000000-0000-4000-8000-000000000001',
    status: 'cancelled',
    profession: {
      id: '30000000-0000-4000-8000-000000000001',
      slug: 'go',
      name: { ru: 'Go', en: 'Go' },
      archived: false,
    },
    startsAt: at(50),
    endsAt: at(59),
    durationMinutes: 30,
    level: null,
    language: 'ru',
    description: '',
    meetingUrl: 'https://meet.example.com/x',
    sequence: 3,
    createdAt: at(0),
    updatedAt: at(30),
    lockedAt: null,
    cancelledAt: at(30),
    completedAt: null,
    expiredAt: null,
    archivedAt: null,
  },
  interviewer: anna,
  canCancel: false,
  bookings: [
    booking({
      id: '10000000-0000-4000-8000-000000000002',
      candidate: vera,
      status: 'cancelled_by_candidate',
      createdAt: at(1),
      cancelledAt: at(2),
      ledger: [
        { id: 1, person: vera, delta: -1, reason: 'booking_spend', note: '', createdAt: at(1) },
        {
          id: 2,
          person: vera,
          delta: 1,
          reason: 'booking_refund',
          note: 'candidate_cancelled',
          createdAt: at(2),
        },
      ],
    }),
    booking({
      status: 'cancelled_by_admin',
      cancelledAt: at(30),
      ledger: [
        { id: 3, person: boris, delta: -1, reason: 'booking_spend', note: '', createdAt: at(5) },
        {
          id: 4,
          person: boris,
          delta: 1,
          reason: 'booking_refund',
          note: 'admin_cancelled',
          createdAt: at(30),
        },
      ],
    }),
  ],
  audit: [
    {
      id: 7,
      action: 'interview.cancelled',
      actor: anna,
      targetUser: anna,
      targetType: 'interview',
      targetId: '20000000-0000-4000-8000-000000000001',
      before: { status: 'booked' },
      after: { status: 'cancelled' },
      reason: 'Болезнь',
      details: {},
      createdAt: at(30),
    },
  ],
};

describe('the interview’s history', () => {
  it('tells every moment in time order, an admin’s action before its effects', () => {
    const timeline = interviewTimeline(detail);
    expect(timeline.map((item) => item.key)).toEqual([
      'published',
      'booked:10000000-0000-4000-8000-000000000002',
      'ledger:1',
      'cancelled:10000000-0000-4000-8000-000000000002',
      'ledger:2',
      'booked:10000000-0000-4000-8000-000000000001',
      'ledger:3',
      'audit:7',
      'slot-cancelled',
      'cancelled:10000000-0000-4000-8000-000000000001',
      'ledger:4',
    ]);
    expect(timeline[3]?.event).toEqual({
      kind: 'bookingCancelled',
      candidate: vera,
      status: 'cancelled_by_candidate',
    });
    expect(new Set(timeline.map((item) => item.key)).size).toBe(timeline.length);
  });

  it('includes check-ins, feedback, reports with their outcome, strikes and the reveal', () => {
    const held = interviewTimeline({
      ...detail,
      slot: { ...detail.slot, status: 'completed', cancelledAt: null, completedAt: at(59) },
      audit: [],
      bookings: [
        booking({
          checkIns: [{ person: boris, at: at(49) }],
          review: { createdAt: at(58), updatedAt: at(58) },
          feedbackRevealedAt: at(59),
          reports: [
            {
              id: '40000000-0000-4000-8000-000000000001',
              reporter: anna,
              accused: boris,
              comment: '',
              status: 'rejected',
              createdAt: at(57),
              resolvedAt: at(59),
              resolvedBy: anna,
              resolutionNote: 'Был',
            },
          ],
          strikes: [{ person: boris, kind: 'no_show', createdAt: at(59) }],
        }),
      ],
    });
    expect(held.map((item) => item.event.kind)).toEqual([
      'published',
      'booked',
      'checkedIn',
      'reportFiled',
      'review',
      'completed',
      'reportResolved',
      'revealed',
      'strike',
    ]);
  });
});
