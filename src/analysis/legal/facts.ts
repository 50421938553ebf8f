/** @module Triage input → the legal facts triage needs, each with its status, reason and the evidence it rests on. */
import type { Cause, DataItem } from "../../domain/incident.js";
import type { OrganizationType } from "../../domain/store.js";
import { type DayRange, toDayRange } from "./dates.js";
import { type OfficerOrgType, type TriageInput, toText } from "./input.js";
import { CAUSE_LABELS, DATA_ITEM_LABELS } from "./labels.js";

export type FactStatus = "yes" | "no" | "unknown";

/** One fact: whether it holds, why (Japanese, for the officer), and which incident field and text it rests on. */
export type Finding = {
  readonly status: FactStatus;
  readonly reason: string;
  /** The incident field (or officer input) it comes from. */
  readonly field: string | null;
  /** The text of that field's source sentence, when there is one. */
  readonly evidence: string | null;
  readonly source: string | null;
};

export type DatedFact = {
  readonly date: string | null;
  readonly range: DayRange | null;
  readonly basis: "officer" | "discovered" | "announced" | "timeline" | null;
};

export type Facts = {
  readonly input: TriageInput;
  readonly org: { readonly value: OfficerOrgType; readonly basis: string };
  /** 発覚日: officer input, else the timeline's `discovered` event. */
  readonly discovered: DatedFact;
  /** The date rules are chosen by: discovered, else announced, else the earliest timeline date. */
  readonly ruleDate: DatedFact;
  /** Every text of the incident (evidence, sources, vector, timeline, response), for term searches. */
  readonly text: string;
  /** The texts that name the leaked items (evidence, the data-items sentence, officer's extra items). */
  readonly itemText: string;
  /** Only part of the card number leaked (officer input, or 下4桁 in the item text). */
  readonly cardPartial: boolean;
  readonly mynumber: Finding;
  readonly sensitive: Finding;
  readonly financial: Finding;
  readonly wrongful: Finding;
  readonly acquiring: Finding;
  readonly exposure: Finding;
  readonly encrypted: Finding;
  /** Out of the organization's data altogether (phishing entirely outside its channels, data recovered unviewed). */
  readonly notALeak: Finding;
};

export type FactOptions = {
  /** The organization type a name suggests (the face passes the pipeline's `toOrganizationType`). */
  readonly organizationTypeOf?: (name: string) => OrganizationType;
};

const finding = (
  status: FactStatus,
  reason: string,
  field: string | null = null,
  evidence: string | null = null,
  source: string | null = null,
): Finding => ({ status, reason, field, evidence, source });

const officer = (field: string, value: boolean, yes: string, no: string, source: string | null = null): Finding =>
  finding(value ? "yes" : "no", `${value ? yes : no}（担当者入力）`, field, null, source);

function sourceText(input: TriageInput, field: string): string | null {
  const span = input.sources[field];
  const text = span === undefined ? "" : toText(span);
  return text === "" ? (input.evidence === "" ? null : input.evidence) : text;
}

function allText(input: TriageInput): string {
  return [
    input.evidence,
    ...Object.values(input.sources).map(toText),
    ...input.vector,
    ...input.timeline.map((e) => toText(e.evidence)),
    ...input.secondary_damage.map(toText),
    ...input.response.map(toText),
    ...(input.extra_items ?? []),
  ].join("\n");
}

function toItemText(input: TriageInput): string {
  return [input.evidence, toText(input.sources.data_items), ...(input.extra_items ?? [])].join("\n");
}

const PUBLIC_BY_NAME = /(市立|町立|村立|区立|県立|都立|府立|道立|公立)/;

/** Maps roei's organization type to the reporting regime's: 行政機関等 (national), 地方公共団体の機関, or private. */
export function toOfficerOrgType(type: OrganizationType, name: string): { value: OfficerOrgType; basis: string } {
  switch (type) {
    case "national_government":
      return { value: "national_government", basis: "国の行政機関・独立行政法人等（組織種別から推定）" };
    case "local_government":
      return { value: "local_government", basis: "地方公共団体（組織種別から推定）" };
    case "police":
      // 都道府県警察 is an organ of the prefecture; 警察庁 is a national body.
      return name.includes("警察庁")
        ? { value: "national_government", basis: "警察庁は国の行政機関（名称から推定）" }
        : { value: "local_government", basis: "都道府県警察は都道府県の機関（名称から推定）" };
    case "medical":
    case "education":
      // Public hospitals and schools are 地方公共団体の機関 (legal-rules.md §2 classifier note); parts of their work
      // may follow the private-sector rules (法58条; PPC 公的部門Q&A): flagged as an edge case in the basis.
      return PUBLIC_BY_NAME.test(name)
        ? {
            value: "local_government",
            basis: "公立の病院・学校（名称から推定。業務により民間と同じ規律の場合あり、要確認）",
          }
        : { value: "private", basis: "民間の病院・学校等として扱った（名称から推定）" };
    case "company":
    case "association":
    case "unknown":
      return { value: "private", basis: "民間事業者として扱った（組織種別から推定）" };
  }
}

function toOrg(input: TriageInput, options: FactOptions): Facts["org"] {
  if (input.organization_type !== undefined) return { value: input.organization_type, basis: "担当者入力" };
  if (input.organizationType !== undefined) return toOfficerOrgType(input.organizationType, input.organization);
  if (options.organizationTypeOf !== undefined)
    return toOfficerOrgType(options.organizationTypeOf(input.organization), input.organization);
  return { value: "private", basis: "組織種別が不明のため民間事業者と仮定" };
}

function toDiscovered(input: TriageInput): DatedFact {
  if (input.discovered !== undefined)
    return { date: input.discovered, range: toDayRange(input.discovered), basis: "officer" };
  const event = input.timeline.find((e) => e.kind === "discovered" && toDayRange(e.date) !== null);
  return event === undefined
    ? { date: null, range: null, basis: null }
    : { date: event.date, range: toDayRange(event.date), basis: "discovered" };
}

function toRuleDate(input: TriageInput, discovered: DatedFact): DatedFact {
  if (discovered.range !== null) return discovered;
  const announced = toDayRange(input.announced);
  if (announced !== null) return { date: input.announced, range: announced, basis: "announced" };
  const dated = input.timeline
    .map((e) => ({ date: e.date, range: toDayRange(e.date) }))
    .filter((e): e is { date: string; range: DayRange } => e.range !== null)
    .sort((a, b) => (a.range.first < b.range.first ? -1 : 1))[0];
  return dated === undefined
    ? { date: null, range: null, basis: null }
    : { date: dated.date, range: dated.range, basis: "timeline" };
}

function toMyNumber(input: TriageInput): Finding {
  if (input.mynumber !== undefined)
    return officer("mynumber", input.mynumber, "特定個人情報を含む", "特定個人情報を含まない");
  if (input.data_items.includes("mynumber"))
    return finding("yes", "漏えい項目に個人番号（マイナンバー）", "data_items", sourceText(input, "data_items"));
  return finding("no", "漏えい項目に個人番号なし", "data_items");
}

/** 要配慮個人情報 terms: 法2条3項, 施行令2条, PPC Q&A 1-28 (any medical or dispensing information counts). */
const SENSITIVE_TERMS =
  /(病歴|病名|病状|既往|診療|診察|受診|通院|入院|カルテ|調剤|処方|健康診断|健診の結果|検査結果|障害者|障がい|身体障害|知的障害|精神障害|発達障害|信条|宗教|人種|社会的身分|犯罪歴|犯歴|前科|前歴|犯罪被害|逮捕|少年審判|保護処分)/;

function toSensitive(input: TriageInput, text: string): Finding {
  const source = "個人情報保護法2条3項、施行令2条、PPC Q&A 1-28";
  if (input.sensitive !== undefined)
    return officer("sensitive", input.sensitive, "要配慮個人情報を含む", "要配慮個人情報を含まない", source);
  if (input.data_items.includes("medical"))
    return finding(
      "yes",
      "診療・健康に関する情報（病歴・診療・健康診断の結果等）は要配慮個人情報",
      "data_items",
      sourceText(input, "data_items"),
      source,
    );
  const term = SENSITIVE_TERMS.exec(text)?.[1];
  if (term !== undefined)
    return finding("yes", `本文に要配慮個人情報にあたる「${term}」`, "evidence", excerpt(text, term), source);
  return finding("no", "要配慮個人情報にあたる項目なし", "data_items", null, source);
}

/** The line of `text` that holds `term`. */
function excerpt(text: string, term: string): string {
  return text.split("\n").find((line) => line.includes(term)) ?? term;
}

function toFinancial(input: TriageInput, text: string): Finding {
  const has = (item: DataItem) => input.data_items.includes(item);
  const items = sourceText(input, "data_items");
  if (has("credit_card_number")) {
    if (!isCardPartial(input, text))
      return finding("yes", "クレジットカード番号（番号のみでも該当）", "data_items", items, "PPC FAQ Q6-12");
    const why =
      input.card_partial === undefined ? "本文にカード番号の下4桁の記載" : "カード番号の一部のみ（担当者入力）";
    return finding("no", `${why}: 下4桁と有効期限だけでは直ちに該当しない`, "data_items", items, "PPC FAQ Q6-12");
  }
  if (has("bank_account") && /暗証番号/.test(text))
    return finding("yes", "口座番号と暗証番号", "data_items", excerpt(text, "暗証番号"), "通則編3-5-3-1（財産的被害）");
  if (has("password") || has("login_id")) return toLoginFinding(input, items);
  if (has("bank_account"))
    return finding("no", "口座番号のみでは直ちに財産的被害のおそれはない", "data_items", items, "PPC FAQ Q14-8");
  return finding(
    "no",
    "財産的被害のおそれのある項目なし（住所・電話・メール等のみでは該当しない）",
    "data_items",
    null,
    "PPC FAQ Q6-11",
  );
}

const CARD_PARTIAL = /(下|末尾)[4４四]桁/;

function isCardPartial(input: TriageInput, itemText: string): boolean {
  return input.card_partial ?? CARD_PARTIAL.test(itemText);
}

function toLoginFinding(input: TriageInput, items: string | null): Finding {
  const source = "通則編3-5-3-1 事例2（[N2]）、PPC FAQ Q6-11";
  if (input.payment_capable_login === true)
    return finding(
      "yes",
      "送金・決済ができるサービスのログインIDとパスワード（担当者入力）",
      "payment_capable_login",
      items,
      source,
    );
  if (input.payment_capable_login === false)
    return finding(
      "no",
      "ログインIDとパスワードは送金・決済に使えないサービスのもの（担当者入力）",
      "payment_capable_login",
      items,
      source,
    );
  return finding("unknown", "ログインID・パスワード: 送金・決済ができるサービスなら該当", "data_items", items, source);
}

/** Causes that are acts against the organization possibly done with a wrongful purpose (通則編 3-5-3-1 事例). */
const WRONGFUL_CAUSES: ReadonlySet<Cause> = new Set([
  "unauthorized_access",
  "credential_theft",
  "vulnerability",
  "sql_injection",
  "malware",
  "targeted_email",
  "insider",
  "theft",
]);

function toWrongful(input: TriageInput): Finding {
  const source = "通則編3-5-3-1 事例（不正アクセス、ランサムウェア、盗難、従業員による持ち出し）";
  const label = CAUSE_LABELS[input.cause];
  const ev = sourceText(input, "cause");
  if (input.wrongful_purpose !== undefined)
    return officer(
      "wrongful_purpose",
      input.wrongful_purpose,
      "不正の目的をもって行われたおそれ",
      "不正の目的なし",
      source,
    );
  if (WRONGFUL_CAUSES.has(input.cause))
    return finding("yes", `原因「${label}」は不正の目的をもって行われたおそれのある行為`, "cause", ev, source);
  if (input.cause === "phishing") return toPhishing(input, ev);
  if (input.cause === "misconfiguration")
    return finding(
      "unknown",
      "設定不備: 第三者の不正な閲覧・取得が確認されれば該当（アクセスログを確認）",
      "cause",
      ev,
      source,
    );
  if (input.cause === "unknown") return finding("unknown", "原因不明: 不正の目的の有無を確認", "cause", ev, source);
  return finding("no", `原因「${label}」は不正の目的による行為ではない`, "cause", ev, source);
}

function toPhishing(input: TriageInput, ev: string | null): Finding {
  const source = "PPC FAQ Q6-7（読み方は要確認）";
  if (input.phishing_route === "own_channel")
    return finding(
      "yes",
      "事業者自身のサイト・メールに偽のリンクが仕込まれたフィッシング",
      "phishing_route",
      ev,
      source,
    );
  if (input.phishing_route === "external")
    return finding("no", "事業者のサイト・メールを経由しないフィッシング", "phishing_route", ev, source);
  return finding("unknown", "フィッシング: 事業者自身のサイト・メールが悪用されたなら該当", "cause", ev, source);
}

const SKIMMING =
  /(スキミング|skimming|(決済|入力|カード情報入力|支払)(画面|ページ|フォーム)[^。\n]{0,15}改ざん|改ざん[^。\n]{0,15}(決済|入力|フォーム))/i;

function toAcquiring(input: TriageInput, text: string): Finding {
  const source = "規則7条3号・43条3号括弧書（令和5年個人情報保護委員会規則第5号、2024-04-01施行）; mclaw.jp";
  if (input.acquiring !== undefined)
    return officer(
      "acquiring",
      input.acquiring,
      "取得しようとしている情報（個人データになる前）",
      "取得済みの個人データ",
      source,
    );
  const term = SKIMMING.exec(text)?.[0];
  if (term !== undefined)
    return finding(
      "yes",
      `本文に「${term}」: 入力途中で窃取された情報（取得しようとしている情報）`,
      "evidence",
      excerpt(text, term),
      source,
    );
  return finding("no", "取得済みの個人データとして扱った", null, null, source);
}

const EXPOSED = /(外部から閲覧|閲覧可能|閲覧できる状態|インターネット上|公開状態|誰でも閲覧)/;

function toExposure(input: TriageInput, text: string): Finding {
  const source = "特定個人情報漏えい等報告規則2条3号、PPC FAQ 5 Q17-10";
  if (input.public_exposure !== undefined)
    return officer(
      "public_exposure",
      input.public_exposure,
      "電磁的方法で不特定多数が閲覧できる状態",
      "不特定多数への公開なし",
      source,
    );
  const ev = sourceText(input, "cause");
  if (input.cause === "mispublication")
    return finding("yes", "誤掲載: 不特定多数が電磁的方法で閲覧できる（おそれ）", "cause", ev, source);
  const term = EXPOSED.exec(text)?.[0];
  if (input.cause === "misconfiguration")
    return term === undefined
      ? finding("unknown", "設定不備: 外部から閲覧できる状態だったか確認", "cause", ev, source)
      : finding("yes", `設定不備で「${term}」`, "evidence", excerpt(text, term), source);
  return finding("no", "不特定多数への電磁的な公開の記載なし", "cause", ev, source);
}

const ENCRYPTION_MENTION = /暗号化/;
const NOT_ENCRYPTED = /(暗号化(されて)?(い)?(な|ず)|未暗号化|暗号化せず|暗号化していな)/;

function toEncrypted(input: TriageInput, text: string): Finding {
  const source = "規則7条1号括弧書、PPC FAQ 5 Q17-14（強度と鍵の管理の両方）";
  if (input.encrypted !== undefined)
    return officer(
      "encrypted",
      input.encrypted,
      "高度な暗号化がされ、鍵も安全",
      "高度な暗号化なし（または鍵が漏えい）",
      source,
    );
  if (NOT_ENCRYPTED.test(text))
    return finding("no", "本文に暗号化されていなかった旨", "evidence", excerpt(text, "暗号化"), source);
  // A lost or stolen device described as encrypted may fall under the exception; elsewhere 暗号化 usually means a
  // single field (passwords), so it is only noted.
  if (ENCRYPTION_MENTION.test(text) && (input.cause === "loss" || input.cause === "theft"))
    return finding(
      "unknown",
      "本文に暗号化の記載: 高度な暗号化で鍵が安全なら報告対象外",
      "evidence",
      excerpt(text, "暗号化"),
      source,
    );
  return finding("no", "暗号化の記載なし: 高度な暗号化はないものとして判定", null, null, source);
}

function toNotALeak(input: TriageInput): Finding {
  if (input.recovered_before_viewed === true)
    return finding(
      "yes",
      "第三者に閲覧される前にすべて回収: 漏えいに当たらない（担当者入力）",
      "recovered_before_viewed",
      null,
      "通則編3-5-1-1、PPC FAQ Q6-1",
    );
  if (input.cause === "phishing" && input.phishing_route === "external")
    return finding(
      "yes",
      "事業者のサイト・メールを経由しないフィッシング: 事業者の個人データ・取得しようとしている情報ではない（担当者入力）",
      "phishing_route",
      null,
      "PPC FAQ Q6-7（読み方は要確認）",
    );
  return finding("no", "漏えい等に当たる", null);
}

/** Derives every fact triage uses from the input; officer fields win over what the incident's text suggests. */
export function toFacts(input: TriageInput, options: FactOptions = {}): Facts {
  const text = allText(input);
  const itemText = toItemText(input);
  const discovered = toDiscovered(input);
  return {
    input,
    org: toOrg(input, options),
    discovered,
    ruleDate: toRuleDate(input, discovered),
    text,
    itemText,
    cardPartial: input.data_items.includes("credit_card_number") && isCardPartial(input, itemText),
    mynumber: toMyNumber(input),
    sensitive: toSensitive(input, itemText),
    financial: toFinancial(input, itemText),
    wrongful: toWrongful(input),
    acquiring: toAcquiring(input, text),
    exposure: toExposure(input, text),
    encrypted: toEncrypted(input, text),
    notALeak: toNotALeak(input),
  };
}

/** The data items as the officer reads them: 氏名、住所、… */
export function toItemList(items: readonly DataItem[]): string {
  return items.map((i) => DATA_ITEM_LABELS[i]).join("、");
}
