import { setTimeout as sleep } from 'node:timers/promises';
import { type Client, createClient } from '#functions/testing/harness.ts';

const HOUR = 3_600_000;

/** One request and how it ended: an HTTP status, or the network error that stood for an answer. */
export type Outcome = {
  actor: string;
  /** Method and path with ids as `:id`. */
  request: string;
  /** performance.now() when it was sent and when it ended (0 until then). */
  startedAt: number;
  endedAt: number;
  /** `pending` until it ends. */
  status: number | string;
  /** The problem's `code` (application/problem+json) of an error answer. */
  code?: string;
  contentType?: string;
  retryAfter?: string;
};

/** Not answered, or answered with a server error (a 4xx is the product refusing, as it should). */
export const failed = (o: Outcome) => typeof o.status === 'string' || o.status >= 500;

/** An answer as the issue requires during an outage: 503 `service_unavailable`, as problem+json, with Retry-After. */
export const isCleanUnavailable = (o: Outcome) =>
  o.status === 503 &&
  o.code === 'service_unavailable' &&
  o.contentType?.startsWith('application/problem+json') === true &&
  o.retryAfter !== undefined;

/** A browser-like client on `base` (nginx) whose every request lands in `outcomes`. */
export function recordingClient(base: string, actor: string, outcomes: Outcome[]): Client {
  return createClient(async (url, init) => {
    const headers = new Headers(init?.headers);
    headers.set('origin', base);
    const { pathname, search } = new URL(url);
    const outcome: Outcome = {
      actor,
      request: `${init?.method ?? 'GET'} ${pathname.replace(/[0-9a-f-]{36}/g, ':id')}`,
      startedAt: performance.now(),
      endedAt: 0,
      status: 'pending',
    };
    outcomes.push(outcome);
    try {
      const res = await fetch(`${base}${pathname}${search}`, {
        ...init,
        headers,
        // Well above the 2 s connect timeout a request waits for PostgreSQL at most (docs/decisions/009): a
        // request still unanswered by then is a hang, recorded as such.
        signal: AbortSignal.timeout(15_000),
      });
      outcome.status = res.status;
      if (res.status >= 400) {
        outcome.contentType = res.headers.get('content-type') ?? undefined;
        outcome.retryAfter = res.headers.get('retry-after') ?? undefined;
        const body = await res
          .clone()
          .json()
          .catch(() => undefined);
        outcome.code = (body as { code?: string } | undefined)?.code;
      }
      return res;
    } catch (error) {
      const cause = (error as Error).cause as { code?: string } | undefined;
      outcome.status = cause?.code ?? (error as Error).name;
      throw error;
    } finally {
      outcome.endedAt = performance.now();
    }
  });
}

let registered = 0;

/** A new account registered through `base`, its requests recorded as `actor`. */
export async function registerRecorded(base: string, actor: string, outcomes: Outcome[]) {
  const client = recordingClient(base, actor, outcomes);
  registered += 1;
  const res = await client.post('/api/auth/register', {
    login: `${actor}.${registered}.${Date.now() % 100000}`,
    password: `a long enough secret ${registered}`,
    displayName: actor,
  });
  if (res.status !== 201) throw new Error(`registration of ${actor} answered ${res.status}`);
  return { client, id: (await res.json()).user.id as string };
}

/** Start times two hours apart from a day ahead, shared by everyone so that no one's slots overlap. */
export function slotTimes() {
  const first = Date.now() + 24 * HOUR;
  let next = 0;
  return () => new Date(first + next++ * 2 * HOUR).toISOString();
}

export type Load = { stop(): Promise<void> };

/**
 * The bounded load the faults are injected under, through `base` (nginx): `bookers` signed-in users who
 * publish slots, book one another's and give bookings back, and `readers` who read the exchange (half as
 * guests, served from the page cache when it can, half signed in, which needs the session's row), each
 * pausing `pauseMs` between requests, so the rate is capped however fast the servers answer. An answer
 * other than success (taken meanwhile, a 503 during an outage) only makes a user go on to something else.
 */
export async function startLoad(options: {
  base: string;
  outcomes: Outcome[];
  professionId: string;
  nextStart: () => string;
  bookers: number;
  readers: number;
  pauseMs: number;
}): Promise<Load> {
  const { base, outcomes, professionId, nextStart, pauseMs } = options;
  const bookers = await Promise.all(
    Array.from({ length: options.bookers }, async (_, index) => ({
      ...(await registerRecorded(base, `booker${index}`, outcomes)),
      index,
      bookings: [] as string[],
    })),
  );
  type Booker = (typeof bookers)[number];
  const open: { id: string; owner: number }[] = [];
  let running = true;

  const publish = async (user: Booker) => {
    const res = await user.client.post('/api/slots', {
      professionId,
      startsAt: nextStart(),
      meetingUrl: 'https://meet.example.com/faults',
    });
    if (res.status === 201) open.push({ id: (await res.json()).id, owner: user.index });
  };
  const book = async (user: Booker) => {
    const choices = open.filter((slot) => slot.owner !== user.index);
    const slot = choices[Math.floor(Math.random() * choices.length)];
    if (!slot) return publish(user);
    const res = await user.client.post(`/api/slots/${slot.id}/booking`);
    if (res.status === 201 || res.status === 409) open.splice(open.indexOf(slot), 1);
    if (res.status === 201) user.bookings.push((await res.json()).bookingId);
  };
  const giveBack = async (user: Booker) => {
    const bookingId = user.bookings.shift();
    if (!bookingId) return book(user);
    const res = await user.client.post(`/api/bookings/${bookingId}/cancel`);
    if (res.status === 200) open.push({ id: (await res.json()).id, owner: -1 });
    // A 503 may have come after the commit: trying again finds out (404/409 then, and it is dropped).
    else if (res.status >= 500) user.bookings.push(bookingId);
  };
  const bookerStep = (user: Booker) => {
    // Few open slots: publish; many bookings held: give one back; otherwise mostly book.
    if (open.length < 4) return publish(user);
    if (user.bookings.length >= 4) return giveBack(user);
    const roll = Math.random();
    return roll < 0.5 ? book(user) : roll < 0.75 ? giveBack(user) : publish(user);
  };

  const readers = await Promise.all(
    Array.from({ length: options.readers }, async (_, index) =>
      index % 2 === 0
        ? { client: recordingClient(base, `guest-reader${index}`, outcomes), signedIn: false }
        : { ...(await registerRecorded(base, `reader${index}`, outcomes)), signedIn: true },
    ),
  );
  const readerStep = async (reader: (typeof readers)[number]) => {
    await reader.client.get(
      Math.random() < 0.5 ? '/api/slots?professions=all' : '/api/slots?professions=all&sort=best_rated',
    );
    if (reader.signedIn) await reader.client.get('/api/me');
  };

  const loop = async (step: () => Promise<unknown>) => {
    while (running) {
      // A request that got no answer is recorded; the user goes on.
      await step().catch(() => undefined);
      await sleep(pauseMs);
    }
  };
  for (const user of bookers) await publish(user);
  const done = Promise.all([
    ...bookers.map((user) => loop(() => bookerStep(user))),
    ...readers.map((reader) => loop(() => readerStep(reader))),
  ]);
  return {
    async stop() {
      running = false;
      await done;
    },
  };
}
