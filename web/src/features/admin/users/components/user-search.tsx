import { useEffect, useId, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import styled from 'styled-components';
import { USER_SEARCH_MAX } from '#contract/admin-users.ts';
import { EmptyState } from '../../../../components/ui/empty-state.tsx';
import { Field, Input } from '../../../../components/ui/field.tsx';
import { LoadFailed, LoadMore } from '../../../../components/ui/list-controls.tsx';
import { PageLoader } from '../../../../components/ui/page-loader.tsx';
import { VisuallyHidden } from '../../../../components/ui/visually-hidden.ts';
import { paths } from '../../../../config/paths.ts';
import { useTranslation } from '../../../../lib/i18n.ts';
import { useTimeFormat } from '../../../../lib/use-time-format.ts';
import { type AdminUserSummary, useSearchUsersInfiniteQuery } from '../api/admin-users-api.ts';
import { UserBadges } from './user-badges.tsx';

/** How long typing must pause before the search runs. */
const DEBOUNCE_MS = 300;

const Layout = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.lg};
`;

const SearchBox = styled.div`
  max-width: 560px;
`;

const ResultsSection = styled.section`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
`;

const Heading = styled.h2`
  font-size: ${({ theme }) => theme.fontSizes.lg};
`;

const Results = styled.ol`
  display: grid;
  gap: ${({ theme }) => theme.space.sm};
  margin: 0;
  padding: 0;
  list-style: none;
`;

const Item = styled.li`
  display: grid;
  gap: ${({ theme }) => theme.space.xs};
  padding: ${({ theme }) => theme.space.sm} ${({ theme }) => theme.space.md};
  border: 1px solid ${({ theme }) => theme.colors.border};
  border-radius: ${({ theme }) => theme.radii.md};
  background: ${({ theme }) => theme.colors.surface};
  min-width: 0;

  ${({ theme }) => theme.media.md} {
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
  }
`;

const Who = styled.div`
  display: grid;
  gap: 2px;
  min-width: 0;
  overflow-wrap: anywhere;
`;

const Name = styled(Link)`
  font-weight: ${({ theme }) => theme.fontWeights.medium};
`;

const Muted = styled.span`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

const Numbers = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs} ${({ theme }) => theme.space.md};
  font-variant-numeric: tabular-nums;
`;

function ResultItem({ user }: { user: AdminUserSummary }) {
  const { t } = useTranslation();
  const { format } = useTimeFormat();
  return (
    <Item data-testid="admin-user-result">
      <Who>
        <Name to={paths.adminUser.getHref(user.id)}>{user.displayName}</Name>
        <Muted>
          @{user.login} · {t('admin.users.search.since', { date: format(user.createdAt, 'date') })}
        </Muted>
      </Who>
      <Numbers>
        <UserBadges user={user} />
        <span>{t('common.points', { count: user.balance })}</span>
        <span>{t('admin.users.search.strikes', { count: user.strikes })}</span>
      </Numbers>
    </Item>
  );
}

/**
 * The search: what is typed goes into the address (`?q=`, so a search can be shared and survives going back)
 * once typing pauses; the results follow the address, newest people first, a page at a time.
 */
export function UserSearch() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = (params.get('q') ?? '').trim().slice(0, USER_SEARCH_MAX);
  const [text, setText] = useState(query);
  // The last term this page put into the address: any other change of `q` came from navigation (back,
  // a link) and replaces what the field shows.
  const written = useRef(query);
  const headingId = useId();

  useEffect(() => {
    if (query === written.current) return;
    written.current = query;
    setText(query);
  }, [query]);

  useEffect(() => {
    const next = text.trim();
    if (next === written.current) return;
    const timer = setTimeout(() => {
      written.current = next;
      setParams(next ? { q: next } : {}, { replace: true });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, setParams]);

  const { data, isLoading, isError, refetch, hasNextPage, fetchNextPage, isFetchingNextPage } =
    useSearchUsersInfiniteQuery(query);
  const users = data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Layout>
      <SearchBox role="search">
        <Field label={t('admin.users.search.label')} hint={t('admin.users.search.hint')}>
          {(control) => (
            <Input
              {...control}
              type="search"
              name="q"
              autoComplete="off"
              spellCheck={false}
              maxLength={USER_SEARCH_MAX}
              placeholder={t('admin.users.search.placeholder')}
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
          )}
        </Field>
      </SearchBox>
      <ResultsSection aria-labelledby={headingId}>
        <Heading id={headingId}>
          {query ? t('admin.users.search.results') : t('admin.users.search.newest')}
        </Heading>
        <VisuallyHidden role="status">
          {data ? t('admin.users.search.found', { count: users.length }) : ''}
        </VisuallyHidden>
        {isLoading ? (
          <PageLoader />
        ) : isError || !data ? (
          <LoadFailed message={t('admin.users.search.failed')} onRetry={() => void refetch()} />
        ) : users.length === 0 ? (
          <EmptyState title={t('admin.users.search.empty')} text={t('admin.users.search.emptyText')} />
        ) : (
          <>
            <Results aria-labelledby={headingId}>
              {users.map((user) => (
                <ResultItem key={user.id} user={user} />
              ))}
            </Results>
            {hasNextPage && <LoadMore loading={isFetchingNextPage} onLoad={() => void fetchNextPage()} />}
          </>
        )}
      </ResultsSection>
    </Layout>
  );
}
