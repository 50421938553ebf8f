/** @module A file path (or `-` for stdin) → RawDocument; the only file-system reads of the pipeline. */
import { open, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { RawDocument } from "../../domain/article.js";
import { fail, type Issue, ok, type Result } from "../../domain/issue.js";

export type ReadSourceOptions = {
  /** Refuse inputs larger than this many bytes. */
  readonly maxBytes: number;
  /** Reads standard input for the path `-`; it may stop early once it has more than `maxBytes`. */
  readonly stdin?: () => Promise<Uint8Array>;
};

/** Reads one input: a file path, or `-` for standard input. Never throws for I/O problems. */
export async function readSource(path: string, opts: ReadSourceOptions): Promise<Result<RawDocument>> {
  if (path === "-") return readStdin(opts);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    return fail(toReadIssue(error));
  }
  if (info.isDirectory()) return fail({ code: "unreadable", message: "is a directory, not a file" });
  if (info.isFile() && info.size > opts.maxBytes) return fail(tooLarge(`file is ${formatBytes(info.size)}`, opts));
  if (info.isFile() && info.size === 0) return fail({ code: "empty", message: "file is empty (0 bytes)" });
  let bytes: Uint8Array;
  try {
    bytes = await readFileLimited(path, opts.maxBytes);
  } catch (error) {
    return fail(toReadIssue(error));
  }
  return toRawDocument(path, bytes, opts, contentTypeOf(path));
}

async function readStdin(opts: ReadSourceOptions): Promise<Result<RawDocument>> {
  let bytes: Uint8Array;
  try {
    bytes = await (opts.stdin ?? (() => readStreamLimited(process.stdin, opts.maxBytes)))();
  } catch (error) {
    return fail({ code: "unreadable", message: `cannot read standard input: ${errorText(error)}` });
  }
  return toRawDocument("-", bytes, opts, undefined);
}

function toRawDocument(
  name: string,
  bytes: Uint8Array,
  opts: ReadSourceOptions,
  contentType: string | undefined,
): Result<RawDocument> {
  if (bytes.length > opts.maxBytes) {
    const what = name === "-" ? "standard input is" : "file grew while being read and is";
    return fail({ code: "too_large", message: `${what} over the ${formatBytes(opts.maxBytes)} limit (--max-size)` });
  }
  if (bytes.length === 0) return fail({ code: "empty", message: "input is empty (0 bytes)" });
  return ok(contentType === undefined ? { name, bytes } : { name, bytes, contentType });
}

/** Reads a stream until it ends or has delivered more than `maxBytes` (then it stops, returning what it has). */
export async function readStreamLimited(
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    chunks.push(bytes);
    total += bytes.length;
    if (total > maxBytes) break;
  }
  return concatBytes(chunks, total);
}

/** Reads at most `maxBytes + 1` bytes, so a file that grows (or a FIFO) cannot exhaust memory. */
async function readFileLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    return await readStreamLimited(handle.createReadStream({ end: maxBytes }), maxBytes);
  } finally {
    await handle.close();
  }
}

function concatBytes(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Media type from the file extension, when it tells. */
export function contentTypeOf(path: string): string | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === ".html" || ext === ".htm") return "text/html";
  if (ext === ".xhtml") return "application/xhtml+xml";
  if (ext === ".xml") return "application/xml";
  if (ext === ".txt" || ext === ".text" || ext === ".md") return "text/plain";
  return undefined;
}

function toReadIssue(error: unknown): Issue {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  if (code === "ENOENT") return { code: "not_found", message: "no such file or directory" };
  if (code === "ENOTDIR")
    return { code: "not_found", message: "no such file (a parent in the path is not a directory)" };
  if (code === "EACCES" || code === "EPERM") return { code: "unreadable", message: "permission denied" };
  if (code === "EISDIR") return { code: "unreadable", message: "is a directory, not a file" };
  return { code: "unreadable", message: `cannot read: ${errorText(error)}` };
}

function tooLarge(what: string, opts: ReadSourceOptions): Issue {
  return { code: "too_large", message: `${what}, over the ${formatBytes(opts.maxBytes)} limit (--max-size)` };
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}

/** 12.5 MB, 300 KB, 17 bytes (1 KB = 1024 bytes). */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  const [value, unit] = n < 1024 * 1024 ? [n / 1024, "KB"] : [n / (1024 * 1024), "MB"];
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}
