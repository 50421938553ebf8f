/**
 * @module The browsing pages: 組織 (/organizations: search and list; /organizations/:id: its incidents over time) and
 * キャンペーン (/campaigns: every campaign with kind, members, totals and timeline; ?key= focuses one). Server-rendered,
 * no JavaScript; yearly counts are drawn with <meter> (no inline style under the CSP).
 */
import type { Context, Hono } from "hono";
import { cachedByGeneration } from "../../../storage/facets.js";
import type { OrganizationSummary, Store } from "../../../storage/store.js";
import { type CampaignView, campaignsOf, organizationsQuerySchema, readOrganizationDetail } from "../api/browse.js";
import { decodeCursor, encodeCursor, listQuerySchema } from "../api/query.js";
import type { ServerContext } from "../context.js";
import { type Lang, pickLang, translator } from "./i18n.js";
import { formatCount } from "./incidents-page.js";
import { CAUSE_LABELS, label, ORGANIZATION_TYPE_LABELS } from "./labels.js";
import { Layout } from "./layout.js";
import { notFoundPage } from "./not-found.js";

const WORDS = {
  organizations_lead: {
    ja: "インシデントのある組織。件数・人数は公表された数字の合計（最大・約を含む）です。",
    en: "Organizations with incidents; figures are sums of the announced numbers (up to / about included).",
  },
  org_search: { ja: "組織名で検索", en: "Search organizations" },
  type: { ja: "種別", en: "Type" },
  all_types: { ja: "すべての種別", en: "All types" },
  sort: { ja: "並べ替え", en: "Sort" },
  by_incidents: { ja: "インシデント数", en: "Incidents" },
  by_name: { ja: "名前", en: "Name" },
  by_latest: { ja: "最新の公表", en: "Latest announcement" },
  incidents: { ja: "インシデント", en: "Incidents" },
  people: { ja: "人数計", en: "People" },
  records: { ja: "件数計", en: "Records" },
  latest: { ja: "最新の公表", en: "Latest" },
  none: { ja: "該当する組織はありません。", en: "No organizations match." },
  previous: { ja: "前のページ", en: "Previous page" },
  next: { ja: "次のページ", en: "Next page" },
  aliases: { ja: "別名", en: "Also known as" },
  per_year: { ja: "年ごとのインシデント数", en: "Incidents per year" },
  year: { ja: "年", en: "Year" },
  count: { ja: "件数", en: "Count" },
  timeline: { ja: "インシデント（公表日順）", en: "Incidents by announcement" },
  all_incidents: { ja: "一覧で見る", en: "See in the list" },
  unknown: { ja: "不明", en: "Unknown" },
  campaigns_lead: {
    ja: "同じ脆弱性（CVE）・製品・委託先でつながる、複数の組織のインシデント。",
    en: "Incidents of several organizations linked by one CVE, product or vendor.",
  },
  kind: { ja: "種類", en: "Kind" },
  kind_cve: { ja: "CVE", en: "CVE" },
  kind_product: { ja: "製品", en: "Product" },
  kind_vendor: { ja: "委託先", en: "Vendor" },
  all_kinds: { ja: "すべて", en: "All" },
  members: { ja: "該当インシデント", en: "Members" },
  totals: { ja: "合計", en: "Totals" },
  organizations_n: { ja: "組織", en: "organizations" },
  no_campaigns: { ja: "キャンペーンはまだありません。", en: "No campaigns yet." },
  no_campaign: { ja: "このキャンペーンは見つかりません。", en: "No such campaign." },
  no_organization: { ja: "この組織は見つかりません。", en: "There is no such organization." },
  all_campaigns: { ja: "すべてのキャンペーン", en: "All campaigns" },
  vendor_role: { ja: "（委託先自身）", en: " (the vendor)" },
  filter: { ja: "表示", en: "Show" },
} as const;

type Word = keyof typeof WORDS;
const w = (lang: Lang, key: Word) => WORDS[key][lang];
const num = (n: number, lang: Lang) => n.toLocaleString(lang === "ja" ? "ja-JP" : "en-US");

const PAGE = 50;

/** The pages' paths and their query parameters (the SQL-injection test sends hostile values to each). */
export function browseQueryParameters(): readonly (readonly [path: string, params: readonly string[]])[] {
  return [
    ["/", [...Object.keys(listQuerySchema.shape), "lang"]],
    ["/organizations", Object.keys(organizationsQuerySchema.shape)],
    ["/organizations/{id}", []],
    ["/campaigns", ["key", "kind"]],
  ];
}

/** Ids of the bundled sample sources (keys `sample:…`), read once per store change token. */
export function sampleSourceIds(store: Store): () => Promise<ReadonlySet<number>> {
  return cachedByGeneration(
    () => store.changeToken(),
    async () => new Set((await store.listSources({ keyPrefix: "sample:", limit: 1000 })).items.map((s) => s.id)),
  );
}

function pathOf(url: string): string {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
}

/** The request's query parameters, last value each, empty ones and `lang` dropped. */
function queryOf(c: Context): Record<string, string> {
  const raw = Object.fromEntries(Object.entries(c.req.queries()).map(([k, v]) => [k, v.at(-1) ?? ""]));
  delete raw.lang;
  for (const [k, v] of Object.entries(raw)) if (v === "") delete raw[k];
  return raw;
}

function badRequest(c: Context, issue: { path: PropertyKey[]; message: string } | undefined) {
  return c.text(`400: ${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}`, 400);
}

function OrganizationsPage(props: {
  lang: Lang;
  path: string;
  q: { q?: string; type?: string; sort?: string };
  items: readonly OrganizationSummary[];
  total: number;
  offset: number;
}) {
  const { lang } = props;
  const t = translator(lang);
  const params = Object.fromEntries(Object.entries(props.q).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
  const link = (offset: number) => {
    const p = new URLSearchParams(params);
    if (offset > 0) p.set("cursor", encodeCursor(offset));
    const s = p.toString();
    return s ? `/organizations?${s}` : "/organizations";
  };
  const end = props.offset + props.items.length;
  return (
    <Layout lang={lang} t={t} title={t("nav_organizations")} path={props.path} active="/organizations">
      <h1>{t("nav_organizations")}</h1>
      <p>{w(lang, "organizations_lead")}</p>
      <form method="get" action="/organizations" class="search" aria-label={w(lang, "org_search")}>
        <label for="org-q">{w(lang, "org_search")}</label>
        <input id="org-q" name="q" type="search" value={props.q.q ?? ""} />
        <label for="org-type">{w(lang, "type")}</label>
        <select id="org-type" name="type">
          <option value="">{w(lang, "all_types")}</option>
          {Object.keys(ORGANIZATION_TYPE_LABELS).map((k) => (
            <option value={k} selected={props.q.type === k}>
              {label(ORGANIZATION_TYPE_LABELS, k as "company", lang)}
            </option>
          ))}
        </select>
        <label for="org-sort">{w(lang, "sort")}</label>
        <select id="org-sort" name="sort">
          <option value="incidents" selected={(props.q.sort ?? "incidents") === "incidents"}>
            {w(lang, "by_incidents")}
          </option>
          <option value="name" selected={props.q.sort === "name"}>
            {w(lang, "by_name")}
          </option>
          <option value="latest" selected={props.q.sort === "latest"}>
            {w(lang, "by_latest")}
          </option>
        </select>
        <button type="submit">{t("search")}</button>
      </form>
      <p class="total">
        {num(props.total, lang)} {t("results")}
      </p>
      {props.items.length === 0 ? (
        <p>{w(lang, "none")}</p>
      ) : (
        <table class="organizations">
          <thead>
            <tr>
              <th scope="col">{t("organization")}</th>
              <th scope="col">{w(lang, "type")}</th>
              <th scope="col">{w(lang, "incidents")}</th>
              <th scope="col">{w(lang, "people")}</th>
              <th scope="col">{w(lang, "records")}</th>
              <th scope="col">{w(lang, "latest")}</th>
            </tr>
          </thead>
          <tbody>
            {props.items.map((o) => (
              <tr>
                <td>
                  <a href={`/organizations/${o.id}`}>{o.name}</a>
                </td>
                <td>{label(ORGANIZATION_TYPE_LABELS, o.type, lang)}</td>
                <td class="num">{num(o.incidents, lang)}</td>
                <td class="num">{o.people > 0 ? num(o.people, lang) : "—"}</td>
                <td class="num">{o.records > 0 ? num(o.records, lang) : "—"}</td>
                <td>{o.latestAnnounced ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.offset > 0 || end < props.total ? (
        <nav class="pager" aria-label={w(lang, "next")}>
          {props.offset > 0 ? (
            <a rel="prev" href={link(Math.max(0, props.offset - PAGE))}>
              {w(lang, "previous")}
            </a>
          ) : null}{" "}
          {end < props.total ? (
            <a rel="next" href={link(end)}>
              {w(lang, "next")}
            </a>
          ) : null}
        </nav>
      ) : null}
    </Layout>
  );
}

function OrganizationPage(props: {
  lang: Lang;
  path: string;
  detail: NonNullable<Awaited<ReturnType<typeof readOrganizationDetail>>>;
}) {
  const { lang, detail } = props;
  const t = translator(lang);
  const o = detail.organization;
  const max = Math.max(1, ...detail.years.map((y) => y.count));
  return (
    <Layout lang={lang} t={t} title={o.name} path={props.path} active="/organizations">
      <p>
        <a href="/organizations">{t("nav_organizations")}</a>
      </p>
      <h1>{o.name}</h1>
      <dl class="summary">
        <dt>{w(lang, "type")}</dt>
        <dd>{label(ORGANIZATION_TYPE_LABELS, o.type, lang)}</dd>
        {o.aliases.length > 0 ? (
          <>
            <dt>{w(lang, "aliases")}</dt>
            <dd>{o.aliases.join("、")}</dd>
          </>
        ) : null}
        <dt>{w(lang, "incidents")}</dt>
        <dd>
          {num(o.incidents, lang)} (<a href={`/?org=${o.id}`}>{w(lang, "all_incidents")}</a>)
        </dd>
        <dt>{w(lang, "people")}</dt>
        <dd>{o.people > 0 ? num(o.people, lang) : "—"}</dd>
        <dt>{w(lang, "records")}</dt>
        <dd>{o.records > 0 ? num(o.records, lang) : "—"}</dd>
      </dl>
      <h2 id="per-year">{w(lang, "per_year")}</h2>
      <table class="per-year" aria-labelledby="per-year">
        <thead>
          <tr>
            <th scope="col">{w(lang, "year")}</th>
            <th scope="col">{w(lang, "count")}</th>
            <th scope="col">
              <span class="visually-hidden">{w(lang, "count")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {detail.years.map((y) => (
            <tr>
              <th scope="row">{y.value === "unknown" ? w(lang, "unknown") : y.value}</th>
              <td class="num">{num(y.count, lang)}</td>
              <td>
                <meter min={0} max={max} value={y.count} aria-hidden="true">
                  {y.count}
                </meter>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{w(lang, "timeline")}</h2>
      <table class="incidents">
        <thead>
          <tr>
            <th scope="col">{t("announced")}</th>
            <th scope="col">{t("affected")}</th>
            <th scope="col">{t("cause")}</th>
            <th scope="col">{t("organization")}</th>
          </tr>
        </thead>
        <tbody>
          {detail.incidents.map((i) => (
            <tr>
              <td>
                <a href={`/incidents/${i.id}`}>{i.announced ?? w(lang, "unknown")}</a>
              </td>
              <td class="num">{formatCount(i.affected, lang)}</td>
              <td>{label(CAUSE_LABELS, i.cause, lang)}</td>
              <td>{i.organization}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

function CampaignCard(props: { c: CampaignView; lang: Lang }) {
  const { c, lang } = props;
  const t = translator(lang);
  const kind = w(lang, c.kind === "cve" ? "kind_cve" : c.kind === "product" ? "kind_product" : "kind_vendor");
  const id = `campaign-${c.key.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  return (
    <section class="campaign" aria-labelledby={id}>
      <h2 id={id}>
        <span class="badge">{kind}</span> <a href={`/campaigns?key=${encodeURIComponent(c.key)}`}>{c.label}</a>
      </h2>
      <p class="key">
        <code>{c.key}</code>
        {c.cves.length > 0 ? ` · ${c.cves.join(", ")}` : ""}
        {c.products.length > 0 ? ` · ${c.products.join(", ")}` : ""}
      </p>
      <p class="totals">
        {w(lang, "totals")}: {num(c.totals.incidents, lang)} {w(lang, "incidents")} ·{" "}
        {num(c.totals.organizations, lang)} {w(lang, "organizations_n")}
        {c.totals.people.sum > 0 ? ` · ${num(c.totals.people.sum, lang)}${lang === "ja" ? "人" : " people"}` : ""}
        {c.totals.records.sum > 0 ? ` · ${num(c.totals.records.sum, lang)}${lang === "ja" ? "件" : " records"}` : ""}
      </p>
      <h3>{w(lang, "members")}</h3>
      <ul>
        {c.members.map((m) => (
          <li>
            {m.id === null ? m.organization : <a href={`/incidents/${m.id}`}>{m.organization}</a>}
            {m.role === "vendor" ? w(lang, "vendor_role") : ""} — {m.announced ?? w(lang, "unknown")},{" "}
            {formatCount(m.affected, lang)}
          </li>
        ))}
      </ul>
      <h3>{w(lang, "timeline")}</h3>
      <ol class="timeline">
        {c.timeline.map((e) => (
          <li>
            <time>{e.date}</time> {e.organization} ({e.kind})
          </li>
        ))}
      </ol>
      <p class="visually-hidden">{t("nav_campaigns")}</p>
    </section>
  );
}

function CampaignsPage(props: {
  lang: Lang;
  path: string;
  campaigns: readonly CampaignView[];
  kind: string | undefined;
  focus: boolean;
}) {
  const { lang } = props;
  const t = translator(lang);
  return (
    <Layout lang={lang} t={t} title={t("nav_campaigns")} path={props.path} active="/campaigns">
      <h1>{t("nav_campaigns")}</h1>
      <p>{w(lang, "campaigns_lead")}</p>
      {props.focus ? (
        <p>
          <a href="/campaigns">{w(lang, "all_campaigns")}</a>
        </p>
      ) : (
        <form method="get" action="/campaigns" class="search" aria-label={w(lang, "kind")}>
          <label for="kind">{w(lang, "kind")}</label>
          <select id="kind" name="kind">
            <option value="">{w(lang, "all_kinds")}</option>
            {(["cve", "product", "vendor"] as const).map((k) => (
              <option value={k} selected={props.kind === k}>
                {w(lang, `kind_${k}`)}
              </option>
            ))}
          </select>
          <button type="submit">{w(lang, "filter")}</button>
        </form>
      )}
      {props.campaigns.length === 0 ? <p>{w(lang, props.focus ? "no_campaign" : "no_campaigns")}</p> : null}
      {props.campaigns.map((c) => (
        <CampaignCard c={c} lang={lang} />
      ))}
    </Layout>
  );
}

export function mountBrowsePages(app: Hono, ctx: ServerContext): void {
  const campaigns = campaignsOf(ctx);

  app.get("/organizations", async (c) => {
    const lang = pickLang(c);
    const parsed = organizationsQuerySchema.omit({ limit: true }).safeParse(queryOf(c));
    if (!parsed.success) return badRequest(c, parsed.error.issues[0]);
    const q = parsed.data;
    const offset = q.cursor ? decodeCursor(q.cursor) : 0;
    const page = await ctx.store.listOrganizations({
      ...(q.q?.trim() ? { text: q.q.trim() } : {}),
      ...(q.type ? { type: q.type } : {}),
      ...(q.sort ? { sort: q.sort } : {}),
      limit: PAGE,
      offset,
    });
    const shown = {
      ...(q.q ? { q: q.q } : {}),
      ...(q.type ? { type: q.type } : {}),
      ...(q.sort ? { sort: q.sort } : {}),
    };
    return c.html(
      <OrganizationsPage
        lang={lang}
        path={pathOf(c.req.url)}
        q={shown}
        items={page.items}
        total={page.total}
        offset={offset}
      />,
    );
  });

  app.get("/organizations/:id", async (c) => {
    const lang = pickLang(c);
    const id = c.req.param("id");
    if (!/^\d{1,12}$/.test(id)) return c.text("400: id must be a numeric organization id", 400);
    const detail = await readOrganizationDetail(ctx.store, Number(id));
    if (detail === null) return notFoundPage(c, WORDS.no_organization);
    return c.html(<OrganizationPage lang={lang} path={pathOf(c.req.url)} detail={detail} />);
  });

  app.get("/campaigns", async (c) => {
    const lang = pickLang(c);
    const q = queryOf(c);
    const kind = q.kind;
    if (kind !== undefined && kind !== "cve" && kind !== "product" && kind !== "vendor") {
      return c.text("400: kind must be cve, product or vendor", 400);
    }
    if (q.key !== undefined && q.key.length > 300) return c.text("400: key is too long", 400);
    const all = await campaigns();
    const shown =
      q.key !== undefined
        ? all.filter((x) => x.key === q.key)
        : kind !== undefined
          ? all.filter((x) => x.kind === kind)
          : all;
    const page = (
      <CampaignsPage lang={lang} path={pathOf(c.req.url)} campaigns={shown} kind={kind} focus={q.key !== undefined} />
    );
    return q.key !== undefined && shown.length === 0 ? c.html(page, 404) : c.html(page);
  });
}
