/** The time source every use case receives, so that tests control time instead of sleeping. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

export type ManualClock = Clock & { advance(ms: number): void; set(at: Date | string): void };

/** A clock for tests: starts at `start` and moves only when told to. */
export function manualClock(start: Date | string): ManualClock {
  let current = new Date(start).getTime();
  const clock: Clock = () => new Date(current);
  return Object.assign(clock, {
    advance(ms: number) {
      current += ms;
    },
    set(at: Date | string) {
      current = new Date(at).getTime();
    },
  });
}
