import type { SerializedError } from '@reduxjs/toolkit';
import { paths } from '../../config/paths.ts';
import type { ApiError } from '../../lib/api-base-query.ts';
import { useTranslation } from '../../lib/i18n.ts';
import { ButtonLink } from './button.tsx';
import { Card, CardActions } from './card.tsx';
import { LoadFailed } from './list-controls.tsx';
import { Page, PageLead, PageTitle } from './page.tsx';
import '../../lib/words/slot-page.ts';

type NotLoadedProps = {
  error: ApiError | SerializedError | undefined;
  /** What to say when there is no such thing (404, or an address that cannot name one). */
  missing: { title: string; text: string };
  /** What to say when it could not be read: the way to try again follows. */
  failed: string;
  onRetry: () => void;
};

/** The page of one thing that did not load: gone (the way back to the exchange) or failed (try again). */
export function NotLoaded({ error, missing, failed, onRetry }: NotLoadedProps) {
  const { t } = useTranslation();
  const gone = error && 'status' in error && (error.status === 404 || error.status === 400);
  return (
    <Page $width="narrow">
      {gone ? (
        <Card>
          <PageTitle>{missing.title}</PageTitle>
          <PageLead>{missing.text}</PageLead>
          <CardActions>
            <ButtonLink to={paths.exchange.getHref()}>{t('slotPage.toExchange')}</ButtonLink>
          </CardActions>
        </Card>
      ) : (
        <LoadFailed message={failed} onRetry={onRetry} />
      )}
    </Page>
  );
}
