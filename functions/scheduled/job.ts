import type { DomainEvent } from '#contract/events.ts';
import type { Db } from '#db/client.ts';

export type JobResult = { affected: number; events: DomainEvent[] };
export type Job = (input: { db: Db; now: Date }) => Promise<JobResult>;
