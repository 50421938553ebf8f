/**
 * @module roei cause → the 原因 categories of the two Japanese surveys (JNSA 個人情報漏えい編 and 東京商工リサーチ's
 * 上場企業の個人情報漏えい・紛失事故 調査), so roei's own data can be laid out like their tables. Pure, table-driven.
 * Category names are spelled as ../shared/docs/anchors.md §5.1 and §5.2 list them.
 */
import type { Cause, Incident } from "../../domain/incident.js";
import { type IncidentWords, toIncidentText } from "./text.js";

/**
 * JNSA 原因 (anchors.md §5.1): the nine seen in the 2017/2018 figures, then ワーム・ウイルス, 目的外使用, その他, 不明, which
 * anchors.md marks as used in JNSA tables but inferred.
 */
export const JNSA_CAUSES = [
  "紛失・置忘れ",
  "誤操作",
  "不正アクセス",
  "管理ミス",
  "盗難",
  "設定ミス",
  "内部犯罪・内部不正行為",
  "不正な情報持ち出し",
  "バグ・セキュリティホール",
  "ワーム・ウイルス",
  "目的外使用",
  "その他",
  "不明",
] as const;
export type JnsaCause = (typeof JNSA_CAUSES)[number];

/** 東京商工リサーチ 原因 (anchors.md §5.2), in the order TSR's releases list them. */
export const TSR_CAUSES = [
  "ウイルス感染・不正アクセス",
  "誤表示・誤送信",
  "紛失・誤廃棄",
  "不正持ち出し・盗難",
  "その他",
] as const;
export type TsrCause = (typeof TSR_CAUSES)[number];

/**
 * roei cause → JNSA 原因. JNSA files attacks that exploit a flaw under 不正アクセス and keeps バグ・セキュリティホール for
 * leaks a defect causes by itself (data shown to the wrong user), so `vulnerability` → 不正アクセス and
 * `system_failure` → バグ・セキュリティホール. 標的型メール leaks come through the malware it delivers → ワーム・ウイルス.
 */
const JNSA_BY_CAUSE: Readonly<Record<Cause, JnsaCause>> = {
  unauthorized_access: "不正アクセス",
  credential_theft: "不正アクセス",
  vulnerability: "不正アクセス",
  sql_injection: "不正アクセス",
  phishing: "不正アクセス",
  misconfiguration: "設定ミス",
  malware: "ワーム・ウイルス",
  targeted_email: "ワーム・ウイルス",
  insider: "内部犯罪・内部不正行為",
  loss: "紛失・置忘れ",
  theft: "盗難",
  misdelivery: "誤操作",
  mispublication: "誤操作",
  mis_operation: "誤操作",
  system_failure: "バグ・セキュリティホール",
  unknown: "不明",
};

/**
 * Words that move an incident to a neighbouring JNSA category (JNSA's 漏えい原因の定義, as summarized in anchors.md
 * §5.1): taking data out (持ち出し) without a stated crime is 不正な情報持ち出し; a lost item whose whereabouts were
 * never known or that was thrown away is 管理ミス; a publication error made through settings is 設定ミス.
 */
const JNSA_REFINEMENTS: readonly (readonly [from: Cause, words: RegExp, to: JnsaCause])[] = [
  ["insider", /持ち出|持出/u, "不正な情報持ち出し"],
  ["loss", /所在不明|誤廃棄|誤って廃棄|廃棄/u, "管理ミス"],
  ["mis_operation", /誤廃棄|誤って廃棄|所在不明/u, "管理ミス"],
  ["mispublication", /設定/u, "設定ミス"],
];

/**
 * roei cause → TSR 原因. TSR counts any attack (malware included) as ウイルス感染・不正アクセス; wrong display, sending and
 * handing over as 誤表示・誤送信 (a misconfigured share or a defect shows data to the wrong people, so those go there
 * too); 不正持ち出し・盗難 covers both insiders and thieves.
 */
const TSR_BY_CAUSE: Readonly<Record<Cause, TsrCause>> = {
  unauthorized_access: "ウイルス感染・不正アクセス",
  credential_theft: "ウイルス感染・不正アクセス",
  vulnerability: "ウイルス感染・不正アクセス",
  sql_injection: "ウイルス感染・不正アクセス",
  phishing: "ウイルス感染・不正アクセス",
  malware: "ウイルス感染・不正アクセス",
  targeted_email: "ウイルス感染・不正アクセス",
  misconfiguration: "誤表示・誤送信",
  mispublication: "誤表示・誤送信",
  misdelivery: "誤表示・誤送信",
  mis_operation: "誤表示・誤送信",
  system_failure: "誤表示・誤送信",
  loss: "紛失・誤廃棄",
  theft: "不正持ち出し・盗難",
  insider: "不正持ち出し・盗難",
  unknown: "その他",
};

/** A 誤廃棄 stated in the text is 紛失・誤廃棄 whatever the cause key (TSR's own category name). */
const TSR_REFINEMENTS: readonly (readonly [from: Cause, words: RegExp, to: TsrCause])[] = [
  ["mis_operation", /誤廃棄|誤って廃棄/u, "紛失・誤廃棄"],
];

/** The JNSA 原因 category of an incident: its cause, refined by the words of its own sentences. */
export function toJnsaCause(incident: Pick<Incident, "cause"> & IncidentWords): JnsaCause {
  const text = toIncidentText(incident);
  const refined = JNSA_REFINEMENTS.find(([from, words]) => from === incident.cause && words.test(text));
  return refined?.[2] ?? JNSA_BY_CAUSE[incident.cause];
}

/** The 東京商工リサーチ 原因 category of an incident. */
export function toTsrCause(incident: Pick<Incident, "cause"> & IncidentWords): TsrCause {
  const text = toIncidentText(incident);
  const refined = TSR_REFINEMENTS.find(([from, words]) => from === incident.cause && words.test(text));
  return refined?.[2] ?? TSR_BY_CAUSE[incident.cause];
}
