/**
 * @module 私の情報は漏れた？: the person lists the organizations they deal with; public/exposure.js downloads the
 * organization index (the same for everyone) and matches the list in the browser. Nothing typed is sent: the textarea
 * has no name, the form has no action and no submit button, and there is no server-side fallback by design.
 */
import type { Hono } from "hono";
import { DATA_ITEMS } from "../../../domain/incident.js";
import { EXPOSURE_INDEX_PATH } from "../api/exposure.js";
import type { ServerContext } from "../context.js";
import { ADVICE } from "./exposure-advice.js";
import { type Lang, pickLang, type Translate, translator } from "./i18n.js";
import { JsonScript } from "./json-script.js";
import { CAUSE_LABELS, DATA_ITEM_LABELS, label, ORGANIZATION_TYPE_LABELS } from "./labels.js";
import { Layout } from "./layout.js";

/** This page's words (also handed to exposure.js). */
const WORDS = {
  lead: {
    ja: "利用しているサービス・お店・病院・学校・自治体などを入力すると、公表された漏えい事故の一覧と照らし合わせます。照合はこのブラウザの中だけで行われ、入力した内容はどこにも送信されません。",
    en: "List the services, shops, hospitals, schools and municipalities you deal with; they are checked against published leak incidents. The check runs only in this browser: nothing you type is sent anywhere.",
  },
  label: { ja: "組織名（1行に1つ）", en: "Organizations (one per line)" },
  examples: {
    ja: "例: ミナトネットショップ／北浜市／みなと中央病院／北浜大学（「株式会社」などは省略できます）",
    en: "e.g. Minato Net Shop / Kitahama City / Minato Central Hospital (legal forms such as 株式会社 may be left out)",
  },
  check: { ja: "照合する", en: "Check" },
  noscript: {
    ja: "この照合には JavaScript が必要です。入力内容をサーバーに送らずにブラウザの中だけで照合するためです。JavaScript を有効にしてください。",
    en: "This check needs JavaScript: it runs only in your browser so that nothing you type is sent to the server.",
  },
  privacy: {
    ja: "照合のためにダウンロードするのは、全員に同じ組織一覧だけです。",
    en: "The only download is the organization list, the same for everyone.",
  },
  advice_heading: { ja: "漏えいした項目ごとの対処", en: "What to do, by leaked item" },
  loading: { ja: "組織一覧を読み込んでいます…", en: "Loading the organization list…" },
  load_failed: {
    ja: "組織一覧を読み込めませんでした。時間をおいて再度お試しください。",
    en: "Could not load the organization list. Please try again later.",
  },
  empty: { ja: "組織名を1つ以上入力してください。", en: "Enter at least one organization." },
  none: {
    ja: "入力した組織に一致する公表事故は見つかりませんでした（公表されていない事故や、収集していない記事もあります）。",
    en: "No published incident matches what you entered (some incidents are never published or not collected).",
  },
  found: { ja: "件の組織で公表事故が見つかりました", en: "organizations with published incidents" },
  matched_by: { ja: "入力", en: "You entered" },
  incidents: { ja: "事故", en: "Incidents" },
  may_have_leaked: { ja: "漏えいした可能性のある項目", en: "What may have leaked" },
  what_to_do: { ja: "対処", en: "What to do" },
  source: { ja: "出典", en: "Source" },
  unknown_items: { ja: "項目不明", en: "items not known" },
  people: { ja: "人", en: " people" },
  records: { ja: "件", en: " records" },
  unknown_count: { ja: "人数不明", en: "count unknown" },
} as const satisfies Record<string, Record<Lang, string>>;

type WordKey = keyof typeof WORDS;

/** What exposure.js needs besides the index: words, labels, advice, all in the reader's language. */
export function toExposurePageData(lang: Lang) {
  const words = Object.fromEntries(Object.entries(WORDS).map(([k, v]) => [k, v[lang]])) as Record<WordKey, string>;
  return {
    lang,
    index: EXPOSURE_INDEX_PATH,
    words,
    items: Object.fromEntries(DATA_ITEMS.map((d) => [d, label(DATA_ITEM_LABELS, d, lang)])),
    causes: Object.fromEntries(Object.keys(CAUSE_LABELS).map((c) => [c, label(CAUSE_LABELS, c as "loss", lang)])),
    types: Object.fromEntries(
      Object.keys(ORGANIZATION_TYPE_LABELS).map((t) => [t, label(ORGANIZATION_TYPE_LABELS, t as "company", lang)]),
    ),
    advice: ADVICE.map((a) => ({ id: a.id, items: a.items, text: a.text[lang], source: a.source[lang] })),
  };
}

export function ExposurePage(props: { lang: Lang; t: Translate; path: string }) {
  const { lang, t } = props;
  const w = (k: WordKey) => WORDS[k][lang];
  return (
    <Layout
      lang={lang}
      t={t}
      title={t("nav_exposure")}
      path={props.path}
      active="/exposure"
      scripts={["/static/exposure.js"]}
    >
      <h1>{t("nav_exposure")}</h1>
      <p>{w("lead")}</p>
      <noscript>
        <p class="error">{w("noscript")}</p>
      </noscript>
      {/* No action, no method, no named field, no submit button: this form cannot send what is typed. */}
      <form id="exposure-form" class="exposure" aria-describedby="exposure-privacy">
        <label for="exposure-names">{w("label")}</label>
        <p id="exposure-examples" class="hint">
          {w("examples")}
        </p>
        <textarea
          id="exposure-names"
          rows={8}
          cols={40}
          aria-describedby="exposure-examples"
          autocomplete="off"
          spellcheck={false}
        />
        <p>
          <button type="button" id="exposure-check">
            {w("check")}
          </button>
        </p>
        <p id="exposure-privacy" class="hint">
          {w("privacy")}
        </p>
      </form>
      <section id="exposure-results" aria-live="polite" />
      <section aria-labelledby="advice-heading">
        <h2 id="advice-heading">{w("advice_heading")}</h2>
        <dl class="advice">
          {ADVICE.map((a) => (
            <>
              <dt>
                {a.items.length === 0
                  ? lang === "ja"
                    ? "すべての場合"
                    : "In every case"
                  : a.items.map((i) => label(DATA_ITEM_LABELS, i, lang)).join(lang === "ja" ? "・" : ", ")}
              </dt>
              <dd>
                {a.text[lang]}
                <span class="source">{` (${w("source")}: ${a.source[lang]})`}</span>
              </dd>
            </>
          ))}
        </dl>
      </section>
      <JsonScript id="exposure-data" data={toExposurePageData(lang)} />
    </Layout>
  );
}

export function mountExposurePage(app: Hono, _ctx: ServerContext): void {
  app.get("/exposure", (c) => {
    const lang = pickLang(c);
    const url = new URL(c.req.url);
    return c.html(<ExposurePage lang={lang} t={translator(lang)} path={`${url.pathname}${url.search}`} />);
  });
}
