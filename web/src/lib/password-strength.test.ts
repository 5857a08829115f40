import { describe, expect, it } from 'vitest';
import { passwordStrength } from './password-strength.ts';

describe('password strength', () => {
  it('flags what the server will refuse', () => {
    expect(passwordStrength('')).toBe('empty');
    expect(passwordStrength('short1!')).toBe('tooShort');
    expect(passwordStrength('пароль'.repeat(7))).toBe('tooLong');
    expect(passwordStrength('Anna.Smirnova', 'anna.smirnova')).toBe('sameAsLogin');
  });

  it('grows with length and variety', () => {
    expect(passwordStrength('password')).toBe('weak');
    expect(passwordStrength('password12')).toBe('fair');
    expect(passwordStrength('Password12')).toBe('good');
    expect(passwordStrength('correct horse battery staple')).toBe('strong');
  });
});
