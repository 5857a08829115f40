import { EARLIEST_DATE, LATEST_DATE } from '#contract/common.ts';
import { invalidField } from './validation.ts';

/**
 * Keyset cursors over (startsAt, id), with the ranking score first when a list is ranked: pages stay stable
 * while rows come and go. Clients pass them back as they got them; anything else is a 400 on `cursor`,
 * never a database error.
 */
export type Cursor = { startsAt: Date; id: string; score?: number };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const encodeCursor = ({ startsAt, id, score }: Cursor) =>
  Buffer.from(
    JSON.stringify(score === undefined ? [startsAt.toISOString(), id] : [startsAt.toISOString(), id, score]),
  ).toString('base64url');

export function decodeCursor(cursor: string): Cursor {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    if (!Array.isArray(parts) || parts.length < 2 || parts.length > 3) throw new Error('shape');
    const [startsAt, id, score] = parts;
    const date = new Date(typeof startsAt === 'string' ? startsAt : Number.NaN);
    const time = date.getTime();
    // A cursor points at a moment a query may name (contract/common.ts), never outside.
    if (!(time >= EARLIEST_DATE && time <= LATEST_DATE)) throw new Error('date');
    if (typeof id !== 'string' || !UUID.test(id)) throw new Error('id');
    if (score === undefined) return { startsAt: date, id };
    if (typeof score !== 'number' || !Number.isFinite(score)) throw new Error('score');
    return { startsAt: date, id, score };
  } catch {
    throw invalidField('cursor', 'invalid_format');
  }
}
