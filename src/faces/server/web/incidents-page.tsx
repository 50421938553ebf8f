/**
 * @module インシデント一覧: search box, facets with counts (links that add or remove a filter), sort (a GET form),
 * previous/next pages keeping the query, total, CSV/JSON downloads and the Atom feed of the current result, a サンプル
 * badge on incidents known only from the bundled sample articles. Works without JavaScript.
 */

import { SIZE_BANDS } from "../../../storage/facets.js";
import type { Facets, IncidentPage } from "../../../storage/store.js";
import { encodeCursor, type ListQuery } from "../api/query.js";
import { feedHref } from "../feed/feed-href.js";
import type { Lang, Translate } from "./i18n.js";
import { CAUSE_LABELS, DATA_ITEM_LABELS, label, ORGANIZATION_TYPE_LABELS, QUALIFIER_LABELS } from "./labels.js";
import { Layout } from "./layout.js";

export type IncidentsPageProps = {
  readonly lang: Lang;
  readonly t: Translate;
  readonly path: string;
  readonly query: ListQuery;
  readonly page: IncidentPage;
  readonly offset: number;
  readonly limit: number;
  readonly facets: Facets;
  /** Ids of the sources that are bundled samples. */
  readonly sampleSources: ReadonlySet<number>;
};

/** This page's words (the shared MESSAGES table holds those other pages use too). */
const WORDS = {
  facets: { ja: "絞り込み", en: "Filters" },
  active: { ja: "適用中の条件", en: "Active filters" },
  remove: { ja: "解除", en: "remove" },
  year: { ja: "公表年", en: "Year" },
  size: { ja: "規模", en: "Size" },
  organization_type: { ja: "組織種別", en: "Organization type" },
  unknown: { ja: "不明", en: "Unknown" },
  sort: { ja: "並べ替え", en: "Sort" },
  sort_by: { ja: "並べ替えの基準", en: "Sort by" },
  order: { ja: "順序", en: "Order" },
  desc: { ja: "降順（新しい・多い順）", en: "Descending" },
  asc: { ja: "昇順（古い・少ない順）", en: "Ascending" },
  recent: { ja: "登録順", en: "Recently stored" },
  apply: { ja: "適用", en: "Apply" },
  previous: { ja: "前のページ", en: "Previous page" },
  download: { ja: "この結果をダウンロード", en: "Download this result" },
  feed: { ja: "この検索のフィード（Atom）", en: "Feed of this search (Atom)" },
  sample: { ja: "サンプル", en: "Sample" },
  sample_title: { ja: "サンプル記事（架空の組織）だけから作られたインシデント", en: "Built only from sample articles" },
  confirmed: { ja: "確定", en: "Confirmed" },
  possible: { ja: "可能性", en: "Possible" },
  pages: { ja: "ページ送り", en: "Pagination" },
  range: { ja: "件目", en: "" },
} as const;

type Word = keyof typeof WORDS;

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

/** "1〜99", "1,000,000〜" for a size band. */
export function formatBand(key: string, lang: Lang): string {
  const band = SIZE_BANDS.find((b) => b.key === key);
  if (!band) return WORDS.unknown[lang];
  const f = (n: number) => n.toLocaleString(lang === "ja" ? "ja-JP" : "en-US");
  return `${f(band.min ?? 1)}〜${band.max === null ? "" : f(band.max)}`;
}

type Params = Partial<Record<keyof ListQuery, string>>;

/** The query as URL parameters (cursor dropped: a changed filter starts at the first page). */
export function toParams(query: ListQuery): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== "" && k !== "cursor") out[k as keyof ListQuery] = String(v);
  }
  return out;
}

function toUrl(base: string, params: Params): string {
  const search = new URLSearchParams(params as Record<string, string>).toString();
  return search ? `${base}?${search}` : base;
}

function without(params: Params, ...keys: (keyof ListQuery)[]): Params {
  const out = { ...params };
  for (const k of keys) delete out[k];
  return out;
}

type FacetGroup = {
  readonly key: Word | "cause" | "data_items" | "certainty";
  readonly title: string;
  readonly items: readonly {
    readonly label: string;
    readonly count: number;
    readonly set: Params | null;
    readonly active: boolean;
  }[];
  /** The parameters this facet sets, removed by its "remove" link. */
  readonly keys: readonly (keyof ListQuery)[];
};

function toFacetGroups(facets: Facets, q: ListQuery, lang: Lang, t: Translate): FacetGroup[] {
  const w = (k: Word) => WORDS[k][lang];
  const bandOf = (key: string) => SIZE_BANDS.find((b) => b.key === key);
  return [
    {
      key: "year",
      title: w("year"),
      keys: ["from", "to"],
      items: facets.year.map((f) => ({
        label: f.value === "unknown" ? w("unknown") : f.value,
        count: f.count,
        set: f.value === "unknown" ? null : { from: f.value, to: f.value },
        active: q.from === f.value && q.to === f.value,
      })),
    },
    {
      key: "cause",
      title: t("cause"),
      keys: ["cause"],
      items: facets.cause.map((f) => ({
        label: label(CAUSE_LABELS, f.value as "loss", lang),
        count: f.count,
        set: { cause: f.value },
        active: q.cause === f.value,
      })),
    },
    {
      key: "organization_type",
      title: w("organization_type"),
      keys: ["org_type"],
      items: facets.organizationType.map((f) => ({
        label: label(ORGANIZATION_TYPE_LABELS, f.value as "company", lang),
        count: f.count,
        set: { org_type: f.value },
        active: q.org_type === f.value,
      })),
    },
    {
      key: "data_items",
      title: t("data_items"),
      keys: ["item"],
      items: facets.dataItem.map((f) => ({
        label: label(DATA_ITEM_LABELS, f.value as "name", lang),
        count: f.count,
        set: { item: f.value },
        active: q.item === f.value,
      })),
    },
    {
      key: "size",
      title: w("size"),
      keys: ["min", "max"],
      items: facets.size.map((f) => {
        const band = bandOf(f.value);
        const set: Params | null = band
          ? {
              ...(band.min === null ? {} : { min: String(band.min) }),
              ...(band.max === null ? {} : { max: String(band.max) }),
            }
          : null;
        return {
          label: formatBand(f.value, lang),
          count: f.count,
          set,
          active: band !== undefined && (q.min ?? null) === band.min && (q.max ?? null) === band.max,
        };
      }),
    },
    {
      key: "certainty",
      title: t("certainty"),
      keys: ["certainty"],
      items: facets.certainty.map((f) => ({
        label: w(f.value === "possible" ? "possible" : "confirmed"),
        count: f.count,
        set: { certainty: f.value },
        active: q.certainty === f.value,
      })),
    },
  ];
}

function FacetSidebar(props: { facets: Facets; query: ListQuery; lang: Lang; t: Translate }) {
  const { lang, t, query } = props;
  const params = toParams(query);
  const groups = toFacetGroups(props.facets, query, lang, t);
  const active = groups.flatMap((g) => g.items.filter((i) => i.active).map((i) => ({ group: g, item: i })));
  const number = (n: number) => n.toLocaleString(lang === "ja" ? "ja-JP" : "en-US");
  return (
    <aside class="facets" aria-labelledby="facets-title">
      <h2 id="facets-title">{WORDS.facets[lang]}</h2>
      {active.length > 0 ? (
        <section class="facet-active" aria-label={WORDS.active[lang]}>
          <h3>{WORDS.active[lang]}</h3>
          <ul class="facet-list">
            {active.map(({ group, item }) => (
              <li>
                {group.title}: {item.label}{" "}
                <a
                  href={toUrl("/", without(params, ...group.keys))}
                  aria-label={`${group.title} ${item.label} ${WORDS.remove[lang]}`}
                >
                  ×{WORDS.remove[lang]}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {groups
        .filter((g) => g.items.length > 0)
        .map((g) => (
          <section class="facet" aria-labelledby={`facet-${g.key}`}>
            <h3 id={`facet-${g.key}`}>{g.title}</h3>
            <ul class="facet-list">
              {g.items.map((i) => (
                <li>
                  {i.active ? (
                    <a href={toUrl("/", without(params, ...g.keys))} aria-current="true" class="facet-on">
                      {i.label} <span class="count">{number(i.count)}</span> ×
                    </a>
                  ) : i.set === null ? (
                    <span>
                      {i.label} <span class="count">{number(i.count)}</span>
                    </span>
                  ) : (
                    <a href={toUrl("/", { ...without(params, ...g.keys), ...i.set })}>
                      {i.label} <span class="count">{number(i.count)}</span>
                    </a>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
    </aside>
  );
}

function SortForm(props: { query: ListQuery; lang: Lang }) {
  const { query, lang } = props;
  const hidden = without(toParams(query), "sort", "order");
  const sort = query.sort ?? "announced";
  const order = query.order ?? "desc";
  return (
    <form method="get" action="/" class="sort" aria-label={WORDS.sort[lang]}>
      {Object.entries(hidden).map(([k, v]) => (
        <input type="hidden" name={k} value={v} />
      ))}
      <label for="sort">{WORDS.sort_by[lang]}</label>
      <select id="sort" name="sort">
        <option value="announced" selected={sort === "announced"}>
          {lang === "ja" ? "公表日" : "Announced"}
        </option>
        <option value="affected" selected={sort === "affected"}>
          {lang === "ja" ? "件数" : "Affected"}
        </option>
        <option value="recent" selected={sort === "recent"}>
          {WORDS.recent[lang]}
        </option>
      </select>
      <label for="order">{WORDS.order[lang]}</label>
      <select id="order" name="order">
        <option value="desc" selected={order === "desc"}>
          {WORDS.desc[lang]}
        </option>
        <option value="asc" selected={order === "asc"}>
          {WORDS.asc[lang]}
        </option>
      </select>
      <button type="submit">{WORDS.apply[lang]}</button>
    </form>
  );
}

export function IncidentsPage(props: IncidentsPageProps) {
  const { t, lang, page, query } = props;
  const params = toParams(query);
  const next = props.offset + page.items.length;
  const nextUrl =
    page.items.length > 0 && next < page.total ? toUrl("/", { ...params, cursor: encodeCursor(next) }) : null;
  const prevOffset = Math.max(0, props.offset - props.limit);
  const prevUrl =
    props.offset > 0 ? toUrl("/", prevOffset === 0 ? params : { ...params, cursor: encodeCursor(prevOffset) }) : null;
  const exportParams = without(params, "limit");
  const isSample = (sourceIds: readonly number[]) =>
    sourceIds.length > 0 && sourceIds.every((id) => props.sampleSources.has(id));
  const number = (n: number) => n.toLocaleString(lang === "ja" ? "ja-JP" : "en-US");
  return (
    <Layout lang={lang} t={t} title={t("nav_incidents")} path={props.path} active="/" feed={feedHref(query)}>
      <h1>{t("nav_incidents")}</h1>
      <form method="get" action="/" class="search" aria-label={t("search")}>
        {Object.entries(without(params, "q")).map(([k, v]) => (
          <input type="hidden" name={k} value={v} />
        ))}
        <label for="q">{t("search")}</label>
        <input id="q" name="q" type="search" value={query.q ?? ""} placeholder={t("search_placeholder")} />
        <button type="submit">{t("search")}</button>
      </form>
      <div class="browse">
        <FacetSidebar facets={props.facets} query={query} lang={lang} t={t} />
        <div class="results">
          <p class="total" aria-live="polite">
            {page.estimated ? `${t("about")} ` : ""}
            {number(page.total)} {t("results")}
            {page.items.length > 0
              ? lang === "ja"
                ? `（${number(props.offset + 1)}〜${number(next)}件目）`
                : ` (${number(props.offset + 1)}–${number(next)})`
              : ""}
          </p>
          <SortForm query={query} lang={lang} />
          <p class="downloads">
            {WORDS.download[lang]}:{" "}
            <a href={toUrl("/api/exports", { ...exportParams, format: "csv" } as Params)} download>
              CSV
            </a>{" "}
            <a href={toUrl("/api/exports", { ...exportParams, format: "json" } as Params)} download>
              JSON
            </a>{" "}
            ·{" "}
            <a href={toUrl("/feed.atom", exportParams)} type="application/atom+xml">
              {WORDS.feed[lang]}
            </a>
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
                      {isSample(i.sourceIds) ? (
                        <span class="badge sample" title={WORDS.sample_title[lang]}>
                          {WORDS.sample[lang]}
                        </span>
                      ) : null}
                    </td>
                    <td class="num">{formatCount(i.affected, lang)}</td>
                    <td>{label(CAUSE_LABELS, i.cause, lang)}</td>
                    <td>{i.data_items.map((d) => label(DATA_ITEM_LABELS, d, lang)).join("、")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {prevUrl || nextUrl ? (
            <nav class="pager" aria-label={WORDS.pages[lang]}>
              {prevUrl ? (
                <a rel="prev" href={prevUrl}>
                  {WORDS.previous[lang]}
                </a>
              ) : null}{" "}
              {nextUrl ? (
                <a rel="next" href={nextUrl}>
                  {t("next_page")}
                </a>
              ) : null}
            </nav>
          ) : null}
        </div>
      </div>
    </Layout>
  );
}
