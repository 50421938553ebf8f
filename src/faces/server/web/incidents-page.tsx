/** @module インシデント一覧: search box, results table, next page; works without JavaScript. */
import type { IncidentPage } from "../../../storage/store.js";
import { encodeCursor, type ListQuery } from "../api/query.js";
import { feedHref } from "../feed/feed-href.js";
import type { Lang, Translate } from "./i18n.js";
import { CAUSE_LABELS, DATA_ITEM_LABELS, label, QUALIFIER_LABELS } from "./labels.js";
import { Layout } from "./layout.js";

export type IncidentsPageProps = {
  readonly lang: Lang;
  readonly t: Translate;
  readonly path: string;
  readonly query: ListQuery;
  readonly page: IncidentPage;
  readonly offset: number;
};

/** "約1,200人", "最大3万件" as the list shows a count. */
export function formatCount(
  affected: { value: number | null; qualifier: string | null; unit: string | null },
  lang: Lang,
): string {
  if (affected.value === null) return lang === "ja" ? "不明" : "unknown";
  const n = affected.value.toLocaleString(lang === "ja" ? "ja-JP" : "en-US");
  const unit = affected.unit === "people" ? (lang === "ja" ? "人" : " people") : lang === "ja" ? "件" : " records";
  const q = affected.qualifier ? label(QUALIFIER_LABELS, affected.qualifier as "exact", lang) : "";
  if (lang === "ja") return affected.qualifier === "at_least" ? `${n}${unit}以上` : `${q}${n}${unit}`;
  return `${q ? `${q} ` : ""}${n}${unit}`;
}

export function IncidentsPage(props: IncidentsPageProps) {
  const { t, lang, page, query } = props;
  const next = props.offset + page.items.length;
  const nextUrl = (() => {
    if (page.items.length === 0 || next >= page.total) return null;
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && k !== "cursor") params.set(k, String(v));
    params.set("cursor", encodeCursor(next));
    return `/?${params.toString()}`;
  })();
  return (
    <Layout lang={lang} t={t} title={t("nav_incidents")} path={props.path} active="/" feed={feedHref(query)}>
      <h1>{t("nav_incidents")}</h1>
      <form method="get" action="/" class="search" aria-label={t("search")}>
        <label for="q">{t("search")}</label>
        <input id="q" name="q" type="search" value={query.q ?? ""} placeholder={t("search_placeholder")} />
        <button type="submit">{t("search")}</button>
      </form>
      <p class="total" aria-live="polite">
        {page.estimated ? `${t("about")} ` : ""}
        {page.total.toLocaleString()} {t("results")}
      </p>
      {page.items.length === 0 ? (
        <p>{t("no_results")}</p>
      ) : (
        <table class="incidents">
          <thead>
            <tr>
              <th scope="col">{t("announced")}</th>
              <th scope="col">{t("organization")}</th>
              <th scope="col">{t("affected")}</th>
              <th scope="col">{t("cause")}</th>
              <th scope="col">{t("data_items")}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((i) => (
              <tr>
                <td>{i.announced ?? "—"}</td>
                <td>
                  <a href={`/incidents/${i.id}`}>{i.organization}</a>
                </td>
                <td class="num">{formatCount(i.affected, lang)}</td>
                <td>{label(CAUSE_LABELS, i.cause, lang)}</td>
                <td>{i.data_items.map((d) => label(DATA_ITEM_LABELS, d, lang)).join("、")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {nextUrl ? (
        <p>
          <a rel="next" href={nextUrl}>
            {t("next_page")}
          </a>
        </p>
      ) : null}
    </Layout>
  );
}
