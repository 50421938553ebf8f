/** The webhook POST: the fetcher's address guard, JSON body, status handling and the timeout, on a local server. */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postJson, vetUrl } from "./post.js";

let server: Server;
let base: string;
const bodies: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => {
      body += c.toString();
    });
    req.on("end", () => {
      if (req.url === "/hang") return; // never answers
      bodies.push(body);
      res.writeHead(req.url === "/fail" ? 500 : 204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("postJson", () => {
  it("refuses a loopback address unless allowed, and then POSTs the JSON", async () => {
    const refused = await postJson(`${base}/hook`, { a: 1 });
    expect(refused).toMatchObject({ ok: false, error: { reason: "refused_address" } });
    expect(bodies).toEqual([]);
    const sent = await postJson(`${base}/hook`, { 組織: "テスト" }, { allowPrivate: (ip) => ip === "127.0.0.1" });
    expect(sent).toEqual({ ok: true, value: { status: 204 } });
    expect(JSON.parse(bodies.at(-1)!)).toEqual({ 組織: "テスト" });
  });

  it("reports a non-2xx answer and a timeout in one line naming the URL", async () => {
    const failed = await postJson(`${base}/fail`, {}, { allowPrivate: true });
    expect(failed).toMatchObject({ ok: false, error: { reason: "http_status", message: `${base}/fail: HTTP 500` } });
    const slow = await postJson(`${base}/hang`, {}, { allowPrivate: true, timeoutMs: 300 });
    expect(slow).toMatchObject({ ok: false, error: { reason: "timeout" } });
    expect(slow.ok ? "" : slow.error.message).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/hang: timeout after/);
  });

  it("refuses cloud metadata even when private addresses are allowed, and names resolving to private ones", async () => {
    expect(await vetUrl("http://169.254.169.254/latest", { allowPrivate: true })).toMatchObject({
      ok: false,
      error: { reason: "refused_address" },
    });
    const resolver = async () => [{ address: "10.0.0.5", family: 4 as const }];
    expect(await vetUrl("https://hooks.example.jp/x", { resolver })).toMatchObject({
      ok: false,
      error: { reason: "refused_address", message: expect.stringContaining("hooks.example.jp resolves to it") },
    });
    expect(await vetUrl("file:///etc/passwd")).toMatchObject({ ok: false, error: { reason: "bad_url" } });
    expect(await vetUrl("https://user:pw@hooks.example.jp/")).toMatchObject({
      ok: false,
      error: { reason: "bad_url" },
    });
  });
});
