/** `roei serve --poll-minutes`: feed polling inside the server, configurable and switchable off. */
import { describe, expect, it } from "vitest";
import { parseServeArgs } from "./serve-main.js";

describe("roei serve --poll-minutes", () => {
  it("defaults to 30 minutes, takes the option or ROEI_POLL_MINUTES, and 0 turns polling off", () => {
    const config = (argv: string[], env: Record<string, string> = {}) => {
      const c = parseServeArgs(argv, env);
      if (typeof c === "string") throw new Error(c);
      return c.config.pollMinutes;
    };
    expect(config([])).toBe(30);
    expect(config(["--poll-minutes", "5"])).toBe(5);
    expect(config([], { ROEI_POLL_MINUTES: "0" })).toBe(0);
    expect(parseServeArgs(["--poll-minutes", "1.5"], {})).toMatch(/--poll-minutes must be a whole number/);
    expect(parseServeArgs(["--poll-minutes", "soon"], {})).toMatch(/--poll-minutes must be a whole number/);
  });
});
