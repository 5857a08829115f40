import { useTranslation } from '../../../lib/i18n.ts';
import '../anti-farming-words.ts';
import styled from 'styled-components';
import type { SlotStatus } from '#contract/enums.ts';
import { PAIR_REWARD_WINDOW_DAYS } from '#contract/rules.ts';
import { Badge, BadgeList } from '../../../components/ui/badge.tsx';
import { Fact } from '../../../components/ui/facts.tsx';
import { useTimeFormat } from '../../../lib/use-time-format.ts';
import type { ExchangeSlot, SlotDetails } from '../api/slots-api.ts';

const STATUS_TONES = {
  open: 'primary',
  booked: 'success',
  completed: 'neutral',
  archived: 'neutral',
  cancelled: 'danger',
  expired: 'warning',
} as const satisfies Record<SlotStatus, string>;

export function StatusBadge({ status }: { status: SlotStatus }) {
  const { t } = useTranslation();
  return <Badge $tone={STATUS_TONES[status]}>{t(`slot.status.${status}`)}</Badge>;
}

/** The level and language of a slot, and its status when the page needs it. */
export function SlotBadges({
  slot,
  withStatus = false,
  own = false,
}: {
  slot: ExchangeSlot;
  withStatus?: boolean;
  /** The viewer's own slot says so first. */
  own?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <BadgeList>
      {own && (
        <Badge $tone="primary" data-testid="own-slot">
          {t('slot.yours')}
        </Badge>
      )}
      {withStatus && <StatusBadge status={slot.status} />}
      <Badge>{slot.level ? t(`levels.${slot.level}`) : t('slot.anyLevel')}</Badge>
      <Badge>{t(`slot.language.${slot.language}`)}</Badge>
    </BadgeList>
  );
}

/** A slot's name in a list, linking to its page. */
export const SlotTitle = styled.h3`
  font-size: ${({ theme }) => theme.fontSizes.lg};
  overflow-wrap: anywhere;

  a {
    color: ${({ theme }) => theme.colors.text};
    text-decoration: none;
  }

  a:hover {
    color: ${({ theme }) => theme.colors.primary};
    text-decoration: underline;
  }
`;

const When = styled.p`
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  column-gap: ${({ theme }) => theme.space.xs};
  row-gap: 0;
  font-variant-numeric: tabular-nums;
`;

const Day = styled.span`
  font-weight: ${({ theme }) => theme.fontWeights.medium};
`;

const Time = styled.span`
  font-size: ${({ theme }) => theme.fontSizes.lg};
  font-weight: ${({ theme }) => theme.fontWeights.bold};
`;

/** The dot between the time and the duration when they share a line. */
export const Separator = styled.span`
  color: ${({ theme }) => theme.colors.textMuted};
`;

const Duration = styled.span`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  white-space: nowrap;
`;

/** "сб, 12 декабря 18:00 МСК · 60 мин", in the viewer's zone. */
export function SlotWhen({ slot, className }: { slot: ExchangeSlot; className?: string }) {
  const { t } = useTranslation();
  const { format } = useTimeFormat();
  return (
    <When className={className}>
      <Day>{format(slot.startsAt, 'day')}</Day>
      <Time>{format(slot.startsAt, 'time')}</Time>
      <Duration>
        <Separator aria-hidden>· </Separator>
        {t('common.minutes', { count: slot.durationMinutes })}
      </Duration>
    </When>
  );
}

const NoPoint = styled.span`
  color: ${({ theme }) => theme.colors.warning};
`;

/**
 * Among the interview's facts, for its interviewer until it is settled: when their point comes, or that this
 * interview earns none, and why (anti-farming: they earned one with this candidate within the pair window).
 */
export function RewardFact({ slot }: { slot: SlotDetails }) {
  const { t } = useTranslation();
  const settling = slot.status === 'booked' || slot.status === 'completed';
  if (slot.myRole !== 'interviewer' || !slot.bookingId || slot.earnsReward === null || !settling) return null;
  return (
    <Fact label={t('antiFarming.label')} testId="reward">
      {slot.earnsReward ? (
        t('antiFarming.earns')
      ) : (
        <NoPoint>{t('antiFarming.noPoint', { count: PAIR_REWARD_WINDOW_DAYS })}</NoPoint>
      )}
    </Fact>
  );
}
