import styled from 'styled-components';
import { LANGUAGES, setLanguage, useLanguage, useTranslation } from '../../lib/i18n.ts';

const Group = styled.div`
  display: inline-flex;
  padding: 2px;
  border: 1px solid ${({ theme }) => theme.colors.border};
  border-radius: ${({ theme }) => theme.radii.pill};
  background: ${({ theme }) => theme.colors.surfaceMuted};
`;

const Option = styled.button`
  min-width: 36px;
  min-height: 32px;
  padding: 0 ${({ theme }) => theme.space.xs};
  border: 0;
  border-radius: ${({ theme }) => theme.radii.pill};
  background: transparent;
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.xs};
  font-weight: ${({ theme }) => theme.fontWeights.bold};
  letter-spacing: 0.04em;
  cursor: pointer;

  &[aria-pressed='true'] {
    background: ${({ theme }) => theme.colors.primary};
    color: ${({ theme }) => theme.colors.onPrimary};
  }

  &:hover:not([aria-pressed='true']) {
    color: ${({ theme }) => theme.colors.text};
  }
`;

export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLanguage();
  return (
    <Group role="group" aria-label={t('layout.language')}>
      {LANGUAGES.map((language) => (
        <Option
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === current}
          aria-label={`${language.toUpperCase()} — ${t(`languages.${language}`)}`}
          onClick={() => setLanguage(language)}
        >
          {language.toUpperCase()}
        </Option>
      ))}
    </Group>
  );
}
