import type { Db } from '#db/client.ts';
import type { RecordedEvent } from '#functions/events/outbox.ts';

/**
 * What a scheduled job did: how many rows it changed, and the events it recorded in the outbox with them
 * (only recorded events fit here: a job reaches people the way a request does, through the outbox).
 */
export type JobResult = { affected: number; events: RecordedEvent[] };
export type Job = (input: { db: Db; now: Date }) => Promise<JobResult>;
