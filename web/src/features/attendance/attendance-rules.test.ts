import { describe, expect, it } from 'vitest';
import {
  type Attendance,
  asAttendanceRefusal,
  checkInStep,
  momentStyle,
  reportStep,
} from './attendance-rules.ts';

const SLOT = { startsAt: '2026-12-12T15:00:00.000Z', endsAt: '2026-12-12T16:00:00.000Z' };
const OPENS = '2026-12-12T14:50:00.000Z';
const REPORTS_CLOSE = '2026-12-13T16:00:00.000Z';
const at = (iso: string, ms = 0) => new Date(new Date(iso).getTime() + ms);

function attendance(overrides: Partial<Attendance> = {}): Attendance {
  return {
    checkInOpensAt: OPENS,
    checkInClosesAt: SLOT.endsAt,
    interviewer: { checkedInAt: null },
    candidate: { checkedInAt: null },
    canCheckIn: false,
    reportClosesAt: REPORTS_CLOSE,
    canReport: false,
    myReport: null,
    reportAgainstMe: null,
    ...overrides,
  };
}

describe('checkInStep', () => {
  it('opens 10 minutes before the start and closes at the end, by the page’s clock', () => {
    expect(checkInStep(SLOT, attendance(), 'candidate', at(OPENS, -1))).toEqual({
      kind: 'before',
      opensAt: OPENS,
    });
    expect(checkInStep(SLOT, attendance(), 'candidate', at(OPENS))).toEqual({
      kind: 'open',
      closesAt: SLOT.endsAt,
    });
    expect(checkInStep(SLOT, attendance(), 'candidate', at(SLOT.endsAt, -1)).kind).toBe('open');
    expect(checkInStep(SLOT, attendance(), 'candidate', at(SLOT.endsAt))).toEqual({ kind: 'missed' });
  });

  it('says when the viewer pressed, whatever the time, and only the viewer’s own side counts', () => {
    const interviewerIn = attendance({ interviewer: { checkedInAt: '2026-12-12T14:55:00.000Z' } });
    expect(checkInStep(SLOT, interviewerIn, 'interviewer', at(SLOT.endsAt, 60_000))).toEqual({
      kind: 'done',
      at: '2026-12-12T14:55:00.000Z',
    });
    expect(checkInStep(SLOT, interviewerIn, 'candidate', at(OPENS)).kind).toBe('open');
  });
});

describe('reportStep', () => {
  it('points to the end before it, is open for 24 hours after it, then is gone', () => {
    expect(reportStep(SLOT, attendance(), false, at(SLOT.endsAt, -1))).toEqual({
      kind: 'later',
      opensAt: SLOT.endsAt,
    });
    expect(reportStep(SLOT, attendance(), false, at(SLOT.endsAt))).toEqual({
      kind: 'open',
      closesAt: REPORTS_CLOSE,
    });
    expect(reportStep(SLOT, attendance(), false, at(REPORTS_CLOSE, -1)).kind).toBe('open');
    expect(reportStep(SLOT, attendance(), false, at(REPORTS_CLOSE))).toEqual({ kind: 'none' });
  });

  it('is not offered once the viewer’s feedback confirmed the interview', () => {
    expect(reportStep(SLOT, attendance(), true, at(SLOT.endsAt)).kind).toBe('none');
  });

  it('shows the viewer’s report, with its outcome, long after the window', () => {
    const report = {
      status: 'rejected' as const,
      comment: 'Не пришёл',
      createdAt: '2026-12-12T16:30:00.000Z',
      resolutionNote: 'Собеседник был на связи',
    };
    expect(reportStep(SLOT, attendance({ myReport: report }), false, at(REPORTS_CLOSE, 86_400_000))).toEqual({
      kind: 'filed',
      report,
    });
  });
});

describe('momentStyle', () => {
  it('says a moment of the viewer’s today by its time, another day’s with its date', () => {
    const now = new Date('2026-12-12T14:00:00.000Z');
    expect(momentStyle(OPENS, now, 'Europe/Moscow')).toBe('time');
    expect(momentStyle(REPORTS_CLOSE, now, 'Europe/Moscow')).toBe('dateTime');
    // 21:30 UTC is already the next day in Moscow (00:30) but still today in London.
    expect(momentStyle('2026-12-12T21:30:00.000Z', now, 'Europe/Moscow')).toBe('dateTime');
    expect(momentStyle('2026-12-12T21:30:00.000Z', now, 'Europe/London')).toBe('time');
  });
});

describe('asAttendanceRefusal', () => {
  it('knows the attendance refusals and nothing else', () => {
    expect(asAttendanceRefusal('report_exists')).toBe('report_exists');
    expect(asAttendanceRefusal('check_in_closed')).toBe('check_in_closed');
    expect(asAttendanceRefusal('forbidden')).toBeNull();
    expect(asAttendanceRefusal(undefined)).toBeNull();
  });
});
