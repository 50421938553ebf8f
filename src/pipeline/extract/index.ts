/** @module Article → incidents: the extraction engine's one verb. */
import type { Article } from "../../domain/article.js";
import type { ContractIncident, Incident } from "../../domain/incident.js";
import { findOrganizations, type OrgMention } from "../fields/organization.js";
import { type Sentence, sentenceAt, splitSentences } from "../segment/sentences.js";
import { isAlias } from "./aliases.js";
import { buildIncident, type Context, chooseVictim, type Group, spanOf, withHeadlineCount } from "./assemble.js";
import { ArticleDates, chooseAnnounced } from "./dates.js";
import {
  clusterOrganizations,
  FACILITY,
  isObserver,
  type OrgCluster,
  splitSections,
  supervises,
  supervisesNames,
  VENDOR_INTRO,
} from "./discourse.js";
import { splitEnumerations } from "./enumeration.js";
import { assignFocus, type Focus, OPERATES_AFTER } from "./focus.js";
import { headlineListLines, isBreadcrumb } from "./furniture.js";
import { findLocatedNames } from "./located-names.js";
import { findRecurrences } from "./recurrences.js";
import { ANNOUNCE, ANNOUNCER_LEAD, ITEM_MARKER, SEVERAL_CASES, STATISTIC, STRONG_LEAK, signalsOf } from "./signals.js";
import { findSubjectNames } from "./subjects.js";

/** Finds every incident the article reports. */
export function extractIncidents(article: Article): readonly Incident[] {
  const text = article.text;
  // Cheap scan first: an article that never says data leaked needs no further analysis.
  if (!STRONG_LEAK.test(text)) return [];
  const sentences = splitSentences(text);
  // Where a message went, a line of share buttons and a breadcrumb trail name services or sections, whether found as
  // names or as recurrences.
  // Whether a sentence is a line of page furniture (share buttons, breadcrumbs, menus, banners), worked out once each.
  const furnitureLine = new Int8Array(sentences.length);
  const isFurnitureLine = (s: Sentence | undefined): boolean => {
    if (!s?.bare) return false;
    if (furnitureLine[s.index] === 0)
      furnitureLine[s.index] =
        isShareButton(s) || isBreadcrumb(s) || isNavigation(s) || BLOG_BANNER.test(s.text) ? 1 : -1;
    return furnitureLine[s.index] === 1;
  };
  const isService = (m: OrgMention) => isChannel(text, m) || isFurnitureLine(sentenceAt(sentences, m.start));
  const relevant = relevanceOf(sentences);
  const found = mergeMentions(organizationsIn(text, sentences, relevant), subjectNames(text, sentences));
  const kept = found.filter(
    (m) =>
      !isParentheticalAddress(text, m) &&
      !isResidence(text, m) &&
      !isBranchPlace(text, m) &&
      !isCaptionPlace(text, m) &&
      !isPostalAddress(sentences, m) &&
      !isVerbNoun(m) &&
      !GROUP_OF_MANY.test(m.name) &&
      !PLACEHOLDER.test(m.name) &&
      !isIndefinite(text, m) &&
      !isHashtag(text, m) &&
      !isService(m),
  );
  // 記者発表資料 … このページに関するお問い合わせ / 〒319-8911 藍ヶ原県霞生市本町…: a body's own release that names no
  // organization in its text is the body's whose address its contact block gives.
  const named = kept.length > 0 ? kept : contactAddress(text);
  const again = findRecurrences(text, sentences, named, relevant).filter((m) => !isService(m));
  const mentions = again.length > 0 ? mergeMentions(named, again) : named;
  const clusters = clusterOrganizations(mentions);
  // 埼玉県大宮原市の大原会計事務所で: a place right before の and another organization's name says where it is.
  const starts = new Set(mentions.map((m) => m.start));
  const placeOfNamed = (m: OrgMention): boolean =>
    m.type === "local_government" && text.charCodeAt(m.end) === NO && starts.has(m.end + 1);
  const ids = new Map<OrgMention, number>();
  for (const c of clusters) for (const m of c.mentions) ids.set(m, c.id);
  const clusterIdOf = (m: OrgMention): number => ids.get(m) ?? -1;
  const furniture = headlineListLines(sentences);
  // A place named in the story only as where an organization of some kind is (北浜町の温泉旅館が), whatever other
  // stories listed under it say of the place.
  const onlyLocation = (c: OrgCluster): boolean => {
    const story = c.mentions.filter((m) => !furniture.has(sentenceAt(sentences, m.start)?.index ?? -1));
    // …鴇田市の介護保険課に報告し: the place is also the authority the organization reported to.
    const reportedTo = (m: OrgMention): boolean => REPORTED_TO.test(text.slice(m.end, m.end + 24));
    return (
      story.length > 0 &&
      story.every((m) => isLocationOfKind(text, m) || placeOfNamed(m) || reportedTo(m)) &&
      !story.every(reportedTo)
    );
  };
  const observer = new Set(
    clusters
      .filter(
        (c) =>
          isObserver(c) ||
          isInvestigator(c, text) ||
          isAnalyst(c, text) ||
          isCommentator(c, text) ||
          isSupervisor(c, text) ||
          isMasthead(c, sentences) ||
          onlyLocation(c),
      )
      .map((c) => c.id),
  );
  const bySentence = bucketBySentence(sentences, mentions);
  const sections = splitSections(sentences, bySentence, clusterIdOf, (id) => observer.has(id));
  const focus = signedBy(
    attributedLead(
      announcedBy(
        assignFocus({
          text,
          sentences,
          sections,
          bySentence,
          clusterIdOf,
          observer,
          clusterNames: (id) => clusters[id]?.names,
        }),
        sentences,
        (i) => (bySentence[i] ?? []).every((m) => isLocationOfKind(text, m) || observer.has(clusterIdOf(m))),
      ),
      sentences,
      (i) => bySentence[i] ?? [],
    ),
    sentences,
    (i) => (bySentence[i] ?? []).map(clusterIdOf).find((id) => id >= 0 && !observer.has(id)),
    (i) => bySentence[i] ?? [],
    (id) => isContractor(clusters[id], text),
  );
  const itemFocus = headedByItem(contractedBy(focus, sentences, clusters, observer, text), sections, sentences, (i) =>
    (bySentence[i] ?? []).map(clusterIdOf).filter((id) => id >= 0 && !observer.has(id)),
  );
  const groups = withoutLines(groupSentences(itemFocus, sections), furniture);
  const context: Context = {
    article,
    sentences,
    sections,
    clusters,
    bySentence,
    clusterIdOf,
    observer,
    furniture,
    focus: itemFocus,
    dates: new ArticleDates(article, sentences),
    memo: {},
  };
  const built = datedByTally(
    withoutCaseTally(
      mergeByVictim(groups, context)
        .map((g) => buildIncident(g, context))
        .filter((i): i is Incident => i !== null),
    ),
    context,
  );
  const enumerated = splitEnumerations(built, { text, sentences, clusters, bySentence, clusterIdOf });
  return withHeadlineCount(
    withoutHeadlineEchoes(
      ownedByMunicipality(
        foldOperated(foldCosigned(foldNamedRelations(foldProcessors(enumerated, context)), context), context),
      ),
      context,
    ).map((i) => facilityByOwner(i, context)),
    context,
  );
}

/**
 * 北浜市は14日、…個人情報の流出が2件あったと発表した。…課では11日、…54人分…: the sentence that tallies an
 * organization's cases is no case of its own when the cases follow with their counts.
 */
function withoutCaseTally(incidents: readonly Incident[]): readonly Incident[] {
  // 県教育委員会は19日、県立の3校で…相次いだと発表した: the board's tally of its schools' cases likewise.
  const caseOf = (i: Incident, o: Incident): boolean =>
    o.organization === i.organization || supervisesNames([i.organization], [o.organization]);
  const tally = (i: Incident): boolean =>
    i.affected.value === null &&
    SEVERAL_CASES.test(i.evidence) &&
    incidents.filter((o) => o !== i && o.affected.value !== null && caseOf(i, o)).length >= 2;
  const tallies = incidents.filter(tally);
  if (tallies.length === 0) return incidents;
  // The board that tallied its schools' cases is named in theirs.
  return incidents
    .filter((i) => !tallies.includes(i))
    .map((o) => {
      const heads = tallies.filter((t) => t.organization !== o.organization && caseOf(t, o)).map((t) => t.organization);
      return heads.length === 0 ? o : { ...o, also: [...new Set([...o.also, ...heads])] };
    });
}

/**
 * 印刷・封入作業は、町が委託している株式会社Xが行っています: in the notice of the one municipality it names (at its foot,
 * 杜若町役場 税務課), a contractor named only as such, in a sentence whose subject is the municipality's bare 町/市,
 * works inside the municipality's incident: what is told of it is told of the municipality.
 */
function contractedBy(
  focus: readonly Focus[],
  sentences: readonly Sentence[],
  clusters: readonly OrgCluster[],
  observer: ReadonlySet<number>,
  text: string,
): readonly Focus[] {
  const bodies = clusters.filter((c) => !observer.has(c.id) && c.mentions.every((m) => m.type === "local_government"));
  if (bodies.length !== 1) return focus;
  const body = bodies[0]!;
  const bare = BARE_BODY.get(body.names[0]!.slice(-1));
  if (!bare) return focus;
  const bySelf = (s: Sentence | undefined): boolean => s !== undefined && bare.test(s.text);
  const contractors = new Set(
    clusters
      .filter(
        (c) =>
          c.id !== body.id &&
          !observer.has(c.id) &&
          isContractor(c, text) &&
          c.mentions.some((m) => bySelf(sentenceAt(sentences, m.start))),
      )
      .map((c) => c.id),
  );
  if (contractors.size === 0) return focus;
  return focus.map((f) =>
    f.cluster !== null && contractors.has(f.cluster) ? { cluster: body.id, caseId: f.caseId } : f,
  );
}

/** 市が…, 町では…: a municipality's notice calls itself by its kind alone. */
const BARE_BODY: ReadonlyMap<string, RegExp> = new Map(
  [..."市区町村"].map((kind) => [kind, new RegExp(`(?:^|[、。\\s　])${kind}(?:が|は|では|から)`, "u")]),
);

/** 委託先の株式会社X, 町が委託しているX: an organization named only as someone's contractor. */
function isContractor(cluster: OrgCluster | undefined, text: string): boolean {
  return cluster?.mentions.every((m) => VENDOR_INTRO.test(text.slice(Math.max(0, m.start - 16), m.start))) ?? false;
}

/**
 * 県教育委員会は19日、県立の3校で…が相次いだと発表した。…北稜高校では…: the cases a tally opens were announced with it;
 * a case told after it and dated only as the page is (none of its own sentences dates an announcement) takes the
 * tally's date (an undated one too).
 */
function datedByTally(incidents: readonly Incident[], ctx: Context): readonly Incident[] {
  const published = ctx.article.published;
  if (incidents.length < 2 || published === null) return incidents;
  const lead = ctx.sentences.find((s) => signalsOf(s).announce && SEVERAL_CASES.test(s.text));
  if (!lead) return incidents;
  const dated = chooseAnnounced([lead], ctx.dates);
  if (dated.announced === null || dated.announced === published) return incidents;
  const span = spanOf(lead);
  return incidents.map((i) =>
    (i.announced === published || i.announced === null) && (i.sources.organization?.start ?? -1) > lead.start
      ? { ...i, announced: dated.announced, sources: { ...i.sources, announced: span } }
      : i,
  );
}

/**
 * シェアサイクル利用者9万4千人分、… over 「ちゃりポート」は28日、…約9万4千人分…: a headline that names the story by a
 * word of its own (a kind of service, a place) gives no second incident: an undated one whose count and evidence come
 * from a line of the headline only, beside a dated incident with the same count, is that incident told again.
 */
function withoutHeadlineEchoes(incidents: readonly Incident[], ctx: Context): readonly Incident[] {
  if (incidents.length < 2) return incidents;
  const inHeadline = (at: number | undefined): boolean => isHeadlineAt(at, ctx);
  // Undated, or dated only by the page's dateline under the headline (２０２４年２月９日 ０５：３０).
  const echo = (i: Incident): boolean =>
    i.affected.value !== null &&
    inHeadline(i.sources.affected?.start) &&
    (i.announced === null || inHeadline(i.sources.announced?.start)) &&
    incidents.some(
      (o) =>
        o !== i &&
        o.announced !== null &&
        o.affected.value === i.affected.value &&
        !inHeadline(o.sources.affected?.start),
    );
  const kept = incidents.filter((i) => !echo(i));
  return kept.length === incidents.length ? incidents : kept;
}

/**
 * 翠川町教育委員会において…【事案2】中央公民館における…: a public facility (library, museum, community hall) is no body
 * of its own; when the text names the board or municipality over it, that body holds the data and the facility is
 * named in `also` (a library's own notice that names no owner stays the library's).
 */
function facilityByOwner(incident: Incident, ctx: Context): Incident {
  if (!FACILITY.test(incident.organization)) return incident;
  const owner = ctx.clusters.find((c) => !ctx.observer.has(c.id) && supervisesNames(c.names, [incident.organization]));
  if (!owner) return incident;
  const name = owner.names.reduce((a, b) => (b.length > a.length ? b : a));
  return {
    ...incident,
    organization: name,
    also: [...new Set([incident.organization, ...incident.also.filter((n) => n !== name)])],
  };
}

/**
 * 病院を運営する医療法人清明会は…, 私立みずならの杜高校 beside 学校法人みずならの杜学園: a hospital, school or other
 * establishment and the corporation that runs it report one incident. The one whose count comes only from a
 * headline, or that has none, joins the other's incident as an `also`.
 */
function foldOperated(incidents: readonly Incident[], ctx: Context): readonly Incident[] {
  if (incidents.length < 2) return incidents;
  const weak = (i: Incident): boolean => i.affected.value === null || countedInHeadline(i, ctx);
  for (const a of incidents) {
    if (!weak(a)) continue;
    const related = (o: Incident): boolean =>
      o !== a && (runs(o.organization, a.organization, ctx) || runs(a.organization, o.organization, ctx));
    // One with no count at all joins one whose count is only the headline's, and lends it its date.
    const b =
      incidents.find((o) => !weak(o) && related(o)) ??
      (a.affected.value === null ? incidents.find((o) => o.affected.value !== null && related(o)) : undefined);
    if (!b) continue;
    const merged = (i: Incident): Incident => ({
      ...i,
      also: [...new Set([...i.also, a.organization, ...a.also])],
      ...(i.announced === null && a.announced !== null
        ? {
            announced: a.announced,
            sources: { ...i.sources, ...(a.sources.announced ? { announced: a.sources.announced } : {}) },
          }
        : {}),
    });
    const rest = incidents.filter((i) => i !== a).map((i) => (i === b ? merged(i) : i));
    return foldOperated(rest, ctx);
  }
  return incidents;
}

/**
 * 北浜市は10日、…誤りが2件あったと発表した。…2件目は市立あおば保育園。: a facility named only by its owner's kind
 * (市立, 町立, 県立…) in a story where that one municipality reports is the municipality's; its case is the
 * municipality's incident, announced when the municipality announced, with the facility in `also`.
 */
function ownedByMunicipality(incidents: readonly Incident[]): readonly Incident[] {
  if (incidents.length < 2) return incidents;
  return incidents.map((i) => {
    const kind = OWNED_PREFIX.exec(i.organization)?.[1];
    if (kind === undefined) return i;
    const owners = incidents.filter(
      (o) => o !== i && o.organization.endsWith(kind) && !OWNED_PREFIX.test(o.organization),
    );
    // One municipality (which may report several cases): its first incident dates the announcement.
    const owner = owners[0];
    if (!owner || new Set(owners.map((o) => o.organization)).size !== 1) return i;
    return {
      ...i,
      organization: owner.organization,
      also: [...new Set([i.organization, ...i.also, ...owner.also])],
      announced: owner.announced ?? i.announced,
      sources: { ...i.sources, ...(owner.sources.announced ? { announced: owner.sources.announced } : {}) },
    };
  });
}

const OWNED_PREFIX = /^([都道府県市区町村])立[^\s]{2,}/u;

/** Is the incident's count read from one of the article's first lines that is a bare headline? */
function countedInHeadline(i: Incident, ctx: Context): boolean {
  return isHeadlineAt(i.sources.affected?.start, ctx);
}

/** Does the offset fall in one of the article's first four lines that is bare (a headline or its dateline)? */
function isHeadlineAt(at: number | undefined, ctx: Context): boolean {
  const line = at === undefined ? undefined : sentenceAt(ctx.sentences, at);
  return line?.bare === true && line.index <= 3;
}

/**
 * Does `operator` run `establishment`? The text says so (病院を運営する医療法人清明会), or the two share their name
 * once the corporation's and the establishment's kinds are taken off (学校法人みずならの杜学園, 私立みずならの杜高校), or a
 * municipality names it as its own (いさり町, 町立いさり病院).
 */
function runs(operator: string, establishment: string, ctx: Context): boolean {
  // いさり町 and 町立いさり病院: a municipality runs what it names as its own (町立, 市立…).
  const place = operator.at(-1) ?? "";
  if (
    "都道府県市区町村".includes(place) &&
    establishment.startsWith(`${place}立`) &&
    operator.length >= 3 &&
    establishment.includes(operator.slice(0, -1))
  )
    return true;
  const kind = ESTABLISHMENT.exec(establishment)?.[0];
  if (kind === undefined || !OPERATOR.test(operator)) return false;
  const stem = (name: string) => name.replace(OPERATOR, "").replace(OPERATED_PREFIX, "").replace(STEM_TAIL, "");
  if (stem(operator).length >= 2 && stem(operator) === stem(establishment)) return true;
  const cluster = ctx.clusters.find((c) => c.names.includes(operator));
  return (
    cluster?.mentions.some((m) => {
      const before = ctx.article.text.slice(Math.max(0, m.start - 12), m.start);
      if (RUNS_BEFORE.test(before) && before.includes(KIND_WORD[kind] ?? kind)) return true;
      // 医療法人社団X会が運営する「Yクリニック」: the operator named first, then what it runs.
      const after = ctx.article.text.slice(m.end, m.end + establishment.length + 8);
      return OPERATES_AFTER.test(after) && after.includes(establishment);
    }) ?? false
  );
}

const OPERATOR = /^(?:学校法人|医療法人(?:社団|財団)?|社会医療法人|社会福祉法人|公益財団法人|一般財団法人|株式会社)/u;
const OPERATED_PREFIX = /^(?:私立|市立|県立|町立|村立)/u;
const STEM_TAIL = /(?:学園|学院|学校|高等学校|高校|中学校|小学校|大学|短期大学|病院|医院|クリニック|会)$/u;
const ESTABLISHMENT =
  /(?:病院|医院|クリニック|高等学校|高校|中学校|小学校|大学|学校|幼稚園|保育園|こども園|ホテル|旅館)$/u;
/** The word a text uses for an establishment of each kind in …を運営する (高校 for 高等学校). */
const KIND_WORD: Readonly<Record<string, string>> = { 高等学校: "高校", 医院: "医院", クリニック: "クリニック" };
const RUNS_BEFORE = /(?:を|も)(?:運営|経営|設置)(?:する|している|し、)$/u;

/**
 * 学校法人藍川学院 藍川工科大学 (a header or foot line of the operator and its institution): two names that sign the
 * notice together are one organization; the one without a count of its own joins the other's incident as an `also`.
 */
function foldCosigned(incidents: readonly Incident[], ctx: Context): readonly Incident[] {
  if (incidents.length < 2) return namedByMedicalLine(incidents, ctx);
  for (const s of ctx.sentences) {
    const mentions = ctx.bySentence[s.index] ?? [];
    if (!s.bare || mentions.length !== 2 || !isNameLine(s, mentions)) continue;
    const names = mentions.map((m) => m.name);
    const counted = incidents.find((i) => i.affected.value !== null && names.includes(i.organization));
    const bare = incidents.find((i) => i.affected.value === null && names.includes(i.organization));
    if (!counted || !bare) continue;
    return incidents
      .filter((i) => i !== bare)
      .map((i) => (i === counted ? { ...i, also: [...new Set([...i.also, bare.organization])] } : i));
  }
  return incidents;
}

/**
 * 社会医療法人 恵風会 かざみ野中央病院 (a medical corporation and its hospital on the line that signs the notice): a
 * hospital goes by its operator's name and its own together (news-002's gold: 三菱重工業株式会社長崎造船所 病院), so the
 * one incident either name holds takes the whole line.
 */
function namedByMedicalLine(incidents: readonly Incident[], ctx: Context): readonly Incident[] {
  if (incidents.length !== 1) return incidents;
  const only = incidents[0]!;
  for (const s of ctx.sentences) {
    const mentions = ctx.bySentence[s.index] ?? [];
    if (!s.bare || mentions.length !== 2 || !MEDICAL_OPERATOR.test(mentions[0]!.name) || !isNameLine(s, mentions))
      continue;
    const names = mentions.map((m) => m.name);
    if (!names.includes(only.organization)) continue;
    const line = s.text.trim().replace(/[\s　]+/gu, " ");
    return [{ ...only, organization: line, also: [...new Set([...names, ...only.also])] }];
  }
  return incidents;
}

const MEDICAL_OPERATOR = /^(?:社会)?医療法人/u;

/**
 * 印刷を委託している港南印刷が…, 委託先の港南印刷で…: a vendor, parent or supervised body already named in the `also` of
 * an incident with a count is part of that incident; its own group, with no count of its own, is no second incident.
 */
function foldNamedRelations(incidents: readonly Incident[]): readonly Incident[] {
  if (incidents.length < 2 || incidents.every((i) => i.affected.value !== null)) return incidents;
  const named = incidents.filter((i) => i.affected.value !== null).flatMap((i) => i.also);
  const kept =
    named.length === 0
      ? incidents
      : incidents.filter((i) => i.affected.value !== null || !named.some((n) => isAlias(n, i.organization)));
  return foldAnnouncers(foldSupervised(kept));
}

/**
 * 【誤交付】白妙市立図書館、… over 白妙市は…発表した: a facility or school named only in a heading, with neither count
 * nor date of its own, beside the incident of the body that runs it (and told it), is part of that incident.
 */
function foldSupervised(incidents: readonly Incident[]): readonly Incident[] {
  const bare = (i: Incident): boolean => i.affected.value === null && i.announced === null;
  if (!incidents.some(bare)) return incidents;
  const headOf = (i: Incident): Incident | undefined =>
    incidents.find((h) => h !== i && h.affected.value !== null && supervisesNames([h.organization], [i.organization]));
  // Each bare incident's head, looked for once.
  const folded = new Map<Incident, string[]>();
  const gone = new Set<Incident>();
  for (const i of incidents) {
    const head = bare(i) ? headOf(i) : undefined;
    if (!head) continue;
    folded.set(head, [...(folded.get(head) ?? []), i.organization]);
    gone.add(i);
  }
  if (gone.size === 0) return incidents;
  return incidents
    .filter((i) => !gone.has(i))
    .map((i) => (folded.has(i) ? { ...i, also: [...new Set([...i.also, ...folded.get(i)!])] } : i));
}

/**
 * 北雲市教育委員会は…A小学校とB中学校で…: a board (or police headquarters) without a count of its own that announced
 * the leaks of schools (stations) it supervises, each with its count, is named in their `also` and dates them.
 */
function foldAnnouncers(incidents: readonly Incident[]): readonly Incident[] {
  const heads = incidents.filter(
    (h) =>
      h.affected.value === null &&
      incidents.some(
        (i) => i.affected.value !== null && supervisesNames([h.organization], [i.organization, ...i.also]),
      ),
  );
  if (heads.length === 0) return incidents;
  return incidents
    .filter((i) => !heads.includes(i))
    .map((i) => {
      const over = heads.filter((h) => supervisesNames([h.organization], [i.organization, ...i.also]));
      if (over.length === 0) return i;
      const also = [...new Set([...i.also, ...over.map((h) => h.organization)])];
      // The board's announcement dates the schools' leaks it announced, unless a school's own sentence announced it
      // (a school's date taken from the page's date line or publication date gives way).
      const own = i.sources.announced;
      const announcedByItself = i.announced !== null && own !== undefined && ANNOUNCE.test(own.text);
      const dated = announcedByItself ? undefined : over.find((h) => h.announced !== null);
      if (!dated?.sources.announced) return { ...i, also };
      return { ...i, also, announced: dated.announced, sources: { ...i.sources, announced: dated.sources.announced } };
    });
}

/**
 * A contractor that processes clients' data (業務を請け負う, 受託, 代行業務を手がける, 保守を担当する, 委託元の…; a service provider
 * whose clients are organizations: サービスを利用していた自治体や企業, Xが提供するサービス「…」…の利用店舗で) and reports
 * the attack without a count of its own, beside clients that report their counts: the clients are the victims
 * (SCHEMA.md: the controller), and the contractor is named in their `also`.
 */
function foldProcessors(incidents: readonly Incident[], ctx: Context): readonly Incident[] {
  // Said in its evidence, or in a sentence about it (当社が委託を受けて…発送を行った通知書類の一部において).
  const says = (i: Incident): boolean => {
    if (PROCESSOR.test(i.evidence)) return true;
    const id = ctx.clusters.findIndex((c) => c.names.includes(i.organization));
    if (id < 0) return false;
    // 通知書の印刷・封入を請け負う株式会社X: the clause that introduces it, wherever its name is written, says so.
    if (ctx.clusters[id]!.names.some((name) => introducedAsProcessor(ctx.article.text, name))) return true;
    return ctx.sentences.some((s) => ctx.focus[s.index]?.cluster === id && PROCESSOR.test(s.text));
  };
  // A provider's own total over its clients, said as such (サービスを利用していた企業14社の応募データで、計約5万件),
  // beside two or more clients' own counts none larger than it, is theirs added up: the provider is still no victim.
  const totalOverClients = (i: Incident): boolean => {
    const at = i.sources.affected?.start;
    const said = at === undefined ? undefined : sentenceAt(ctx.sentences, at);
    if (!said || !PROCESSOR.test(said.text)) return false;
    const others = incidents.filter((o) => o !== i && o.affected.value !== null).map((o) => o.affected.value!);
    return others.length >= 2 && others.every((v) => v <= i.affected.value!);
  };
  const processors = incidents.filter((i) => (i.affected.value === null || totalOverClients(i)) && says(i));
  const clients = incidents.filter((i) => !processors.includes(i));
  if (processors.length === 0 || !clients.some((i) => i.affected.value !== null)) return incidents;
  const names = processors.map((p) => p.organization);
  return clients.map((i) => ({ ...i, also: [...new Set([...i.also, ...names])] }));
}

function introducedAsProcessor(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (PROCESSOR_BEFORE.test(text.slice(Math.max(0, at - 30), at))) return true;
  }
  return false;
}

/** …を請け負う (株式会社), …を受託している: a clause right before a name that makes it a contractor. */
const PROCESSOR_BEFORE =
  /(?:請け負う|請け負っている|受託(?:する|している)|代行(?:業務|サービス)?を(?:手がける|手掛ける|担う|行う)|指定管理者(?:である|の|を務める)?|(?:サービスの)?提供元(?:の|である))[\s　「『]*(?:株式会社|有限会社|合同会社|（株）|\(株\))?[\s　]*$/u;

const PROCESSOR =
  /委託元(?:の|から|企業|団体|自治体)|代行(?:業務|サービス)?を(?:手がけ|手掛け|担う|担っ|行う|行っ)|(?:が|を)提供する[^。、]{0,24}(?:サービス|システム|ソフト|カート|プラットフォーム)[^。]{0,60}(?:利用|導入)(?:店舗|企業|団体|自治体|事業者|者)|保守(?:・運用|・管理)?(?:業務)?を(?:担当|担っ|担う|手がけ|手掛け)|請け負う|請け負っ|受託(?:する|して|している|業者|事業者|開発)|委託を受け|業務を委託(?:して)?(?:いた|いる)|を(?:利用|導入|使用|使っ|使)(?:して|て)?(?:いた|いる|する|う)[^。、]{0,8}(?:自治体|企業|団体|事業者|病院|法人|施設|店舗)/u;

/**
 * 北浜町の温泉旅館が、…閲覧された可能性があると発表しました。/ 発表したのは、…を運営する有限会社かじか荘です: a
 * story that names who announced only after its lead (broadcasters' style) was about that organization from the
 * start; the lead's places only said where it is.
 */
function announcedBy(
  focus: readonly Focus[],
  sentences: readonly Sentence[],
  placesOnly: (i: number) => boolean,
): readonly Focus[] {
  const at = sentences.findIndex((s, i) => i < 12 && ANNOUNCER_LINE.test(s.text) && focus[i]?.cluster != null);
  if (at <= 0) return focus;
  const id = focus[at]!.cluster;
  const out = [...focus];
  for (let k = at - 1; k >= 0; k--) {
    if (out[k]!.cluster !== null && !placesOnly(k) && out[k]!.cluster !== id) break;
    out[k] = { cluster: id, caseId: out[k]!.caseId };
  }
  return out;
}

const ANNOUNCER_LINE = new RegExp(`${ANNOUNCER_LEAD.source}[^。]{2,80}(?:です|でした|[^。]。)\\s*$`, "u");

/**
 * 北浜市のデイサービスで、…写り込んでいたことが分かりました。/ 施設を運営する株式会社Xによりますと、…: a lead that names
 * no organization of its own tells the story of the one the next sentence cites as its source, or names in a cleft
 * that opens it (流出したおそれがあるのは、…「X」が運営する…です).
 */
function attributedLead(
  focus: readonly Focus[],
  sentences: readonly Sentence[],
  mentionsAt: (i: number) => readonly OrgMention[],
): readonly Focus[] {
  const at = focus.findIndex((f) => f.cluster !== null);
  if (at <= 0 || at > 3 || focus[at - 1]!.cluster !== null || sentences[at - 1]!.bare) return focus;
  const s = sentences[at]!;
  const cited = mentionsAt(at).find((m) => CITED_AFTER.test(s.text.slice(m.end - s.start, m.end - s.start + 8)));
  if (!cited && !CLEFT_OPENING.test(s.text)) return focus;
  const out = [...focus];
  for (let k = at - 1; k >= 0 && out[k]!.cluster === null && !sentences[k]!.bare; k--)
    out[k] = { cluster: focus[at]!.cluster, caseId: out[k]!.caseId };
  return out;
}

const CLEFT_OPENING = /^\s*[^。、「」]{2,30}のは、/u;
const CITED_AFTER = /^(?:[（(][^）)]{0,20}[）)])?(?:によりますと|によると|によれば)/u;

/**
 * A notice whose body names no organization (本市において…, このたび…) is signed at its foot: 令和6年5月8日 /
 * 北雲町 子育て支援課. The body's sentences are then about the signing organization.
 */
function signedBy(
  focus: readonly Focus[],
  sentences: readonly Sentence[],
  bodyOf: (i: number) => number | undefined,
  names: (i: number) => readonly OrgMention[],
  contractor: (id: number) => boolean = () => false,
): readonly Focus[] {
  // 委託先の株式会社Xが…: a sentence about a contractor only is still the signing body's story.
  const unsigned = (f: Focus): boolean => f.cluster === null || contractor(f.cluster);
  const first = focus.findIndex((f) => !unsigned(f));
  if (first >= 0 && first < sentences.length - 8) return focus;
  for (let i = sentences.length - 1; i >= Math.max(0, sentences.length - 8); i--) {
    const s = sentences[i]!;
    const id = bodyOf(i);
    if (id === undefined || !s.bare || !(SIGN_OFF.test(s.text) || isNameLine(s, names(i)) || POSTAL_LINE.test(s.text)))
      continue;
    return focus.map((f, k) => (k < i && unsigned(f) ? { cluster: id, caseId: f.caseId } : f));
  }
  return focus;
}

/**
 * 2024年7月1日 / 株式会社ミナト銀行, 医療法人社団X会 Y病院: a line that holds nothing but the organization's names signs
 * the notice too.
 */
function isNameLine(s: Sentence, mentions: readonly OrgMention[]): boolean {
  if (mentions.length === 0 || mentions.length > 3) return false;
  return mentions.map((m) => m.name.replace(/[\s　]+/gu, "")).join("") === s.text.replace(/[\s　]+/gu, "");
}

/** 北雲町　子育て支援課 / 株式会社X 代表取締役 …: a line that signs a notice names a section or an officer. */
const SIGN_OFF =
  /^[^©Ⓒ。]{0,30}(?:[課部室係]|センター|窓口|事務局|代表取締役|理事長|校長|院長|学長|[市町村]長|区長)(?:[\s　]|$)/u;

/**
 * ◎旅行会社、メール誤送信で顧客230人のアドレス流出 / 株式会社X（北浜市）は5日、…: a roundup item's headline that names
 * no organization is about the organization the item's next sentence names (not the previous item's).
 */
function headedByItem(
  focus: readonly Focus[],
  sections: readonly { readonly first: number; readonly last: number; readonly topic: number | null }[],
  sentences: readonly Sentence[],
  namedIn: (i: number) => readonly number[],
): readonly Focus[] {
  let out: Focus[] | null = null;
  for (const sec of sections) {
    const head = sentences[sec.first]!;
    if (sec.topic !== null || sec.last <= sec.first || !head.bare || !ITEM_MARKER.test(head.text)) continue;
    if (namedIn(sec.first).length > 0) continue;
    const next = namedIn(sec.first + 1)[0];
    if (next === undefined || focus[sec.first + 1]?.cluster !== next) continue;
    out ??= [...focus];
    out[sec.first] = { cluster: next, caseId: focus[sec.first]!.caseId };
  }
  return out ?? focus;
}

/**
 * Groups whose data owner is the same organization (the announcer's group and the owner's own) are one incident; so
 * are a school's or police station's group and that of the board or headquarters that announced its leak by name.
 */
function mergeByVictim(groups: readonly Group[], ctx: Context): readonly Group[] {
  const merged = new Map<string, Group>();
  const victims = groups.map((g) => chooseVictim(g, ctx));
  for (const [k, g] of groups.entries()) {
    const victim = announcerOf(k, groups, victims, ctx) ?? victims[k]!;
    const key = `${victim}/${g.caseId}`;
    const prev = merged.get(key);
    merged.set(
      key,
      prev
        ? {
            ...prev,
            sentences: [...new Set([...prev.sentences, ...g.sentences])].sort((a, b) => a - b),
            sections: [...new Set([...prev.sections, ...g.sections])],
          }
        : { cluster: g.cluster, caseId: g.caseId, sentences: g.sentences, sections: g.sections, victim },
    );
  }
  return [...merged.values()];
}

/**
 * The victim of another group of the same case that supervises group k's victim and names it, if any. A board that
 * names two schools (or headquarters two stations) reports two leaks: each stays its own incident.
 */
function announcerOf(k: number, groups: readonly Group[], victims: readonly number[], ctx: Context): number | null {
  const sub = ctx.clusters[victims[k]!];
  if (!sub) return null;
  for (const [j, g] of groups.entries()) {
    const head = ctx.clusters[victims[j]!];
    if (j === k || g.caseId !== groups[k]!.caseId || !head || !supervises(head, sub)) continue;
    const named = new Set<number>();
    for (const i of g.sentences) {
      for (const m of ctx.bySentence[i] ?? []) {
        const id = ctx.clusterIdOf(m);
        const other = ctx.clusters[id];
        if (other && !named.has(id) && supervises(head, other)) named.add(id);
      }
    }
    if (named.size === 1 && named.has(sub.id)) return head.id;
  }
  return null;
}

/**
 * 南山町の無職、北野一郎容疑者（63）: a place before a person given with an age in brackets is where the person lives
 * (isResidence calls this after its own test).
 */
function isResidenceWithAge(text: string, m: OrgMention): boolean {
  const after = RESIDENT_AFTER.exec(text.slice(m.end, m.end + 32));
  // 北浜市の職員の男性（45）: the town's own staff member; the town is the organization.
  return after !== null && !PUBLIC_STAFF.test(after[0]);
}

const PUBLIC_STAFF = /職員|教諭|教員|講師|署員|巡査|警部|警察官|消防|保育士|看護師|医師|主事|主査|係長|課長|部長|議員/u;

const RESIDENT_AFTER = /^の[^。]{0,20}?(?:男|女|男性|女性|容疑者|被告|少年|少女)[（(][0-9０-９]{1,3}(?:歳)?[）)]/u;

/**
 * 加賀沢市の社会福祉法人, 北浜市の病院で, 南川町の会社が: a place before the kind of organization meant says where that
 * organization is; a place named only so is not the one reported on (its mentions still mark where a story starts).
 */
function isLocationOfKind(text: string, m: OrgMention): boolean {
  if (m.type !== "local_government") return false;
  // 真砂県あけび野町の温泉旅館が: a prefecture before the municipality that places the organization places it too.
  const after = text.slice(m.end, m.end + 24).replace(MUNICIPALITY_AFTER, "");
  // 北浜県を中心にスーパー28店を展開する…: where a business operates.
  if (OPERATES_IN.test(after)) return true;
  // 北浜市に本社がある「X」: where a company has its seat.
  if (SEAT_IN.test(after)) return true;
  return after.charCodeAt(0) === NO && LOCATED_KIND.test(after.slice(0, 16));
}

/** の介護保険課に報告, に届け出: the body (or its section) a report went to. */
const REPORTED_TO =
  /^(?:の[\p{Script=Han}ァ-ヶー]{1,10}(?:課|局|部|室|係|センター))?(?:に|へ)(?:も)?(?:報告|届け出|届出|相談|連絡|通報)/u;

/** #鳰浜市　#電力: a page's tags under the story. */
function isHashtag(text: string, m: OrgMention): boolean {
  const c = text.charAt(m.start - 1);
  return c === "#" || c === "＃";
}

const SEAT_IN = /^に(?:本社|本店|本部|拠点)(?:を置く|を置き|がある|のある|を構える)/u;
const OPERATES_IN = /^(?:を中心に|を拠点に|を地盤に|で[0-9０-９]+店)/u;
const MUNICIPALITY_AFTER = /^[\p{Script=Han}\p{Script=Hiragana}ヶ]{1,8}?[市区町村郡](?=の)/u;

const LOCATED_KIND =
  /^の(?:[\p{Script=Han}ァ-ヶー]{0,10}?)(?:社会福祉法人|医療法人|学校法人|NPO法人|ＮＰＯ法人|会社|企業|法人|病院|医院|診療所|クリニック|業者|事業者|団体|薬局|介護施設|事業所|デイサービス|グループホーム|老人ホーム|整骨院|接骨院|美容室|美容院|飲食店|居酒屋|学習塾|塾|自動車学校|教習所|スクール|販売店|旅館|ホテル|商店|工場|ゴルフ場|施設|店|科)(?:が|は|で|に|、|[^\p{Script=Han}\p{Script=Katakana}ー]|$)/u;

/**
 * とうほく放送 NEWS WEB, 北浜新聞　経済: a news outlet named only on lines of their own (the masthead, a byline, a
 * credit) publishes the story; it is no party to it.
 */
function isMasthead(cluster: OrgCluster, sentences: readonly Sentence[]): boolean {
  return (
    cluster.names.every((n) => MEDIA_NAME.test(n)) &&
    cluster.mentions.every((m) => sentenceAt(sentences, m.start)?.bare === true)
  );
}

const MEDIA_NAME = /(?:新聞|新聞社|放送|テレビ|通信|通信社|日報|タイムズ)$/u;

/**
 * LINEグループに送信, Slackへ誤って投稿, 別の会社に誤って送信: where a message went (a service, a wrong recipient) is
 * no party to the leak.
 */
function isChannel(text: string, m: OrgMention): boolean {
  return CHANNEL_AFTER.test(text.slice(m.end, m.end + 16));
}

const CHANNEL_AFTER =
  /^(?:の)?(?:グループ|アカウント|トーク|チャット|ルーム)?(?:に|へ|で)(?:誤って)?(?:送信|送付|投稿|転送|共有|配信)/u;

/** X　Facebook　LINE, ポスト　シェア　はてブ: a line of share buttons names services, not parties to the story. */
function isShareButton(s: Sentence | undefined): boolean {
  return s?.bare === true && SHARE_BUTTONS.test(s.text);
}

const SHARE_BUTTONS =
  /^(?:[\s　]*(?:X|Ｘ|Facebook|LINE|Twitter|はてブ|はてなブックマーク|ブックマーク|ポスト|シェア|ツイート|いいね|Pocket|note|Threads|Bluesky|この(?:記事|ニュース)をシェアする))+[\s　]*$/u;

/**
 * 当行 北町支店, 南浜町営業所, 港町店: a place name that a branch word continues names where a branch of the story's
 * organization is, not a municipality of its own.
 */
function isBranchPlace(text: string, m: OrgMention): boolean {
  return m.type === "local_government" && BRANCH_AFTER.test(text.slice(m.end, m.end + 4));
}

const BRANCH_AFTER = /^(?:支店|支社|支所|営業所|営業店|出張所|本店|店|工場|事業所|配送センター|物流センター)/u;

/** ある地方都市の警察, ある病院では: an organization the text does not name (ある …). */
function isIndefinite(text: string, m: OrgMention): boolean {
  return (
    m.start >= 2 && text.startsWith("ある", m.start - 2) && !/[\p{Script=Hiragana}]/u.test(text.charAt(m.start - 3))
  );
}

/** 通販会社A社, B市: a letter standing for an organization in an example names none. */
const PLACEHOLDER =
  /(?:^|[^A-Za-zＡ-Ｚａ-ｚ])[A-ZＡ-Ｚ甲乙丙丁](?:社|市|町|村|県|病院|大学|銀行|学校|高校)$|^(?:No|NO|no|Ｎｏ)[.．]?\s?[0-9０-９]+$/u;

/** 通販各社, 金融機関各行: a kind of business and 各 name many organizations, none in particular. */
const GROUP_OF_MANY = /各(?:社|行|校|店|局|庁|院|団体|機関|自治体)$/u;

/** 〒999-3701 山形県かざみ野市中央二丁目…: places in a postal address are where a body is, not bodies. */
function isPostalAddress(sentences: readonly Sentence[], m: OrgMention): boolean {
  if (m.type !== "local_government") return false;
  const s = sentenceAt(sentences, m.start);
  return s !== undefined && POSTAL.test(s.text.slice(0, m.start - s.start));
}

const POSTAL = /〒\s*[0-9０-９]{3}[-－ー‐][0-9０-９]{4}[\s　]*[^\s　]{0,12}$/u;
const POSTAL_LINE = /〒\s*[0-9０-９]{3}[-－ー‐][0-9０-９]{4}/u;

/**
 * The municipality of the last postal address in the text (〒319-8911 藍ヶ原県霞生市本町…), as a mention: the
 * prefecture is kept, the town part (本町…) is not.
 */
function contactAddress(text: string): OrgMention[] {
  let last: RegExpExecArray | null = null;
  for (const m of text.matchAll(ADDRESS_MUNICIPALITY)) last = m;
  if (!last) return [];
  const name = last[1]!;
  const start = last.index + last[0].length - name.length;
  return [{ start, end: start + name.length, name, type: "local_government", by: "suffix" }];
}

const ADDRESS_MUNICIPALITY =
  /〒\s*[0-9０-９]{3}[-－ー‐][0-9０-９]{4}[\s　]*((?:[\p{Script=Han}ヶ]{2,3}[都道府県])?[\p{Script=Han}ヶ]{1,6}?(?:[市区町村]|郡[\p{Script=Han}ヶ]{1,4}[町村]))/gu;

/** 説明する担当者=東京都新宿区: a photo caption ends in where the photo was taken. */
function isCaptionPlace(text: string, m: OrgMention): boolean {
  if (m.type !== "local_government" || !CAPTION_END.test(text.slice(m.end, m.end + 16))) return false;
  const before = text.charAt(m.start - 1);
  if (before === "=" || before === "＝") return true;
  // ［写真］かばんが盗まれた駐車場＝22日、北浜市潮見町: the place (and date) a photo was taken.
  const line = text.lastIndexOf("\n", m.start) + 1;
  return PHOTO_CAPTION.test(text.slice(line, m.start));
}

const PHOTO_CAPTION = /^[\s　]*[［〔【（(\[]\s*(?:写真|画像|映像)[^］〕】）)\]]{0,12}[］〕】）)\]][^\n]*＝/u;

const CAPTION_END = /^(?:[、,][^\n。]{0,12})?[\s　]*(?:\n|$)/u;

/**
 * 外来受診のご案内　入院・お見舞いのご案内　診療科・部門　健診センター　採用情報: a site's menu line (two menu words at
 * least among three items or more) names the site's sections, not organizations.
 */
function isNavigation(s: Sentence | undefined): boolean {
  if (s?.bare !== true || s.text.length > 160) return false;
  const items = s.text.split(/[\s　｜|・]+/u).filter((x) => x.length > 0);
  return items.length >= 3 && items.filter((x) => NAV_WORD.test(x)).length >= 2;
}

const NAV_WORD =
  /^(?:くらし|暮らし|手続き|子育て|教育|健康|福祉|医療|観光|産業|しごと|仕事|防災|安全|まちづくり|環境|文化|スポーツ|住まい|税金|[市町村区県]政情報|行政情報|事業者向け|.{0,12}ご案内|お問い?合わ?せ|採用情報|アクセス|交通アクセス|サイトマップ|文字サイズ|トップページ|ホーム|サイト内検索|お知らせ|診療科|部門|事業内容|企業情報|会社概要|会社案内|製品情報|サービス|ニュース|English|ENGLISH|リンク|個人情報保護方針|プライバシーポリシー|よくあるご質問|資料ダウンロード|導入事例|料金プラン|コラム)$/u;

/** にほんブログ村　セキュリティ: a blog-ranking banner under a post. */
const BLOG_BANNER = /^\s*(?:にほんブログ村|人気ブログランキング|ブログランキング|ブログ村)/u;

/** ホーム ＞ 週刊まとめ ＞ 個人情報漏えい: a page's breadcrumb trail names its sections, not organizations. */
/** 来庁, 登庁, 退庁: verbal nouns that end in an organization suffix (庁) but name none. */
function isVerbNoun(m: OrgMention): boolean {
  return m.name.length === 2 && VERB_NOUNS.has(m.name);
}

const VERB_NOUNS: ReadonlySet<string> = new Set([
  "来庁",
  "登庁",
  "退庁",
  "出庁",
  "来院",
  "来校",
  "来所",
  "来社",
  "来館",
]);

/** 北浜銀行(北浜市中町): a place in parentheses right after a name is the name's address, not an organization. */
function isParentheticalAddress(text: string, m: OrgMention): boolean {
  if (m.type !== "local_government") return false;
  // （北浜市）, （同県鷹巣岬町）, （愛知県みどり野市）, （本社・北浜市）: a bracket that holds nothing but the place.
  const from = Math.max(0, m.start - 12);
  const head = text.slice(from, m.start);
  const at = Math.max(head.lastIndexOf("（"), head.lastIndexOf("("));
  if (at < 0) return false;
  const open = from + at;
  const close = text.slice(m.end, m.end + 16).search(/[）)]/u);
  if (close < 0) return false;
  const inside = text.slice(open + 1, m.end + close);
  return ADDRESS_ONLY.test(inside) && /[^\s。、]/u.test(text[open - 1] ?? "");
}

const ADDRESS_ONLY = /^(?:本社[:：・]?|所在地[:：]?)?[^\s。、（）()はがをにでとも]{1,20}[都道府県市区町村]$/u;

/**
 * 北浜市の会社員の男（38）を逮捕, 南川町の無職、X容疑者: in crime reports a place before a person's occupation or sex is
 * where that person lives, not an organization.
 */
function isResidence(text: string, m: OrgMention): boolean {
  if (m.type !== "local_government") return false;
  // 同県いすみ野市、会社員の男（34）: a wire's comma form of the same.
  if (text.charCodeAt(m.end) === COMMA) return RESIDENT_COMMA.test(text.slice(m.end, m.end + 24));
  if (text.charCodeAt(m.end) !== NO) return false;
  return RESIDENT.test(text.slice(m.end, m.end + 12)) || isResidenceWithAge(text, m);
}

const COMMA = "、".charCodeAt(0);
/** The occupations news gives for a person named by where they live (北浜市の会社員, 北浜市、無職の). */
const OCCUPATIONS = "会社員|会社役員|無職|自営業|アルバイト|パート|派遣社員|契約社員|公務員|大学生|高校生|中学生";
const RESIDENT_COMMA = new RegExp(
  `^、(?:[^、。]{0,8}の)?(?:${OCCUPATIONS}|元社員|元従業員|元職員|職業不詳)[^、。]{0,8}?(?:男|女|容疑者|被告|少年|少女)?[（(][0-9０-９]{1,3}(?:歳)?[）)]`,
  "u",
);

const NO = "の".charCodeAt(0);
const RESIDENT = new RegExp(`^の(?:${OCCUPATIONS}|男性|女性|男|女|少年|少女)(?:[^\\p{Script=Han}ァ-ヶー]|$)`, "u");

/**
 * Police that arrest or refer a suspect report someone else's leak: an investigator, not the victim, unless the text
 * says its own staff or records were involved (県警の捜査員, 県警が保有する).
 */
function isInvestigator(cluster: OrgCluster, text: string): boolean {
  if (!cluster.mentions.every((m) => m.type === "police")) return false;
  // 柊ケ丘署交通課の巡査部長が…漏えい: the force's own officer (of one of its sections) leaked what it holds.
  const own = cluster.mentions.some((m) =>
    /^(?:[^\s、。]{1,8}[課係])?の(?:男性|女性|[0-9０-９]{2}代の(?:男性|女性)?)?(?:捜査員|職員|警察官|警部|巡査|署員)|^が(?:保有|管理)/u.test(
      text.slice(m.end, m.end + 16),
    ),
  );
  const investigates = cluster.mentions.some((m) =>
    /^[^。]{0,60}(?:逮捕|書類送検|送検|摘発|容疑)|^[^]{0,300}?(?:窃盗|盗難|詐欺|不正アクセス)?事件として捜査|^[^。]{0,160}の疑いで[^。]{0,120}(?:逮捕|送検|送致)/u.test(
      text.slice(m.end, m.end + 320),
    ),
  );
  // 大宮原署によると、…110番通報しました: police that tell a break-in they investigate, where no officer of theirs
  // lost or sent anything.
  const reports =
    !investigates &&
    cluster.mentions.every((m) =>
      /^(?:によると|によりますと|の調べ(?:では|によると))/u.test(text.slice(m.end, m.end + 8)),
    ) &&
    !OFFICER_LOST.test(text);
  // 県内の警察署に勤務する巡査部長が…盗まれた…窃盗事件として捜査: the force investigates the theft from its own officer.
  const officerHit = investigates && OFFICER_HIT.test(text);
  return (investigates || reports) && !own && !officerHit;
}

const OFFICER_HIT = /(?:巡査|警部|署員|警察官|捜査員)[^。]{0,60}(?:紛失|置き忘れ|盗まれ|なくし|無くし)/u;

const OFFICER_LOST =
  /(?:巡査|警部|署員|警察官|捜査員|職員)[^。]{0,40}(?:紛失|置き忘れ|誤送|誤って|持ち出|漏らし|盗まれ)/u;

/**
 * A research firm or authority that announces a tally (集計結果を発表; 事故が150件に上り…と発表した) reports on others'
 * leaks.
 */
function isAnalyst(cluster: OrgCluster, text: string): boolean {
  return cluster.mentions.some((m) => {
    // データガード総研（名古屋市）は21日、: a head office in brackets after the name stands between it and は.
    const after = text.slice(m.end, m.end + 120).replace(NAME_TAIL, "");
    // The word first: the pattern's open prefix would otherwise be tried at length after length.
    if ((after.includes("集計") || after.includes("統計")) && TALLY_ANNOUNCED.test(after)) return true;
    // 協会は19日、企業や自治体などが公表した漏えい事故の調査結果をまとめた, 会員企業を対象にした調査結果を公表した,
    // …担当者1,030名を対象に「…調査」を実施しました: a survey of many organizations or people.
    if (after.includes("調査") && SURVEY_OF_MANY.test(after)) return true;
    // 協議会は14日、2009年度の個人情報漏えいインシデント調査の速報を公表した, Xより、…漏えい・紛失事故についての調査
    // 結果が公表されました: a yearly study of leaks.
    if (after.includes("調査") && INCIDENT_STUDY.test(after)) return true;
    // 調査会社のXは、…公表された412件を分析した結果をまとめた: a study of many announcements.
    if ((after.includes("分析") || after.includes("集計")) && ANALYSED_MANY.test(after)) return true;
    // Xは31日、…事故が150件に上り、…と発表した: the subject's own sentence states a count of incidents (「X」は too).
    if (!after.startsWith("は")) return false;
    const end = after.search(/[。\n]/u);
    const sentence = end < 0 ? after : after.slice(0, end);
    return ANNOUNCE.test(sentence) && STATISTIC.test(sentence);
  });
}

/**
 * 県社会福祉協議会の担当者は「…を防ぐには、…すべきだ」と話す: a body named only as the speaker of advice on the case
 * comments on it, as an analyst does.
 */
function isCommentator(cluster: OrgCluster, text: string): boolean {
  return cluster.mentions.every((m) => ADVICE_QUOTE.test(text.slice(m.end, m.end + 200)));
}

const ADVICE_QUOTE =
  /^(?:の[^。、「」]{0,10}?(?:担当者|担当|幹部|理事長|会長|所長|課長|部長|室長|教授|専門家|研究員))?は、?「[^」]{0,160}?(?:べき|必要|防ぐには|防ぐため|重要|大切|欠かせない|求められ|心がけ|気をつけ|気を付け)/u;

const SURVEY_OF_MANY =
  /^[^。\n]{0,120}を対象に(?:した)?[^。\n]{0,4}[「『]?[^。\n」』]{0,30}(?:調査|アンケート)(?:[^。\n」』]{0,8}[」』])?を(?:実施|行)|^[^。\n]{0,80}(?:企業|自治体|団体|組織|事業者|法人|機関|会員)(?:や|など|等|を対象に(?:した|して|実施した)?|に(?:対して|対する))[^。\n]{0,60}(?:調査|集計|アンケート)(?:の)?結果を(?:まとめ|取りまとめ|発表|公表)|^[^。\n]{0,80}(?:企業|自治体|団体|事業者|法人|機関)を対象に(?:した|して|実施した)?[^。\n]{0,6}調査(?:で|によると|では)/u;

const NAME_TAIL = /^[」』]?(?:[（(][^）)。]{0,20}[）)])?/u;

const INCIDENT_STUDY =
  /^[^。\n]{0,60}(?:漏え?い|漏洩|流出|セキュリティ)(?:・[^。、\n]{1,4})?(?:インシデント|事故|事案|事件|被害)?(?:に関する|についての|に関しての|の)?(?:実態)?調査(?:の)?(?:結果|報告書?|速報|の速報)[^。\n]{0,12}(?:を|が)?(?:公表|発表|まとめ)/u;

const ANALYSED_MANY =
  /^[^。\n]{0,100}(?:[0-9０-９,，]+件|事案|事例|公表文|お詫び)(?:など)?を(?:分析|集計|調査)した結果(?:を|が)?[^。\n]{0,6}(?:まとめ|公表|発表)/u;
const TALLY_ANNOUNCED = /^[^。\n]{0,80}(?:集計|統計)(?:結果)?を?(?:発表|公表|まとめ)/u;

/**
 * …が流出する問題が起きており、金融庁は各金融機関に内部管理の徹底を求めている (金融庁も…を求めています): an authority
 * named only as the one that asks, instructs or sanctions others oversees leaks; it is no party to them.
 */
function isSupervisor(cluster: OrgCluster, text: string): boolean {
  return cluster.mentions.every((m) => SUPERVISES_AFTER.test(text.slice(m.end, m.end + 60)));
}

const SUPERVISES_AFTER =
  /^(?:は|が|も)[^。]{0,40}(?:を求め|に求め|よう求め|を要請|よう要請|を指導|に指導|を勧告|に勧告|を命じ|業務改善命令|行政処分|注意喚起|を呼びかけ)/u;

/** Mentions per sentence, in one pass over both ordered lists. */
function bucketBySentence(sentences: readonly Sentence[], mentions: readonly OrgMention[]): OrgMention[][] {
  const out: OrgMention[][] = sentences.map(() => []);
  let j = 0;
  for (const m of mentions) {
    while (j < sentences.length && sentences[j]!.end <= m.start) j++;
    if (j < sentences.length) out[j]!.push(m);
  }
  return out;
}

/**
 * Organization names, looked for only where they can matter: headings and list lines, and sentences that report or
 * state a leak (cheap signals first, name recognition after).
 */
function organizationsIn(
  text: string,
  sentences: readonly Sentence[],
  isRelevant: (s: Sentence) => boolean,
): readonly OrgMention[] {
  const out: OrgMention[] = [];
  let i = 0;
  while (i < sentences.length) {
    const s = sentences[i]!;
    if (!isRelevant(s)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < sentences.length && isRelevant(sentences[j + 1]!)) j++;
    const start = s.start;
    const end = sentences[j]!.end;
    for (const m of findOrganizations(text.slice(start, end)))
      out.push({ start: m.start + start, end: m.end + start, name: m.name, type: m.type, by: m.by });
    i = j + 1;
  }
  return out;
}

function isRelevant(s: Sentence): boolean {
  const f = signalsOf(s);
  // メールを送ったのは鳰浜電力です: a cleft that names who did it.
  return s.bare || f.leak || f.announce || SUBJECT_HINT.test(s.text) || ANNOUNCER_LEAD.test(s.text);
}

/**
 * isRelevant worked out once per sentence of the article: the sentence after a passage is asked again as the next
 * passage's start, and findRecurrences asks for each later use of a name.
 */
function relevanceOf(sentences: readonly Sentence[]): (s: Sentence) => boolean {
  const memo = new Int8Array(sentences.length); // 0 undecided, 1 relevant, -1 not
  return (s) => {
    if (memo[s.index] === 0) memo[s.index] = isRelevant(s) ? 1 : -1;
    return memo[s.index] === 1;
  };
}

/**
 * Sentences that name an organization as their subject can move the focus even without a leak word: 奥深谷村では約870人分
 * の…が含まれていた (a topic before a count, with its qualifier), 玉ノ浦市が運用する電子申請サービスにおいて (the body
 * that runs the system), 1件目は不動産仲介のX社である (a column's case introduced by its organization).
 */
const SUBJECT_HINT =
  /(?:は|が|では)(?:[、0-9０-９]|約|およそ|最大|延べ|のべ|計|合計|運用|運営|管理|提供)|によ(?:ると|りますと|れば)|の(?:顧客|会員|利用者|患者)|件目(?:は|が|に)/u;

/** Names in subject position: those introduced with their head office in brackets win over the guessed ones. */
function subjectNames(text: string, sentences: readonly Sentence[]): readonly OrgMention[] {
  const located = findLocatedNames(sentences);
  const guessed = [
    ...findSubjectNames(text, sentences).filter((m) => !DESCRIPTION_TAIL.test(m.name)),
    ...ownPrefecture(text, sentences),
  ].sort((a, b) => a.start - b.start);
  if (located.length === 0) return guessed;
  const free = guessed.filter((m) => !located.some((l) => m.start < l.end && l.start < m.end));
  return [...located, ...free].sort((a, b) => a.start - b.start);
}

/**
 * 県は19日、…を誤送付したと発表した (a regional paper's own prefecture, named once elsewhere: 青潟県南部の…): a bare 県
 * at the head of a dated report that states or announces a leak is the one prefecture the article names. The mention
 * covers the 県 written; its name is the prefecture's.
 */
function ownPrefecture(text: string, sentences: readonly Sentence[]): readonly OrgMention[] {
  if (!text.includes("県は")) return [];
  // The heads first: most articles that hold 県は have none, and the prefectures named need not be read then.
  const starts: number[] = [];
  for (const s of sentences) {
    const lead = BARE_PREFECTURE.exec(s.text);
    if (!lead) continue;
    const f = signalsOf(s);
    if (!f.announce && !f.leak) continue;
    starts.push(s.start + lead[1]!.length);
  }
  if (starts.length === 0) return [];
  const named = new Set<string>();
  for (const m of text.matchAll(PREFECTURE_NAMED)) named.add(m[1]!);
  if (named.size !== 1) return [];
  const name = [...named][0]!;
  return starts.map((start) => ({ start, end: start + 1, name, type: "local_government", by: "subject" }));
}

/** 青潟県南部, 青潟県の: a prefecture's name (two or three kanji before 県, not 県警, 県議会, 県立…). */
const PREFECTURE_NAMED = /(?<![\p{Script=Han}])([\p{Script=Han}]{2,3}県)(?![警議庁税立民内外営道産])/gu;
/** 県は19日、: the bare 県 that opens a dated report. */
const BARE_PREFECTURE = /^(\s*)県は(?:[0-9０-９]{1,2}日|[0-9０-９]{1,2}月[0-9０-９]{1,2}日)、/u;

/**
 * 不動産会社、メール誤送信で…, 携帯ショップ店員が…, 職員PCが…, フードバンク団体 …: a guessed subject that ends in a noun of
 * kind (a business, a body, a staff member, a device) describes who or what, and names no organization.
 */
const DESCRIPTION_TAIL =
  /(?:会社|企業|業者|事業者|事業所|団体|施設|機関|店員|職員|社員|従業員|担当者|PC|パソコン|端末|スマホ|メーカー|ベンダー)$/u;

/** Suffix/entity mentions win over subject names at the same place; the result is ordered and non-overlapping. */
function mergeMentions(a: readonly OrgMention[], b: readonly OrgMention[]): readonly OrgMention[] {
  const all = [...a, ...b].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: OrgMention[] = [];
  for (const m of all) {
    const last = out.at(-1);
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

/** Groups without the given sentences (page furniture such as 関連記事 headlines); groups left empty are dropped. */
function withoutLines(groups: readonly Group[], drop: ReadonlySet<number>): readonly Group[] {
  if (drop.size === 0) return groups;
  return groups
    .map((g) => ({ ...g, sentences: g.sentences.filter((i) => !drop.has(i)) }))
    .filter((g) => g.sentences.length > 0);
}

/** Sentences about one organization within one case form a group; case 0 joins the organization's first case. */
function groupSentences(
  focus: readonly { readonly cluster: number | null; readonly caseId: number }[],
  sections: readonly { readonly first: number; readonly last: number; readonly caseId: number }[],
): readonly Group[] {
  const cases = new Map<number, number[]>();
  focus.forEach((f) => {
    if (f.cluster === null || f.caseId === 0) return;
    const list = cases.get(f.cluster) ?? [];
    if (!list.includes(f.caseId)) list.push(f.caseId);
    cases.set(f.cluster, list);
  });
  const groups = new Map<string, Group>();
  const sectionOf: number[] = [];
  sections.forEach((s, i) => {
    for (let k = s.first; k <= s.last; k++) sectionOf[k] = i;
  });
  focus.forEach((f, index) => {
    if (f.cluster === null) return;
    const caseId = f.caseId === 0 ? (cases.get(f.cluster)?.[0] ?? 0) : f.caseId;
    const key = `${f.cluster}/${caseId}`;
    const g = groups.get(key) ?? { cluster: f.cluster, caseId, sentences: [], sections: [] };
    (g.sentences as number[]).push(index);
    const section = sectionOf[index] ?? -1;
    if (!g.sections.includes(section)) (g.sections as number[]).push(section);
    groups.set(key, g);
  });
  return [...groups.values()];
}

/** The contract fields of an incident (SCHEMA.md), in contract key order. */
export function toContract(incident: Incident): ContractIncident {
  return {
    organization: incident.organization,
    also: incident.also,
    announced: incident.announced,
    affected: incident.affected,
    data_items: incident.data_items,
    cause: incident.cause,
    cves: incident.cves,
    evidence: incident.evidence,
  };
}
