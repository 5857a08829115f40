import { sameAsLogin, ZPassword } from '#contract/auth.ts';

export type PasswordStrength =
  | 'empty'
  | 'tooShort'
  | 'tooLong'
  | 'sameAsLogin'
  | 'weak'
  | 'fair'
  | 'good'
  | 'strong';

const CLASSES = [/[a-zа-яё]/, /[A-ZА-ЯЁ]/, /\d/, /[^\p{L}\d]/u];

/**
 * A hint for the person typing, not a rule: the server decides (it also rejects common passwords).
 * Length counts most; each extra kind of character (lower case, capitals, digits, symbols) adds a little.
 */
export function passwordStrength(password: string, login = ''): PasswordStrength {
  if (!password) return 'empty';
  // The contract's rules first: what the server refuses is not a matter of strength.
  const refusal = ZPassword.safeParse(password).error?.issues[0]?.message;
  if (refusal === 'password_too_short') return 'tooShort';
  if (refusal === 'password_too_long') return 'tooLong';
  if (login && sameAsLogin(password, login)) return 'sameAsLogin';
  const classes = CLASSES.filter((pattern) => pattern.test(password)).length;
  const score =
    Number(password.length >= 12) +
    Number(password.length >= 16) +
    Number(classes >= 2) +
    Number(classes >= 3);
  if (score === 0) return 'weak';
  if (score === 1) return 'fair';
  return score === 2 ? 'good' : 'strong';
}
