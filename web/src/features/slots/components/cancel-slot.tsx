import { useId, useState } from 'react';
import { useDispatch } from 'react-redux';
import styled from 'styled-components';
import { ErrorAlert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Dialog, DialogActions } from '../../../components/ui/dialog.tsx';
import { useLanguage, useTranslation } from '../../../lib/i18n.ts';
import { useFormProblem } from '../../../lib/problem.ts';
import { useNow } from '../../../lib/use-now.ts';
import { useTimeFormat } from '../../../lib/use-time-format.ts';
import {
  type SlotDetails,
  slotsApi,
  useCancelBookingMutation,
  useCancelSlotMutation,
} from '../api/slots-api.ts';
import { cancelOption } from '../slot-rules.ts';
import { ActionRoot, Note, Reason, Summary, SummaryTitle } from './slot-action.tsx';
import { SlotWhen } from './slot-facts.tsx';
import '../../../lib/words/slot-page.ts';

const NO_FIELDS = [] as const;

/** What a late cancellation costs the interviewer, said in the confirmation before the click. */
const LateWarning = styled(Note)`
  border-left-color: ${({ theme }) => theme.colors.danger};
  background: ${({ theme }) => theme.colors.dangerSoft};
  color: ${({ theme }) => theme.colors.danger};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
`;

/**
 * The participant's way out: the candidate gives the booking back (until the cutoff), the interviewer cancels
 * or withdraws (until the start; a booked interview inside the cutoff is a late cancellation, with a strike,
 * and the confirmation warns of it). The button says how long it stays; after that it stays, disabled, with the
 * reason. What was cancelled the page tells from the slot the server answers with.
 */
export function CancelSlot({ slot }: { slot: SlotDetails }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const dispatch = useDispatch();
  const now = useNow();
  const { format } = useTimeFormat();
  const [confirming, setConfirming] = useState(false);
  const [cancelBooking, bookingState] = useCancelBookingMutation();
  const [cancelSlot, slotState] = useCancelSlotMutation();
  const reasonId = useId();
  const option = cancelOption(slot, now);
  const { error, isLoading } = option?.kind === 'candidate' ? bookingState : slotState;
  const { formError } = useFormProblem(error, NO_FIELDS);
  if (!option) return null;

  const label = t(`cancel.${option.kind}.action`);
  if (option.blocked) {
    return (
      <ActionRoot>
        <Button type="button" $variant="secondary" disabled aria-describedby={reasonId}>
          {label}
        </Button>
        <Reason id={reasonId} data-testid="cancel-reason">
          {option.blocked === 'cutoff'
            ? t('cancel.closed', { time: format(slot.cutoffAt, 'dateTime') })
            : t('cancel.started')}
        </Reason>
      </ActionRoot>
    );
  }

  const close = () => {
    setConfirming(false);
    if (error) dispatch(slotsApi.util.invalidateTags(['Interviews', { type: 'Slot', id: slot.id }]));
    bookingState.reset();
    slotState.reset();
  };
  const confirm = async () => {
    const result =
      option.kind === 'candidate' && slot.bookingId
        ? await cancelBooking({ bookingId: slot.bookingId, slotId: slot.id })
        : await cancelSlot(slot.id);
    if (result.error) return;
    setConfirming(false);
  };

  const deadline = {
    withdraw: t('cancel.withdrawUntil', { time: format(slot.startsAt, 'dateTime') }),
    candidate: t('cancel.until', { time: format(slot.cutoffAt, 'dateTime') }),
    interviewer: option.late
      ? t('cancel.lateUntil', { time: format(slot.startsAt, 'dateTime') })
      : t('cancel.interviewerUntil', { time: format(slot.cutoffAt, 'dateTime') }),
  }[option.kind];
  return (
    <ActionRoot>
      <Button type="button" $variant="danger" onClick={() => setConfirming(true)} aria-describedby={reasonId}>
        {label}
      </Button>
      <Reason id={reasonId} data-testid="cancel-deadline">
        {deadline}
      </Reason>
      <Dialog open={confirming} title={t(`cancel.${option.kind}.title`)} onClose={close}>
        <Summary>
          <SummaryTitle>{slot.profession.name[language]}</SummaryTitle>
          <SlotWhen slot={slot} />
          {slot.counterpart && <span>{slot.counterpart.displayName}</span>}
        </Summary>
        <p>{t(`cancel.${option.kind}.text`)}</p>
        {option.late && <LateWarning data-testid="late-cancel-warning">{t('cancel.late')}</LateWarning>}
        {formError && <ErrorAlert>{formError}</ErrorAlert>}
        <DialogActions>
          <Button type="button" $variant="secondary" data-autofocus onClick={close}>
            {t('common.keep')}
          </Button>
          <Button
            type="button"
            $variant="danger"
            onClick={confirm}
            disabled={isLoading}
            aria-busy={isLoading}
          >
            {isLoading ? t('cancel.working') : label}
          </Button>
        </DialogActions>
      </Dialog>
    </ActionRoot>
  );
}
