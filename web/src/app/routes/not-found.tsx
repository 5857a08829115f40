import { ButtonLink } from '../../components/ui/button.tsx';
import { Card, CardActions } from '../../components/ui/card.tsx';
import { Page, PageLead, PageTitle } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { useTranslation } from '../../lib/i18n.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';

export function NotFoundRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <Page $width="narrow">
      <Card>
        <PageTitle>{t('notFound.title')}</PageTitle>
        <PageLead>{t('notFound.text')}</PageLead>
        <CardActions>
          <ButtonLink to={paths.home.getHref()}>{t('notFound.home')}</ButtonLink>
        </CardActions>
      </Card>
    </Page>
  );
}
