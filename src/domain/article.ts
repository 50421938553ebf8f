/** @module Documents as they move through the pipeline: raw bytes → decoded text → article. */

/** What a source handed us before decoding. */
export type RawDocument = {
  /** File name or URL, used in messages and as the output's `article`. */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Charset named by the transport (HTTP Content-Type), if any. */
  readonly declaredCharset?: string;
  /** Media type from the transport or the file extension, if known. */
  readonly contentType?: string;
};

/** The article text roei extracts from, with its metadata. */
export type Article = {
  readonly name: string;
  /** Main text only: metadata lines, markup, navigation and ads removed. */
  readonly text: string;
  /** Publication date (YYYY-MM-DD) used as the reference for year-less and relative dates. */
  readonly published: string | null;
  readonly source: string | null;
  readonly title: string | null;
};
