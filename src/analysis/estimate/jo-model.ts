/**
 * @module The JNSA JO model (JNSA Damage Operation Model for Individual Information Leak): estimated compensation per
 * person = 500 × (10^(x−1) + 5^(y−1)) × 本人特定容易度 × 社会的責任度 × 事後対応評価, and per incident × people.
 * Formula and factors: thinkit table12, lrm.jp, the 2003 report summary (harukiya), JNSA 2005 report text
 * (legal-rules.md §5.1). 精神的苦痛 (x) takes base 10 and 経済的損失 (y) base 5; x and y are maxima taken
 * independently over the items (thinkit; the recommended rule of legal-rules.md §5.1, conflict 2).
 */
import type { Affected, DataItem } from "../../domain/incident.js";
import { type Award, COURT_AWARDS } from "./court-awards.js";
import { ITEM_LEVELS, type Level, type LevelEntry, TERM_LEVELS } from "./levels.js";

/** 基礎情報価値: 500 points for every data type (thinkit; mylogstar "一律500ポイント"; lrm.jp). */
export const BASE_VALUE = 500;

export type ResponseQuality = "appropriate" | "inappropriate" | "unknown";

export type EstimateInput = {
  readonly data_items: readonly DataItem[];
  readonly affected: Affected;
  /** Texts that name the leaked items (evidence, the data-items sentence, extra item names), searched for EP terms. */
  readonly itemText: string;
  /** Only part of the card number leaked (last 4 digits). */
  readonly cardPartial: boolean;
  /** High-level encryption: the model has no factor for it, so the figure is flagged (legal-rules.md TC12). */
  readonly encrypted: boolean;
  /** A public body (行政機関等, 地方公共団体): 社会的責任度 defaults to 2 (legal-rules.md TC10; an assumption). */
  readonly publicBody: boolean;
};

export type EstimateOptions = {
  /** 社会的責任度: 2 "一般より高い", 1 "一般的" (thinkit). Default 1, or 2 for a public body. */
  readonly socialResponsibility?: 1 | 2;
  /** 事後対応評価: inappropriate → 2; appropriate or unknown → 1 (thinkit). Default unknown. */
  readonly response?: ResponseQuality;
  /** Level overrides per key (e.g. a different view of mynumber). */
  readonly levels?: Readonly<Partial<Record<DataItem, Level>>>;
};

export type ItemLevel = {
  readonly item: string;
  readonly x: number;
  readonly y: number;
  readonly basis: string;
  readonly assumption: boolean;
};

export type Factor = { readonly value: number; readonly reason: string };

export type Estimate = {
  readonly model: string;
  readonly formula: string;
  readonly per_person_yen: number;
  /** per person × people; null when the count is unknown. */
  readonly total_yen: number | null;
  readonly people: number | null;
  readonly people_note: string;
  readonly x: number;
  readonly y: number;
  readonly sensitivity: number;
  readonly identifiability: Factor;
  readonly social_responsibility: Factor;
  readonly response: Factor;
  readonly items: readonly ItemLevel[];
  readonly flags: readonly string[];
  readonly caution: string;
  readonly court_awards: readonly Award[];
};

/** 機微情報度 = 10^(x−1) + 5^(y−1). */
export function toSensitivity(x: number, y: number): number {
  return 10 ** (x - 1) + 5 ** (y - 1);
}

/** The level each item contributes, after the card and account combinations (Simple-EP) and text terms. */
export function toItemLevels(input: EstimateInput, options: EstimateOptions = {}): readonly ItemLevel[] {
  const has = (k: DataItem) => input.data_items.includes(k);
  const fromKeys = input.data_items.map((key): ItemLevel => {
    const override = options.levels?.[key];
    const entry: LevelEntry =
      override === undefined ? combined(key, input, has) : { ...override, basis: "指定された水準", assumption: false };
    return { item: key, x: entry.x, y: entry.y, basis: entry.basis, assumption: entry.assumption };
  });
  const fromText = TERM_LEVELS.filter(([pattern]) => pattern.test(input.itemText)).map(
    ([, label, e]): ItemLevel => ({ item: label, x: e.x, y: e.y, basis: e.basis, assumption: e.assumption }),
  );
  return [...fromKeys, ...fromText];
}

function combined(key: DataItem, input: EstimateInput, has: (k: DataItem) => boolean): LevelEntry {
  const base = ITEM_LEVELS[key];
  if (key === "credit_card_number") {
    if (input.cardPartial) return { x: 1, y: 1, basis: "カード番号の一部（下4桁）のみ", assumption: true };
    if (has("card_expiry") || has("card_security_code"))
      return { x: 1, y: 3, basis: "JNSA Simple-EP: クレジットカード番号＋有効期限", assumption: false };
  }
  if ((key === "card_expiry" || key === "card_security_code") && has("credit_card_number") && !input.cardPartial)
    return { x: 1, y: 1, basis: "カード番号との組み合わせとして credit_card_number で評価", assumption: false };
  if (key === "bank_account" && /暗証番号/.test(input.itemText))
    return { x: 1, y: 3, basis: "JNSA Simple-EP: 口座番号＋暗証番号", assumption: false };
  if (key === "password" && /ハッシュ/.test(input.itemText))
    return { x: 1, y: 1, basis: "ハッシュ化されたパスワードは低いとした", assumption: true };
  return base;
}

/** 本人特定容易度: 6 氏名と住所; 3 氏名, or 住所と電話番号; 1 otherwise (thinkit; lrm.jp; check 6 before 3). */
export function toIdentifiability(items: readonly DataItem[]): Factor {
  const name = items.includes("name") || items.includes("kana_name");
  const address = items.includes("address");
  const phone = items.includes("phone") || items.includes("mobile_phone");
  if (name && address) return { value: 6, reason: "氏名と住所: 個人を簡単に特定可能" };
  if (name) return { value: 3, reason: "氏名: コストを掛ければ特定できる" };
  if (address && phone) return { value: 3, reason: "住所と電話番号: コストを掛ければ特定できる" };
  return { value: 1, reason: "氏名・住所なし: 特定困難" };
}

function toSocial(input: EstimateInput, options: EstimateOptions): Factor {
  if (options.socialResponsibility !== undefined)
    return { value: options.socialResponsibility, reason: "指定された値" };
  // JNSA's criteria for "higher" were not found; public bodies are commonly placed there (legal-rules.md §5.1, TC10).
  return input.publicBody
    ? { value: 2, reason: "公的機関のため一般より高いとした（仮定。--social で変更可）" }
    : { value: 1, reason: "一般的（既定値。大企業・著名企業なら2を検討）" };
}

function toResponse(options: EstimateOptions): Factor & { quality: ResponseQuality } {
  const quality = options.response ?? "unknown";
  if (quality === "inappropriate") return { value: 2, quality, reason: "事後対応が不適切" };
  return { value: 1, quality, reason: quality === "appropriate" ? "事後対応が適切" : "事後対応の評価不明（既定値1）" };
}

function toPeople(affected: Affected): { people: number | null; note: string } {
  if (affected.value === null) return { people: null, note: "人数不明のため合計は計算できない" };
  const records = affected.unit === "records" ? "件数を人数とみなした（実際の人数はより少ないことがある）。" : "";
  const q = affected.qualifier;
  const qual =
    q === "max" ? "最大値で計算。" : q === "at_least" ? "下限値で計算。" : q === "cumulative" ? "延べ数で計算。" : "";
  return { people: affected.value, note: `${records}${qual}`.trim() || "公表された人数で計算" };
}

/** The JO estimate for one incident: per person, total, and how each factor was set. */
export function estimateDamage(input: EstimateInput, options: EstimateOptions = {}): Estimate {
  const items = toItemLevels(input, options);
  const x = Math.max(1, ...items.map((i) => i.x));
  const y = Math.max(1, ...items.map((i) => i.y));
  const sensitivity = toSensitivity(x, y);
  const identifiability = toIdentifiability(input.data_items);
  const social = toSocial(input, options);
  const response = toResponse(options);
  const perPerson = BASE_VALUE * sensitivity * identifiability.value * social.value * response.value;
  const { people, note } = toPeople(input.affected);
  const flags = [
    ...(input.encrypted ? ["暗号化済み: JOモデルに暗号化の係数はなく、この額は意味をなさない（参考値）"] : []),
    ...items.filter((i) => i.assumption).map((i) => `${i.item}: 水準は仮定（${i.basis}）`),
  ];
  return {
    model: "JNSA JOモデル",
    formula: `${BASE_VALUE} × (10^(${x}−1) + 5^(${y}−1)) × ${identifiability.value} × ${social.value} × ${response.value}`,
    per_person_yen: perPerson,
    total_yen: people === null ? null : perPerson * people,
    people,
    people_note: note,
    x,
    y,
    sensitivity,
    identifiability,
    social_responsibility: social,
    response: { value: response.value, reason: response.reason },
    items,
    flags,
    caution: "JOモデルは全員が訴えた場合の想定額で、判決額の予測ではない（実際に訴えるのは約0.02%）",
    court_awards: COURT_AWARDS,
  };
}
