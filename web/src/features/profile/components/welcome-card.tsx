import styled from 'styled-components';
import type { TMe } from '#contract/me.ts';
import { useTranslation } from '../../../lib/i18n.ts';
import '../../../lib/words/home.ts';

const Banner = styled.section`
  display: grid;
  gap: ${({ theme }) => theme.space.lg};
  padding: ${({ theme }) => theme.space.lg} ${({ theme }) => theme.space.md};
  border-radius: ${({ theme }) => theme.radii.lg};
  background: linear-gradient(135deg, ${({ theme }) => theme.colors.heroBackground}, ${({ theme }) => theme.colors.primary});
  color: ${({ theme }) => theme.colors.heroText};

  ${({ theme }) => theme.media.sm} {
    padding: ${({ theme }) => theme.space.xl};
  }

  ${({ theme }) => theme.media.md} {
    grid-template-columns: 1fr minmax(240px, 320px);
    align-items: center;
  }
`;

const Greeting = styled.h1`
  font-size: ${({ theme }) => theme.fontSizes.xxl};
  overflow-wrap: anywhere;
`;

const Lead = styled.p`
  margin-top: ${({ theme }) => theme.space.xs};
  color: ${({ theme }) => theme.colors.heroMuted};
`;

const Balance = styled.div`
  padding: ${({ theme }) => theme.space.md} ${({ theme }) => theme.space.lg};
  border-radius: ${({ theme }) => theme.radii.md};
  background: rgba(255, 255, 255, 0.12);
  border: 1px solid rgba(255, 255, 255, 0.24);
`;

const BalanceLabel = styled.h2`
  font-size: ${({ theme }) => theme.fontSizes.sm};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
  color: ${({ theme }) => theme.colors.heroMuted};
  text-transform: uppercase;
  letter-spacing: 0.06em;
`;

const BalanceValue = styled.p`
  margin-top: ${({ theme }) => theme.space.xxs};
  font-size: ${({ theme }) => theme.fontSizes.display};
  font-weight: ${({ theme }) => theme.fontWeights.bold};
  line-height: ${({ theme }) => theme.lineHeights.tight};
`;

const BalanceHint = styled.p`
  margin-top: ${({ theme }) => theme.space.xs};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  color: ${({ theme }) => theme.colors.heroMuted};
`;

export function WelcomeCard({ me }: { me: TMe }) {
  const { t } = useTranslation();
  return (
    <Banner aria-labelledby="welcome-title">
      <div>
        <Greeting id="welcome-title">{t('userHome.greeting', { name: me.displayName })}</Greeting>
        <Lead>{t('userHome.lead')}</Lead>
      </div>
      <Balance>
        <BalanceLabel>{t('userHome.balanceTitle')}</BalanceLabel>
        <BalanceValue data-testid="home-balance">{t('common.points', { count: me.balance })}</BalanceValue>
        <BalanceHint>{t('userHome.balanceHint')}</BalanceHint>
      </Balance>
    </Banner>
  );
}
