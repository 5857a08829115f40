import { describe, expect, it } from 'vitest';
import { groupProfessions, moveProfession } from './profession-order.ts';

const ARCHIVED = '2026-11-01T00:00:00.000Z';
const list = [
  { id: 'a', archivedAt: null },
  { id: 'x', archivedAt: ARCHIVED },
  { id: 'b', archivedAt: null },
  { id: 'c', archivedAt: null },
  { id: 'y', archivedAt: ARCHIVED },
];

describe('moving a profession', () => {
  it('swaps it with its neighbour of the same group, leaving the other group in place', () => {
    expect(moveProfession(list, 'b', 'up')).toEqual(['b', 'x', 'a', 'c', 'y']);
    expect(moveProfession(list, 'b', 'down')).toEqual(['a', 'x', 'c', 'b', 'y']);
    expect(moveProfession(list, 'x', 'down')).toEqual(['a', 'y', 'b', 'c', 'x']);
  });

  it('refuses to move the first one up or the last one down, and an unknown one', () => {
    expect(moveProfession(list, 'a', 'up')).toBeNull();
    expect(moveProfession(list, 'c', 'down')).toBeNull();
    expect(moveProfession(list, 'x', 'up')).toBeNull();
    expect(moveProfession(list, 'y', 'down')).toBeNull();
    expect(moveProfession(list, 'z', 'up')).toBeNull();
  });

  it('splits the list into offered and archived, each in order', () => {
    const { offered, archived } = groupProfessions(list);
    expect(offered.map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(archived.map((item) => item.id)).toEqual(['x', 'y']);
  });
});
