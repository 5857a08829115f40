import styled from 'styled-components';
import { ButtonLink } from '../../../components/ui/button.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { paths } from '../../../config/paths.ts';
import { useTranslation } from '../../../lib/i18n.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useNow } from '../../../lib/use-now.ts';
import { useTimeFormat } from '../../../lib/use-time-format.ts';
import { HowItWorks } from './how-it-works.tsx';
import '../../../lib/words/home.ts';

const Hero = styled.section`
  padding: ${({ theme }) => theme.space.xl} ${({ theme }) => theme.space.lg};
  border-radius: ${({ theme }) => theme.radii.lg};
  background: linear-gradient(135deg, ${({ theme }) => theme.colors.heroBackground}, ${({ theme }) => theme.colors.primary});
  color: ${({ theme }) => theme.colors.heroText};

  ${({ theme }) => theme.media.md} {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 280px;
    align-items: center;
    gap: ${({ theme }) => theme.space.xl};
    padding: ${({ theme }) => theme.space.xxxl} ${({ theme }) => theme.space.xxl};
  }
`;

const Art = styled.svg`
  display: none;

  ${({ theme }) => theme.media.md} {
    display: block;
    width: 100%;
    height: auto;
  }
`;

/** A rising line, as on a trading screen: decoration only. */
function HeroArt() {
  return (
    <Art viewBox="0 0 280 220" aria-hidden>
      <defs>
        <linearGradient id="hero-art-fill" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor="#fff" stopOpacity="0.28" />
          <stop offset="1" stopColor="#fff" stopOpacity="0" />
        </linearGradient>
      </defs>
      {[40, 90, 140, 190].map((y) => (
        <line key={y} x1="0" x2="280" y1={y} y2={y} stroke="#fff" strokeOpacity="0.12" />
      ))}
      <path
        d="M0 180 L50 150 L95 165 L140 110 L185 125 L230 60 L280 40 L280 220 L0 220 Z"
        fill="url(#hero-art-fill)"
      />
      <path
        d="M0 180 L50 150 L95 165 L140 110 L185 125 L230 60 L280 40"
        fill="none"
        stroke="#fff"
        strokeWidth="4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      {[
        [50, 150],
        [140, 110],
        [230, 60],
      ].map(([cx, cy]) => (
        <circle key={cx} cx={cx} cy={cy} r="7" fill="#fff" />
      ))}
    </Art>
  );
}

const Title = styled.h1`
  max-width: 18em;
  font-size: ${({ theme }) => theme.fontSizes.display};
  letter-spacing: -0.02em;
`;

const Lead = styled.p`
  max-width: 36em;
  margin-top: ${({ theme }) => theme.space.md};
  color: ${({ theme }) => theme.colors.heroMuted};
  font-size: ${({ theme }) => theme.fontSizes.lg};
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.sm};
  margin-top: ${({ theme }) => theme.space.xl};

  > a {
    flex: 1 1 100%;
  }

  ${({ theme }) => theme.media.sm} {
    > a {
      flex: 0 0 auto;
    }
  }
`;

const Clock = styled.p`
  margin-top: ${({ theme }) => theme.space.lg};
  color: ${({ theme }) => theme.colors.heroMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  font-variant-numeric: tabular-nums;
`;

export function GuestHome() {
  const { t } = useTranslation();
  const { format } = useTimeFormat();
  const now = useNow();
  useDocumentTitle('');
  return (
    <Page>
      <Hero aria-labelledby="hero-title">
        <div>
          <Title id="hero-title">{t('guestHome.title')}</Title>
          <Lead>{t('guestHome.lead')}</Lead>
          <Actions>
            <ButtonLink to={paths.exchange.getHref()} $variant="inverse">
              {t('guestHome.openExchange')}
            </ButtonLink>
            <ButtonLink to={paths.register.getHref()} $variant="inverseOutline">
              {t('guestHome.register')}
            </ButtonLink>
          </Actions>
          <Clock>{t('guestHome.moscowNow', { time: format(now, 'time') })}</Clock>
        </div>
        <HeroArt />
      </Hero>
      <HowItWorks />
    </Page>
  );
}
