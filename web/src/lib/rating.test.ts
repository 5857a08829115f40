import { describe, expect, it } from 'vitest';
import { formatRating } from './rating.ts';

describe('ratings', () => {
  it('shows one decimal with the language’s mark', () => {
    expect(formatRating(5, 'ru')).toBe('5,0');
    expect(formatRating(4.75, 'ru')).toBe('4,8');
    expect(formatRating(4.75, 'en')).toBe('4.8');
  });
});
