import { Link } from 'react-router-dom';
import styled from 'styled-components';
import type { TLedgerEntry } from '#contract/points.ts';
import { Card, CardTitle } from '../../../components/ui/card.tsx';
import { LoadFailed, LoadMore } from '../../../components/ui/list-controls.tsx';
import { PageLoader } from '../../../components/ui/page-loader.tsx';
import { paths } from '../../../config/paths.ts';
import { useLanguage, useTranslation } from '../../../lib/i18n.ts';
import { useTimeFormat } from '../../../lib/use-time-format.ts';
import { useGetLedgerInfiniteQuery } from '../api/points-api.ts';
import '../../../lib/words/home.ts';

const Layout = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.lg};
  align-items: start;

  ${({ theme }) => theme.media.lg} {
    grid-template-columns: 300px minmax(0, 1fr);
  }
`;

const BalanceCard = styled.section`
  padding: ${({ theme }) => theme.space.lg};
  border-radius: ${({ theme }) => theme.radii.lg};
  background: linear-gradient(135deg, ${({ theme }) => theme.colors.heroBackground}, ${({ theme }) => theme.colors.primary});
  color: ${({ theme }) => theme.colors.heroText};
`;

const BalanceLabel = styled.h2`
  color: ${({ theme }) => theme.colors.heroMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
  letter-spacing: 0.06em;
  text-transform: uppercase;
`;

const BalanceValue = styled.p`
  margin-top: ${({ theme }) => theme.space.xxs};
  font-size: ${({ theme }) => theme.fontSizes.display};
  font-weight: ${({ theme }) => theme.fontWeights.bold};
  line-height: ${({ theme }) => theme.lineHeights.tight};
`;

const BalanceHint = styled.p`
  margin-top: ${({ theme }) => theme.space.xs};
  color: ${({ theme }) => theme.colors.heroMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

const History = styled(Card)`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
`;

const Entries = styled.ol`
  margin: 0;
  padding: 0;
  list-style: none;
`;

const Entry = styled.li`
  display: grid;
  grid-template-columns: minmax(0, 1fr) auto;
  gap: ${({ theme }) => theme.space.md};
  align-items: center;
  padding: ${({ theme }) => theme.space.sm} 0;

  & + & {
    border-top: 1px solid ${({ theme }) => theme.colors.border};
  }
`;

const What = styled.div`
  display: grid;
  gap: 2px;
  min-width: 0;
  overflow-wrap: anywhere;
`;

const When = styled.span`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

const Delta = styled.span<{ $positive: boolean }>`
  min-width: 48px;
  padding: 2px ${({ theme }) => theme.space.xs};
  border-radius: ${({ theme }) => theme.radii.pill};
  background: ${({ theme, $positive }) => ($positive ? theme.colors.successSoft : theme.colors.dangerSoft)};
  color: ${({ theme, $positive }) => ($positive ? theme.colors.success : theme.colors.danger)};
  font-weight: ${({ theme }) => theme.fontWeights.bold};
  font-variant-numeric: tabular-nums;
  text-align: center;
`;

/** Kept on one line when it fits: "Backend, 27 нояб., 18:00 МСК" reads as one thing. */
const InterviewLink = styled(Link)`
  display: inline-block;
`;

const Empty = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
`;

/** Why a point came back, as the server notes it on the refund (functions/slots/cancellation.ts and others). */
const REFUND_NOTES = [
  'interviewer_cancelled',
  'interviewer_cancelled_late',
  'candidate_cancelled',
  'admin_cancelled',
  'interviewer_no_show',
] as const;

/** "Возврат: интервьюер отменил" and the like: the reason in words, then the interview it is about. */
function useEntryText() {
  const { t } = useTranslation();
  const { format } = useTimeFormat();
  const language = useLanguage();
  return (entry: TLedgerEntry) => {
    const note = REFUND_NOTES.find((known) => known === entry.note) ?? null;
    const reason =
      entry.reason === 'booking_refund' && note
        ? t(`points.refund.${note}`)
        : t(`points.reason.${entry.reason}`);
    // An admin's adjustment carries their written reason.
    const detail = entry.reason === 'admin_adjustment' && entry.note ? entry.note : null;
    const interview = entry.slot
      ? t('points.interview', {
          profession: entry.slot.professionName[language],
          time: format(entry.slot.startsAt, 'shortDateTime'),
        })
      : null;
    return { reason, detail, interview };
  };
}

const signed = (delta: number) => (delta > 0 ? `+${delta}` : `−${Math.abs(delta)}`);

/** The balance and every change to it, newest first, a page at a time. */
export function Ledger() {
  const { t } = useTranslation();
  const { format } = useTimeFormat();
  const describe = useEntryText();
  const { data, isLoading, isError, refetch, hasNextPage, fetchNextPage, isFetchingNextPage } =
    useGetLedgerInfiniteQuery();
  if (isLoading) return <PageLoader />;
  if (isError || !data) return <LoadFailed message={t('points.failed')} onRetry={() => void refetch()} />;
  const entries = data.pages.flatMap((page) => page.items);
  const balance = data.pages[0]?.balance ?? 0;
  return (
    <Layout>
      <BalanceCard aria-labelledby="points-balance">
        <BalanceLabel id="points-balance">{t('points.balance')}</BalanceLabel>
        <BalanceValue data-testid="points-balance">{t('common.points', { count: balance })}</BalanceValue>
        <BalanceHint>{t('userHome.balanceHint')}</BalanceHint>
      </BalanceCard>
      <History aria-labelledby="points-history">
        <CardTitle id="points-history">{t('points.history')}</CardTitle>
        {entries.length === 0 ? (
          <Empty>{t('points.empty')}</Empty>
        ) : (
          <Entries>
            {entries.map((entry) => {
              const { reason, detail, interview } = describe(entry);
              return (
                <Entry key={entry.id} data-testid="ledger-entry">
                  <What>
                    <span>
                      {reason}
                      {interview && entry.slot && (
                        <>
                          {' '}
                          <InterviewLink to={paths.slot.getHref(entry.slot.id)}>{interview}</InterviewLink>
                        </>
                      )}
                      {detail && `: ${detail}`}
                    </span>
                    <When>{format(entry.createdAt, 'shortDateTime')}</When>
                  </What>
                  <Delta $positive={entry.delta > 0}>{signed(entry.delta)}</Delta>
                </Entry>
              );
            })}
          </Entries>
        )}
        {hasNextPage && <LoadMore loading={isFetchingNextPage} onLoad={() => void fetchNextPage()} />}
      </History>
    </Layout>
  );
}
