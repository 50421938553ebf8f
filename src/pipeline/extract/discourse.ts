/** @module Sentences + organization mentions → sections and, per sentence, the organization it is about. */
import type { OrgMention } from "../fields/organization.js";
import type { Sentence } from "../segment/sentences.js";
import { isAlias, toKey } from "./aliases.js";
import {
  CASE_MARKER,
  DEPARTMENT_CASE,
  ITEM_MARKER,
  isAlsoDisclosed,
  isLaterCase,
  NUMBERED_CASE_HEADING,
  OBSERVER,
  SEVERAL_CASES,
  signalsOf,
} from "./signals.js";

/** One organization: every mention of names that alias each other. */
export type OrgCluster = {
  readonly id: number;
  readonly names: readonly string[];
  readonly mentions: readonly OrgMention[];
};

export type Section = {
  readonly index: number;
  /** Sentence indices [first, last]. */
  readonly first: number;
  readonly last: number;
  /** The cluster the section is about, when one is known. */
  readonly topic: number | null;
  /** Sections that start with a case marker (2件目) stay separate incidents even for one organization. */
  readonly caseId: number;
};

/** Groups mentions into clusters of aliases, in order of first mention. */
/** (1)北浜市のケース / ◎南川町は…: the item's first name stands at its start, as its subject. */
function leadsLine(s: Sentence, mentions: readonly OrgMention[]): boolean {
  const first = mentions[0];
  return (
    !!first &&
    first.start - s.start <= 6 &&
    /^(?:[（(][^）)]{0,30}[）)])?(?:は|が|では|の(?:ケース|事例|事案)|、)/u.test(s.text.slice(first.end - s.start))
  );
}

export function clusterOrganizations(mentions: readonly OrgMention[]): readonly OrgCluster[] {
  const clusters: { id: number; names: string[]; mentions: OrgMention[] }[] = [];
  const byName = new Map<string, (typeof clusters)[number]>();
  for (const m of mentions) {
    const hit =
      byName.get(m.name) ??
      (byName.size < 400
        ? clusters.find((c) => c.names.some((n) => isAlias(n, m.name) && !isHeadAndSub(n, m.name)))
        : undefined);
    if (hit) {
      hit.mentions.push(m);
      if (!hit.names.includes(m.name)) hit.names.push(m.name);
      byName.set(m.name, hit);
    } else {
      const c = { id: clusters.length, names: [m.name], mentions: [m] };
      clusters.push(c);
      byName.set(m.name, c);
    }
  }
  return clusters;
}

/**
 * Does `head` announce for `sub`, a body under it: a board of education for a school (北雲市教育委員会 → 市立南浜
 * 小学校), a prefectural police for a station (西浦県警 → 西浦中央警察署)? The gold (SCHEMA.md; news-003) takes the
 * announcing body as the organization and names the school or station in `also`.
 */
export function supervises(head: OrgCluster, sub: OrgCluster): boolean {
  return head.id !== sub.id && supervisesNames(head.names, sub.names);
}

/** supervises over names: does one of `head` name a board or headquarters over the school or station `sub` names? */
export function supervisesNames(head: readonly string[], sub: readonly string[]): boolean {
  // Cheap first: most organizations are neither a school nor a station (a name's last character tells).
  if (!sub.every((n) => SUB_ENDS.has(n.charCodeAt(n.length - 1)))) return false;
  if (sub.every((n) => FACILITY.test(n))) {
    if (sub.some((n) => UNNAMED_FACILITY.test(n))) return false;
    return head.some(
      (n) => (BOARD.test(n) || MUNICIPALITY.test(n)) && !UNNAMED_HEAD.test(n) && sub.every((m) => sameOwner(n, m)),
    );
  }
  const school = sub.every((n) => SCHOOL.test(n));
  if (!school && !sub.every((n) => STATION.test(n))) return false;
  if (sub.some((n) => UNNAMED_SCHOOL.test(n))) return false;
  // 市教委, 県教育委員会 and bare 県警 name no particular body: the school or station is then the one the text names.
  const kind = school ? BOARD : POLICE_HQ;
  return head.some((n) => kind.test(n) && !UNNAMED_HEAD.test(n) && (!school || sub.every((m) => sameOwner(n, m))));
}

/**
 * 北雲市教育委員会 runs 市立南浜小学校 and 北雲市立南浜小学校, not 県立白鷺高校 or 南浜市立…: a school named with its owner
 * (…市立, 県立) belongs to a board of that kind of body and, when both are spelled out, of that body.
 */
function sameOwner(board: string, school: string): boolean {
  const owner = OWNER.exec(school);
  if (!owner) return true;
  const place = /^(.*?[都道府県市区町村])(?:教育委員会|教委)?$/u.exec(board)?.[1] ?? "";
  const kind = owner[2]!;
  if (place === "" || !place.endsWith(kind)) return false;
  return owner[1] === "" || place.endsWith(owner[1]! + kind) || (owner[1]! + kind).endsWith(place);
}

const OWNER = /^(.*?)([都道府県市区町村])立/u;

/** A board of education (教育委員会, 地方教育行政の組織及び運営に関する法律 2条) and the schools it runs. */
const BOARD = /(?:教育委員会|教委)$/u;
const SCHOOL = /(?:小学校|中学校|高等学校|高校|中等教育学校|義務教育学校|特別支援学校|幼稚園|こども園|保育園|保育所)$/u;
/** A prefectural police headquarters (警察法 47条) and its stations (警察署, 署). */
const POLICE_HQ = /(?:[都道府県]警|県警察|府警察|道警察|警視庁|警察本部)$/u;
const STATION = /署$/u;
/**
 * Public facilities a municipality or its board of education runs (図書館法 2条, 博物館法 2条, 社会教育法 21条の公民館,
 * 児童福祉法 40条の児童館): the municipality or the board announces for them.
 */
export const FACILITY = /(?:図書館|博物館|美術館|公民館|児童館)$/u;
const MUNICIPALITY = /[都道府県市区町村]$/u;
/** The last characters of SCHOOL's, STATION's and FACILITY's words. */
const SUB_ENDS: ReadonlySet<number> = new Set([..."校園所署館"].map((c) => c.charCodeAt(0)));
const UNNAMED_HEAD = /^[都道府県市区町村]?(?:教育委員会|教委|警察本部|警察|警)$/u;
/** 市立図書館, 公民館: a facility named only by its owner's kind is no particular one. */
const UNNAMED_FACILITY = /^(?:[都道府県市区町村国私公]立)?(?:図書館|博物館|美術館|公民館|児童館)$/u;
/** 村立小学校, 県立高校: a school named only by its owner's kind is no particular school. */
const UNNAMED_SCHOOL =
  /^(?:[都道府県市区町村国私公]立)?(?:小学校|中学校|高等学校|高校|特別支援学校|義務教育学校|中等教育学校|幼稚園|保育園)$/u;

/**
 * 印刷を委託している X, 委託先の X, 委託業者の X, 業務を請け負う X: words right before a name that introduce a
 * contractor, which acts inside its client's incident (focus) and is named in its `also`. With the contractor named
 * before the verb (同社に業務を委託している X, 印刷会社に委託する X), X is another client, not a contractor.
 */
const CONTRACTOR_WORDS =
  "(?<![社者所店局会庁課部院]に(?:[^、。「」]{0,12}を)?)委託(?:している|していた|する)|委託(?:先|先の|先である|業者|業者の|業者である)|受託(?:している|していた|する|業者の?|事業者の?)|請け負(?:う|っている|っていた)|指定管理者(?:である|の|を務める)?";
export const CONTRACTOR_INTRO = new RegExp(`(?:${CONTRACTOR_WORDS})[\\s　「『]*$`, "u");

/** A contractor (CONTRACTOR_INTRO) or the maker of a product (開発元の X, ベンダーの X): not the sentence's subject. */
export const VENDOR_INTRO = new RegExp(
  `(?:${CONTRACTOR_WORDS}|(?:開発|製造|提供|販売)元の|(?:ベンダー|メーカー)の)[\\s　「『]*$`,
  "u",
);

/** 湖東県警 and 湖東県警大浜署: a headquarters and its station share words but are two bodies. */
function isHeadAndSub(a: string, b: string): boolean {
  const subA = SUB_ENDS.has(a.charCodeAt(a.length - 1));
  if (subA === SUB_ENDS.has(b.charCodeAt(b.length - 1))) return false;
  return subA ? supervisesNames([b], [a]) : supervisesNames([a], [b]);
}

/** True for observers (regulators, press, analysts) that report on others' leaks. */
export function isObserver(cluster: OrgCluster): boolean {
  return cluster.names.every((n) => OBSERVER.test(toKey(n)) || OBSERVER.test(n));
}

/**
 * Splits the article into sections: a heading or table row that names an organization, an item marker ((1), ◎) or a
 * case marker (2件目) starts a new one.
 */
export function splitSections(
  sentences: readonly Sentence[],
  mentionsBySentence: readonly (readonly OrgMention[])[],
  clusterIdOf: (m: OrgMention) => number,
  isObserverId: (id: number) => boolean,
): readonly Section[] {
  const sections: Section[] = [];
  let first = 0;
  let topic: number | null = null;
  let caseId = 0;
  let nextCase = 1;
  // Every SEVERAL_CASES match holds 件, 相次, ことも, のも (…ことも明らかにした) or の…で (2つの支店で): the cheap test
  // first.
  const several = sentences.some(
    (s) =>
      (s.text.includes("件") ||
        s.text.includes("相次") ||
        s.text.includes("ことも") ||
        s.text.includes("のも") ||
        s.text.includes("つの") ||
        s.text.includes("複数の")) &&
      SEVERAL_CASES.test(s.text),
  );
  const close = (last: number): void => {
    if (last >= first) sections.push({ index: sections.length, first, last, topic, caseId });
  };
  for (const s of sentences) {
    const lineStart = s.index === 0 || sentences[s.index - 1]!.line !== s.line;
    if (!lineStart && !isAlsoDisclosed(s.text)) continue;
    const named = (mentionsBySentence[s.index] ?? []).map(clusterIdOf).filter((id) => id >= 0 && !isObserverId(id));
    const leadName = (mentionsBySentence[s.index] ?? []).some((m) => m.start - s.start <= 12);
    const heading = s.bare && (s.text.trim().length <= 90 || leadName);
    const marker = ITEM_MARKER.test(s.text);
    const numbered = CASE_MARKER.test(s.text);
    const department =
      !numbered &&
      several &&
      (DEPARTMENT_CASE.test(s.text) || (s.bare && NUMBERED_CASE_HEADING.test(s.text)) || isCountedAlsoCase(s));
    const isCase = numbered || department;
    const headline = heading && named.length === 0 && s.text.trim().length >= 15 && signalsOf(s).leak;
    const opensSection = isCase || marker || headline || (heading && named.length > 0 && named[0] !== topic);
    if (!opensSection || s.index === 0) {
      if (s.index === 0 && named.length > 0 && heading) topic = named[0]!;
      continue;
    }
    close(s.index - 1);
    first = s.index;
    const namesTopic = heading || isCase || (named.length > 0 && leadsLine(s, mentionsBySentence[s.index] ?? []));
    if (named.length > 0 && namesTopic) topic = named[0]!;
    // ▼ 配車アプリ「X」、不具合で…: an item marker that names no one opens the next item, not more of the last one.
    else if (headline || marker) topic = null;
    // A first marker that says a case came before it (2件目, また、市民課では…, なお同社は7月10日にも…) ends the case
    // told before it (the lead's own): that one is case 1.
    if (isCase && nextCase === 1 && (DEPARTMENT_CASE.test(s.text) || isLaterCase(s.text) || isCountedAlsoCase(s))) {
      for (let k = 0; k < sections.length; k++) sections[k] = { ...sections[k]!, caseId: 1 };
      nextCase = 2;
    }
    if (isCase) caseId = nextCase++;
    else if (named.length > 0) caseId = 0;
  }
  close(sentences.length - 1);
  return backToFirstCase(sections, sentences);
}

/**
 * また、町のホームページでは、…156人分の氏名…が載っていた: in an article of several cases, a paragraph that opens with
 * また and states a leak with its own count is the next case.
 */
function isCountedAlsoCase(s: Sentence): boolean {
  return ALSO_COUNTED.test(s.text) && (signalsOf(s).leak || DATA_SHOWN.test(s.text));
}

/** …の氏名が載っていた, 記載されていた: data shown where it should not be, in the words of a case's opening line. */
const DATA_SHOWN = /(?:氏名|個人情報|住所)[^。]{0,30}(?:載って|記載され|掲載され|表示され|含まれて)/u;

const ALSO_COUNTED =
  /^\s*(?:また|さらに|このほか)、?[^。]{0,90}(?:[0-9０-９][0-9０-９,，]*|[一二三四五六七八九十百千]+)(?:人|名|件|世帯)分?/u;

/**
 * 鷭ヶ原市は14日、…USBメモリーを紛失したと発表した。また、納税課が…通知書12件を…ことも明らかにした。／市によると、
 * USBメモリーには…: when the lead paragraph told two cases (the second disclosed with …ことも明らかにした), a later
 * paragraph that opens on the first case's medium (the USB memory, not the notices) goes on with the first case.
 */
function backToFirstCase(sections: Section[], sentences: readonly Sentence[]): Section[] {
  const split = sections.findIndex(
    (sec, k) => k > 0 && sec.caseId === 2 && sentences[sec.first - 1]?.line === sentences[sec.first]!.line,
  );
  if (split < 0) return sections;
  const second = sections[split]!;
  const mediaOf = (text: string): Set<string> => new Set((text.match(MEDIUM) ?? []).map(baseMedium));
  const firstMedia = new Set<string>();
  for (const sec of sections.slice(0, split)) {
    if (sec.caseId !== 1) continue;
    for (let i = sec.first; i <= sec.last; i++) for (const m of mediaOf(sentences[i]!.text)) firstMedia.add(m);
  }
  const secondMedia = mediaOf(sentences[second.first]!.text);
  // Paragraph starts inside the second case's section, each with the case it turns to.
  const cuts: { at: number; caseId: number }[] = [];
  let current = 2;
  for (let i = second.first + 1; i <= second.last; i++) {
    if (sentences[i - 1]!.line === sentences[i]!.line) continue;
    const media = [...mediaOf(sentences[i]!.text)];
    const first = media.some((m) => firstMedia.has(m) && !secondMedia.has(m));
    const again = media.some((m) => secondMedia.has(m) && !firstMedia.has(m));
    const next = first && !again ? 1 : again && !first ? 2 : current;
    if (next !== current) cuts.push({ at: i, caseId: next });
    current = next;
  }
  if (cuts.length === 0) return sections;
  const pieces: Section[] = [];
  let from = second.first;
  let caseId = 2;
  for (const cut of [...cuts, { at: second.last + 1, caseId: 0 }]) {
    pieces.push({ ...second, first: from, last: cut.at - 1, caseId });
    from = cut.at;
    caseId = cut.caseId;
  }
  return [...sections.slice(0, split), ...pieces, ...sections.slice(split + 1)].map((sec, index) => ({
    ...sec,
    index,
  }));
}

/** The things data are carried on or in, as a case's sentences name them. */
const MEDIUM =
  /USBメモリー?|USB|パソコン|タブレット|スマートフォン|携帯電話|名簿|通知書|証明書|申請書|書類|ファイル|メール|ファクス|FAX|はがき|封筒|かばん|手帳|台帳|資料/gu;
const baseMedium = (m: string): string => (m.startsWith("USB") ? "USB" : m);
