import { invalidField } from './validation.ts';

/** Keyset cursors over (startsAt, id): pages stay stable while rows come and go. */
export const encodeCursor = (startsAt: Date, id: string) =>
  Buffer.from(JSON.stringify([startsAt.toISOString(), id])).toString('base64url');

export function decodeCursor(cursor: string): { startsAt: Date; id: string } {
  try {
    const [startsAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    const date = new Date(startsAt);
    if (Number.isNaN(date.getTime()) || typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id))
      throw new Error();
    return { startsAt: date, id };
  } catch {
    throw invalidField('cursor', 'invalid_format');
  }
}
