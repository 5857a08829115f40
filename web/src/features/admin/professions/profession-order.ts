/** A profession as the order cares about it: its id and whether it is offered. */
type Placed = { id: string; archivedAt: string | null };

/**
 * The whole order after moving one profession a place up or down among those of its own group (offered or
 * archived; the page shows them apart), the other group staying where it is: every id once, as the server
 * takes it. Null when it is already first or last of its group.
 */
export function moveProfession(
  items: readonly Placed[],
  id: string,
  direction: 'up' | 'down',
): string[] | null {
  const index = items.findIndex((item) => item.id === id);
  const item = items[index];
  if (!item) return null;
  const archived = item.archivedAt !== null;
  const step = direction === 'up' ? -1 : 1;
  let other = index + step;
  while (items[other] && (items[other]?.archivedAt !== null) !== archived) other += step;
  if (!items[other]) return null;
  const ids = items.map((entry) => entry.id);
  [ids[index], ids[other]] = [ids[other] ?? '', ids[index] ?? ''];
  return ids;
}

/** The offered professions and the archived ones, each in the admins' order. */
export function groupProfessions<T extends Placed>(items: readonly T[]): { offered: T[]; archived: T[] } {
  return {
    offered: items.filter((item) => item.archivedAt === null),
    archived: items.filter((item) => item.archivedAt !== null),
  };
}
