/** @module An incident's words (vector, cause sentence, evidence) → VERIS 1.4 asset varieties and cloud flag (pure). */
import type { Cause } from "../../domain/incident.js";

/** Words for a medium or system → the VERIS asset variety (first match per row; rows in order). */
const ASSET_WORDS: readonly (readonly [RegExp, string])[] = [
  [/USB|ＵＳＢ|フラッシュメモリ|SDカード/i, "M - Flash drive"],
  [/外付け|ハードディスク|HDD/i, "M - Disk drive"],
  [/CD-?R|DVD|光ディスク/i, "M - Disk media"],
  [/FAX|ファクス|ファックス/i, "M - Fax"],
  [/書類|紙|名簿|台帳|伝票|帳票|封書|封筒|はがき|ハガキ|郵便|答案|カルテ|ファイル(?!サーバ)/, "M - Documents"],
  [/ノート(PC|パソコン)/, "U - Laptop"],
  [/パソコン|PC|端末/, "U - Desktop or laptop"],
  [/スマートフォン|スマホ|携帯電話|タブレット/, "U - Mobile phone"],
  [/メール|mail/i, "S - Mail"],
  [/VPN|リモートアクセス/, "N - Remote access"],
  [/データベース|DB|SQL/, "S - Database"],
  [/ウェブ|[Ww]eb|WEB|サイト|EC|通販|ホームページ|Struts|WordPress|アプリ/, "S - Web application"],
  [/ファイルサーバ|NAS/i, "S - File"],
  [/サーバ|クラウド|ストレージ/, "S - Unknown"],
];

/** When no word names the asset: what the cause usually involves. */
const ASSET_BY_CAUSE: Readonly<Partial<Record<Cause, string>>> = {
  sql_injection: "S - Web application",
  mispublication: "S - Web application",
  loss: "M - Documents",
  theft: "U - Desktop or laptop",
  targeted_email: "P - End-user or employee",
  phishing: "P - Unknown",
};

/** The asset varieties the text names (each once, in table order), else the cause's usual one, else Unknown. */
export function toVerisAssets(texts: readonly string[], cause: Cause): readonly string[] {
  const joined = texts.join("\n");
  const named = ASSET_WORDS.filter(([re]) => re.test(joined)).map(([, v]) => v);
  // "S - Unknown" (some server) and "U - Desktop or laptop" give way to a more specific kind named beside them.
  const specific = named.filter(
    (v) =>
      !(v === "S - Unknown" && named.some((w) => w.startsWith("S - ") && w !== v)) &&
      !(v === "U - Desktop or laptop" && named.includes("U - Laptop")),
  );
  const usual = ASSET_BY_CAUSE[cause];
  // SQL injection is always through a web application, whatever else the text names.
  if (cause === "sql_injection" && usual !== undefined && !specific.includes(usual)) specific.unshift(usual);
  return specific.length > 0 ? specific : [usual ?? "Unknown"];
}

/** External Cloud Asset(s) when the text names a cloud service, else Unknown. */
export function toVerisCloud(texts: readonly string[]): readonly string[] {
  return texts.some((t) => /クラウド|cloud|SaaS|AWS|Azure|S3/i.test(t)) ? ["External Cloud Asset(s)"] : ["Unknown"];
}
