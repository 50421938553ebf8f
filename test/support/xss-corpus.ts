/**
 * @module The XSS corpus for the server tests: articles about fictional organizations whose text and title carry
 * script tags, event handlers, `javascript:` URLs, attribute breakouts, HTML entities, `</script>` (for JSON blocks)
 * and template-looking strings; organization names with the same, set through corrections as an editor would (the
 * extractor rarely yields such a name). Every payload that ran would set `window.__xss` or open a dialog; the checks
 * here find the markup that could run in a rendered page.
 */
import { DOMParser } from "linkedom";
import { applyCorrection } from "../../src/ingest/corrections.js";
import { ingestDocument } from "../../src/ingest/ingest-source.js";
import type { Store } from "../../src/storage/store.js";

/** Markup an attacker would put in an article: each would set the canary or open a dialog if it ran. */
export const XSS_PAYLOADS: readonly string[] = [
  `<script>window.__xss="script"</script>`,
  `<img src=x onerror="window.__xss='img';alert('img')">`,
  `<svg onload="window.__xss='svg'"><circle r=1 /></svg>`,
  `<a href="javascript:window.__xss='href'">詳しくはこちら</a>`,
  `javascript:window.__xss='url'`,
  `"><script>window.__xss="breakout"</script><input value="`,
  `'><img src=x onerror=window.__xss='single'>`,
  `&lt;script&gt;window.__xss="entity"&lt;/script&gt; &amp;copy; &#x3C;b&#x3E;`,
  `</script><script>window.__xss="json"</script><!--`,
  `<iframe src="javascript:window.__xss='iframe'"></iframe>`,
  `]]><script>window.__xss="cdata"</script><![CDATA[`,
  `{{constructor.constructor('window.__xss="tpl"')()}} \${window.__xss="tpl2"} <%= 7*7 %>`,
  `<style>body{background:url("javascript:window.__xss='css'")}</style>`,
  `<meta http-equiv="refresh" content="0;url=javascript:window.__xss='meta'">`,
];

/** Organization names an editor could type (each within the 200-character limit of a correction). */
export const XSS_ORGANIZATIONS: readonly string[] = [
  `株式会社<script>window.__xss="org-script"</script>テスト商事`,
  `<img src=x onerror="window.__xss='org-img';alert('org')">総合病院`,
  `"><svg onload=window.__xss='org-svg'>北見台市`,
  `javascript:window.__xss='org-url'`,
  `&lt;b&gt;エンティティ&amp;商店</script><script>window.__xss="org-json"</script>`,
  `{{constructor.constructor('window.__xss="org-tpl"')()}}\${window.__xss="org-tpl2"}学園`,
];

/** A text article: a plain leak report by a fictional organization, with the payloads inside its sentences. */
function textArticle(org: string, date: string, count: string, payloads: readonly string[]): string {
  return [
    `# published: ${date}`,
    `${org}、顧客情報${count}流出の可能性　${payloads[0] ?? ""}`,
    "",
    `${org}は発表した。不正アクセスにより顧客の氏名、住所、電話番号など${count}が流出した可能性があるという。`,
    "",
    ...payloads.map((p, i) => `同社によると、問い合わせフォームに「${p}」という文字列（${i + 1}件目）が送られていた。`),
    "",
    "同社は個人情報保護委員会に報告した。",
    "",
  ].join("\n");
}

/** An HTML article: the payloads as text (entity-encoded in the page, so the text keeps them literally). */
function htmlArticle(): string {
  const esc = (s: string) =>
    s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const paragraphs = XSS_PAYLOADS.map((p) => `<p>記事中の文字列: ${esc(p)}</p>`).join("\n");
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><meta name="date" content="2025-03-04">
<title>${esc(XSS_PAYLOADS[1] ?? "")} 東雲台ネット販売が不正アクセス被害</title></head><body><article>
<h1>${esc(XSS_PAYLOADS[0] ?? "")} 東雲台ネット販売が不正アクセス被害</h1>
<p>株式会社東雲台ネット販売は3月3日、通販サイトが不正アクセスを受け、顧客のクレジットカード番号など最大2,400件が流出した可能性があると発表した。</p>
${paragraphs}
<p>同社は警察に相談し、個人情報保護委員会に報告した。</p>
</article></body></html>`;
}

export type XssArticle = { readonly key: string; readonly text: string; readonly contentType: string };

export const XSS_ARTICLES: readonly XssArticle[] = [
  {
    key: "xss-a.txt",
    contentType: "text/plain",
    text: textArticle("株式会社みさき台商事", "2025-01-15", "約1,800人分", XSS_PAYLOADS.slice(0, 5)),
  },
  {
    key: "xss-b.txt",
    contentType: "text/plain",
    text: textArticle("みさき台総合病院", "2025-02-10", "320人分", XSS_PAYLOADS.slice(5, 10)),
  },
  {
    key: "javascript:window.__xss='key'//xss-c.txt",
    contentType: "text/plain",
    text: textArticle("北見台市", "2025-02-20", "約90人分", XSS_PAYLOADS.slice(10)),
  },
  { key: "https://example.invalid/news/xss-d.html", contentType: "text/html", text: htmlArticle() },
  {
    key: "xss-e.txt",
    contentType: "text/plain",
    text: textArticle("みさき台商店", "2025-03-12", "約45人分", [XSS_PAYLOADS[7] ?? "", XSS_PAYLOADS[8] ?? ""]),
  },
  {
    key: "xss-f.txt",
    contentType: "text/plain",
    text: textArticle("学校法人みさき台学園", "2025-04-02", "約600人分", [
      XSS_PAYLOADS[11] ?? "",
      XSS_PAYLOADS[3] ?? "",
    ]),
  },
];

export type LoadedXssCorpus = {
  /** The incidents of the corpus articles, with the payload organization names they were given. */
  readonly incidents: readonly { readonly id: number; readonly key: string; readonly organization: string }[];
  readonly sourceIds: readonly number[];
};

/**
 * Ingests the corpus articles into `store` and renames their incidents to the payload organization names through
 * corrections (audited as an editor's edits). Fails loudly if an article yields no incident: the test would then
 * check nothing.
 */
export async function loadXssCorpus(store: Store, now: () => string): Promise<LoadedXssCorpus> {
  const keys: string[] = [];
  const sourceIds: number[] = [];
  for (const a of XSS_ARTICLES) {
    const out = await ingestDocument(
      { name: a.key.split("/").pop() ?? a.key, bytes: new TextEncoder().encode(a.text), contentType: a.contentType },
      a.key,
      { store, now },
    );
    const source = await store.transaction((tx) => tx.latestSource(a.key));
    if (out.status === "failed" || source === null) {
      throw new Error(`XSS corpus: ${a.key} not stored (${out.status}: ${out.error ?? ""})`);
    }
    sourceIds.push(source.id);
    // The incidents this article reports (ingesting may recompute others that share a name with it).
    const own: string[] = [];
    for (const key of out.incidentKeys) {
      if ((await store.getIncident(key))?.sourceIds.includes(source.id)) own.push(key);
    }
    if (own.length === 0) throw new Error(`XSS corpus: ${a.key} gave no incident of its own`);
    keys.push(...own);
  }
  const incidents: { id: number; key: string; organization: string }[] = [];
  for (const [i, key] of [...new Set(keys)].entries()) {
    const incident = await store.getIncident(key);
    if (!incident) throw new Error(`XSS corpus: incident ${key} not stored`);
    const organization = XSS_ORGANIZATIONS[i % XSS_ORGANIZATIONS.length] ?? "";
    await applyCorrection(store, incident, {
      field: "organization",
      value: organization,
      reason: "XSS corpus: an editor types markup as the name",
      who: "xss-test",
      at: now(),
    });
    const after = await store.getIncident(key);
    if (after?.organization !== organization) throw new Error(`XSS corpus: correction of ${key} not applied`);
    incidents.push({ id: after.id, key, organization });
  }
  return { incidents, sourceIds };
}

/** Characters that must never reach HTML unescaped from data. */
const SPECIAL = /[<>&"']/;

/** Attribute names whose value is a URL a browser may load or navigate to. */
const URL_ATTRIBUTES = ["href", "src", "action", "formaction", "xlink:href", "poster", "data", "srcset"];

/** Elements no page of roei renders; from data they would run code or load a document. */
const FORBIDDEN_TAGS = ["iframe", "object", "embed", "svg", "base", "style", "frame", "frameset", "applet", "math"];

/**
 * What in a server-rendered page could run the corpus: executable scripts (anything but a same-origin /static file or
 * a JSON data block), event-handler attributes, forbidden elements, a meta refresh, URL attributes with a script
 * scheme, a JSON block that does not parse, and any payload or name present unescaped in the HTML source. Empty when
 * the page is inert.
 */
export function htmlProblems(
  html: string,
  strings: readonly string[],
  options: { readonly chartSvg?: boolean } = {},
): string[] {
  const problems: string[] = [];
  const doc = new DOMParser().parseFromString(html, "text/html");
  for (const el of doc.querySelectorAll("*")) {
    const tag = el.tagName.toLowerCase();
    // A live 統計 page has the SVG that ECharts drew inside each .chart (still checked for handlers and URLs).
    const chartGraphics = options.chartSvg === true && el.closest(".chart[data-chart]") !== null;
    if (FORBIDDEN_TAGS.includes(tag) && !chartGraphics) problems.push(`<${tag}> element`);
    if (tag === "meta" && el.hasAttribute("http-equiv"))
      problems.push(`<meta http-equiv="${el.getAttribute("http-equiv")}">`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on")) problems.push(`<${tag} ${name}=…> event handler`);
      const value = attr.value.replace(/[\u0000-\u0020\u007f]+/g, "").toLowerCase();
      if (URL_ATTRIBUTES.includes(name) && /^(javascript|vbscript|data):/.test(value)) {
        problems.push(`<${tag} ${name}="${attr.value.slice(0, 60)}">`);
      }
    }
    if (tag === "script") {
      const src = el.getAttribute("src");
      const type = el.getAttribute("type");
      if (type === "application/json") {
        // Inside a data block `<` (and so `</script>`, `<!--`) must appear only as \u003c.
        if (/[<>]/.test(el.textContent ?? "")) problems.push(`JSON block #${el.getAttribute("id")} holds < or >`);
        try {
          JSON.parse(el.textContent ?? "");
        } catch (e) {
          problems.push(`JSON block #${el.getAttribute("id")} does not parse: ${(e as Error).message}`);
        }
      } else if (src === null || !src.startsWith("/static/") || (el.textContent ?? "").trim() !== "") {
        problems.push(`executable <script${src === null ? "" : ` src="${src}"`}>`);
      }
    }
  }
  // Outside the JSON blocks (checked above; a quote inside one is plain JSON), no string may appear unescaped.
  const markup = html.replace(/(<script type="application\/json"[^>]*>)[^<]*(<\/script>)/g, "$1$2");
  for (const s of strings) if (SPECIAL.test(s) && markup.includes(s)) problems.push(`unescaped in the HTML: ${s}`);
  return problems;
}

/** The text of the first element matching `selector`, or null. */
export function textOf(html: string, selector: string): string | null {
  return new DOMParser().parseFromString(html, "text/html").querySelector(selector)?.textContent ?? null;
}

/** The visible text of a page (what a reader sees: escaped markup shows as the characters typed). */
export function pageText(html: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  for (const s of doc.querySelectorAll("script")) s.remove();
  return doc.body?.textContent ?? "";
}

/** Every string in a parsed JSON value. */
export function jsonStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(jsonStrings);
  return [];
}
