import { describe, expect, it } from "vitest";
import { type Clock, createRateLimiter } from "./rate-limit.js";

/** A fake clock: sleeping advances time and records the wait. */
function fakeClock(): Clock & { readonly waits: number[] } {
  let time = 0;
  const waits: number[] = [];
  return {
    waits,
    now: () => time,
    sleep: async (ms) => {
      waits.push(ms);
      time += ms;
    },
  };
}

describe("createRateLimiter", () => {
  it("lets the first request to a host through at once", async () => {
    const clock = fakeClock();
    await createRateLimiter({ clock }).acquire("a.example");
    expect(clock.waits).toEqual([]);
  });

  it("spaces requests to one host by the interval", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ clock, intervalMs: 1000 });
    await limiter.acquire("a.example");
    await limiter.acquire("a.example");
    await limiter.acquire("A.EXAMPLE");
    expect(clock.waits).toEqual([1000, 1000]);
  });

  it("does not delay other hosts", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ clock });
    await limiter.acquire("a.example");
    await limiter.acquire("b.example");
    expect(clock.waits).toEqual([]);
  });

  it("queues concurrent callers one interval apart", async () => {
    let time = 0;
    const waits: number[] = [];
    const clock: Clock = { now: () => time, sleep: async (ms) => void waits.push(ms) };
    const limiter = createRateLimiter({ clock, intervalMs: 500 });
    await Promise.all([limiter.acquire("a"), limiter.acquire("a"), limiter.acquire("a")]);
    expect(waits).toEqual([500, 1000]);
    time = 5000;
    await limiter.acquire("a");
    expect(waits).toEqual([500, 1000]);
  });

  it("waits only the rest of the interval", async () => {
    let time = 0;
    const waits: number[] = [];
    const clock: Clock = { now: () => time, sleep: async (ms) => void waits.push(ms) };
    const limiter = createRateLimiter({ clock, intervalMs: 1000 });
    await limiter.acquire("a");
    time = 700;
    await limiter.acquire("a");
    expect(waits).toEqual([300]);
  });
});
