/**
 * @module What the server ingests (pasted text, a URL, an uploaded file) → the store, with the same code as `roei
 * ingest`; then watchlists are delivered. Input that is not an article is refused before anything is stored: a dump of
 * personal data with 422, other unreadable input with 400 (the pipeline's one-line reason).
 */
import type { RawDocument } from "../../domain/article.js";
import { type IngestOutcome, ingestDocument, sha256 } from "../../ingest/ingest-source.js";
import { fetchUrl } from "../../pipeline/fetch/http.js";
import { loadArticle } from "../../pipeline/load.js";
import type { ServerContext } from "./context.js";
import { HttpError } from "./http-error.js";
import { jobsOf } from "./jobs.js";

export type IngestInput =
  | { readonly kind: "text"; readonly text: string; readonly title?: string; readonly published?: string }
  | { readonly kind: "url"; readonly url: string; readonly published?: string }
  | {
      readonly kind: "file";
      readonly name: string;
      readonly bytes: Uint8Array;
      readonly contentType?: string;
      readonly published?: string;
    };

/** The document and the key it is stored under (a URL is its own key; pasted text and uploads are keyed by content). */
async function toDocument(ctx: ServerContext, input: IngestInput): Promise<{ raw: RawDocument; key: string }> {
  switch (input.kind) {
    case "text": {
      // A title given with pasted text becomes its first line (plain text has no other place for it).
      const text = input.title?.trim() ? `${input.title.trim()}\n\n${input.text}` : input.text;
      const bytes = new TextEncoder().encode(text);
      return {
        raw: { name: "pasted.txt", bytes, contentType: "text/plain" },
        key: `paste:${sha256(bytes).slice(0, 16)}`,
      };
    }
    case "file": {
      const name = input.name.replace(/[\\/]/g, "_").slice(0, 200) || "upload";
      const raw = { name, bytes: input.bytes, ...(input.contentType ? { contentType: input.contentType } : {}) };
      return { raw, key: `upload:${sha256(input.bytes).slice(0, 16)}/${name}` };
    }
    case "url": {
      const fetched = await fetchUrl(input.url, {
        allowPrivate: ctx.config.allowPrivate,
        maxBytes: ctx.config.maxBodyBytes,
      });
      if (!fetched.ok) {
        const code =
          fetched.error.reason === "refused_address" || fetched.error.reason === "bad_url"
            ? "bad_request"
            : "unprocessable";
        throw new HttpError(code, fetched.error.message);
      }
      return { raw: fetched.value, key: input.url };
    }
  }
}

/** Ingests one input; throws HttpError for input that is refused. */
export async function ingestInput(ctx: ServerContext, input: IngestInput): Promise<IngestOutcome> {
  const { raw, key } = await toDocument(ctx, input);
  const published = input.published;
  const loaded = loadArticle(raw, published ? { published } : {});
  if (!loaded.ok) {
    throw new HttpError(
      loaded.error.code === "personal_data_dump" ? "unprocessable" : "bad_request",
      loaded.error.message,
    );
  }
  const outcome = await ingestDocument(raw, key, {
    store: ctx.store,
    now: ctx.now,
    ...(published ? { published } : {}),
  });
  if (outcome.status !== "unchanged") jobsOf(ctx).afterIngest();
  return outcome;
}
