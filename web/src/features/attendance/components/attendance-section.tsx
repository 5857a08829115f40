import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/i18n.ts';
import '../attendance-i18n.ts';
import { useDispatch } from 'react-redux';
import styled from 'styled-components';
import type { ReportStatus } from '#contract/enums.ts';
import type { SlotRole } from '#contract/rules.ts';
import type { TSlotDetails } from '#contract/slots.ts';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert.tsx';
import { Badge } from '../../../components/ui/badge.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Card, CardTitle } from '../../../components/ui/card.tsx';
import { Fact, Facts } from '../../../components/ui/facts.tsx';
import { HeadingRow } from '../../../components/ui/heading-row.tsx';
import { api } from '../../../lib/api.ts';
import { useNow } from '../../../lib/use-now.ts';
import { useTimeFormat } from '../../../lib/use-time-format.ts';
import { useCheckInMutation } from '../api/attendance-api.ts';
import {
  type CheckInStep,
  checkInStep,
  type MyReport,
  momentStyle,
  reportStep,
} from '../attendance-rules.ts';
import { useAttendanceProblem } from './attendance-problem.ts';
import { Action, Hint } from './attendance-styles.ts';
import { ReportNoShow } from './report-no-show.tsx';

const Section = styled(Card)`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
`;

const Rule = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
`;

const Part = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.sm};
  padding-top: ${({ theme }) => theme.space.md};
  border-top: 1px solid ${({ theme }) => theme.colors.border};
`;

const PartTitle = styled.h3`
  font-size: ${({ theme }) => theme.fontSizes.lg};

  &:focus {
    outline: none;
  }
`;

const Absent = styled.span`
  color: ${({ theme }) => theme.colors.textMuted};
`;

/** What the other side said about the viewer: plain and neutral, set apart from the viewer's own part. */
const Against = styled.p`
  padding: ${({ theme }) => theme.space.sm} ${({ theme }) => theme.space.md};
  border-left: 4px solid ${({ theme }) => theme.colors.warning};
  border-radius: ${({ theme }) => theme.radii.md};
  background: ${({ theme }) => theme.colors.warningSoft};
`;

const Quote = styled.p`
  white-space: pre-line;
  overflow-wrap: anywhere;
`;

const STATUS_TONES: Record<ReportStatus, 'warning' | 'success' | 'neutral'> = {
  pending: 'warning',
  upheld: 'success',
  rejected: 'neutral',
};

const SIDES: readonly SlotRole[] = ['interviewer', 'candidate'];

/**
 * Attendance of an interview on its page, for its two participants: both check-ins ("I am here", evidence
 * for an admin should the meeting fail), the viewer's button while the window is open, and after the end,
 * for 24 hours, the way to report that the other side did not come, then that report and its outcome. The
 * other side's check-in and report arrive live (the page reads the slot again on events naming it).
 */
export function AttendanceSection({ slot }: { slot: TSlotDetails }) {
  const { t } = useTranslation();
  const now = useNow();
  const { format, timeZone } = useTimeFormat();
  const [filed, setFiled] = useState(false);
  const { attendance, myRole } = slot;
  if (!attendance || !myRole) return null;
  const report = reportStep(slot, attendance, slot.feedback?.status === 'given', now);
  const at = (instant: string) => format(instant, momentStyle(instant, now, timeZone));

  return (
    <Section aria-labelledby="attendance-title" data-testid="attendance">
      <CardTitle id="attendance-title">{t('attendance.title')}</CardTitle>
      <Rule>{t('attendance.rule')}</Rule>
      <Facts>
        {SIDES.map((side) => {
          const checkedInAt = attendance[side].checkedInAt;
          return (
            <Fact
              key={side}
              label={
                side === myRole
                  ? t('attendance.sideYou', { side: t(`attendance.side.${side}`) })
                  : t(`attendance.side.${side}`)
              }
              testId={`check-in-${side}`}
            >
              {checkedInAt ? (
                t('attendance.present', { time: at(checkedInAt) })
              ) : (
                <Absent>{t('attendance.absent')}</Absent>
              )}
            </Fact>
          );
        })}
      </Facts>
      <CheckIn slotId={slot.id} step={checkInStep(slot, attendance, myRole, now)} at={at} />
      {attendance.reportAgainstMe && (
        <Against data-testid="report-against-me">
          {t(`attendance.against.${attendance.reportAgainstMe.status}`)}
        </Against>
      )}
      {report.kind === 'filed' && (
        <FiledReport report={report.report} justFiled={filed} feedbackDue={slot.feedback?.status === 'due'} />
      )}
      {report.kind === 'open' && (
        <Part>
          <ReportNoShow slotId={slot.id} closesAt={report.closesAt} onFiled={() => setFiled(true)} />
        </Part>
      )}
      {report.kind === 'later' && now >= new Date(attendance.checkInOpensAt) && (
        <Hint>{t('attendance.reportLater', { time: at(report.opensAt) })}</Hint>
      )}
    </Section>
  );
}

/**
 * The viewer's "I am here": a button inside the window, words for before and after it, and once pressed the
 * time, in a live region that stays in the page so that the change is announced.
 */
function CheckIn({
  slotId,
  step,
  at,
}: {
  slotId: string;
  step: CheckInStep;
  at: (instant: string) => string;
}) {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const hintId = useId();
  const [checkIn, request] = useCheckInMutation();
  const problem = useAttendanceProblem(request.error, []);
  const press = async () => {
    const result = await checkIn(slotId);
    // Refused (the window closed by the server's clock): what the page shows is read again.
    if (result.error) dispatch(api.util.invalidateTags([{ type: 'Slot', id: slotId }]));
  };
  // After a success the button stays off until the slot read again shows the check-in.
  const busy = request.isLoading || request.isSuccess;
  return (
    <Action>
      <StatusMessage>
        {step.kind === 'done' && t('attendance.checkedIn', { time: at(step.at) })}
      </StatusMessage>
      {step.kind === 'missed' && <Hint>{t('attendance.missed')}</Hint>}
      {(step.kind === 'before' || step.kind === 'open') && (
        <>
          <Button
            type="button"
            onClick={press}
            disabled={step.kind === 'before' || busy}
            aria-busy={request.isLoading}
            aria-describedby={hintId}
            data-testid="check-in"
          >
            {request.isLoading ? t('attendance.checkingIn') : t('attendance.checkIn')}
          </Button>
          <Hint id={hintId}>
            {step.kind === 'before'
              ? t('attendance.opensAt', { time: at(step.opensAt) })
              : t('attendance.openUntil', { time: at(step.closesAt) })}
          </Hint>
          {problem.formError && <ErrorAlert>{problem.formError}</ErrorAlert>}
        </>
      )}
    </Action>
  );
}

/**
 * The viewer's report: sent and waiting for an admin, or the outcome with the admin's note. Right after
 * sending, the form gives way to this part: keyboard and screen reader users continue from its heading.
 */
function FiledReport({
  report,
  justFiled,
  feedbackDue,
}: {
  report: MyReport;
  justFiled: boolean;
  /** The viewer could still write feedback, were it not for the report. */
  feedbackDue: boolean;
}) {
  const { t } = useTranslation();
  const { format } = useTimeFormat();
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (justFiled) title.current?.focus();
  }, [justFiled]);
  return (
    <Part data-testid="my-report">
      <HeadingRow>
        <PartTitle ref={title} tabIndex={-1}>
          {t('attendance.myReport')}
        </PartTitle>
        <Badge $tone={STATUS_TONES[report.status]}>{t(`attendance.status.${report.status}`)}</Badge>
      </HeadingRow>
      {report.status === 'pending' && <p>{t('attendance.filed')}</p>}
      <Facts>
        <Fact label={t('attendance.filedAt')}>{format(report.createdAt, 'dateTime')}</Fact>
        <Fact label={t('attendance.yourComment')}>
          <Quote>{report.comment}</Quote>
        </Fact>
        {report.status !== 'pending' && (
          <Fact label={t('attendance.outcomeLabel')}>{t(`attendance.outcome.${report.status}`)}</Fact>
        )}
        {report.resolutionNote && (
          <Fact label={t('attendance.adminNote')}>
            <Quote>{report.resolutionNote}</Quote>
          </Fact>
        )}
      </Facts>
      {feedbackDue && report.status !== 'rejected' && <Hint>{t('attendance.noFeedback')}</Hint>}
    </Part>
  );
}
