import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/** One of the supervisor's lines about its workers (functions/platform/supervisor.ts). */
export type WorkerLine = {
  msg: string;
  place: number;
  pid: number;
  code?: number | null;
  signal?: string | null;
  /** When the test read it (performance.now()), within a few milliseconds of when it was written. */
  at: number;
};

/**
 * The supervisor's account of its workers, read as it is printed: which pid serves each place now, and
 * every start, listen and exit since the process began.
 */
export function workerLog(service: { process: ChildProcess; output(): string }) {
  const lines: WorkerLine[] = [];
  let consumed = 0;
  const read = () => {
    const out = service.output();
    const end = out.lastIndexOf('\n') + 1;
    if (end <= consumed) return;
    for (const line of out.slice(consumed, end).split('\n')) {
      if (!line.includes('"msg":"worker ')) continue;
      lines.push({ ...(JSON.parse(line) as Omit<WorkerLine, 'at'>), at: performance.now() });
    }
    consumed = end;
  };
  read();
  // Each chunk is read as it arrives (after spawnService's own listener has added it to the output).
  service.process.stdout?.on('data', () => setImmediate(read));

  return {
    lines: () => lines,
    /** The pid serving `place` now: the last one started there. */
    pidAt(place: number): number {
      const started = lines.filter((l) => l.msg === 'worker started' && l.place === place).at(-1);
      if (!started) throw new Error(`no worker started at place ${place}`);
      return started.pid;
    },
    async waitFor(match: (line: WorkerLine) => boolean, timeoutMs: number): Promise<WorkerLine> {
      const until = performance.now() + timeoutMs;
      for (;;) {
        const found = lines.find(match);
        if (found) return found;
        if (performance.now() > until)
          throw new Error(`no such worker line within ${timeoutMs} ms:\n${JSON.stringify(lines)}`);
        await sleep(10);
      }
    },
  };
}
