import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import net, { type AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type FeedItem, fetchFeed, parseFeed } from "./feed.js";
import type { FetchOptions } from "./http.js";

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>セキュリティニュース</title><link>https://news.example/</link><description>d</description>
<item>
  <title>市役所で個人情報&amp;マイナンバー漏洩</title>
  <link>https://news.example/2020/11/17/leak.html</link>
  <guid isPermaLink="false">news-1234</guid>
  <pubDate>Tue, 17 Nov 2020 09:00:00 JST</pubDate>
  <description><![CDATA[<p>約1,200人分の&#x6F0F;&#27945;が判明。</p>]]></description>
</item>
<item>
  <title>第二報</title>
  <link>/2020/11/18/second.html</link>
  <dc:date>2020-11-18T10:30:00+09:00</dc:date>
</item>
<item>
  <guid>https://news.example/permalink/3</guid>
  <pubDate>Wed, 18 Nov 2020 01:00:00 GMT</pubDate>
</item>
<item><description>no id, no link</description></item>
</channel></rss>`;

const RDF = `<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://blog.example/"><title>R</title><link>https://blog.example/</link><description>d</description></channel>
<item rdf:about="https://blog.example/entry/1">
  <title>不正アクセスによる情報流出のお知らせ</title>
  <link>https://blog.example/entry/1</link>
  <description>お詫びとお知らせ</description>
  <dc:date>2024-03-05T18:00:00+09:00</dc:date>
</item>
</rdf:RDF>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:feed</id><updated>2024-01-01T00:00:00Z</updated>
<entry>
  <title type="html">誤送信で&lt;b&gt;顧客&lt;/b&gt;情報が流出</title>
  <id>tag:atom.example,2024:1</id>
  <link rel="self" href="https://atom.example/api/1"/>
  <link rel="alternate" href="https://atom.example/news/1"/>
  <published>2024-01-10T09:00:00+09:00</published>
  <updated>2024-01-11T09:00:00+09:00</updated>
  <summary>メール誤送信 &lt;3件&gt;</summary>
</entry>
<entry>
  <title>更新日だけ</title>
  <id>tag:atom.example,2024:2</id>
  <link href="https://atom.example/news/2"/>
  <updated>2024-01-12T00:00:00Z</updated>
  <content type="html">&lt;p&gt;本文&lt;/p&gt;</content>
</entry>
</feed>`;

describe("parseFeed", () => {
  it("reads RSS 2.0: guid or link as id, JST dates, relative links, HTML descriptions as text", () => {
    expect(parseFeed(RSS, { baseUrl: "https://news.example/rss.xml" })).toEqual({
      ok: true,
      value: [
        {
          id: "news-1234",
          link: "https://news.example/2020/11/17/leak.html",
          title: "市役所で個人情報&マイナンバー漏洩",
          published: "2020-11-17T09:00:00+09:00",
          summary: "約1,200人分の漏洩が判明。",
        },
        {
          id: "https://news.example/2020/11/18/second.html",
          link: "https://news.example/2020/11/18/second.html",
          title: "第二報",
          published: "2020-11-18T10:30:00+09:00",
          summary: null,
        },
        {
          id: "https://news.example/permalink/3",
          link: "https://news.example/permalink/3",
          title: null,
          published: "2020-11-18T01:00:00Z",
          summary: null,
        },
      ] satisfies FeedItem[],
    });
  });

  it("reads RDF (RSS 1.0) with dc:date", () => {
    expect(parseFeed(RDF)).toEqual({
      ok: true,
      value: [
        {
          id: "https://blog.example/entry/1",
          link: "https://blog.example/entry/1",
          title: "不正アクセスによる情報流出のお知らせ",
          published: "2024-03-05T18:00:00+09:00",
          summary: "お詫びとお知らせ",
        },
      ],
    });
  });

  it("reads Atom: alternate link, published before updated, html text constructs", () => {
    expect(parseFeed(ATOM)).toEqual({
      ok: true,
      value: [
        {
          id: "tag:atom.example,2024:1",
          link: "https://atom.example/news/1",
          title: "誤送信で 顧客 情報が流出",
          published: "2024-01-10T09:00:00+09:00",
          summary: "メール誤送信 <3件>",
        },
        {
          id: "tag:atom.example,2024:2",
          link: "https://atom.example/news/2",
          title: "更新日だけ",
          published: "2024-01-12T00:00:00Z",
          summary: "本文",
        },
      ],
    });
  });

  it("gives null for a date it cannot read", () => {
    const rss = RSS.replace("Tue, 17 Nov 2020 09:00:00 JST", "2020年11月17日");
    const first = parseFeed(rss);
    expect(first.ok && first.value[0]?.published).toBeNull();
  });

  it("returns an empty list for a feed without items", () => {
    expect(parseFeed('<rss version="2.0"><channel><title>t</title></channel></rss>')).toEqual({ ok: true, value: [] });
  });

  it("refuses a page that is not a feed", () => {
    expect(parseFeed("<html><body>お知らせ</body></html>")).toEqual({
      ok: false,
      error: {
        code: "unreadable",
        message: 'not an RSS, RDF or Atom feed (Unrecognized feed format): "<html><body>お知らせ</body></html>"',
      },
    });
  });
});

// fetchFeed against a local server on 127.0.0.1; a connect spy refuses any other target.

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const closers: (() => Promise<void>)[] = [];
const options: FetchOptions = { allowPrivate: (ip) => ip === "127.0.0.1", resolver: async () => [], timeoutMs: 5000 };

async function serve(handler: Handler): Promise<{ url: string; requests: IncomingMessage[] }> {
  const requests: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    requests.push(req);
    handler(req, res);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  closers.push(async () => {
    server.closeAllConnections();
    server.close();
    await once(server, "close");
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`, requests };
}

beforeEach(() => {
  const original = net.Socket.prototype.connect;
  vi.spyOn(net.Socket.prototype, "connect").mockImplementation(function (this: net.Socket, ...args: unknown[]) {
    const first = Array.isArray(args[0]) ? args[0][0] : args[0];
    const host = typeof first === "object" && first !== null && "host" in first ? String(first.host) : "";
    if (host !== "127.0.0.1") throw new Error(`test guard: refused connection to ${host}`);
    return Reflect.apply(original, this, args) as net.Socket;
  } as typeof original);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** CP932 bytes for ASCII and double-byte characters, from the decoder's own table. */
function toShiftJis(text: string): Uint8Array {
  const decoder = new TextDecoder("shift_jis");
  const table = new Map<string, readonly number[]>();
  for (let lead = 0x81; lead <= 0xef; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== "\uFFFD" && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return Uint8Array.from(
    [...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : [...(table.get(ch) ?? [0x3f])])),
  );
}

describe("fetchFeed", () => {
  it("returns items and validators, then notModified on a conditional request", async () => {
    const etag = '"feed-v1"';
    const lastModified = "Tue, 17 Nov 2020 00:00:00 GMT";
    const server = await serve((req, res) => {
      if (req.headers["if-none-match"] === etag) {
        res.writeHead(304, { ETag: etag, "Last-Modified": lastModified }).end();
        return;
      }
      res.writeHead(200, { "Content-Type": "application/rss+xml", ETag: etag, "Last-Modified": lastModified }).end(RSS);
    });
    const first = await fetchFeed(server.url, {}, options);
    expect(first).toMatchObject({ ok: true, value: { notModified: false, state: { etag, lastModified } } });
    expect(first.ok && !first.value.notModified && first.value.items.map((i) => i.published)).toEqual([
      "2020-11-17T09:00:00+09:00",
      "2020-11-18T10:30:00+09:00",
      "2020-11-18T01:00:00Z",
    ]);
    expect(first.ok && !first.value.notModified && first.value.items[1]?.link).toBe(
      server.url.replace("/feed.xml", "/2020/11/18/second.html"),
    );
    const second = await fetchFeed(server.url, { etag, lastModified }, options);
    expect(second).toEqual({
      ok: true,
      value: { notModified: true, finalUrl: server.url, state: { etag, lastModified } },
    });
    expect(server.requests[1]?.headers["if-modified-since"]).toBe(lastModified);
  });

  it("keeps the old validators when a 304 carries none", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(304).end();
    });
    const result = await fetchFeed(server.url, { etag: '"x"' }, options);
    expect(result).toEqual({ ok: true, value: { notModified: true, finalUrl: server.url, state: { etag: '"x"' } } });
  });

  it("decodes a Shift_JIS feed named only by its XML declaration", async () => {
    const sjis = toShiftJis(RSS.replace('encoding="UTF-8"', 'encoding="Shift_JIS"'));
    const server = await serve((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/rss+xml" }).end(sjis);
    });
    const result = await fetchFeed(server.url, {}, options);
    expect(result.ok && !result.value.notModified && result.value.items[0]?.title).toBe(
      "市役所で個人情報&マイナンバー漏洩",
    );
  });

  it("names the URL when the body is not a feed", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html" }).end("<html><body>x</body></html>");
    });
    const result = await fetchFeed(server.url, {}, options);
    expect(result.ok ? "" : result.error.message).toMatch(new RegExp(`^${server.url}: not an RSS, RDF or Atom feed`));
  });

  it("passes fetch failures through", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(500).end("oops");
    });
    const result = await fetchFeed(server.url, {}, options);
    expect(result).toMatchObject({ ok: false, error: { message: `${server.url}: HTTP 500 Internal Server Error` } });
  });
});
