/** @module One-at-a-time access to a connection: a promise queue that knows when it is re-entered. */
import { AsyncLocalStorage } from "node:async_hooks";

export type SerialLock = {
  /** Runs `fn` after every earlier call has settled. */
  run<T>(fn: () => Promise<T>): Promise<T>;
  /** True inside a `run` callback (and whatever it awaits): calling `run` there would wait on itself. */
  held(): boolean;
};

/** A new lock. */
export function createSerialLock(): SerialLock {
  let tail: Promise<unknown> = Promise.resolve();
  const inside = new AsyncLocalStorage<true>();
  return {
    run<T>(fn: () => Promise<T>): Promise<T> {
      const next = tail.then(() => inside.run(true, fn));
      tail = next.catch(() => undefined);
      return next;
    },
    held: () => inside.getStore() === true,
  };
}
