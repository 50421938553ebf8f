/** @module Campaigns → readable Japanese text (JSON is the objects themselves): pure. */
import type { Campaign } from "./campaigns.js";
import { toCountJa } from "./classify/labels.js";

const KIND_JA: Readonly<Record<Campaign["kind"], string>> = { cve: "CVE", product: "製品", vendor: "委託先・ベンダー" };

/** One block per campaign: label, members in date order, timeline span, totals. */
export function formatCampaignsText(campaigns: readonly Campaign[]): string {
  if (campaigns.length === 0)
    return "キャンペーンは見つかりませんでした（共通のCVE・製品・委託先を持つ複数組織の事故なし）\n";
  const blocks = campaigns.map((c) => {
    const t = c.totals;
    const dates = c.timeline.map((e) => e.date).filter((d) => !d.startsWith("--"));
    const lines = [
      `■ ${c.label}  [${KIND_JA[c.kind]}]  ${c.key}`,
      `  事故 ${t.incidents}件・${t.organizations}組織　人数計 ${t.people.sum.toLocaleString("en-US")}人（公表値の合算、最大値を含む）　件数計 ${t.records.sum.toLocaleString("en-US")}件　不明 ${t.unknown}件`,
    ];
    if (c.cves.length > 0) lines.push(`  CVE: ${c.cves.join(", ")}`);
    if (dates.length > 0) lines.push(`  期間: ${dates[0]} 〜 ${dates.at(-1)}`);
    for (const m of c.members) {
      const role = m.role === "vendor" ? "（委託先自身）" : "";
      lines.push(`  - ${m.announced ?? "----------"}  ${m.organization}${role}  ${toCountJa(m.affected)}  ${m.key}`);
    }
    return lines.join("\n");
  });
  return `${blocks.join("\n\n")}\n`;
}
