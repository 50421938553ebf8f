/**
 * @module Organization name → organization type (組織種別) in the groups JNSA and the PPC use (自治体, 官公庁, 警察,
 * 医療機関, 教育機関, 企業, 団体): ordered rule tables over the NFKC name, with the prefecture gazetteer and the suffix
 * list of src/pipeline/fields/gazetteer.ts. Pure.
 */
import type { OrganizationType } from "../../domain/store.js";
import { ENTITY_FORMS, ORG_SUFFIXES, PREFECTURES } from "./gazetteer.js";

/** How the type was decided; `default` means no rule matched and the name was taken for a company. */
export type OrganizationTypeBasis = "police" | "municipal" | "suffix" | "entity_form" | "gazetteer" | "default";

export type OrganizationTypeResult = {
  readonly type: OrganizationType;
  readonly by: OrganizationTypeBasis;
  /** The prefecture the name starts with (大阪府大阪市 → 大阪府), or null. */
  readonly prefecture: string | null;
};

/** Police bodies, wherever the name ends (大川県警察本部, 北署, 警視庁): checked first, as 警察庁 ends in 庁. */
const POLICE = /(?:県警|府警|道警|警視庁|警察本部|警察署|警察庁|県警察|府警察|道警察|警察|交番|駐在所)(?:本部)?$/u;

/**
 * A municipality (市/区/町/村, optionally after a prefecture) at the start of a name, then a department of it: 北浜市水道局,
 * 大川県港北市健康推進課. Departments of local government end in these words (地方自治法 158条 organizes them as
 * 部, 課, 局, with 支所・出張所 as branch offices).
 */
const PREF = String.raw`[\p{Script=Han}]{1,3}[都道府県]`;
const CITY = String.raw`[\p{Script=Han}\p{Script=Katakana}ヶケ]{1,5}[市区町村](?:[\p{Script=Han}]{1,4}区)?`;
const DEPARTMENT =
  "(?:役所|役場|庁舎|支所|出張所|事務所|部|課|局|室|係|センター|保健所|消防本部|消防署|消防局|図書館|公民館|美術館|博物館|清掃工場|児童相談所|福祉事務所|選挙管理委員会|教育委員会|議会)";
const MUNICIPAL_DEPARTMENT = new RegExp(
  `^(?:${PREF}(?:${CITY})?|${CITY})[\\p{Script=Han}\\p{Script=Katakana}ー・]*?${DEPARTMENT}$`,
  "u",
);

/** Prefectural offices end in 庁 but are local (北海道庁, 大川県庁): listed before the 庁 → national rule. */
const PREFECTURAL_OFFICE = /(?:[都道府県]庁|都庁|道庁|府庁|県庁)$/u;

/** Public institutions named after their owner (県立, 市立…): the institution's kind decides, else the owner. */
const PUBLIC_INSTITUTION: readonly (readonly [pattern: RegExp, type: OrganizationType])[] = [
  [/(?:病院|医療センター|診療所|クリニック|病センター)$/u, "medical"],
  [
    /(?:大学|大学院|短期大学|高等専門学校|高等学校|高校|中学校|小学校|義務教育学校|特別支援学校|学校|幼稚園|こども園)$/u,
    "education",
  ],
];

/** Names that end in a suffix of ORG_SUFFIXES but belong elsewhere: checked before the suffix table, longest first. */
const SUFFIX_OVERRIDES: readonly (readonly [suffix: string, type: OrganizationType])[] = [
  ["国立病院機構", "medical"],
  ["地域医療機能推進機構", "medical"],
  ["医療センター", "medical"],
  ["医科大学", "education"],
  ["歯科大学", "education"],
  ["歯科医院", "medical"],
  ["歯科", "medical"],
  ["消防庁", "national_government"],
  ["消防署", "local_government"],
  ["消防本部", "local_government"],
  ["消防局", "local_government"],
  ["保育所", "education"],
  ["社会福祉協議会", "association"],
  ["農業協同組合", "association"],
  ["漁業協同組合", "association"],
  ["信用組合", "company"],
  ["信用金庫", "company"],
  ["労働金庫", "company"],
  ["協同組合", "association"],
  ["事業団", "association"],
  ["団体", "association"],
  ["連盟", "association"],
  ["学会", "association"],
  ["共済会", "association"],
  ["共済組合", "association"],
];

/**
 * 法人格 that tell the type when the ending does not (学校法人X会, 医療法人社団X会). 独立行政法人 and 国立研究開発法人 are
 * grouped with the state, as the PPC's public-sector rules (legal-rules.md §2) treat 独立行政法人等.
 */
const FORM_TYPES: readonly (readonly [form: string, type: OrganizationType])[] = [
  ["国立大学法人", "education"],
  ["公立大学法人", "education"],
  ["学校法人", "education"],
  ["医療法人", "medical"],
  ["地方独立行政法人", "local_government"],
  ["独立行政法人", "national_government"],
  ["国立研究開発法人", "national_government"],
  ["社会福祉法人", "association"],
  ["一般社団法人", "association"],
  ["公益社団法人", "association"],
  ["一般財団法人", "association"],
  ["公益財団法人", "association"],
  ["特定非営利活動法人", "association"],
  ["NPO法人", "association"],
  ["宗教法人", "association"],
  ["生活協同組合", "association"],
  ["事業協同組合", "association"],
  ["協同組合", "association"],
  ["社会医療法人", "medical"],
  ["株式会社", "company"],
  ["有限会社", "company"],
  ["合同会社", "company"],
  ["合名会社", "company"],
  ["合資会社", "company"],
  ["(株)", "company"],
  ["(有)", "company"],
  ["㈱", "company"],
  ["㈲", "company"],
];

const FORMS_RE = new RegExp(
  [...ENTITY_FORMS, "(株)", "(有)", "㈱", "㈲"]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[()]/g, "\\$&"))
    .join("|"),
  "gu",
);

const SUFFIXES_LONGEST_FIRST = [...ORG_SUFFIXES].sort((a, b) => b[0].length - a[0].length);

/** The type of an organization from its name, with how it was decided. */
export function classifyOrganization(name: string): OrganizationTypeResult {
  const nfkc = name.normalize("NFKC").replace(/\s+/gu, "");
  const bare = nfkc.replace(FORMS_RE, "");
  const prefecture = PREFECTURES.find((p) => bare.startsWith(p)) ?? null;
  const result = (type: OrganizationType, by: OrganizationTypeBasis): OrganizationTypeResult => ({
    type,
    by,
    prefecture,
  });
  if (bare.length === 0)
    return result(nfkc.length === 0 ? "unknown" : "company", nfkc.length === 0 ? "default" : "entity_form");
  if (POLICE.test(bare)) return result("police", "police");
  if ((PREFECTURES as readonly string[]).includes(bare)) return result("local_government", "gazetteer");
  if (PREFECTURAL_OFFICE.test(bare)) return result("local_government", "gazetteer");
  const institution = PUBLIC_INSTITUTION.find(([pattern]) => pattern.test(bare));
  if (institution) return result(institution[1], "suffix");
  const override = SUFFIX_OVERRIDES.find(([suffix]) => bare.length > suffix.length && bare.endsWith(suffix));
  if (override) return result(override[1], "suffix");
  if (MUNICIPAL_DEPARTMENT.test(bare)) return result("local_government", "municipal");
  const bySuffix = suffixTypeOf(bare);
  const byForm = FORM_TYPES.find(([form]) => nfkc.includes(form))?.[1] ?? null;
  // A public or non-profit 法人格 outranks a generic ending (独立行政法人X研究所, 社会福祉法人Xセンター).
  if (byForm !== null && byForm !== "company" && (bySuffix === null || WEAK_SUFFIX_TYPES.has(bySuffix))) {
    return result(byForm, "entity_form");
  }
  if (bySuffix !== null) return result(bySuffix, "suffix");
  if (byForm !== null) return result(byForm, "entity_form");
  return result("company", "default");
}

/** Types that a generic ending (研究所, センター, 社) suggests only weakly. */
const WEAK_SUFFIX_TYPES: ReadonlySet<OrganizationType> = new Set(["company", "association"]);

/** Just the type (the shape `toOrganizationType` in the merge step returns). */
export function toOrganizationTypeOf(name: string): OrganizationType {
  return classifyOrganization(name).type;
}

function suffixTypeOf(name: string): OrganizationType | null {
  for (const [suffix, type] of SUFFIXES_LONGEST_FIRST) {
    if (name.length > suffix.length && name.endsWith(suffix)) return type;
  }
  return null;
}
