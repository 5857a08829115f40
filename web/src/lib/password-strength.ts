export type PasswordStrength =
  | 'empty'
  | 'tooShort'
  | 'tooLong'
  | 'sameAsLogin'
  | 'weak'
  | 'fair'
  | 'good'
  | 'strong';

const MIN_LENGTH = 8;
/** bcrypt reads at most 72 bytes; the server rejects longer passwords instead of cutting them. */
const MAX_BYTES = 72;
const CLASSES = [/[a-zа-яё]/, /[A-ZА-ЯЁ]/, /\d/, /[^\p{L}\d]/u];

/**
 * A hint for the person typing, not a rule: the server decides (it also rejects common passwords).
 * Length counts most; each extra kind of character (lower case, capitals, digits, symbols) adds a little.
 */
export function passwordStrength(password: string, login = ''): PasswordStrength {
  if (!password) return 'empty';
  if ([...password].length < MIN_LENGTH) return 'tooShort';
  if (new TextEncoder().encode(password).length > MAX_BYTES) return 'tooLong';
  if (login && password.toLowerCase() === login.toLowerCase()) return 'sameAsLogin';
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
