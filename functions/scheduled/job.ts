import type { Db } from '../../db/client.ts';
import type { DomainEvent } from '../shared/events/contract.ts';

export type JobResult = { affected: number; events: DomainEvent[] };
export type Job = (input: { db: Db; now: Date }) => Promise<JobResult>;
