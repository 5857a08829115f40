import { type ComponentProps, useState } from 'react';
import styled from 'styled-components';
import { useTranslation } from '../../lib/i18n.ts';
import { Input } from './field.tsx';

const Wrapper = styled.div`
  position: relative;
`;

const PaddedInput = styled(Input)`
  padding-right: 48px;
`;

const Toggle = styled.button`
  position: absolute;
  top: 4px;
  right: 4px;
  display: grid;
  place-items: center;
  width: 36px;
  height: 36px;
  border: 0;
  border-radius: ${({ theme }) => theme.radii.sm};
  background: transparent;
  color: ${({ theme }) => theme.colors.textMuted};
  cursor: pointer;

  &:hover {
    color: ${({ theme }) => theme.colors.text};
    background: ${({ theme }) => theme.colors.primarySoft};
  }
`;

function EyeIcon({ crossed }: { crossed: boolean }) {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden
    >
      <path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z" />
      <circle cx="12" cy="12" r="3" />
      {crossed && <path d="M4 20 20 4" />}
    </svg>
  );
}

export function PasswordInput(props: Omit<ComponentProps<typeof Input>, 'type'>) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <Wrapper>
      <PaddedInput {...props} type={visible ? 'text' : 'password'} />
      <Toggle
        type="button"
        aria-pressed={visible}
        aria-label={t('common.showPassword')}
        title={visible ? t('common.hidePassword') : t('common.showPassword')}
        onClick={() => setVisible((shown) => !shown)}
      >
        <EyeIcon crossed={visible} />
      </Toggle>
    </Wrapper>
  );
}
