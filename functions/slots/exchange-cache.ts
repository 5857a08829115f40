import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/** One exchange page as it goes out: the serialized body, its ETag, and how long it stays true. */
export type CachedPage = {
  body: string;
  etag: string;
  /** The public stream's position the page reflects (its `version`). */
  version: number;
  /** The page changes by itself when its earliest slot starts (it leaves the exchange): valid until then. */
  validUntil: number;
};

/** What the cache may use at most: pages are 15–40 KB, so a few hundred filters and cursors at once. */
const MAX_BYTES = 16 * 1024 * 1024;

/**
 * The exchange page is the same for everyone asking the same (normalized) question until the public event
 * stream moves or one of its slots starts, so it is served from memory exactly, never "probably fresh": an
 * entry counts only while the stream is where it was when the page was read (the version the page itself
 * reports, read in SQL before the slots), and only until its earliest slot starts. A process learns the
 * stream's position by watching the events it relays (`observe`); a runtime that cannot watch them (Lambda,
 * Workers) has no cache. Nothing personal is ever in a page, so signed-in viewers share entries by their
 * effective filter.
 */
export function createExchangeCache({
  listening,
  maxBytes = MAX_BYTES,
}: {
  /** Whether the process hears the stream now: while it does not (Redis away), pages come from the database. */
  listening: () => boolean;
  maxBytes?: number;
}) {
  const entries = new LRUCache<string, CachedPage>({
    maxSize: maxBytes,
    sizeCalculation: (entry) => entry.body.length + entry.etag.length + 64,
  });
  // -1: not known (after a break in the stream), so no page counts until the next event says where it is.
  let position = 0;
  return {
    /** A public event with this version was published: pages read before it no longer count. */
    observe(version: number) {
      if (version > position) position = version;
    },
    /**
     * The stream broke and came back: events may have gone by unheard (while Redis was away, commits went on
     * and their events waited in the outbox), so nothing kept is trusted until the next event is heard.
     */
    forget() {
      entries.clear();
      position = -1;
    },
    get(key: string, now: Date): CachedPage | undefined {
      if (!listening()) return undefined;
      const entry = entries.get(key);
      return entry && entry.version === position && now.getTime() < entry.validUntil ? entry : undefined;
    },
    /** Keeps a page read at `version`; it is served once (and while) the stream is there. */
    set(key: string, entry: CachedPage) {
      if (listening() && entry.version >= position) entries.set(key, entry);
    },
    get size() {
      return entries.size;
    },
  };
}

export type ExchangeCache = ReturnType<typeof createExchangeCache>;

/** A page ready to send: serialized once, with an ETag of its content. */
export function toCachedPage(page: { version: number }, validUntil: number): CachedPage {
  const body = JSON.stringify(page);
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  return { body, etag, version: page.version, validUntil };
}
