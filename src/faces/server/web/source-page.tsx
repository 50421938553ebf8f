/**
 * @module 情報源: one source's metadata and text, with the evidence range of `?hl=START-END` in `<mark id="hl">`. The
 * text is cut at clamped offsets that never split a surrogate pair, and every part is escaped by JSX.
 */
import type { Source } from "../../../domain/store.js";
import { type Cut, cutText, type Range } from "../highlight.js";
import { isSampleKey } from "../sample.js";
import type { Lang, Translate } from "./i18n.js";
import { detailWords, type Words } from "./incident-words.js";
import { Layout } from "./layout.js";

export type SourcePageProps = {
  readonly lang: Lang;
  readonly t: Translate;
  readonly path: string;
  readonly source: Source;
  /** The range asked for (already parsed); it is clamped to the text here. */
  readonly hl: Range | null;
};

/** Only web addresses become links: a key can be a file path, and nothing else (javascript:, data:) is followed. */
export function safeHref(key: string): string | null {
  try {
    const url = new URL(key);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}

function Meta(props: { readonly s: Source; readonly w: Words }) {
  const { s, w } = props;
  const href = safeHref(s.key);
  return (
    <dl class="facts">
      <dt>{w("source_key")}</dt>
      <dd>
        {href === null ? (
          <code>{s.key}</code>
        ) : (
          <a href={href} rel="noopener noreferrer nofollow">
            {s.key}
          </a>
        )}
        {isSampleKey(s.key) ? <span class="badge sample">{w("sample")}</span> : null}
      </dd>
      <dt>{w("published")}</dt>
      <dd>{s.published ?? w("unknown")}</dd>
      <dt>{w("fetched")}</dt>
      <dd>
        <time datetime={s.fetchedAt}>{s.fetchedAt}</time>
      </dd>
      <dt>{w("version")}</dt>
      <dd>{s.version}</dd>
      {s.status === "ok" ? null : (
        <>
          <dt>{w("source_status")}</dt>
          <dd>
            {s.status}
            {s.error === null ? "" : `: ${s.error}`}
          </dd>
        </>
      )}
    </dl>
  );
}

function Text(props: { readonly cut: Cut }) {
  const { cut } = props;
  return (
    <div class="source-text" lang="ja">
      {cut.before}
      {cut.mark === "" ? null : <mark id="hl">{cut.mark}</mark>}
      {cut.after}
    </div>
  );
}

export function SourcePage(props: SourcePageProps) {
  const { source: s, lang, t } = props;
  const w = detailWords(lang);
  const cut = cutText(s.text, props.hl);
  const start = cut.before.length;
  return (
    <Layout lang={lang} t={t} title={s.title ?? `${w("source_title")} #${s.id}`} path={props.path}>
      <article class="source-detail">
        <h1>{s.title ?? `${w("source_title")} #${s.id}`}</h1>
        <Meta s={s} w={w} />
        {props.hl === null ? null : cut.mark === "" ? (
          <p class="notice">{w("no_highlight")}</p>
        ) : (
          <p class="notice">
            {w("highlight")}: {w("highlight_range")} {start}–{start + cut.mark.length}{" "}
            <a href="#hl">{w("jump_to_highlight")}</a>
          </p>
        )}
        <h2>{w("source_text_heading")}</h2>
        <Text cut={cut} />
      </article>
    </Layout>
  );
}

/** The HTML error page (404, 400) of the detail and source pages. */
export function ErrorPage(props: {
  readonly lang: Lang;
  readonly t: Translate;
  readonly path: string;
  readonly heading: string;
  readonly message: string;
}) {
  const w = detailWords(props.lang);
  return (
    <Layout lang={props.lang} t={props.t} title={props.heading} path={props.path}>
      <h1>{props.heading}</h1>
      <p>{props.message}</p>
      <p>
        <a href="/">{w("back_to_list")}</a>
      </p>
    </Layout>
  );
}
