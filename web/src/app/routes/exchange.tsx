import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import styled from 'styled-components';
import { BOOKING_COST } from '#contract/rules.ts';
import { ButtonLink } from '../../components/ui/button.tsx';
import { Page, PageLead, PageTitle } from '../../components/ui/page.tsx';
import { PageLoader } from '../../components/ui/page-loader.tsx';
import { paths } from '../../config/paths.ts';
import { useGetProfessionsQuery } from '../../features/professions/api/professions-api.ts';
import { ExchangeFilters } from '../../features/slots/components/exchange-filters.tsx';
import { ExchangeList } from '../../features/slots/components/exchange-list.tsx';
import {
  readExchangeFilters,
  toExchangeQuery,
  writeExchangeFilters,
} from '../../features/slots/slot-rules.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useTimeFormat } from '../../lib/use-time-format.ts';
import { useViewer } from '../../lib/viewer.ts';

const Heading = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  justify-content: space-between;
  gap: ${({ theme }) => theme.space.md};
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
  const { data: professions = [] } = useGetProfessionsQuery();
  const [search, setSearch] = useSearchParams();
  useDocumentTitle(t('exchange.title'));

  const offerMine = Boolean(me?.professionIds.length);
  const defaultProfessions = offerMine ? 'mine' : 'all';
  const filters = readExchangeFilters(search, defaultProfessions);
  const filtered = writeExchangeFilters(filters, defaultProfessions).size > 0;
  // Applied at once rather than in a transition: a filter changed right after must start from this change,
  // not from the address as last rendered.
  const update = (next: URLSearchParams | Record<string, string>) =>
    setSearch(next, { replace: true, flushSync: true });
  const reset = () => update({});

  // A member's exchange opens on their professions: it waits for the session check (a guest never does).
  if (isLoading) return <PageLoader />;
  return (
    <Page>
      <Heading>
        <div>
          <PageTitle>{t('exchange.title')}</PageTitle>
          <PageLead>{t('exchange.lead', { zone: zoneLabel })}</PageLead>
        </div>
        {me && <ButtonLink to={paths.publishSlot.getHref()}>{t('exchange.publish')}</ButtonLink>}
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
        <ExchangeFilters
          value={filters}
          onChange={(next) => update(writeExchangeFilters(next, defaultProfessions))}
          professions={professions}
          offerMine={offerMine}
        />
        <ExchangeList
          query={toExchangeQuery(filters, timeZone)}
          onSortChange={(sort) => update(writeExchangeFilters({ ...filters, sort }, defaultProfessions))}
          onReset={filtered ? reset : undefined}
          emptyActions={<ButtonLink to={paths.publishSlot.getHref()}>{t('exchange.publish')}</ButtonLink>}
        />
      </Section>
    </Page>
  );
}
