import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import styled from 'styled-components';
import { ButtonLink } from '../../components/ui/button.tsx';
import { VisuallyHidden } from '../../components/ui/visually-hidden.ts';
import { paths } from '../../config/paths.ts';
import { LogoutButton } from '../../features/auth/components/logout-button.tsx';
import type { Me } from '../../lib/api.ts';
import { useViewer } from '../../lib/viewer.ts';
import { LanguageSwitch } from './language-switch.tsx';

/** Sticky from tablets up; on phones its two rows would take too much of the screen. */
const Bar = styled.header`
  z-index: 10;
  background: ${({ theme }) => theme.colors.surface};
  box-shadow: ${({ theme }) => theme.shadows.header};

  ${({ theme }) => theme.media.md} {
    position: sticky;
    top: 0;
  }
`;

const Inner = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  max-width: ${({ theme }) => theme.layout.maxWidth};
  margin: 0 auto;
  padding: ${({ theme }) => theme.space.xs} ${({ theme }) => theme.space.md};

  ${({ theme }) => theme.media.md} {
    flex-wrap: nowrap;
    gap: ${({ theme }) => theme.space.md};
    min-height: 64px;
  }
`;

const Logo = styled(Link)`
  display: inline-flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  min-height: 44px;
  margin-right: auto;
  color: ${({ theme }) => theme.colors.text};
  font-size: ${({ theme }) => theme.fontSizes.lg};
  font-weight: ${({ theme }) => theme.fontWeights.bold};
  letter-spacing: -0.02em;
  text-decoration: none;

  &:hover {
    color: ${({ theme }) => theme.colors.primary};
  }

  ${({ theme }) => theme.media.md} {
    font-size: ${({ theme }) => theme.fontSizes.xl};
  }
`;

const LogoMark = styled.svg`
  flex: none;
  color: ${({ theme }) => theme.colors.primary};
  width: 28px;
  height: 28px;
`;

const Tools = styled.div`
  display: flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};

  ${({ theme }) => theme.media.md} {
    order: 2;
  }
`;

/** Below the logo row on phones, between the logo and the tools on wider screens. */
const Account = styled.div`
  order: 1;
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: ${({ theme }) => theme.space.sm};
  flex: 1 1 100%;
  min-width: 0;
  padding-top: ${({ theme }) => theme.space.xs};
  border-top: 1px solid ${({ theme }) => theme.colors.border};

  ${({ theme }) => theme.media.md} {
    order: 1;
    flex: 0 1 auto;
    padding-top: 0;
    border-top: 0;
  }
`;

const AccountLink = styled(Link)`
  display: inline-flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  min-width: 0;
  min-height: 40px;
  padding: 0 ${({ theme }) => theme.space.xs} 0 0;
  border-radius: ${({ theme }) => theme.radii.pill};
  color: ${({ theme }) => theme.colors.text};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
  text-decoration: none;

  &:hover {
    color: ${({ theme }) => theme.colors.primary};
  }

  ${({ theme }) => theme.media.md} {
    order: 2;
  }
`;

const Avatar = styled.span`
  flex: none;
  display: grid;
  place-items: center;
  width: 32px;
  height: 32px;
  border-radius: 50%;
  background: ${({ theme }) => theme.colors.primarySoft};
  color: ${({ theme }) => theme.colors.primary};
  font-weight: ${({ theme }) => theme.fontWeights.bold};
`;

const Name = styled.span`
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
  max-width: 200px;
`;

const Balance = styled.p`
  flex: none;
  padding: ${({ theme }) => theme.space.xxs} ${({ theme }) => theme.space.sm};
  border-radius: ${({ theme }) => theme.radii.pill};
  background: ${({ theme }) => theme.colors.successSoft};
  color: ${({ theme }) => theme.colors.success};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  font-weight: ${({ theme }) => theme.fontWeights.bold};
  white-space: nowrap;

  ${({ theme }) => theme.media.md} {
    order: 1;
  }
`;

const WideOnly = styled.span`
  display: none;

  ${({ theme }) => theme.media.sm} {
    display: contents;
  }
`;

function MemberAccount({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <Account>
      <AccountLink to={paths.settings.getHref()} title={t('layout.account', { name: me.displayName })}>
        <Avatar aria-hidden>{me.displayName.trim().charAt(0).toUpperCase() || '?'}</Avatar>
        <Name>{me.displayName}</Name>
      </AccountLink>
      <Balance data-testid="header-balance">
        <VisuallyHidden>{t('layout.balance')} </VisuallyHidden>
        {t('common.points', { count: me.balance })}
      </Balance>
    </Account>
  );
}

export function Header() {
  const { t } = useTranslation();
  const { me, isLoading } = useViewer();
  return (
    <Bar>
      <Inner>
        <Logo to={paths.home.getHref()} aria-label={t('layout.homeLink')}>
          <LogoMark viewBox="0 0 32 32" aria-hidden>
            <rect width="32" height="32" rx="8" fill="currentColor" />
            <path
              d="M7 22l6-7 5 4 7-9"
              fill="none"
              stroke="#fff"
              strokeWidth="3"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </LogoMark>
          Mockstock
        </Logo>
        {me && <MemberAccount me={me} />}
        <Tools>
          <LanguageSwitch />
          {me && <LogoutButton />}
          {!me && !isLoading && (
            <>
              <ButtonLink to={paths.login.getHref()} $variant="ghost" $size="sm">
                {t('layout.login')}
              </ButtonLink>
              <WideOnly>
                <ButtonLink to={paths.register.getHref()} $size="sm">
                  {t('layout.register')}
                </ButtonLink>
              </WideOnly>
            </>
          )}
        </Tools>
      </Inner>
    </Bar>
  );
}
