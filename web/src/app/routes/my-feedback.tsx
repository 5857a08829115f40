import { Page, PageLead, PageTitle } from '../../components/ui/page.tsx';
import { MyFeedback } from '../../features/feedback/components/my-feedback.tsx';
import { useTranslation } from '../../lib/i18n.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import '../../lib/words/interviews.ts';

/** The owner's feedback, received and given, with the scores over time. */
export function MyFeedbackRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('myFeedback.title'));
  return (
    <Page>
      <div>
        <PageTitle>{t('myFeedback.title')}</PageTitle>
        <PageLead>{t('myFeedback.lead')}</PageLead>
      </div>
      <MyFeedback />
    </Page>
  );
}
