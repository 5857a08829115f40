import { memo, type ReactNode, useDeferredValue } from 'react';
import { useSelector } from 'react-redux';
import { Link } from 'react-router-dom';
import styled, { keyframes } from 'styled-components';
import { EXCHANGE_SORTS, type ExchangeSort } from '#contract/enums.ts';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { LoadFailed, LoadMore } from '../../../components/ui/list-controls.tsx';
import { LiveIndicator } from '../../../components/ui/live-indicator.tsx';
import { PageLoader } from '../../../components/ui/page-loader.tsx';
import { Segmented } from '../../../components/ui/segmented.tsx';
import { paths } from '../../../config/paths.ts';
import { useLanguage, useTranslation } from '../../../lib/i18n.ts';
import { useLiveStatus } from '../../../lib/live.ts';
import { useNow } from '../../../lib/use-now.ts';
import { useViewer } from '../../../lib/viewer.ts';
import { type ExchangeSlot, useListSlotsInfiniteQuery } from '../api/slots-api.ts';
import { type ExchangeState, HIGHLIGHT_MS, selectSlotHighlight } from '../exchange-slice.ts';
import { type ExchangeQuery, slotBookingBlock } from '../slot-rules.ts';
import { BookSlot } from './book-slot.tsx';
import { InterviewerSummary } from './interviewer-summary.tsx';
import { Separator, SlotBadges, SlotTitle, SlotWhen } from './slot-facts.tsx';

const Summary = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${({ theme }) => theme.space.xs};
  min-height: 36px;
`;

/** The count with the live line under it on phones, beside it on larger screens. */
const Counts = styled.div`
  display: grid;

  ${({ theme }) => theme.media.sm} {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: ${({ theme }) => theme.space.md};
  }
`;

const Total = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
`;

const SummaryEnd = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.sm};
`;

/** Cards on phones (two columns on tablets), one table-like list with column heads on desktops. */
const Rows = styled.ul`
  display: grid;
  transition: opacity 0.15s ease;

  /* Other filters were chosen: the old list stays, dimmed, until the new one arrives. */
  &[aria-busy='true'] {
    opacity: 0.55;
  }

  gap: ${({ theme }) => theme.space.md};
  margin: 0;
  padding: 0;
  list-style: none;

  ${({ theme }) => theme.media.md} {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }

  ${({ theme }) => theme.media.lg} {
    grid-template-columns: none;
    gap: 0;
    border: 1px solid ${({ theme }) => theme.colors.border};
    border-radius: ${({ theme }) => theme.radii.lg};
    background: ${({ theme }) => theme.colors.surface};
    box-shadow: ${({ theme }) => theme.shadows.card};
    overflow: hidden;
  }
`;

const columns = '170px minmax(0, 1fr) 210px 260px';

const Heads = styled.li`
  display: none;

  ${({ theme }) => theme.media.lg} {
    display: grid;
    grid-template-columns: ${columns};
    gap: ${({ theme }) => theme.space.lg};
    padding: ${({ theme }) => theme.space.sm} ${({ theme }) => theme.space.lg};
    border-bottom: 1px solid ${({ theme }) => theme.colors.border};
    background: ${({ theme }) => theme.colors.surfaceMuted};
    color: ${({ theme }) => theme.colors.textMuted};
    font-size: ${({ theme }) => theme.fontSizes.xs};
    font-weight: ${({ theme }) => theme.fontWeights.bold};
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
`;

/** A dense card on phones, so that two fit on the first screen. */
const Row = styled.li`
  position: relative;
  isolation: isolate;
  display: grid;
  gap: ${({ theme }) => theme.space.xs};
  align-content: start;
  padding: ${({ theme }) => theme.space.sm};
  border: 1px solid ${({ theme }) => theme.colors.border};
  border-radius: ${({ theme }) => theme.radii.lg};
  background: ${({ theme }) => theme.colors.surface};
  box-shadow: ${({ theme }) => theme.shadows.card};

  ${({ theme }) => theme.media.sm} {
    gap: ${({ theme }) => theme.space.sm};
    padding: ${({ theme }) => theme.space.md};
  }

  ${({ theme }) => theme.media.lg} {
    grid-template-columns: ${columns};
    gap: ${({ theme }) => theme.space.lg};
    align-items: center;
    padding: ${({ theme }) => theme.space.md} ${({ theme }) => theme.space.lg};
    border: 0;
    border-radius: 0;
    box-shadow: none;

    & + & {
      border-top: 1px solid ${({ theme }) => theme.colors.border};
    }
  }
`;

const fade = keyframes`
  from { opacity: 1; }
  to { opacity: 0; }
`;

/**
 * Behind the row's content, a flash that fades out; with reduced motion (the global style stops animations)
 * it simply stays for as long as the highlight lasts.
 */
const Flash = styled.span`
  position: absolute;
  inset: 0;
  z-index: -1;
  border-radius: inherit;
  background: ${({ theme }) => theme.colors.highlight};
  box-shadow: inset 4px 0 0 ${({ theme }) => theme.colors.warning};
  pointer-events: none;
  animation: ${fade} ${HIGHLIGHT_MS}ms ease-in forwards;
`;

const What = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.xxs};
  min-width: 0;
`;

/** The title with the level and language after it where they fit; stacked in desktop rows. */
const Headline = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.xxs} ${({ theme }) => theme.space.xs};

  ${({ theme }) => theme.media.lg} {
    display: grid;
    justify-items: start;
  }
`;

/** One line on phones, two elsewhere; the slot's page has the whole text. */
const Topics = styled.p`
  display: -webkit-box;
  overflow: hidden;
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  overflow-wrap: anywhere;
  -webkit-box-orient: vertical;
  -webkit-line-clamp: 1;

  ${({ theme }) => theme.media.sm} {
    -webkit-line-clamp: 2;
  }
`;

/** On cards the time leads as a strip; in desktop rows it is the first column. */
const When = styled(SlotWhen)`
  ${({ theme }) => theme.media.lg} {
    display: grid;

    ${Separator} {
      display: none;
    }
  }
`;

/** A full-width button on cards, 40 px high on phones. */
const Action = styled.div`
  display: grid;
  margin-top: auto;
  padding-top: ${({ theme }) => theme.space.xxs};

  > div {
    justify-items: stretch;
  }

  > div > :is(a, button),
  > a {
    min-height: 40px;
  }

  ${({ theme }) => theme.media.sm} {
    padding-top: ${({ theme }) => theme.space.xs};

    > div > :is(a, button),
    > a {
      min-height: 44px;
    }
  }

  ${({ theme }) => theme.media.lg} {
    margin-top: 0;
    padding-top: 0;
  }
`;

/**
 * The row's action: booking; for one's own slot, editing it; without points, the slot's page (the one banner
 * above the list says how to earn a point, rather than a disabled button and a note on every card).
 */
function RowAction({ slot, own }: { slot: ExchangeSlot; own: boolean }) {
  const { t } = useTranslation();
  const { me } = useViewer();
  const now = useNow();
  if (own) {
    return (
      <ButtonLink to={paths.editSlot.getHref(slot.id)} $variant="secondary">
        {t('slot.edit')}
      </ButtonLink>
    );
  }
  const block = slotBookingBlock(slot, me, now);
  if (block === 'noPoints') {
    return (
      <ButtonLink to={paths.slot.getHref(slot.id)} $variant="secondary">
        {t('book.details')}
      </ButtonLink>
    );
  }
  return <BookSlot slot={slot} />;
}

/**
 * One slot of the list. Rendered again only when its slot changes (the cache keeps unchanged slots as they
 * were) or what it reads itself does (the viewer, the language, its highlight): not for each change of the
 * list around it (its fetching state, the live indicator), which on a phone costs a frame per dozen rows.
 */
const ExchangeRow = memo(function ExchangeRow({ slot }: { slot: ExchangeSlot }) {
  const language = useLanguage();
  const { me } = useViewer();
  const own = me?.id === slot.interviewer.id;
  const highlight = useSelector((state: { exchange: ExchangeState }) => selectSlotHighlight(state, slot.id));
  return (
    <Row data-testid="exchange-slot" data-slot-id={slot.id} data-highlight={highlight ? 'true' : undefined}>
      {/* A new mark restarts the fade when the slot changes again. */}
      {highlight && <Flash key={highlight} aria-hidden data-testid="slot-highlight" />}
      <When slot={slot} />
      <What>
        {/* Right under the page's title: the next level down. */}
        <Headline>
          <SlotTitle as="h2">
            <Link to={paths.slot.getHref(slot.id)}>{slot.profession.name[language]}</Link>
          </SlotTitle>
          <SlotBadges slot={slot} own={own} />
        </Headline>
        {slot.description && <Topics title={slot.description}>{slot.description}</Topics>}
      </What>
      <div>
        <InterviewerSummary interviewer={slot.interviewer} compact />
      </div>
      <Action>
        <RowAction slot={slot} own={own} />
      </Action>
    </Row>
  );
});

/** Small beside the count; in the sheet, the same size as the filters, sharing its width. */
const Sort = styled.div`
  min-width: 0;

  &[data-place='inline'] label {
    flex: 1 1 auto;
    min-height: 36px;
    padding: 0 ${({ theme }) => theme.space.sm};
    font-size: ${({ theme }) => theme.fontSizes.sm};
    white-space: nowrap;
  }

  &[data-place='sheet'] label {
    flex: 1 1 auto;
    padding: 0 ${({ theme }) => theme.space.xs};
    font-size: ${({ theme }) => theme.fontSizes.sm};
  }
`;

/** Soonest first, or the best rated interviewers first: above the list, or in the filters sheet on phones. */
export function ExchangeSortControl({
  value,
  onChange,
  inSheet = false,
}: {
  value: ExchangeSort;
  onChange: (sort: ExchangeSort) => void;
  /** In the filters sheet the control has its visible legend; above the list the list says enough. */
  inSheet?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Sort data-place={inSheet ? 'sheet' : 'inline'}>
      <Segmented
        legend={t('exchange.sort')}
        legendHidden={!inSheet}
        options={EXCHANGE_SORTS.map((sort) => ({ value: sort, label: t(`exchange.sorts.${sort}`) }))}
        value={value}
        onChange={onChange}
      />
    </Sort>
  );
}

type ExchangeListProps = {
  query: ExchangeQuery;
  /** The order, where it stands above the list (on phones it lives in the filters sheet). */
  sortControl?: ReactNode;
  /** What to offer when nothing matches: publishing, resetting the filters. */
  emptyActions: ReactNode;
  /** Set when the filters differ from the defaults. */
  onReset?: (() => void) | undefined;
  /** What opens the filters where they do not stand above the list (phones). */
  filtersButton?: ReactNode;
};

/** Loaded pages may overlap for a moment while the stream moves a slot between them: show each slot once. */
function distinct(slots: ExchangeSlot[]): ExchangeSlot[] {
  return [...new Map(slots.map((slot) => [slot.id, slot])).values()];
}

/**
 * The open slots matching the filters, soonest (or best rated) first, a page at a time; live: new slots
 * appear in place, taken ones leave, with a brief highlight of what arrived or changed.
 */
export function ExchangeList({
  query,
  sortControl,
  emptyActions,
  onReset,
  filtersButton,
}: ExchangeListProps) {
  const { t } = useTranslation();
  const live = useLiveStatus();
  const {
    data,
    currentData,
    isLoading,
    isFetching,
    isError,
    refetch,
    hasNextPage,
    fetchNextPage,
    isFetchingNextPage,
  } = useListSlotsInfiniteQuery(query);
  // What the list shows is rendered in a render of its own that React may interrupt: on a slow phone a page of
  // rows takes several frames, and a tap made meanwhile (the filters, the menu) is answered first. The count
  // and the rows come from it together.
  const shown = useDeferredValue(data);
  // Dimmed while the list of other filters shows; a live refresh of this list goes unnoticed.
  const stale = isFetching && currentData === undefined;
  if (isLoading) return <PageLoader />;
  if (isError || !data) {
    return <LoadFailed message={t('exchange.failed')} onRetry={() => void refetch()} />;
  }
  // The first answer is here, its render is on the way.
  if (!shown) return <PageLoader />;
  const slots = distinct(shown.pages.flatMap((page) => page.items));
  const total = shown.pages[0]?.total ?? 0;
  return (
    <>
      <Summary>
        <Counts>
          <Total role="status" data-testid="exchange-total">
            {t('exchange.found', { count: total })}
          </Total>
          <LiveIndicator status={live} />
        </Counts>
        <SummaryEnd>
          {filtersButton}
          {sortControl}
          {onReset && (
            <Button type="button" $variant="ghost" $size="sm" onClick={onReset}>
              {t('exchange.reset')}
            </Button>
          )}
        </SummaryEnd>
      </Summary>
      {slots.length === 0 ? (
        <EmptyState
          title={t('exchange.emptyTitle')}
          text={onReset ? t('exchange.emptyFiltered') : t('exchange.emptyText')}
          actions={emptyActions}
        />
      ) : (
        <Rows aria-busy={stale}>
          <Heads aria-hidden>
            <span>{t('slot.when')}</span>
            <span>{t('exchange.interview')}</span>
            <span>{t('exchange.interviewer')}</span>
            <span />
          </Heads>
          {slots.map((slot) => (
            <ExchangeRow key={slot.id} slot={slot} />
          ))}
        </Rows>
      )}
      {hasNextPage && <LoadMore loading={isFetchingNextPage} onLoad={() => void fetchNextPage()} />}
    </>
  );
}
