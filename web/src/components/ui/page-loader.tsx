import styled, { keyframes } from 'styled-components';
import { useTranslation } from '../../lib/i18n.ts';

const spin = keyframes`
  to { transform: rotate(360deg); }
`;

const Wrapper = styled.div`
  display: grid;
  place-items: center;
  min-height: 40vh;
  color: ${({ theme }) => theme.colors.textMuted};
`;

const Spinner = styled.span`
  width: 32px;
  height: 32px;
  border: 3px solid ${({ theme }) => theme.colors.border};
  border-top-color: ${({ theme }) => theme.colors.primary};
  border-radius: 50%;
  animation: ${spin} 0.8s linear infinite;
`;

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Wrapper role="status" aria-label={t('common.loading')}>
      <Spinner />
    </Wrapper>
  );
}
