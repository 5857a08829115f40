import { Link } from 'react-router-dom';
import styled from 'styled-components';
import type { TMe } from '#contract/me.ts';
import { ButtonLink } from '../../../components/ui/button.tsx';
import { Card } from '../../../components/ui/card.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { paths } from '../../../config/paths.ts';
import { ProfessionTags } from '../../../features/professions/components/profession-tags.tsx';
import { ProfileSummary } from '../../../features/profile/components/profile-summary.tsx';
import { WelcomeCard } from '../../../features/profile/components/welcome-card.tsx';
import { useTranslation } from '../../../lib/i18n.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { HowItWorks } from './how-it-works.tsx';
import { InterviewDay } from './interview-day.tsx';
import '../../../lib/words/home.ts';

const Columns = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.lg};
  align-items: start;

  ${({ theme }) => theme.media.lg} {
    grid-template-columns: minmax(0, 5fr) minmax(0, 6fr);
  }
`;

const Next = styled.section`
  display: grid;
  gap: ${({ theme }) => theme.space.md};

  ${({ theme }) => theme.media.md} {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
`;

const NextHeading = styled.h2`
  font-size: ${({ theme }) => theme.fontSizes.xl};

  ${({ theme }) => theme.media.md} {
    grid-column: 1 / -1;
  }
`;

const Step = styled(Card)`
  display: grid;
  align-content: space-between;
  gap: ${({ theme }) => theme.space.md};

  ${({ theme }) => theme.media.sm} {
    padding: ${({ theme }) => theme.space.lg};
  }
`;

const StepTitle = styled.h3`
  font-size: ${({ theme }) => theme.fontSizes.lg};
`;

const StepText = styled.p`
  margin-top: ${({ theme }) => theme.space.xxs};
  color: ${({ theme }) => theme.colors.textMuted};
`;

const StepAction = styled.div`
  display: grid;

  ${({ theme }) => theme.media.sm} {
    justify-items: start;
  }
`;

/** The two ways to use the exchange, one step away. */
function NextSteps() {
  const { t } = useTranslation();
  const steps = [
    { key: 'find', to: paths.exchange.getHref(), primary: true },
    { key: 'publish', to: paths.publishSlot.getHref(), primary: false },
  ] as const;
  return (
    <Next aria-labelledby="next-steps-title">
      <NextHeading id="next-steps-title">{t('userHome.nextTitle')}</NextHeading>
      {steps.map((step) => (
        <Step key={step.key} as="div">
          <div>
            <StepTitle>{t(`userHome.${step.key}Title`)}</StepTitle>
            <StepText>{t(`userHome.${step.key}Text`)}</StepText>
          </div>
          <StepAction>
            <ButtonLink to={step.to} $variant={step.primary ? 'primary' : 'secondary'}>
              {t(`userHome.${step.key}Action`)}
            </ButtonLink>
          </StepAction>
        </Step>
      ))}
    </Next>
  );
}

const Nudge = styled.p`
  padding: ${({ theme }) => theme.space.md} ${({ theme }) => theme.space.lg};
  border: 1px solid ${({ theme }) => theme.colors.warning};
  border-radius: ${({ theme }) => theme.radii.md};
  background: ${({ theme }) => theme.colors.warningSoft};
  color: ${({ theme }) => theme.colors.warning};
`;

export function UserHome({ me }: { me: TMe }) {
  const { t } = useTranslation();
  useDocumentTitle(t('userHome.title'));
  const incomplete = me.professionIds.length === 0 || !me.contacts;
  return (
    <Page>
      <WelcomeCard me={me} />
      {/* On an interview day the interview comes first, before any nudge. */}
      <InterviewDay />
      {incomplete && (
        <Nudge>
          {t('userHome.completeProfile')}{' '}
          <Link to={paths.settings.getHref('profile')}>{t('userHome.editProfile')}</Link>
        </Nudge>
      )}
      <NextSteps />
      <Columns>
        <ProfileSummary
          me={me}
          professions={<ProfessionTags ids={me.professionIds} empty={t('userHome.noProfessions')} />}
        />
        <HowItWorks />
      </Columns>
    </Page>
  );
}
