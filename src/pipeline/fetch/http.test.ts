import { lookup as dnsLookup } from "node:dns";
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import net, { type AddressInfo, type LookupFunction } from "node:net";
import { gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { decodeBytes } from "../decode/index.js";
import { type FetchOptions, fetchUrl, type Resolver } from "./http.js";
import { createRateLimiter } from "./rate-limit.js";

// Every test connects to 127.0.0.1 only. A spy on net.Socket#connect records each connection attempt and
// refuses (throws before any packet) any target outside 127.0.0.0/8, also for names resolved during connect.

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
type LocalServer = { readonly base: string; readonly requests: IncomingMessage[]; readonly close: () => Promise<void> };

const servers: LocalServer[] = [];
const connects: string[] = [];
const LOOPBACK_V4 = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

async function startServer(routes: Readonly<Record<string, Handler>>): Promise<LocalServer> {
  const requests: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    requests.push(req);
    const handler = routes[new URL(req.url ?? "/", "http://local").pathname];
    if (handler === undefined) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("no such page");
      return;
    }
    handler(req, res);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  const close = async (): Promise<void> => {
    server.closeAllConnections();
    server.close();
    await once(server, "close");
  };
  const local = { base: `http://127.0.0.1:${port}`, requests, close };
  servers.push(local);
  return local;
}

/** A resolver that answers from a table and records each question; unknown names fail like ENOTFOUND. */
function tableResolver(table: Readonly<Record<string, readonly string[]>>): Resolver & { readonly calls: string[] } {
  const calls: string[] = [];
  const resolver = async (hostname: string) => {
    calls.push(hostname);
    const ips = table[hostname];
    if (ips === undefined) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    return ips.map((address) => ({ address, family: net.isIP(address) === 6 ? (6 as const) : (4 as const) }));
  };
  return Object.assign(resolver, { calls });
}

/** Tests allow exactly the local server's address; every other forbidden address stays refused. */
const onlyLocal = (ip: string): boolean => ip === "127.0.0.1";
const base: FetchOptions = { allowPrivate: onlyLocal, resolver: tableResolver({}), timeoutMs: 5000 };

function guardedLookup(inner: LookupFunction): LookupFunction {
  return (hostname, options, callback) =>
    inner(hostname, options, (error, address, family) => {
      const list = typeof address === "string" ? [address] : address.map((a) => a.address);
      const outside = list.find((ip) => !LOOPBACK_V4.test(ip));
      if (error === null && outside !== undefined) callback(new Error(`test guard: refused ${outside}`), "", 4);
      else callback(error, address, family);
    });
}

beforeEach(() => {
  connects.length = 0;
  const original = net.Socket.prototype.connect;
  vi.spyOn(net.Socket.prototype, "connect").mockImplementation(function (this: net.Socket, ...args: unknown[]) {
    const first = Array.isArray(args[0]) ? args[0][0] : args[0];
    const options = (typeof first === "object" && first !== null ? first : {}) as net.TcpNetConnectOpts;
    const host = options.host ?? "localhost";
    connects.push(host);
    if (net.isIP(host) !== 0 && !LOOPBACK_V4.test(host)) throw new Error(`test guard: refused connection to ${host}`);
    if (net.isIP(host) === 0) options.lookup = guardedLookup(options.lookup ?? dnsLookup);
    return Reflect.apply(original, this, args) as net.Socket;
  } as typeof original);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** CP932 bytes for a string, built from the decoder's own table (ASCII and double-byte characters only). */
function toShiftJis(text: string): Uint8Array {
  const decoder = new TextDecoder("shift_jis");
  const table = new Map<string, readonly number[]>();
  for (const lead of [...range(0x81, 0x9f), ...range(0xe0, 0xef)])
    for (const trail of range(0x40, 0xfc)) {
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== "\uFFFD" && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  return Uint8Array.from(
    [...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : [...(table.get(ch) ?? [0x3f])])),
  );
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const send =
  (body: string | Uint8Array, headers: Record<string, string | number> = {}, status = 200): Handler =>
  (_req, res) => {
    res.writeHead(status, { "Content-Type": "text/html; charset=utf-8", ...headers }).end(body);
  };
const redirect =
  (location: string, status = 302): Handler =>
  (_req, res) => {
    res.writeHead(status, { Location: location }).end();
  };
const hang: Handler = () => {};

describe("fetchUrl: success", () => {
  it("fetches a page and reports status, final URL, media type and charset", async () => {
    const server = await startServer({ "/a.html": send("<p>本文</p>", { ETag: '"v1"' }) });
    const result = await fetchUrl(`${server.base}/a.html#top`, base);
    expect(result).toMatchObject({
      ok: true,
      value: {
        name: `${server.base}/a.html`,
        finalUrl: `${server.base}/a.html`,
        status: 200,
        contentType: "text/html",
        declaredCharset: "utf-8",
        etag: '"v1"',
      },
    });
    expect(result.ok && new TextDecoder().decode(result.value.bytes)).toBe("<p>本文</p>");
    expect(connects).toEqual(["127.0.0.1"]);
  });

  it("sends a clear User-Agent naming roei and its version", async () => {
    const server = await startServer({ "/": send("x") });
    await fetchUrl(`${server.base}/`, base);
    expect(server.requests[0]?.headers["user-agent"]).toMatch(
      /^roei\/\d+\.\d+\.\d+\S* \(\+https?:\/\/\S+; leak-news indexer\)$/,
    );
  });

  it("decompresses a gzip body", async () => {
    const server = await startServer({ "/z": send(gzipSync("圧縮された本文"), { "Content-Encoding": "gzip" }) });
    const result = await fetchUrl(`${server.base}/z`, base);
    expect(result.ok && new TextDecoder().decode(result.value.bytes)).toBe("圧縮された本文");
  });

  it("connects to the address the resolver vetted, asking it once (no second lookup to rebind)", async () => {
    const server = await startServer({ "/n": send("named") });
    let answers = 0;
    const resolver: Resolver = async () => [{ address: answers++ === 0 ? "127.0.0.1" : "10.0.0.1", family: 4 }];
    const url = `${server.base.replace("127.0.0.1", "news.example")}/n`;
    const result = await fetchUrl(url, { ...base, resolver });
    expect(result.ok).toBe(true);
    expect(answers).toBe(1);
    expect(server.requests[0]?.headers.host).toMatch(/^news\.example:\d+$/);
  });

  it("waits on the rate limiter before each request, redirects included", async () => {
    const server = await startServer({ "/r": redirect("/ok"), "/ok": send("ok") });
    const hosts: string[] = [];
    const rateLimiter = { acquire: async (host: string) => void hosts.push(host) };
    await fetchUrl(`${server.base}/r`, { ...base, rateLimiter });
    expect(hosts).toEqual(["127.0.0.1", "127.0.0.1"]);
  });

  it("spaces two requests to one host with a real limiter", async () => {
    const server = await startServer({ "/": send("x") });
    const rateLimiter = createRateLimiter({ intervalMs: 150 });
    const started = performance.now();
    await fetchUrl(`${server.base}/`, { ...base, rateLimiter });
    await fetchUrl(`${server.base}/`, { ...base, rateLimiter });
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });
});

describe("fetchUrl: size and time limits", () => {
  it("refuses a body whose Content-Length is over maxBytes, before reading it", async () => {
    const server = await startServer({ "/big": send("x".repeat(5000), { "Content-Length": 5000 }) });
    const result = await fetchUrl(`${server.base}/big`, { ...base, maxBytes: 1000 });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "too_large",
        reason: "too_large",
        message: `${server.base}/big: body (Content-Length: 4.9 KB) is over the 1000 bytes limit`,
      },
    });
  });

  it("stops reading a body without Content-Length once it passes maxBytes", async () => {
    const server = await startServer({
      "/stream": (_req, res) => {
        res.writeHead(200, { "Content-Type": "text/plain" });
        res.write("x".repeat(800));
        res.write("x".repeat(800)); // never ends: the client must stop on its own
      },
    });
    const result = await fetchUrl(`${server.base}/stream`, { ...base, maxBytes: 1000 });
    expect(result.ok ? "" : result.error.message).toBe(`${server.base}/stream: body is over the 1000 bytes limit`);
  });

  it("counts the decompressed size, so a small gzip bomb is refused", async () => {
    const server = await startServer({
      "/bomb": send(gzipSync(new Uint8Array(1_000_000)), { "Content-Encoding": "gzip" }),
    });
    const result = await fetchUrl(`${server.base}/bomb`, { ...base, maxBytes: 10_000 });
    expect(result.ok ? null : result.error.reason).toBe("too_large");
  });

  it("times out when the server never answers", async () => {
    const server = await startServer({ "/slow": hang });
    const result = await fetchUrl(`${server.base}/slow`, { ...base, timeoutMs: 200 });
    expect(result).toMatchObject({
      ok: false,
      error: { reason: "timeout", message: `${server.base}/slow: timeout after 0.2 s` },
    });
  });

  it("times out when the body stalls halfway", async () => {
    const server = await startServer({
      "/stall": (_req, res) => {
        res.writeHead(200, { "Content-Type": "text/plain", "Content-Length": 100 });
        res.write("only part");
      },
    });
    const result = await fetchUrl(`${server.base}/stall`, { ...base, timeoutMs: 200 });
    expect(result.ok ? null : result.error.reason).toBe("timeout");
  });

  it("times out when the resolver hangs", async () => {
    const resolver: Resolver = () => new Promise(() => {});
    const result = await fetchUrl("http://slow-dns.example/", { ...base, resolver, timeoutMs: 100 });
    expect(result.ok ? null : result.error.message).toBe("http://slow-dns.example/: timeout after 0.1 s");
    expect(connects).toEqual([]);
  });
});

describe("fetchUrl: redirects", () => {
  it("follows a chain within the limit and reports the final URL", async () => {
    const server = await startServer({
      "/r1": redirect("/r2", 301),
      "/r2": redirect("r3", 307),
      "/r3": (_req, res) => redirect(`http://127.0.0.1:${(res.socket?.localPort ?? 0).toString()}/end`, 308)(_req, res),
      "/end": send("end"),
    });
    const result = await fetchUrl(`${server.base}/r1`, base);
    expect(result).toMatchObject({ ok: true, value: { finalUrl: `${server.base}/end`, name: `${server.base}/end` } });
    expect(server.requests.map((r) => r.url)).toEqual(["/r1", "/r2", "/r3", "/end"]);
  });

  it("gives up after maxRedirects", async () => {
    const server = await startServer({
      "/r1": redirect("/r2"),
      "/r2": redirect("/r3"),
      "/r3": redirect("/end"),
      "/end": send("end"),
    });
    const result = await fetchUrl(`${server.base}/r1`, { ...base, maxRedirects: 2 });
    expect(result.ok ? "" : result.error.message).toBe(
      `${server.base}/r1 (redirected to ${server.base}/r3): too many redirects (more than 2)`,
    );
    expect(server.requests).toHaveLength(3);
  });

  it("reports a redirect loop", async () => {
    const server = await startServer({ "/a": redirect("/b"), "/b": redirect("/a") });
    const result = await fetchUrl(`${server.base}/a`, base);
    expect(result).toMatchObject({
      ok: false,
      error: {
        reason: "redirect_loop",
        message: `${server.base}/a (redirected to ${server.base}/b): redirect loop back to ${server.base}/a`,
      },
    });
  });

  it("refuses a redirect to a non-http scheme", async () => {
    const server = await startServer({ "/f": redirect("file:///etc/passwd") });
    const result = await fetchUrl(`${server.base}/f`, base);
    expect(result.ok ? null : result.error.message).toBe(
      `${server.base}/f: redirect to unsupported scheme file:///etc/passwd`,
    );
  });
});

describe("fetchUrl: address guard", () => {
  it.each([
    ["10.0.0.1", "private"],
    ["169.254.169.254", "metadata"],
    ["::1", "loopback"],
    ["192.168.1.5", "private"],
    ["100.100.100.200", "metadata"],
    ["::ffff:10.0.0.1", "private"],
  ])("refuses a name resolving to %s (%s) without connecting", async (ip, cls) => {
    const server = await startServer({ "/": send("must not be reached") });
    const resolver = tableResolver({ "intranet.example": [ip] });
    const result = await fetchUrl("http://intranet.example/", { ...base, resolver });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "unreadable",
        reason: "refused_address",
        message: `http://intranet.example/: refused address ${ip} (${cls}) (intranet.example resolves to it)`,
      },
    });
    expect(resolver.calls).toEqual(["intranet.example"]);
    expect(connects).toEqual([]);
    expect(server.requests).toEqual([]);
  });

  it("refuses a name when any of its answers is forbidden", async () => {
    const resolver = tableResolver({ "mixed.example": ["127.0.0.1", "10.0.0.1"] });
    const result = await fetchUrl("http://mixed.example/", { ...base, resolver });
    expect(result.ok ? null : result.error.reason).toBe("refused_address");
    expect(connects).toEqual([]);
  });

  it.each(["http://10.0.0.1/", "http://[::1]/", "http://[fd00:ec2::254]/latest/meta-data/", "http://0x7f000001/"])(
    "refuses the address literal in %s without connecting",
    async (url) => {
      const result = await fetchUrl(url, { resolver: tableResolver({}) });
      expect(result.ok ? null : result.error.reason).toBe("refused_address");
      expect(connects).toEqual([]);
    },
  );

  it("refuses 127.0.0.1 by default", async () => {
    const server = await startServer({ "/": send("x") });
    const result = await fetchUrl(`${server.base}/`, { resolver: tableResolver({}) });
    expect(result.ok ? null : result.error.message).toBe(`${server.base}/: refused address 127.0.0.1 (loopback)`);
    expect(server.requests).toEqual([]);
  });

  it("refuses a redirect to http://10.0.0.1/ without connecting to it", async () => {
    const server = await startServer({ "/go": redirect("http://10.0.0.1/admin") });
    const result = await fetchUrl(`${server.base}/go`, base);
    expect(result).toMatchObject({
      ok: false,
      error: {
        reason: "refused_address",
        message: `${server.base}/go (redirected to http://10.0.0.1/admin): refused address 10.0.0.1 (private)`,
      },
    });
    expect(connects).toEqual(["127.0.0.1"]);
  });

  it("refuses a redirect to a name resolving to 169.254.169.254", async () => {
    const server = await startServer({ "/go": redirect("http://metadata.example/latest/meta-data/") });
    const resolver = tableResolver({ "metadata.example": ["169.254.169.254"] });
    const result = await fetchUrl(`${server.base}/go`, { ...base, resolver });
    expect(result.ok ? null : result.error.message).toBe(
      `${server.base}/go (redirected to http://metadata.example/latest/meta-data/): refused address 169.254.169.254 (metadata) (metadata.example resolves to it)`,
    );
    expect(connects).toEqual(["127.0.0.1"]);
  });

  it("reports a name that does not resolve", async () => {
    const result = await fetchUrl("http://nowhere.example/", base);
    expect(result.ok ? null : result.error.message).toBe(
      "http://nowhere.example/: cannot resolve host nowhere.example: ENOTFOUND",
    );
  });
});

describe("fetchUrl: HTTP answers", () => {
  it("turns 404 into a not_found issue naming the URL", async () => {
    const server = await startServer({});
    const result = await fetchUrl(`${server.base}/missing`, base);
    expect(result).toEqual({
      ok: false,
      error: {
        code: "not_found",
        reason: "http_status",
        status: 404,
        message: `${server.base}/missing: HTTP 404 Not Found`,
      },
    });
  });

  it("turns 503 into an unreadable issue with the status", async () => {
    const server = await startServer({ "/busy": send("busy", {}, 503) });
    const result = await fetchUrl(`${server.base}/busy`, base);
    expect(result).toMatchObject({ ok: false, error: { code: "unreadable", status: 503 } });
  });

  it("rejects URLs that are not http(s)", async () => {
    expect(await fetchUrl("ftp://example.com/x", base)).toMatchObject({
      ok: false,
      error: { reason: "bad_url", message: "ftp://example.com/x: unsupported scheme ftp:" },
    });
    expect(await fetchUrl("not a url", base)).toMatchObject({ ok: false, error: { message: "not a url: not a URL" } });
  });

  it("reports a refused connection as a network failure", async () => {
    const server = await startServer({});
    const url = `${server.base}/closed`;
    await servers.splice(0)[0]?.close();
    const result = await fetchUrl(url, base);
    expect(result).toMatchObject({ ok: false, error: { code: "unreadable", reason: "network" } });
    expect(result.ok ? "" : result.error.message).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/closed: request failed: connect ECONNREFUSED/,
    );
  });

  it("reports a corrupt gzip body", async () => {
    const server = await startServer({ "/bad": send("not gzip at all", { "Content-Encoding": "gzip" }) });
    const result = await fetchUrl(`${server.base}/bad`, base);
    expect(result.ok ? null : result.error.reason).toBe("network");
  });

  it("reports an empty 200 body", async () => {
    const server = await startServer({ "/empty": send("") });
    const result = await fetchUrl(`${server.base}/empty`, base);
    expect(result.ok ? null : result.error.code).toBe("empty");
  });

  it("answers 304 with notModified and keeps the validators", async () => {
    const server = await startServer({
      "/page": (req, res) => {
        if (req.headers["if-none-match"] === '"abc"' && req.headers["if-modified-since"] !== undefined) {
          res.writeHead(304, { ETag: '"abc"' }).end();
          return;
        }
        send("page", { ETag: '"abc"', "Last-Modified": "Tue, 17 Nov 2020 00:00:00 GMT" })(req, res);
      },
    });
    const first = await fetchUrl(`${server.base}/page`, base);
    expect(first).toMatchObject({
      ok: true,
      value: { status: 200, etag: '"abc"', lastModified: "Tue, 17 Nov 2020 00:00:00 GMT" },
    });
    expect(first.ok && first.value.notModified).toBeFalsy();
    const again = await fetchUrl(`${server.base}/page`, {
      ...base,
      ifNoneMatch: '"abc"',
      ifModifiedSince: "Tue, 17 Nov 2020 00:00:00 GMT",
    });
    expect(again).toMatchObject({
      ok: true,
      value: { status: 304, notModified: true, etag: '"abc"', lastModified: "Tue, 17 Nov 2020 00:00:00 GMT" },
    });
    expect(again.ok && again.value.bytes.length).toBe(0);
  });
});

describe("fetchUrl + decodeBytes: Shift_JIS pages", () => {
  const page =
    '<html><head><meta charset="Shift_JIS"><title>個人情報の漏洩</title></head><body><p>顧客の個人情報が漏洩した可能性があります。</p></body></html>';

  it("takes the charset from the Content-Type header", async () => {
    const html = toShiftJis(page.replace('<meta charset="Shift_JIS">', ""));
    const server = await startServer({ "/sjis": send(html, { "Content-Type": "text/html; charset=Shift_JIS" }) });
    const result = await fetchUrl(`${server.base}/sjis`, base);
    expect(result).toMatchObject({ ok: true, value: { declaredCharset: "Shift_JIS", contentType: "text/html" } });
    if (!result.ok) return;
    expect(decodeBytes(result.value)).toMatchObject({ ok: true, value: { charset: "shift_jis" } });
    expect(decodeBytes(result.value).ok && decodeBytes(result.value)).toMatchObject({
      value: { text: expect.stringContaining("顧客の個人情報が漏洩") },
    });
  });

  it("leaves the charset to decodeBytes when only the meta tag names it", async () => {
    const server = await startServer({ "/meta": send(toShiftJis(page), { "Content-Type": "text/html" }) });
    const result = await fetchUrl(`${server.base}/meta`, base);
    expect(result.ok && result.value.declaredCharset).toBeUndefined();
    if (!result.ok) return;
    const decoded = decodeBytes(result.value);
    expect(decoded).toMatchObject({
      ok: true,
      value: { charset: "shift_jis", text: expect.stringContaining("<title>個人情報の漏洩</title>") },
    });
  });
});
