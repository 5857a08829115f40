import styled from 'styled-components';
import { useTranslation } from '../../lib/i18n.ts';
import { type PasswordStrength, passwordStrength } from '../../lib/password-strength.ts';
import '../../lib/words/account.ts';

const FILLED: Record<PasswordStrength, number> = {
  empty: 0,
  tooShort: 1,
  tooLong: 1,
  sameAsLogin: 1,
  weak: 1,
  fair: 2,
  good: 3,
  strong: 4,
};

const Meter = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.xxs};
  margin-top: ${({ theme }) => theme.space.xxs};
`;

const Bars = styled.div`
  display: grid;
  grid-template-columns: repeat(4, 1fr);
  gap: ${({ theme }) => theme.space.xxs};
`;

const Bar = styled.span<{ $on: boolean; $tone: 'bad' | 'fair' | 'good' }>`
  height: 4px;
  border-radius: ${({ theme }) => theme.radii.pill};
  background: ${({ theme, $on, $tone }) =>
    !$on
      ? theme.colors.border
      : $tone === 'bad'
        ? theme.colors.danger
        : $tone === 'fair'
          ? theme.colors.warning
          : theme.colors.success};
`;

const Text = styled.p`
  font-size: ${({ theme }) => theme.fontSizes.sm};
  color: ${({ theme }) => theme.colors.textMuted};
`;

/** A live hint while typing a new password; the server has the last word. */
export function PasswordStrengthMeter({ password, login }: { password: string; login?: string }) {
  const { t } = useTranslation();
  const strength = passwordStrength(password, login);
  const filled = FILLED[strength];
  const tone = filled <= 1 ? 'bad' : filled === 2 ? 'fair' : 'good';
  return (
    <Meter>
      <Bars aria-hidden>
        {[1, 2, 3, 4].map((bar) => (
          <Bar key={bar} $on={bar <= filled} $tone={tone} />
        ))}
      </Bars>
      <Text aria-live="polite">{t(`passwordStrength.${strength}`)}</Text>
    </Meter>
  );
}
