/**
 * @module The versioned rule table: which reporting rule was in force on a day, with its thresholds and deadlines.
 * Sources are in ../shared/docs/legal-rules.md §10; the 2026 amendment act (promulgated 2026-07-17, not in force as
 * of the latest sources, legal-rules.md §1.9) will need a new version here once its Cabinet Order sets a date.
 */
import type { OfficerOrgType } from "./input.js";

export type RegimeId = "appi" | "public" | "mynumber";

type Version = {
  /** Stable id of this version, shown in the output. */
  readonly id: string;
  readonly title: string;
  /** First day in force (YYYY-MM-DD), inclusive. */
  readonly from: string;
  /** Last day in force, inclusive; null while current. */
  readonly to: string | null;
  readonly source: string;
};

/** APPI report duty, private sector (規則7条) or public sector (規則43条). */
export type AppiRule = Version & {
  readonly kind: "appi";
  readonly regime: "appi" | "public";
  readonly appliesTo: readonly OfficerOrgType[];
  /** False for the 告示-era best-effort duty (努力義務) before 2022-04-01. */
  readonly mandatory: boolean;
  /** 4号: reportable when the number of people exceeds this (千人を超える / 百人を超える). */
  readonly threshold: number;
  /** 3号 also covers information being acquired (令和5年個人情報保護委員会規則第5号, in force 2024-04-01). */
  readonly acquiringCovered: boolean;
  /** 規則43条5号: 条例要配慮個人情報 (local bodies whose ordinance defines it). */
  readonly ordinanceItem: boolean;
  readonly finalDays: number;
  /** 確報 days when 3号 (不正の目的) applies. */
  readonly finalDaysWrongful: number;
  /** 速報 target, guidance: 通則編 3-5-3-3 "概ね3～5日以内" (quoted in [N1], [N2]; PPC leakAction page). */
  readonly preliminaryDays: readonly [number, number];
  /** The article numbers the items are cited by. */
  readonly article: string;
};

/** My Number report duty: the 2016 重大な事態 rule or the 2022 rule. */
export type MyNumberRule = Version & {
  readonly kind: "mynumber";
  readonly version: "serious_event_2016" | "report_2022";
  /** 4号 (2022) / 重大事態 (2016): more than 100 people (百人を超える; the old form wrote "101人以上"). */
  readonly threshold: number;
  /** 2022: おそれ is reportable; 2016: the legal duty covered only a 重大な事態 that actually occurred. */
  readonly possibleCounts: boolean;
  /** 2016: exposure to 不特定多数 counted only when actually viewed. */
  readonly requiresViewing: boolean;
  readonly finalDays: number | null;
  /** 確報 days when 2号 (不正の目的) applies. */
  readonly finalDaysWrongful: number | null;
  readonly preliminaryDays: readonly [number, number] | null;
  readonly notifyIndividuals: boolean;
};

const APPI_RULE_SOURCE =
  "個人情報保護法26条; 施行規則7–10条 (ledmonster/japanese-law doc/428/428M60020000003_20241206_506M60020000005.rst)";
const PUBLIC_RULE_SOURCE = "個人情報保護法68条; 施行規則43–45条 (same e-Gov mirror); PPC leakAction page";

const APPI_BASE = {
  kind: "appi",
  regime: "appi",
  appliesTo: ["private"],
  threshold: 1000, // 規則7条4号 "千人を超える": 1,000 is not over 1,000
  ordinanceItem: false,
  finalDays: 30, // 規則8条2項
  finalDaysWrongful: 60, // 規則8条2項 (3号)
  preliminaryDays: [3, 5],
  article: "規則7条",
} as const;

/** APPI private sector, oldest first. */
export const APPI_RULES: readonly AppiRule[] = [
  {
    ...APPI_BASE,
    id: "appi-private-2017-notice",
    title: "個人データの漏えい等の事案が発生した場合等の対応について（告示・努力義務）",
    from: "2017-05-30",
    to: "2022-03-31",
    // Before 令和2年改正 (in force 2022-04-01) reporting was a best-effort duty (miyake.gr.jp; iuris.jp 施行規則8条).
    mandatory: false,
    acquiringCovered: false,
    source: "PPC告示 (努力義務); miyake.gr.jp; iuris.jp 施行規則8条 施行日 令和4年4月1日",
  },
  {
    ...APPI_BASE,
    id: "appi-private-2022",
    title: "個人情報保護法施行規則7条（令和4年4月1日施行）",
    from: "2022-04-01",
    to: "2024-03-31",
    mandatory: true,
    acquiringCovered: false,
    source: APPI_RULE_SOURCE,
  },
  {
    ...APPI_BASE,
    id: "appi-private-2024",
    title: "個人情報保護法施行規則7条（令和5年個人情報保護委員会規則第5号による改正後、2024年4月1日施行）",
    from: "2024-04-01",
    to: null,
    mandatory: true,
    // 3号 extended to information being acquired (web skimming): iuris.jp 第七条; mclaw.jp (legal-rules.md §1.7)
    acquiringCovered: true,
    source: `${APPI_RULE_SOURCE}; iuris.jp 第七条 (施行日 2024-04-01); mclaw.jp`,
  },
];

const PUBLIC_BASE = {
  kind: "appi",
  regime: "public",
  mandatory: true,
  threshold: 100, // 規則43条4号 "百人を超える"
  finalDays: 30, // 規則44条
  finalDaysWrongful: 60,
  preliminaryDays: [3, 5],
  article: "規則43条",
  source: PUBLIC_RULE_SOURCE,
} as const;

/**
 * APPI public sector (行政機関等). National bodies from 2022-04-01; local bodies from 2023-04-01, the date the
 * prefectural 施行細則 (令和5年3月24日) point to (legal-rules.md §2, open point 5: verify).
 */
export const PUBLIC_RULES: readonly AppiRule[] = [
  {
    ...PUBLIC_BASE,
    id: "public-national-2022",
    title: "個人情報保護法施行規則43条（行政機関等、2022年4月1日施行）",
    from: "2022-04-01",
    to: "2024-03-31",
    appliesTo: ["national_government"],
    acquiringCovered: false,
    ordinanceItem: false,
  },
  {
    ...PUBLIC_BASE,
    id: "public-local-2023",
    title: "個人情報保護法施行規則43条（地方公共団体の機関等、2023年4月1日施行）",
    from: "2023-04-01",
    to: "2024-03-31",
    appliesTo: ["local_government"],
    acquiringCovered: false,
    ordinanceItem: true,
  },
  {
    ...PUBLIC_BASE,
    id: "public-2024",
    title: "個人情報保護法施行規則43条（令和5年改正後、2024年4月1日施行）",
    from: "2024-04-01",
    to: null,
    appliesTo: ["national_government", "local_government"],
    // 規則43条3号 carries the same "取得しようとしている" extension (legal-rules.md §2)
    acquiringCovered: true,
    ordinanceItem: true,
  },
];

/** My Number Act (番号法29条の4): the 重大な事態 rule, then the 2022 rule. */
export const MYNUMBER_RULES: readonly MyNumberRule[] = [
  {
    kind: "mynumber",
    id: "mynumber-2016-serious-event",
    version: "serious_event_2016",
    title: "特定個人情報の漏えいその他の特定個人情報の安全の確保に係る重大な事態の報告に関する規則（重大事態）",
    from: "2016-01-01",
    to: "2022-03-31",
    threshold: 100,
    possibleCounts: false, // the legal 確報 duty covered only actual 重大な事態 (portal.shojihomu.jp 5874693)
    requiresViewing: true, // takarazuka-cci 25772: "不特定多数…閲覧された"
    finalDays: null,
    finalDaysWrongful: null,
    preliminaryDays: null,
    notifyIndividuals: false, // notice to individuals came with 法29条の4第2項 in 2022 (businesslawyers.jp 1435)
    source: "旧番号法28条の4; 重大事態報告規則 (takarazuka-cci.or.jp 25772; expydoc 旧様式; portal.shojihomu.jp 38523)",
  },
  {
    kind: "mynumber",
    id: "mynumber-2022",
    version: "report_2022",
    title: "番号法29条の4・特定個人情報の漏えい等に関する報告等に関する規則2–5条（2022年4月1日施行）",
    from: "2022-04-01",
    to: null,
    threshold: 100, // 規則2条4号 "百人を超える"
    possibleCounts: true,
    requiresViewing: false, // 規則2条3号 "閲覧されるおそれ"; FAQ 5 Q17-10
    finalDays: 30, // 規則3条
    finalDaysWrongful: 60, // 規則3条: 60 days for 2号
    preliminaryDays: [3, 5], // applying the APPI 3–5-day guidance here is an inference (legal-rules.md §3.1, verify)
    notifyIndividuals: true, // 規則5条
    source:
      "番号法29条の4; 特定個人情報漏えい等報告規則2–5条 (ledmonster/japanese-law doc/427/427M60020000005_20250401_507M60020000001.rst)",
  },
];

/** The version in force on a day for an organization type, or null when none was. */
export function toAppiRule(rules: readonly AppiRule[], day: string, org: OfficerOrgType): AppiRule | null {
  return rules.find((r) => r.appliesTo.includes(org) && r.from <= day && (r.to === null || day <= r.to)) ?? null;
}

/** The My Number version in force on a day, or null before 2016-01-01. */
export function toMyNumberRule(day: string): MyNumberRule | null {
  return MYNUMBER_RULES.find((r) => r.from <= day && (r.to === null || day <= r.to)) ?? null;
}
