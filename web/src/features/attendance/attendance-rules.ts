import type { TAttendance } from '#contract/attendance.ts';
import type { ErrorCode } from '#contract/errors.ts';
import { canCheckIn, canReport, type SlotRole } from '#contract/rules.ts';
import { type TimeStyle, zonedWallTime } from '../../lib/time.ts';

export type Attendance = TAttendance;
export type MyReport = NonNullable<Attendance['myReport']>;

/** An interview's times, as the slot carries them. */
type Times = { startsAt: string; endsAt: string };

const instants = ({ startsAt, endsAt }: Times) => ({
  startsAt: new Date(startsAt),
  endsAt: new Date(endsAt),
});

/**
 * Where the viewer's "I am here" stands at `now`, by the contract's rule (the page's own clock turns the
 * button on and off; the server's answer decides): not open yet, open, pressed, or missed.
 */
export type CheckInStep =
  | { kind: 'before'; opensAt: string }
  | { kind: 'open'; closesAt: string }
  | { kind: 'done'; at: string }
  | { kind: 'missed' };

export function checkInStep(slot: Times, attendance: Attendance, role: SlotRole, now: Date): CheckInStep {
  const at = attendance[role].checkedInAt;
  if (at) return { kind: 'done', at };
  if (canCheckIn(instants(slot), now)) return { kind: 'open', closesAt: attendance.checkInClosesAt };
  return now < new Date(attendance.checkInOpensAt)
    ? { kind: 'before', opensAt: attendance.checkInOpensAt }
    : { kind: 'missed' };
}

/**
 * Where a no-show report stands for the viewer: filed (with its outcome), possible now, possible after the
 * end, or not at all (the 24 hours are over, or the viewer's feedback confirmed the interview took place).
 */
export type ReportStep =
  | { kind: 'filed'; report: MyReport }
  | { kind: 'open'; closesAt: string }
  | { kind: 'later'; opensAt: string }
  | { kind: 'none' };

export function reportStep(
  slot: Times,
  attendance: Attendance,
  feedbackGiven: boolean,
  now: Date,
): ReportStep {
  if (attendance.myReport) return { kind: 'filed', report: attendance.myReport };
  if (feedbackGiven) return { kind: 'none' };
  if (canReport(instants(slot), now)) return { kind: 'open', closesAt: attendance.reportClosesAt };
  return now < new Date(slot.endsAt) ? { kind: 'later', opensAt: slot.endsAt } : { kind: 'none' };
}

/** A moment of today is said by its time alone ("с 14:50 МСК"); another day's with its date. */
export function momentStyle(instant: string, now: Date, timeZone: string): TimeStyle {
  return zonedWallTime(instant, timeZone).date === zonedWallTime(now, timeZone).date ? 'time' : 'dateTime';
}

/** The refusals an attendance action can meet, each with words of its own (attendance.errors.*). */
export const ATTENDANCE_REFUSALS = [
  'check_in_closed',
  'report_window_closed',
  'report_exists',
  'report_not_applicable',
] as const satisfies readonly ErrorCode[];
export type AttendanceRefusal = (typeof ATTENDANCE_REFUSALS)[number];

export const asAttendanceRefusal = (code: string | undefined): AttendanceRefusal | null =>
  ATTENDANCE_REFUSALS.find((refusal) => refusal === code) ?? null;
