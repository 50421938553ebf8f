/** @module Whether the number of people affected exceeds a threshold (規則7条4号, 43条4号, 番号法規則2条4号). */
import type { Affected, Certainty } from "../../domain/incident.js";
import { formatCount } from "./dates.js";
import type { Finding } from "./facts.js";

const fmt = formatCount;

/** Within this share of the threshold, an approximate (約) count cannot tell either way. */
const APPROX_MARGIN = 0.1;

/**
 * "N人を超える" applied to an announced count: N itself does not exceed N. An upper bound (最大) or a cumulative count
 * (延べ) above N counts on the "maximum possible number" reading of 通則編 3-5-3-1 (legal-rules.md §1.3, verify);
 * a lower bound (以上) at or below N, an approximate count close to N, or no count needs review.
 * @example exceedsThreshold({ value: 1001, qualifier: "exact", unit: "people" }, 1000) → status "yes"
 */
export function exceedsThreshold(
  affected: Affected,
  threshold: number,
  certainty: Certainty,
  evidence: string | null,
  source: string,
): Finding {
  const { value, qualifier, unit } = affected;
  const at = (status: Finding["status"], reason: string): Finding => ({
    status,
    reason: `${reason}${unitNote(unit, status)}${certainty === "possible" ? "（漏えいのおそれも対象）" : ""}`,
    field: "affected",
    evidence,
    source,
  });
  const limit = `${fmt(threshold)}人`;
  if (value === null) return at("unknown", `人数不明: 最大で${limit}を超えうるなら該当`);
  const shown = fmt(value);
  switch (qualifier) {
    case "at_least":
      return value > threshold
        ? at("yes", `${shown}以上: ${limit}を超える`)
        : at("unknown", `${shown}以上は下限: ${limit}を超えるか要確認`);
    case "approx":
      if (Math.abs(value - threshold) <= threshold * APPROX_MARGIN)
        return at("unknown", `約${shown}: ${limit}を超えるか要確認`);
      return value > threshold ? at("yes", `約${shown}: ${limit}を超える`) : at("no", `約${shown}: ${limit}以下`);
    case "max":
    case "cumulative": {
      const word = qualifier === "max" ? "最大" : "延べ";
      return value > threshold
        ? at("yes", `${word}${shown}: 最大数が${limit}を超える（最大数で判定）`)
        : at("no", `${word}${shown}: ${limit}以下`);
    }
    case "exact":
    case null:
      return value > threshold ? at("yes", `${shown}: ${limit}を超える`) : at("no", `${shown}: ${limit}を超えない`);
  }
}

function unitNote(unit: Affected["unit"], status: Finding["status"]): string {
  if (unit === "records") return status === "no" ? "（件数。人数は件数以下とみなした）" : "（件数であり人数ではない）";
  return unit === null ? "（単位不明、人数とみなした）" : "";
}
