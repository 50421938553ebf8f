/** @module /static: the UI's own files from `public/` and the chart library from node_modules, by name only. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Hono } from "hono";

/** The package root: src/faces/server and dist/faces/server are both three levels down. */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const PUBLIC = join(ROOT, "public");

const TYPES: Record<string, string> = {
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  svg: "image/svg+xml",
  png: "image/png",
  ico: "image/x-icon",
};

/** Files served from outside public/, by the name the pages use. */
function vendorFiles(): Record<string, string> {
  const require = createRequire(import.meta.url);
  return { "echarts.min.js": join(dirname(require.resolve("echarts/package.json")), "dist", "echarts.min.js") };
}

const SAFE_NAME = /^[a-z0-9][a-z0-9._-]{0,80}$/;

export function serveStatic(): Hono {
  const app = new Hono();
  const cache = new Map<string, Uint8Array>();
  const vendor = vendorFiles();
  app.get("/:name", (c) => {
    const name = c.req.param("name");
    const ext = name.slice(name.lastIndexOf(".") + 1);
    const type = TYPES[ext];
    if (!SAFE_NAME.test(name) || name.includes("..") || !type) return c.text("404 Not Found", 404);
    let body = cache.get(name);
    if (!body) {
      try {
        body = new Uint8Array(readFileSync(vendor[name] ?? join(PUBLIC, name)));
      } catch {
        return c.text("404 Not Found", 404);
      }
      cache.set(name, body);
    }
    return c.body(body as Uint8Array<ArrayBuffer>, 200, {
      "Content-Type": type,
      "Cache-Control": "public, max-age=3600",
    });
  });
  return app;
}
