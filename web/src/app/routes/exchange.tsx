import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import styled from 'styled-components';
import { BOOKING_COST } from '#contract/rules.ts';
import { theme } from '../../components/theme/theme.ts';
import { Button, ButtonLink } from '../../components/ui/button.tsx';
import { Dialog, DialogActions } from '../../components/ui/dialog.tsx';
import { Page, PageLead, PageTitle } from '../../components/ui/page.tsx';
import { PageLoader } from '../../components/ui/page-loader.tsx';
import { paths } from '../../config/paths.ts';
import { useGetProfessionsQuery } from '../../features/professions/api/professions-api.ts';
import { ExchangeFilters } from '../../features/slots/components/exchange-filters.tsx';
import { ExchangeList, ExchangeSortControl } from '../../features/slots/components/exchange-list.tsx';
import {
  readExchangeFilters,
  toExchangeQuery,
  writeExchangeFilters,
} from '../../features/slots/slot-rules.ts';
import { useTranslation } from '../../lib/i18n.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useMediaQuery } from '../../lib/use-media-query.ts';
import { useTimeFormat } from '../../lib/use-time-format.ts';
import { useViewer } from '../../lib/viewer.ts';

/** On phones the page starts close under the header, so that the list begins on the first screen. */
const ExchangePage = styled(Page)`
  padding-top: ${({ theme }) => theme.space.sm};
  gap: ${({ theme }) => theme.space.sm};

  ${({ theme }) => theme.media.md} {
    padding-top: ${({ theme }) => theme.space.xxl};
    gap: ${({ theme }) => theme.space.xl};
  }
`;

const Heading = styled.div`
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: ${({ theme }) => theme.space.sm};

  ${({ theme }) => theme.media.md} {
    flex-wrap: wrap;
    align-items: flex-end;
    gap: ${({ theme }) => theme.space.md};
  }
`;

const Title = styled(PageTitle)`
  font-size: ${({ theme }) => theme.fontSizes.xl};

  ${({ theme }) => theme.media.md} {
    font-size: ${({ theme }) => theme.fontSizes.xxl};
  }
`;

/** Left out on phones, where the list comes first: every card's time names the zone anyway. */
const Lead = styled(PageLead)`
  display: none;

  ${({ theme }) => theme.media.sm} {
    display: block;
    margin-top: ${({ theme }) => theme.space.xxs};
    font-size: ${({ theme }) => theme.fontSizes.sm};
  }

  ${({ theme }) => theme.media.md} {
    margin-top: ${({ theme }) => theme.space.xs};
    font-size: ${({ theme }) => theme.fontSizes.md};
  }
`;

/** A small button beside the title on phones, the full-size one on larger screens. */
const Publish = styled(ButtonLink)`
  flex: none;
  min-height: 36px;
  padding: 0 ${({ theme }) => theme.space.sm};
  font-size: ${({ theme }) => theme.fontSizes.sm};

  ${({ theme }) => theme.media.md} {
    min-height: 44px;
    padding: 0 ${({ theme }) => theme.space.lg};
    font-size: ${({ theme }) => theme.fontSizes.md};
  }
`;

/** The filters stand above the list on desktops; smaller screens open them from a button. */
const InlineFilters = styled.div`
  display: none;

  ${({ theme }) => theme.media.lg} {
    display: block;
  }
`;

const FiltersButton = styled(Button)`
  ${({ theme }) => theme.media.lg} {
    display: none;
  }
`;

const Section = styled.section`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
`;

/** Without points nothing on the exchange can be booked: one banner says how to earn one. */
const NoPoints = styled.section`
  display: grid;
  gap: ${({ theme }) => theme.space.sm};
  padding: ${({ theme }) => theme.space.md};
  border-left: 4px solid ${({ theme }) => theme.colors.warning};
  border-radius: ${({ theme }) => theme.radii.md};
  background: ${({ theme }) => theme.colors.warningSoft};

  ${({ theme }) => theme.media.sm} {
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
  }
`;

const NoPointsTitle = styled.h2`
  font-size: ${({ theme }) => theme.fontSizes.md};
`;

/** The exchange: open slots for everyone; filters live in the address, so a filtered view can be shared. */
export function ExchangeRoute() {
  const { t } = useTranslation();
  const { me, isLoading } = useViewer();
  const { timeZone, zoneLabel } = useTimeFormat();
  // The list alone: the page is not rendered again when the professions are read again.
  const { data: professions = [] } = useGetProfessionsQuery(undefined, {
    selectFromResult: (result) => ({ data: result.data }),
  });
  const [search, setSearch] = useSearchParams();
  useDocumentTitle(t('exchange.title'));

  const offerMine = Boolean(me?.professionIds.length);
  const defaultProfessions = offerMine ? 'mine' : 'all';
  const filters = readExchangeFilters(search, defaultProfessions);
  const written = writeExchangeFilters(filters, defaultProfessions);
  const filtered = written.size > 0;
  // The order is not a filter: the sort switch stays in sight above the list, except on phones, where it
  // moves into the filters sheet (for the list to start on the first screen) and counts among them.
  const sortInSheet = !useMediaQuery(`(min-width: ${theme.breakpoints.sm})`);
  const activeFilters = [...written.keys()].filter((key) => sortInSheet || key !== 'sort').length;
  const [filtersOpen, setFiltersOpen] = useState(false);
  // The router applies it at once, not in a transition (router.tsx): a filter changed right after starts from
  // this change, not from the address as last rendered.
  const update = (next: URLSearchParams | Record<string, string>) => setSearch(next, { replace: true });
  const reset = () => update({});
  const sortControl = (
    <ExchangeSortControl
      value={filters.sort}
      onChange={(sort) => update(writeExchangeFilters({ ...filters, sort }, defaultProfessions))}
      inSheet={sortInSheet}
    />
  );

  // A member's exchange opens on their professions: it waits for the session check (a guest never does).
  if (isLoading) return <PageLoader />;
  const filterControls = (
    <ExchangeFilters
      value={filters}
      onChange={(next) => update(writeExchangeFilters(next, defaultProfessions))}
      professions={professions}
      offerMine={offerMine}
    />
  );
  return (
    <ExchangePage>
      <Heading>
        <div>
          <Title>{t('exchange.title')}</Title>
          <Lead>{t('exchange.lead', { zone: zoneLabel })}</Lead>
        </div>
        {me && <Publish to={paths.publishSlot.getHref()}>{t('exchange.publish')}</Publish>}
      </Heading>
      {me && me.balance < BOOKING_COST && (
        <NoPoints aria-labelledby="no-points-title" data-testid="no-points">
          <div>
            <NoPointsTitle id="no-points-title">{t('exchange.noPointsTitle')}</NoPointsTitle>
            <p>{t('exchange.noPointsText')}</p>
          </div>
          <ButtonLink to={paths.publishSlot.getHref()} $variant="secondary">
            {t('exchange.publish')}
          </ButtonLink>
        </NoPoints>
      )}
      <Section aria-label={t('exchange.title')}>
        <InlineFilters>{filterControls}</InlineFilters>
        <Dialog open={filtersOpen} title={t('exchange.filters')} onClose={() => setFiltersOpen(false)}>
          {filterControls}
          {sortInSheet && sortControl}
          <DialogActions>
            {filtered && (
              <Button type="button" $variant="ghost" onClick={reset}>
                {t('exchange.reset')}
              </Button>
            )}
            <Button type="button" onClick={() => setFiltersOpen(false)}>
              {t('exchange.filtersDone')}
            </Button>
          </DialogActions>
        </Dialog>
        <ExchangeList
          query={toExchangeQuery(filters, timeZone)}
          sortControl={!sortInSheet && sortControl}
          onReset={filtered ? reset : undefined}
          filtersButton={
            <FiltersButton
              type="button"
              $variant="secondary"
              $size="sm"
              aria-haspopup="dialog"
              onClick={() => setFiltersOpen(true)}
            >
              {activeFilters > 0
                ? t('exchange.filtersCount', { count: activeFilters })
                : t('exchange.filters')}
            </FiltersButton>
          }
          emptyActions={<ButtonLink to={paths.publishSlot.getHref()}>{t('exchange.publish')}</ButtonLink>}
        />
      </Section>
    </ExchangePage>
  );
}
