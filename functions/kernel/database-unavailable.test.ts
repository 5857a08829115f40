import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { databaseUnavailableCause } from './database-unavailable.ts';

/** An error as Node's sockets, postgres.js and PostgreSQL's answers reach us: a message and a string `code`. */
const coded = (code: string) => Object.assign(new Error(`the driver said ${code}`), { code });
// What a use case sees: drizzle wraps the driver's error, with the query and its parameters.
const wrapped = (cause: Error) => new DrizzleQueryError('select 1 where $1', ['secret'], cause);

describe('databaseUnavailableCause', () => {
  it.each([
    ['nothing listens on the port', 'ECONNREFUSED'],
    ['the server cut the connection', 'ECONNRESET'],
    ['a write to a closed socket', 'EPIPE'],
    ['the socket timed out', 'ETIMEDOUT'],
    ['no route to the host', 'EHOSTUNREACH'],
    ['no route to the network', 'ENETUNREACH'],
    ['the host name is unknown (a stopped container)', 'ENOTFOUND'],
    ['the name server did not answer', 'EAI_AGAIN'],
    ['postgres.js lost the connection under a query', 'CONNECTION_CLOSED'],
    ['the pool was ended (shutting down)', 'CONNECTION_ENDED'],
    ['the pool was ended by force', 'CONNECTION_DESTROYED'],
    ['the connection did not open in time', 'CONNECT_TIMEOUT'],
  ])('counts %s (%s), found under drizzle’s wrapper', (_, code) => {
    const driver = coded(code);
    expect(databaseUnavailableCause(wrapped(driver))).toBe(driver);
    expect(databaseUnavailableCause(driver)).toBe(driver);
  });

  it.each(['57P01', '57P02', '57P03', '53300', '08000', '08003', '08006', '08P01'])(
    'counts the server’s SQLSTATE %s',
    (code) => {
      const driver = coded(code);
      expect(databaseUnavailableCause(wrapped(driver))).toBe(driver);
    },
  );

  it.each([
    ['a unique violation', coded('23505')],
    ['a statement timeout', coded('57014')],
    ['a serialization failure', coded('40001')],
    ['an idle-in-transaction timeout', coded('25P03')],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a string', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('leaves %s alone', (_, error) => {
    expect(databaseUnavailableCause(error instanceof Error ? wrapped(error) : error)).toBeUndefined();
  });
});
