import { useId, useState } from 'react';
import '../anti-farming-words.ts';
import { useDispatch } from 'react-redux';
import { useLocation, useNavigate } from 'react-router-dom';
import styled from 'styled-components';
import { BOOKING_COST, PAIR_REWARD_WINDOW_DAYS } from '#contract/rules.ts';
import { ErrorAlert } from '../../../components/ui/alert.tsx';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { Dialog, DialogActions } from '../../../components/ui/dialog.tsx';
import { paths } from '../../../config/paths.ts';
import { useLanguage, useTranslation } from '../../../lib/i18n.ts';
import { useFormProblem } from '../../../lib/problem.ts';
import { useNow } from '../../../lib/use-now.ts';
import { useTimeFormat } from '../../../lib/use-time-format.ts';
import { useViewer } from '../../../lib/viewer.ts';
import {
  type ExchangeSlot,
  type SlotDetails,
  slotsApi,
  useBookSlotMutation,
  useGetSlotQuery,
} from '../api/slots-api.ts';
import { isPastCutoff, slotBookingBlock } from '../slot-rules.ts';
import { ActionRoot, Note, Reason, Summary, SummaryTitle } from './slot-action.tsx';
import { SlotWhen } from './slot-facts.tsx';

const NO_FIELDS = [] as const;

const Warning = styled(Note)`
  border-left-color: ${({ theme }) => theme.colors.warning};
  background: ${({ theme }) => theme.colors.warningSoft};
  color: ${({ theme }) => theme.colors.warning};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
`;

/**
 * "Book · 1 point (you have 3)", or why not: a guest is invited to log in, anyone else sees the disabled
 * button with the reason. Booking asks for confirmation first, saying when cancelling closes (or that it
 * already has) and, when the interviewer would earn nothing for it (anti-farming), that too; then it opens
 * the slot's page with the meeting link. The slot's page knows the latter from its slot; from the exchange
 * it is read when the confirmation opens.
 */
export function BookSlot({ slot }: { slot: ExchangeSlot | SlotDetails }) {
  const { t } = useTranslation();
  const { me } = useViewer();
  const now = useNow();
  const { format } = useTimeFormat();
  const language = useLanguage();
  const dispatch = useDispatch();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const [confirming, setConfirming] = useState(false);
  const [book, { error, isLoading, reset }] = useBookSlotMutation();
  const known = 'earnsReward' in slot ? slot.earnsReward : undefined;
  // Asked afresh on each confirmation: another booking since may have changed the answer.
  const details = useGetSlotQuery(slot.id, {
    skip: known !== undefined || !confirming,
    refetchOnMountOrArgChange: true,
  });
  const earnsNothing = (known === undefined ? details.data?.earnsReward : known) === false;
  const { formError } = useFormProblem(error, NO_FIELDS);
  const reasonId = useId();

  const block = slotBookingBlock(slot, me, now);
  if (block === 'guest') {
    return (
      <ActionRoot>
        <ButtonLink to={paths.login.getHref(`${pathname}${search}`)} $variant="secondary">
          {t('book.guest')}
        </ButtonLink>
      </ActionRoot>
    );
  }
  const balance = me?.balance ?? 0;
  const label = t('book.action', { balance });
  if (block) {
    return (
      <ActionRoot>
        <Button type="button" disabled aria-describedby={reasonId}>
          {label}
        </Button>
        <Reason id={reasonId}>{t(`book.${block}`)}</Reason>
      </ActionRoot>
    );
  }

  const close = () => {
    setConfirming(false);
    // A refusal means what the page shows is out of date (taken by someone faster, points spent elsewhere).
    if (error) dispatch(slotsApi.util.invalidateTags(['Slots', { type: 'Slot', id: slot.id }, 'Me']));
    reset();
  };
  const confirm = async () => {
    const result = await book(slot.id);
    if (result.error) return;
    setConfirming(false);
    navigate(paths.slot.getHref(slot.id), { state: { notice: 'booked' } });
  };
  const locked = isPastCutoff(slot, now);
  const noReward = t('antiFarming.noReward', { count: PAIR_REWARD_WINDOW_DAYS });

  return (
    <ActionRoot>
      <Button type="button" onClick={() => setConfirming(true)}>
        {label}
      </Button>
      {known === false && <Note data-testid="no-reward-note">{noReward}</Note>}
      <Dialog open={confirming} title={t('book.confirmTitle')} onClose={close}>
        <Summary>
          <SummaryTitle>{slot.profession.name[language]}</SummaryTitle>
          <SlotWhen slot={slot} />
          <span>{slot.interviewer.displayName}</span>
        </Summary>
        <p>{t('book.confirmCost', { left: t('common.points', { count: balance - BOOKING_COST }) })}</p>
        {locked ? (
          <Warning role="note">{t('book.confirmNoCancel')}</Warning>
        ) : (
          <Note>{t('book.confirmCancelUntil', { time: format(slot.cutoffAt, 'dateTime') })}</Note>
        )}
        {earnsNothing && <Note>{noReward}</Note>}
        {formError && <ErrorAlert>{formError}</ErrorAlert>}
        <DialogActions>
          <Button type="button" $variant="secondary" onClick={close}>
            {t('common.keep')}
          </Button>
          <Button type="button" data-autofocus onClick={confirm} disabled={isLoading} aria-busy={isLoading}>
            {isLoading ? t('book.confirming') : t('book.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </ActionRoot>
  );
}
