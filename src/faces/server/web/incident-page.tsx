/**
 * @module インシデント詳細: summary card, timeline, per-field evidence with links into the source text, legal triage,
 * JO estimate, campaigns and organization links, edit history, sources. Server-rendered from the detail API's record;
 * all text is escaped by JSX; no script.
 */
import type { Child } from "hono/jsx";
import { CAUSES, type Cause, DATA_ITEMS, type DataItem } from "../../../domain/incident.js";
import { ORGANIZATION_TYPES, type OrganizationType } from "../../../domain/store.js";
import type { EvidenceRef, FieldEvidence, IncidentDetail } from "../api/incident-detail.js";
import type { Lang, Translate } from "./i18n.js";
import { detailWords, FIELD_LABELS, TIMELINE_LABELS, type Words } from "./incident-words.js";
import { formatCount } from "./incidents-page.js";
import { CAUSE_LABELS, DATA_ITEM_LABELS, label, ORGANIZATION_TYPE_LABELS } from "./labels.js";
import { Layout } from "./layout.js";

export type IncidentPageProps = {
  readonly lang: Lang;
  readonly t: Translate;
  readonly path: string;
  readonly detail: IncidentDetail;
  /** The edit form for editors (rendered by the auth/edit module); absent for readers. */
  readonly editForm?: Child;
};

type Regime = IncidentDetail["triage"]["appi"];

const pair = (p: readonly [string, string] | undefined, lang: Lang, fallback: string): string =>
  p === undefined ? fallback : p[lang === "ja" ? 0 : 1];

/** Where an evidence span is shown highlighted: the sentence around it in its source. */
export function evidenceHref(ref: EvidenceRef): string | null {
  if (ref.source_id === null) return null;
  const r = ref.sentence ?? (ref.end > ref.start ? { start: ref.start, end: ref.end } : null);
  return r === null ? null : `/sources/${ref.source_id}?hl=${r.start}-${r.end}#hl`;
}

function EvidenceLink(props: { readonly ref: EvidenceRef; readonly w: Words }) {
  const href = evidenceHref(props.ref);
  return href === null ? null : (
    <a class="evidence-link" href={href}>
      {props.w("show_in_source")}
    </a>
  );
}

/**
 * The sentence an evidence span sits in, with the span itself in bold; just the span when the sentence is unknown or
 * the offsets no longer match the text.
 */
function Quote(props: { readonly ref: EvidenceRef }) {
  const { ref } = props;
  const s = ref.sentence;
  const whole = ref.sentence_text;
  if (s === null || whole === null || ref.start < s.start || ref.end > s.end) return <q>{ref.text}</q>;
  const match = whole.slice(ref.start - s.start, ref.end - s.start);
  if (match !== ref.text) return <q>{ref.text}</q>;
  if (match === whole) return <q>{whole}</q>;
  return (
    <q>
      {whole.slice(0, ref.start - s.start)}
      <strong>{match}</strong>
      {whole.slice(ref.end - s.start)}
    </q>
  );
}

/** The first chosen evidence of a field, for the summary card. */
function firstEvidence(detail: IncidentDetail, field: FieldEvidence["field"]): EvidenceRef | null {
  return detail.field_evidence.find((f) => f.field === field)?.evidence[0] ?? null;
}

function isOneOf<T extends string>(values: readonly T[], v: unknown): v is T {
  return typeof v === "string" && (values as readonly string[]).includes(v);
}

/** A field's value as a reader sees it; anything unexpected (old audit values) as compact JSON. */
export function formatFieldValue(field: string, value: unknown, lang: Lang, w: Words): string {
  if (value === null || value === undefined) return w("unknown");
  switch (field) {
    case "organization_type":
      if (isOneOf<OrganizationType>(ORGANIZATION_TYPES, value)) return label(ORGANIZATION_TYPE_LABELS, value, lang);
      break;
    case "cause":
      if (isOneOf<Cause>(CAUSES, value)) return label(CAUSE_LABELS, value, lang);
      break;
    case "certainty":
      if (value === "confirmed" || value === "possible") return w(value);
      break;
    case "affected":
      if (typeof value === "object" && "value" in value) {
        const a = value as { value: unknown; qualifier: unknown; unit: unknown };
        if (a.value === null || typeof a.value === "number")
          return formatCount(
            {
              value: a.value,
              qualifier: typeof a.qualifier === "string" ? a.qualifier : null,
              unit: typeof a.unit === "string" ? a.unit : null,
            },
            lang,
          );
      }
      break;
    case "data_items":
    case "cves":
      if (Array.isArray(value)) {
        if (value.length === 0) return w("none");
        return value
          .map((v) => (isOneOf<DataItem>(DATA_ITEMS, v) ? label(DATA_ITEM_LABELS, v, lang) : String(v)))
          .join(lang === "ja" ? "、" : ", ");
      }
      break;
  }
  return typeof value === "string" ? value : JSON.stringify(value);
}

function Summary(props: { readonly d: IncidentDetail; readonly lang: Lang; readonly t: Translate; readonly w: Words }) {
  const { d, lang, t, w } = props;
  const s = d.classification.sensitivity;
  const qualifierNote = d.affected.qualifier === null || d.affected.qualifier === "exact" ? null : d.affected.qualifier;
  const ev = (field: FieldEvidence["field"]) => {
    const ref = firstEvidence(d, field);
    return ref === null ? null : <EvidenceLink ref={ref} w={w} />;
  };
  return (
    <section class="card summary" aria-labelledby="summary-h">
      <h2 id="summary-h">{w("summary")}</h2>
      <dl class="facts">
        <dt>{t("organization")}</dt>
        <dd>
          <a href={`/organizations/${d.organizationId}`}>{d.organization}</a>{" "}
          <span class="badge org-type">{label(ORGANIZATION_TYPE_LABELS, d.organizationType, lang)}</span>{" "}
          {ev("organization")}
          {d.also.length > 0 ? (
            <p class="also">
              {w("also_names")}: {d.also.join(lang === "ja" ? "、" : ", ")}
            </p>
          ) : null}
        </dd>
        <dt>{t("announced")}</dt>
        <dd>
          {d.announced ?? w("unknown")} {ev("announced")}
        </dd>
        <dt>{t("affected")}</dt>
        <dd>
          <strong class="count">{formatCount(d.affected, lang)}</strong> {ev("affected")}
          <ul class="notes">
            {qualifierNote === null ? null : <li>{w(`qualifier_note_${qualifierNote}`)}</li>}
            {d.affected.unit === null ? null : (
              <li>{w(d.affected.unit === "people" ? "unit_people" : "unit_records")}</li>
            )}
            {d.breakdown_mismatch ? <li class="warn">{w("breakdown_mismatch")}</li> : null}
          </ul>
          {d.breakdown.length > 0 ? (
            <details class="breakdown">
              <summary>{w("breakdown")}</summary>
              <ul>
                {d.breakdown.map((b) => (
                  <li>
                    {b.label}: {formatCount({ value: b.value, qualifier: null, unit: b.unit }, lang)}{" "}
                    <EvidenceLink ref={b.evidence} w={w} />
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </dd>
        <dt>{t("data_items")}</dt>
        <dd>
          {d.data_items.length === 0 ? (
            w("unknown")
          ) : (
            <ul class="items">
              {d.data_items.map((item) => (
                <li>
                  {label(DATA_ITEM_LABELS, item, lang)}
                  {s.specialCare.includes(item) ? <span class="badge sens special">{w("special_care")}</span> : null}
                  {PROPERTY_ITEMS.has(item) && s.propertyDamage !== "no" ? (
                    <span class="badge sens property">{w("property_damage")}</span>
                  ) : null}
                  {item === "mynumber" ? (
                    <span class="badge sens mynumber">{w("mynumber")}</span>
                  ) : s.numbers.includes(item) ? (
                    <span class="badge sens number">{w("identifier")}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}{" "}
          {ev("data_items")}
          <SensitivityNotes d={d} w={w} />
        </dd>
        <dt>{t("cause")}</dt>
        <dd>
          {label(CAUSE_LABELS, d.cause, lang)} {ev("cause")}
        </dd>
        <dt>{w("vector")}</dt>
        <dd>{d.vector.length === 0 ? w("unknown") : d.vector.join(lang === "ja" ? "、" : ", ")}</dd>
        <dt>{w("cves")}</dt>
        <dd>
          {d.cves.length === 0 ? (
            w("none")
          ) : (
            <ul class="inline">
              {d.cves.map((cve) => (
                <li>
                  {/^CVE-\d{4}-\d{4,}$/.test(cve) ? (
                    <a href={`https://nvd.nist.gov/vuln/detail/${cve}`} rel="noopener noreferrer" title={w("nvd_link")}>
                      {cve}
                    </a>
                  ) : (
                    cve
                  )}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t("certainty")}</dt>
        <dd>
          <span class={`badge certainty ${d.certainty}`}>{w(d.certainty)}</span>{" "}
          <span class="muted">{w(d.certainty === "confirmed" ? "confirmed_note" : "possible_note")}</span>
        </dd>
      </dl>
      {d.classification.review_flags.length > 0 ? (
        <div class="review-flags" role="note">
          <h3>{w("review_flags")}</h3>
          <ul>
            {d.classification.review_flags.map((f) => (
              <li>{f.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/** Items that can carry a risk of financial damage on their own or with another (src/analysis/classify/sensitivity.ts). */
const PROPERTY_ITEMS: ReadonlySet<DataItem> = new Set([
  "credit_card_number",
  "card_security_code",
  "bank_account",
  "login_id",
  "password",
]);

function SensitivityNotes(props: { readonly d: IncidentDetail; readonly w: Words }) {
  const s = props.d.classification.sensitivity;
  const { w } = props;
  const lines: string[] = [];
  if (s.specialCare.length > 0) lines.push(w("special_care"));
  if (s.propertyDamage !== "no")
    lines.push(
      `${w(s.propertyDamage === "yes" ? "property_damage" : "property_review")}: ${s.propertyReasons.join(" / ")}`,
    );
  if (s.specificPersonalInformation) lines.push(w("mynumber"));
  return lines.length === 0 ? null : (
    <p class="sensitivity">
      {w("sensitivity")}: {lines.join("、")}
    </p>
  );
}

function Timeline(props: { readonly d: IncidentDetail; readonly lang: Lang; readonly w: Words }) {
  const { d, lang, w } = props;
  return (
    <section class="card" aria-labelledby="timeline-h">
      <h2 id="timeline-h">{w("timeline")}</h2>
      {d.timeline.length === 0 ? (
        <p>{w("no_timeline")}</p>
      ) : (
        <ol class="timeline">
          {d.timeline.map((e) => (
            <li>
              <time datetime={e.date.startsWith("--") ? undefined : e.date}>{e.date}</time>{" "}
              <span class="kind">{pair(TIMELINE_LABELS[e.kind], lang, e.kind)}</span>
              <Quote ref={e.evidence} /> <EvidenceLink ref={e.evidence} w={w} />
            </li>
          ))}
        </ol>
      )}
      {d.secondary_damage.length > 0 ? (
        <Mentions title={w("secondary_damage")} refs={d.secondary_damage} w={w} />
      ) : null}
      {d.response.length > 0 ? <Mentions title={w("response")} refs={d.response} w={w} /> : null}
    </section>
  );
}

function Mentions(props: { readonly title: string; readonly refs: readonly EvidenceRef[]; readonly w: Words }) {
  return (
    <>
      <h3>{props.title}</h3>
      <ul class="mentions">
        {props.refs.map((r) => (
          <li>
            <Quote ref={r} /> <EvidenceLink ref={r} w={props.w} />
          </li>
        ))}
      </ul>
    </>
  );
}

function EvidenceTable(props: { readonly d: IncidentDetail; readonly lang: Lang; readonly w: Words }) {
  const { d, lang, w } = props;
  return (
    <section class="card" aria-labelledby="evidence-h">
      <h2 id="evidence-h">{w("evidence")}</h2>
      <p class="muted">{w("evidence_intro")}</p>
      <table class="evidence">
        <thead>
          <tr>
            <th scope="col">{w("field")}</th>
            <th scope="col">{w("value")}</th>
            <th scope="col">{w("source_text")}</th>
          </tr>
        </thead>
        <tbody>
          {d.field_evidence.map((f) => {
            const others = f.candidates.filter((c) => !c.chosen && c.evidence.end > c.evidence.start);
            return (
              <tr id={`evidence-${f.field}`}>
                <th scope="row">{pair(FIELD_LABELS[f.field], lang, f.field)}</th>
                <td>
                  {formatFieldValue(f.field, f.value, lang, w)}
                  {f.corrected ? <span class="badge corrected">{w("corrected")}</span> : null}
                </td>
                <td>
                  {f.evidence.length === 0 ? (
                    <span class="muted">{w("no_evidence")}</span>
                  ) : (
                    <ul class="quotes">
                      {f.evidence.map((e) => (
                        <li>
                          <Quote ref={e} /> <EvidenceLink ref={e} w={w} />
                        </li>
                      ))}
                    </ul>
                  )}
                  {others.length > 0 ? (
                    <details>
                      <summary>
                        {w("other_candidates")} ({others.length})
                      </summary>
                      <ul class="quotes">
                        {others.map((c) => (
                          <li>
                            {formatFieldValue(f.field, c.value, lang, w)}: <Quote ref={c.evidence} />{" "}
                            <EvidenceLink ref={c.evidence} w={w} />
                          </li>
                        ))}
                      </ul>
                    </details>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function verdictKey(r: boolean | "review"): "verdict_true" | "verdict_false" | "verdict_review" {
  return r === true ? "verdict_true" : r === false ? "verdict_false" : "verdict_review";
}

function RegimeBlock(props: { readonly r: Regime; readonly w: Words }) {
  const { r, w } = props;
  const d = r.deadlines as null | {
    start: string | null;
    note: string;
    preliminary?: { from: string; to: string; basis: string } | null;
    final?: { days: number; due: string; conservative_due: string; basis: string } | null;
  };
  return (
    <div class={`regime ${r.applies ? "" : "reference"}`}>
      <h3>
        {r.name}: <span class={`verdict v-${String(r.reportable)}`}>{w(verdictKey(r.reportable))}</span>
        {r.applies ? null : <span class="muted"> — {w("not_applicable")}</span>}
      </h3>
      <table class="triggers">
        <caption>{w("triggers")}</caption>
        <thead>
          <tr>
            <th scope="col">{w("item")}</th>
            <th scope="col">{w("status")}</th>
            <th scope="col">{w("reason")}</th>
          </tr>
        </thead>
        <tbody>
          {r.details.map((t) => (
            <tr class={`t-${t.status}`}>
              <th scope="row">
                {t.item} {t.title}
              </th>
              <td>
                <span class={`badge status-${t.status}`}>{w(`status_${t.status}`)}</span>
              </td>
              <td>{t.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {r.reportable !== false && r.applies ? (
        <>
          {d === null ? null : (
            <dl class="deadlines">
              <dt>{w("start_day")}</dt>
              <dd>
                {d.start ?? w("unknown")} — {d.note}
              </dd>
              {d.preliminary ? (
                <>
                  <dt>{w("preliminary")}</dt>
                  <dd>
                    {d.preliminary.from}〜{d.preliminary.to}（{d.preliminary.basis}）
                  </dd>
                </>
              ) : null}
              {d.final ? (
                <>
                  <dt>{w("final")}</dt>
                  <dd>
                    {d.final.due}（{d.final.days}日。{w("conservative")} {d.final.conservative_due}。{d.final.basis}）
                  </dd>
                </>
              ) : null}
            </dl>
          )}
          <p>
            {w("notify")}:{" "}
            {r.notify_individuals ? `${w("notify_needed")}: ${r.notify_items.join("・")}` : w("notify_if_reportable")}
          </p>
        </>
      ) : null}
      {r.notes.filter((n) => n !== "").length > 0 ? (
        <ul class="notes">
          {r.notes
            .filter((n) => n !== "")
            .map((n) => (
              <li>※ {n}</li>
            ))}
        </ul>
      ) : null}
    </div>
  );
}

function Triage(props: { readonly d: IncidentDetail; readonly w: Words }) {
  const { d, w } = props;
  const tr = d.triage;
  const regimes = [tr.public, tr.appi, tr.mynumber].filter((r): r is Regime => r !== null);
  return (
    <section class="card" aria-labelledby="triage-h">
      <h2 id="triage-h">{w("triage")}</h2>
      <p class="muted">{w("triage_caution")}</p>
      <dl class="facts">
        <dt>{w("overall")}</dt>
        <dd>
          <strong class={`verdict v-${String(tr.report_to_ppc)}`}>{w(verdictKey(tr.report_to_ppc))}</strong>
        </dd>
        <dt>{w("rule_date")}</dt>
        <dd>
          {tr.rule_date.date ?? w("unknown")}（{tr.rule_date.basis}）
        </dd>
        <dt>{w("discovered")}</dt>
        <dd>
          {tr.discovered.date ?? w("unknown")}
          {tr.discovered.basis === null ? "" : `（${tr.discovered.basis}）`}
        </dd>
        <dt>{w("mynumber")}</dt>
        <dd>
          {tr.mynumber_involved.value ? "○" : "—"} {tr.mynumber_involved.reason}
        </dd>
      </dl>
      {regimes.map((r) => (
        <RegimeBlock r={r} w={w} />
      ))}
      <p>
        <a class="button download" href={`/api/incidents/${d.id}/triage/draft`} download>
          {w("download_draft")}
        </a>
      </p>
    </section>
  );
}

const yen = (n: number, lang: Lang): string =>
  lang === "ja" ? `${n.toLocaleString("ja-JP")}円` : `¥${n.toLocaleString("en-US")}`;

function Estimate(props: { readonly d: IncidentDetail; readonly lang: Lang; readonly w: Words }) {
  const { lang, w } = props;
  const e = props.d.estimate;
  return (
    <section class="card" aria-labelledby="estimate-h">
      <h2 id="estimate-h">{w("estimate")}</h2>
      <p class="muted">{w("estimate_caution")}</p>
      <dl class="facts">
        <dt>{w("per_person")}</dt>
        <dd>
          <strong>{yen(e.per_person_yen, lang)}</strong>
        </dd>
        <dt>{w("total")}</dt>
        <dd>
          <strong>{e.total_yen === null ? w("not_computable") : yen(e.total_yen, lang)}</strong>
          {e.people === null ? null : (
            <span class="muted">
              {" "}
              （{w("people")}: {e.people.toLocaleString(lang === "ja" ? "ja-JP" : "en-US")} — {e.people_note}）
            </span>
          )}
        </dd>
        <dt>{w("formula")}</dt>
        <dd>
          <code>{e.formula}</code>
        </dd>
      </dl>
      <h3>{w("assumptions")}</h3>
      <ul class="assumptions">
        <li>
          {w("identifiability")} {e.identifiability.value}: {e.identifiability.reason}
        </li>
        <li>
          {w("social_responsibility")} {e.social_responsibility.value}: {e.social_responsibility.reason}
        </li>
        <li>
          {w("response_quality")} {e.response.value}: {e.response.reason}
        </li>
        {e.flags.map((f) => (
          <li>※ {f}</li>
        ))}
      </ul>
      {e.items.length > 0 ? (
        <details>
          <summary>{w("item_levels")}</summary>
          <table class="levels">
            <thead>
              <tr>
                <th scope="col">{w("field")}</th>
                <th scope="col">x</th>
                <th scope="col">y</th>
                <th scope="col">{w("reason")}</th>
              </tr>
            </thead>
            <tbody>
              {e.items.map((i) => (
                <tr>
                  <th scope="row">
                    {isOneOf<DataItem>(DATA_ITEMS, i.item) ? label(DATA_ITEM_LABELS, i.item, lang) : i.item}
                  </th>
                  <td class="num">{i.x}</td>
                  <td class="num">{i.y}</td>
                  <td>
                    {i.basis}
                    {i.assumption ? <span class="badge">{w("assumption")}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
      <p class="muted">{e.caution}</p>
    </section>
  );
}

function Links(props: { readonly d: IncidentDetail; readonly w: Words }) {
  const { d, w } = props;
  return (
    <section class="card" aria-labelledby="links-h">
      <h2 id="links-h">{w("links")}</h2>
      <p>
        <a href={`/organizations/${d.organizationId}`}>
          {w("organization_page")}: {d.organization}
        </a>
      </p>
      <h3>{w("campaigns")}</h3>
      {d.campaigns_state === "pending" ? (
        <p class="notice">{w("campaigns_pending")}</p>
      ) : d.campaigns.length === 0 ? (
        <p>{w("no_campaigns")}</p>
      ) : (
        <ul>
          {d.campaigns.map((c) => (
            <li>
              <a href={`/campaigns?key=${encodeURIComponent(c.key)}`}>{c.label}</a>{" "}
              <span class="muted">
                （{c.members} {w("members")}）
              </span>
            </li>
          ))}
        </ul>
      )}
      {d.campaigns_state === "stale" ? <p class="muted">{w("campaigns_stale")}</p> : null}
      {d.related.length > 0 ? (
        <>
          <h3>{w("related_incidents")}</h3>
          <ul>
            {d.related.map((key) => (
              <li>
                <a href={`/incidents/${encodeURIComponent(key)}`}>{key}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function History(props: { readonly d: IncidentDetail; readonly lang: Lang; readonly w: Words }) {
  const { d, lang, w } = props;
  return (
    <section class="card" aria-labelledby="history-h">
      <h2 id="history-h">{w("history")}</h2>
      {d.history.length === 0 ? (
        <p>{w("no_history")}</p>
      ) : (
        <table class="history">
          <thead>
            <tr>
              <th scope="col">{w("when")}</th>
              <th scope="col">{w("who")}</th>
              <th scope="col">{w("field")}</th>
              <th scope="col">{w("change")}</th>
              <th scope="col">{w("why")}</th>
            </tr>
          </thead>
          <tbody>
            {d.history.map((h) => (
              <tr>
                <td>
                  <time datetime={h.at}>{h.at}</time>
                </td>
                <td>{h.who}</td>
                <td>{pair(FIELD_LABELS[h.field], lang, h.field)}</td>
                <td>
                  <del>{formatFieldValue(h.field, h.old_value, lang, w)}</del> →{" "}
                  <ins>{formatFieldValue(h.field, h.new_value, lang, w)}</ins>
                </td>
                <td>{h.why}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Sources(props: { readonly d: IncidentDetail; readonly w: Words }) {
  const { d, w } = props;
  return (
    <section class="card" aria-labelledby="sources-h">
      <h2 id="sources-h">{w("sources")}</h2>
      <ul class="sources">
        {d.source_documents.map((s) => (
          <li>
            <a href={`/sources/${s.id}`}>{s.title ?? s.key}</a>
            {s.sample ? <span class="badge sample">{w("sample")}</span> : null}
            <span class="muted">
              {" "}
              {w("published")}: {s.published ?? w("unknown")} / {w("fetched")}: {s.fetchedAt} / {w("version")}{" "}
              {s.version}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function IncidentPage(props: IncidentPageProps) {
  const { detail: d, lang, t } = props;
  const w = detailWords(lang);
  const allSample = d.source_documents.length > 0 && d.source_documents.every((s) => s.sample);
  return (
    <Layout lang={lang} t={t} title={`${d.organization} — ${w("detail_title")}`} path={props.path} active="/">
      <nav class="crumbs" aria-label={w("breadcrumb")}>
        <a href="/">{t("nav_incidents")}</a> › <span aria-current="page">{d.organization}</span>
      </nav>
      <article class="incident-detail">
        <h1>
          {d.organization}
          <span class="subtitle">
            {" "}
            {d.announced ?? ""} {w("detail_title")} #{d.id}
          </span>
        </h1>
        {allSample ? (
          <p class="notice sample-notice">
            <span class="badge sample">{w("sample")}</span> {w("sample_sources_note")}
          </p>
        ) : null}
        <Summary d={d} lang={lang} t={t} w={w} />
        <Timeline d={d} lang={lang} w={w} />
        <EvidenceTable d={d} lang={lang} w={w} />
        <Triage d={d} w={w} />
        <Estimate d={d} lang={lang} w={w} />
        <Links d={d} w={w} />
        <History d={d} lang={lang} w={w} />
        <Sources d={d} w={w} />
        {props.editForm === undefined ? null : (
          <section class="card edit-form" aria-labelledby="edit-h">
            <h2 id="edit-h">{w("edit")}</h2>
            {props.editForm}
          </section>
        )}
      </article>
    </Layout>
  );
}
