import { Button } from '../../components/ui/button.tsx';
import { Card, CardActions } from '../../components/ui/card.tsx';
import { Page, PageLead, PageTitle } from '../../components/ui/page.tsx';
import { useTranslation } from '../../lib/i18n.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';

/** Shown when rendering failed; it relies on nothing but i18n, since anything else may be what broke. */
export function ErrorPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('errorPage.title'));
  return (
    <Page $width="narrow">
      <Card role="alert">
        <PageTitle>{t('errorPage.title')}</PageTitle>
        <PageLead>{t('errorPage.text')}</PageLead>
        <CardActions>
          <Button type="button" onClick={() => window.location.reload()}>
            {t('errorPage.reload')}
          </Button>
        </CardActions>
      </Card>
    </Page>
  );
}
