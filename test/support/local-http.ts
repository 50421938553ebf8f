/** @module A throw-away HTTP server on 127.0.0.1 for tests: fixed answers per path, and every request it received. */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export type Answer = {
  readonly status?: number;
  readonly type?: string;
  readonly body?: string;
  readonly headers?: Record<string, string>;
};

export type Received = {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
};

export type LocalHttp = {
  readonly url: (path: string) => string;
  readonly received: Received[];
  /** Sets (or replaces) the answer for a path. */
  readonly answer: (path: string, answer: Answer) => void;
  readonly close: () => Promise<void>;
};

export async function startLocalHttp(answers: Record<string, Answer> = {}): Promise<LocalHttp> {
  const table = new Map(Object.entries(answers));
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = req.url ?? "/";
      received.push({
        method: req.method ?? "",
        path,
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      });
      const a = table.get(path) ?? { status: 404, body: "not found" };
      res.writeHead(a.status ?? 200, { "content-type": a.type ?? "text/plain; charset=utf-8", ...a.headers });
      res.end(a.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    received,
    answer: (path, answer) => void table.set(path, answer),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
