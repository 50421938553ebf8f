/**
 * @module 統計: a period form (plain GET, works without JavaScript), the totals, and one figure per view: a heading,
 * a chart that public/stats.js draws with ECharts from the JSON block, the same numbers as a table, a CSV link.
 */
import type { Hono } from "hono";
import type { StatsCrossTable, StatsTable } from "../../../analysis/stats.js";
import type { ServerContext } from "../context.js";
import { snapshotsOf } from "../snapshot.js";
import { type StatsAnswer, type StatsQuery, statsPageFor, statsQuerySchema } from "../stats-view.js";
import { type Lang, pickLang, type Translate, translator } from "./i18n.js";
import { formatCount } from "./incidents-page.js";
import { JsonScript } from "./json-script.js";
import { CAUSE_LABELS, DATA_ITEM_LABELS, ORGANIZATION_TYPE_LABELS } from "./labels.js";
import { Layout } from "./layout.js";

/** This page's words. */
const WORDS = {
  period: { ja: "対象期間", en: "Period" },
  from: { ja: "開始", en: "From" },
  to: { ja: "終了", en: "To" },
  date_hint: { ja: "例: 2023、2023-04、2023-04-01", en: "e.g. 2023, 2023-04, 2023-04-01" },
  apply: { ja: "表示", en: "Show" },
  all_time: { ja: "全期間", en: "All time" },
  incidents: { ja: "事故件数", en: "Incidents" },
  people: { ja: "人数", en: "People" },
  records: { ja: "件数（単位「件」）", en: "Records" },
  unknown: { ja: "人数・件数不明", en: "Count unknown" },
  share: { ja: "割合", en: "Share" },
  group: { ja: "区分", en: "Group" },
  total: { ja: "合計", en: "Total" },
  csv: { ja: "この表をCSVでダウンロード", en: "Download this table as CSV" },
  chart_note: {
    ja: "グラフの表示には JavaScript が必要です。同じ数値を下の表に示しています。",
    en: "Charts need JavaScript; the table below holds the same numbers.",
  },
  people_sum: { ja: "漏えい人数（最大値の合算）", en: "People (announced maxima summed)" },
  records_sum: { ja: "漏えい件数（単位「件」、人数とは別）", en: "Records (unit 件, apart from people)" },
  median_lag: { ja: "発覚から公表までの中央値", en: "Median days from discovery to announcement" },
  days: { ja: "日", en: " days" },
  measured: { ja: "発覚日と公表日の分かる事故", en: "incidents with both dates" },
  method: { ja: "集計方法", en: "How the figures are counted" },
  year: { ja: "年", en: "Year" },
  month: { ja: "月", en: "Month" },
  error: { ja: "入力を確認してください", en: "Please check the input" },
  top: { ja: "規模の大きい事故", en: "Largest incidents" },
  announced: { ja: "公表日", en: "Announced" },
  organization: { ja: "組織", en: "Organization" },
  affected: { ja: "人数・件数", en: "Affected" },
} as const satisfies Record<string, Record<Lang, string>>;

type Word = keyof typeof WORDS;
const w = (key: Word, lang: Lang): string => WORDS[key][lang];

/** The figures, in page order: which table feeds each and how its chart is drawn. */
const FIGURES = [
  {
    id: "year",
    by: "year",
    chart: "dual",
    title: { ja: "公表年別の事故件数と人数", en: "Incidents and people per year" },
  },
  {
    id: "month",
    by: "month",
    chart: "dual",
    title: { ja: "公表月別の事故件数と人数", en: "Incidents and people per month" },
  },
  {
    id: "cause_by_year",
    by: "cause",
    chart: "stacked",
    title: { ja: "原因別の事故件数（年ごとの積み上げ）", en: "Incidents by cause, stacked per year" },
  },
  {
    id: "org_type",
    by: "org_type",
    chart: "hbars",
    title: { ja: "組織種別の事故件数", en: "Incidents by organization type" },
  },
  {
    id: "data_item",
    by: "data_item",
    chart: "hbars",
    title: {
      ja: "漏えい項目別の事故件数（1件が複数項目に数えられます）",
      en: "Incidents per data item (an incident counts in each of its items)",
    },
  },
  {
    id: "size",
    by: "size",
    chart: "bars",
    title: { ja: "漏えい規模別の事故件数（人・件）", en: "Incidents by size (people or records)" },
  },
  {
    id: "lag",
    by: "lag",
    chart: "bars",
    title: { ja: "発覚から公表までの日数別の事故件数", en: "Days from discovery to announcement" },
  },
] as const;

type Figure = (typeof FIGURES)[number];

/** A chart as stats.js draws it: categories on one axis, series of numbers, axis names. */
export type ChartSpec = {
  readonly kind: "dual" | "stacked" | "hbars" | "bars";
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly data: readonly number[] }[];
  readonly categoryName: string;
  readonly valueNames: readonly string[];
};

export type StatsPageData = {
  readonly lang: Lang;
  readonly charts: Readonly<Record<string, ChartSpec>>;
};

/** A row label in the reader's language (the analysis labels are Japanese; the UI's labels have English too). */
function rowLabel(by: string, group: string, label: string, lang: Lang): string {
  if (lang === "ja") return label;
  const labels: Readonly<Record<string, Readonly<Record<string, readonly [string, string]>>>> = {
    cause: CAUSE_LABELS,
    org_type: ORGANIZATION_TYPE_LABELS,
    data_item: DATA_ITEM_LABELS,
    size: SIZE_LABELS,
    lag: LAG_LABELS,
  };
  return labels[by]?.[group]?.[1] ?? (group === "不明" ? "Unknown" : label);
}

/** The size bands of src/analysis/stats.ts (JNSA's 漏えい規模, people or records), in English. */
const SIZE_LABELS: Readonly<Record<string, readonly [string, string]>> = {
  "10未満": ["10未満", "Under 10"],
  "10〜100未満": ["10〜100未満", "10 to 99"],
  "100〜1,000未満": ["100〜1,000未満", "100 to 999"],
  "1,000〜1万未満": ["1,000〜1万未満", "1,000 to 9,999"],
  "1万〜10万未満": ["1万〜10万未満", "10,000 to 99,999"],
  "10万〜100万未満": ["10万〜100万未満", "100,000 to 999,999"],
  "100万以上": ["100万以上", "1,000,000 or more"],
};

/** The disclosure-lag bands of src/analysis/stats.ts (days from discovery to announcement), in English. */
const LAG_LABELS: Readonly<Record<string, readonly [string, string]>> = {
  当日: ["当日", "Same day"],
  "1〜3日": ["1〜3日", "1–3 days"],
  "4〜7日": ["4〜7日", "4–7 days"],
  "8〜30日": ["8〜30日", "8–30 days"],
  "31〜90日": ["31〜90日", "31–90 days"],
  "91〜365日": ["91〜365日", "91–365 days"],
  "1年超": ["1年超", "Over a year"],
  "発覚が公表より後（要確認）": ["発覚が公表より後（要確認）", "Discovered after the announcement (check)"],
  "不明（発覚日・公表日なし）": ["不明（発覚日・公表日なし）", "Unknown (no discovery or announcement date)"],
};

function tableOf(answer: StatsAnswer, by: string): StatsTable | undefined {
  return answer.tables.find((t) => t.by === by);
}

/** The chart of a figure (dates without a year, 不明, stay in the table but not on a time axis). */
function toChartSpec(figure: Figure, answer: StatsAnswer, lang: Lang): ChartSpec {
  const title = figure.title[lang];
  if (figure.chart === "stacked") {
    const cross = answer.cross!;
    return {
      kind: "stacked",
      title,
      categories: cross.rows.map((r) => r.label),
      series: cross.columns.map((c, j) => ({
        name: rowLabel("cause", c.group, c.label, lang),
        data: cross.counts.map((row) => row[j] ?? 0),
      })),
      categoryName: w("year", lang),
      valueNames: [w("incidents", lang)],
    };
  }
  const table = tableOf(answer, figure.by);
  const rows = (table?.rows ?? []).filter((r) => figure.chart !== "dual" || r.group !== "不明");
  const categories = rows.map((r) => rowLabel(figure.by, r.group, r.label, lang));
  const incidents = { name: w("incidents", lang), data: rows.map((r) => r.incidents) };
  if (figure.chart === "dual") {
    return {
      kind: "dual",
      title,
      categories,
      series: [incidents, { name: w("people", lang), data: rows.map((r) => r.people.sum) }],
      categoryName: figure.by === "year" ? w("year", lang) : w("month", lang),
      valueNames: [w("incidents", lang), w("people", lang)],
    };
  }
  return {
    kind: figure.chart,
    title,
    categories,
    series: [incidents],
    categoryName: w("group", lang),
    valueNames: [w("incidents", lang)],
  };
}

export function toStatsPageData(answer: StatsAnswer, lang: Lang): StatsPageData {
  return { lang, charts: Object.fromEntries(FIGURES.map((f) => [f.id, toChartSpec(f, answer, lang)])) };
}

function csvHref(q: Pick<StatsQuery, "from" | "to">, by: string, per?: string): string {
  const params = new URLSearchParams({ by });
  if (per) params.set("per", per);
  if (q.from) params.set("from", q.from);
  if (q.to) params.set("to", q.to);
  return `/api/stats.csv?${params.toString()}`;
}

const fmt = (n: number, lang: Lang) => n.toLocaleString(lang === "ja" ? "ja-JP" : "en-US");

function StatsTableView(props: { table: StatsTable; caption: string; lang: Lang; total: StatsAnswer }) {
  const { table, lang } = props;
  return (
    <table class="stats">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{w("group", lang)}</th>
          <th scope="col">{w("incidents", lang)}</th>
          <th scope="col">{w("share", lang)}</th>
          <th scope="col">{w("people", lang)}</th>
          <th scope="col">{w("records", lang)}</th>
          <th scope="col">{w("unknown", lang)}</th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r) => (
          <tr>
            <th scope="row">{rowLabel(table.by, r.group, r.label, lang)}</th>
            <td class="num">{fmt(r.incidents, lang)}</td>
            <td class="num">{`${r.share.toFixed(1)}%`}</td>
            <td class="num">{fmt(r.people.sum, lang)}</td>
            <td class="num">{fmt(r.records.sum, lang)}</td>
            <td class="num">{fmt(r.unknown, lang)}</td>
          </tr>
        ))}
      </tbody>
      {table.multiValued ? null : (
        <tfoot>
          <tr>
            <th scope="row">{w("total", lang)}</th>
            <td class="num">{fmt(props.total.incidents, lang)}</td>
            <td class="num">100.0%</td>
            <td class="num">{fmt(props.total.people.sum, lang)}</td>
            <td class="num">{fmt(props.total.records.sum, lang)}</td>
            <td class="num">{fmt(props.total.unknown, lang)}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

function CrossTableView(props: { cross: StatsCrossTable; caption: string; lang: Lang }) {
  const { cross, lang } = props;
  // A wide table scrolls inside its own box: the box is a named region that takes the focus, so keyboard users can
  // scroll it too (axe scrollable-region-focusable).
  return (
    <section class="table-scroll" aria-label={props.caption} tabindex={0}>
      <table class="stats cross">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{w("year", lang)}</th>
            {cross.columns.map((c) => (
              <th scope="col">{rowLabel("cause", c.group, c.label, lang)}</th>
            ))}
            <th scope="col">{w("total", lang)}</th>
          </tr>
        </thead>
        <tbody>
          {cross.rows.map((r, i) => (
            <tr>
              <th scope="row">{r.label}</th>
              {(cross.counts[i] ?? []).map((n) => (
                <td class="num">{fmt(n, lang)}</td>
              ))}
              <td class="num">
                {fmt(
                  (cross.counts[i] ?? []).reduce((a, b) => a + b, 0),
                  lang,
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function FigureView(props: { figure: Figure; answer: StatsAnswer; q: Pick<StatsQuery, "from" | "to">; lang: Lang }) {
  const { figure, answer, lang } = props;
  const title = figure.title[lang];
  const headingId = `fig-${figure.id}`;
  const table = tableOf(answer, figure.by);
  return (
    <figure class="stats-figure" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {figure.id === "lag" ? (
        <p>
          {`${w("median_lag", lang)}: `}
          {answer.lag.medianDays === null ? "—" : `${answer.lag.medianDays}${w("days", lang)}`}
          {` (${w("measured", lang)}: ${fmt(answer.lag.measured, lang)})`}
        </p>
      ) : null}
      <div class="chart" data-chart={figure.id} role="img" aria-label={title} />
      {figure.chart === "stacked" && answer.cross ? (
        <CrossTableView cross={answer.cross} caption={title} lang={lang} />
      ) : table ? (
        <StatsTableView table={table} caption={title} lang={lang} total={answer} />
      ) : null}
      <p class="csv">
        <a href={figure.chart === "stacked" ? csvHref(props.q, "cause", "year") : csvHref(props.q, figure.by)} download>
          {`${w("csv", lang)} (${title})`}
        </a>
      </p>
    </figure>
  );
}

function TopTable(props: { answer: StatsAnswer; lang: Lang }) {
  const { lang } = props;
  return (
    <section aria-labelledby="top-heading">
      <h2 id="top-heading">{w("top", lang)}</h2>
      <table class="stats">
        <caption>{w("top", lang)}</caption>
        <thead>
          <tr>
            <th scope="col">{w("announced", lang)}</th>
            <th scope="col">{w("organization", lang)}</th>
            <th scope="col">{w("affected", lang)}</th>
          </tr>
        </thead>
        <tbody>
          {props.answer.top.map((i) => (
            <tr>
              <td>{i.announced ?? "—"}</td>
              <th scope="row">
                {i.key ? <a href={`/incidents/${encodeURIComponent(i.key)}`}>{i.organization}</a> : i.organization}
              </th>
              <td class="num">{formatCount(i.affected, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export type StatsPageProps = {
  readonly lang: Lang;
  readonly t: Translate;
  readonly path: string;
  /** The period as typed (kept in the form when invalid). */
  readonly input: { readonly from: string; readonly to: string };
  readonly q: Pick<StatsQuery, "from" | "to">;
  readonly answer: StatsAnswer | null;
  readonly error: string | null;
};

export function StatsPage(props: StatsPageProps) {
  const { t, lang, answer } = props;
  const periodText =
    props.q.from || props.q.to ? `${props.q.from ?? "…"} 〜 ${props.q.to ?? "…"}` : w("all_time", lang);
  return (
    <Layout
      lang={lang}
      t={t}
      title={t("nav_stats")}
      path={props.path}
      active="/stats"
      scripts={answer ? ["/static/echarts.min.js", "/static/stats.js"] : []}
    >
      <h1>{t("nav_stats")}</h1>
      <form method="get" action="/stats" class="period">
        <fieldset>
          <legend>{w("period", lang)}</legend>
          <label for="from">{w("from", lang)}</label>
          <input
            id="from"
            name="from"
            type="text"
            inputmode="numeric"
            value={props.input.from}
            placeholder="2023"
            aria-describedby="date-hint"
            pattern="\d{4}(-\d{2}(-\d{2})?)?"
          />
          <label for="to">{w("to", lang)}</label>
          <input
            id="to"
            name="to"
            type="text"
            inputmode="numeric"
            value={props.input.to}
            placeholder="2024-12"
            aria-describedby="date-hint"
            pattern="\d{4}(-\d{2}(-\d{2})?)?"
          />
          <button type="submit">{w("apply", lang)}</button>
          <p id="date-hint" class="hint">
            {w("date_hint", lang)}
          </p>
        </fieldset>
      </form>
      {props.error ? (
        <p class="error" role="alert">
          {`${w("error", lang)}: ${props.error}`}
        </p>
      ) : null}
      {answer ? (
        <>
          <section class="stats-totals" aria-label={w("period", lang)}>
            <dl>
              <dt>{w("period", lang)}</dt>
              <dd>{periodText}</dd>
              <dt>{w("incidents", lang)}</dt>
              <dd>{fmt(answer.incidents, lang)}</dd>
              <dt>{w("people_sum", lang)}</dt>
              <dd>{fmt(answer.people.sum, lang)}</dd>
              <dt>{w("records_sum", lang)}</dt>
              <dd>{fmt(answer.records.sum, lang)}</dd>
              <dt>{w("unknown", lang)}</dt>
              <dd>{fmt(answer.unknown, lang)}</dd>
            </dl>
            <details>
              <summary>{w("method", lang)}</summary>
              <ul>
                {answer.method.map((m) => (
                  <li>{m}</li>
                ))}
              </ul>
            </details>
          </section>
          <p class="noscript-note" id="chart-note">
            {w("chart_note", lang)}
          </p>
          {FIGURES.map((figure) => (
            <FigureView figure={figure} answer={answer} q={props.q} lang={lang} />
          ))}
          {answer.top.length > 0 ? <TopTable answer={answer} lang={lang} /> : null}
          <JsonScript id="stats-data" data={toStatsPageData(answer, lang)} />
        </>
      ) : null}
    </Layout>
  );
}

/** The query parameters of a page (last value of each, empty ones dropped, `lang` is the layout's). */
function pageQuery(queries: Record<string, string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(queries)) {
    const last = v.at(-1);
    if (k !== "lang" && last !== undefined && last !== "") out[k] = last;
  }
  return out;
}

export function mountStatsPage(app: Hono, ctx: ServerContext): void {
  app.get("/stats", async (c) => {
    const lang = pickLang(c);
    const t = translator(lang);
    const raw = pageQuery(c.req.queries());
    const input = { from: raw.from ?? "", to: raw.to ?? "" };
    const url = new URL(c.req.url);
    const path = `${url.pathname}${url.search}`;
    const parsed = statsQuerySchema.safeParse({
      ...(raw.from ? { from: raw.from } : {}),
      ...(raw.to ? { to: raw.to } : {}),
    });
    if (!parsed.success || Object.keys(raw).some((k) => k !== "from" && k !== "to")) {
      const issue = parsed.success ? null : parsed.error.issues[0];
      const error = issue
        ? `${issue.path.join(".")}: ${issue.message}`
        : `unknown parameter ${Object.keys(raw).find((k) => k !== "from" && k !== "to")}`;
      return c.html(<StatsPage lang={lang} t={t} path={path} input={input} q={{}} answer={null} error={error} />, 400);
    }
    const q = parsed.data;
    const answer = statsPageFor(await snapshotsOf(ctx.store).get(), q);
    return c.html(<StatsPage lang={lang} t={t} path={path} input={input} q={q} answer={answer} error={null} />);
  });
}
