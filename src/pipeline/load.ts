/** @module RawDocument → Article: decode, metadata lines, main text, and the refusal of non-articles. */
import { basename } from "node:path";
import type { Article, RawDocument } from "../domain/article.js";
import { fail, ok, type Result } from "../domain/issue.js";
import { decodeBytes } from "./decode/index.js";
import { isHtmlText, toArticleText } from "./main-text/index.js";
import { parseMetadataLines } from "./metadata-lines.js";
import { screenPersonalData } from "./screen/personal-data.js";

export type LoadOptions = {
  /** YYYY-MM-DD that overrides any date the document gives (`--published`). */
  readonly published?: string | undefined;
};

/** Turns raw bytes into the article roei extracts from, or says why it cannot. */
export function loadArticle(raw: RawDocument, opts: LoadOptions = {}): Result<Article> {
  const decoded = decodeBytes(raw);
  if (!decoded.ok) return fail(decoded.error);
  if (decoded.value.text.trim() === "") return fail({ code: "empty", message: "file holds only whitespace" });
  const header = parseMetadataLines(decoded.value.text);
  const isHtml = isHtmlText(header.body, { contentType: raw.contentType, name: raw.name });
  const main = toArticleText(header.body, { isHtml });
  if (main.text.trim() === "") {
    return fail(
      isHtml
        ? { code: "no_main_text", message: "the HTML page has no text outside navigation, scripts and markup" }
        : { code: "empty", message: "file holds metadata lines but no article text" },
    );
  }
  const screened = screenPersonalData(main.text);
  if (!screened.ok) return fail(screened.error);
  return ok({
    name: toArticleName(raw.name),
    text: main.text,
    published: opts.published ?? header.published ?? main.published,
    source: header.source,
    title: main.title,
  });
}

/** The name an article is known by in output: the file's base name; `-` (standard input) is `stdin`. */
export function toArticleName(path: string): string {
  return path === "-" ? "stdin" : basename(path);
}
