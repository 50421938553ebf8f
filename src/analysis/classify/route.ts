/**
 * @module Incident → 漏えい媒体・経路 (route/media): the JNSA 媒体・経路 groups (anchors.md §5.1: 紙媒体, インターネット,
 * 電子メール, USB等可搬記録媒体, PC本体, and FAX, その他) with インターネット split into サーバ, クラウド and Web, and TSR's
 * 媒体 (§5.2: 社内システム・サーバー, パソコン・携帯端末, 書類・紙媒体, USB) derivable from them. Pure, table-driven.
 */
import type { Cause, DataItem, Incident } from "../../domain/incident.js";
import { type IncidentWords, toIncidentText } from "./text.js";

export const ROUTES = ["paper", "portable_media", "pc", "email", "server", "cloud", "web", "fax", "other"] as const;
export type Route = (typeof ROUTES)[number];

/** Japanese labels, as JNSA names its 媒体・経路 groups (サーバ/クラウド/Web are roei's split of インターネット). */
export const ROUTE_JA: Readonly<Record<Route, string>> = {
  paper: "紙媒体",
  portable_media: "USB等可搬記録媒体",
  pc: "PC本体",
  email: "電子メール",
  server: "サーバ/インターネット",
  cloud: "クラウド",
  web: "Web",
  fax: "FAX",
  other: "その他",
};

/**
 * Words that name each route in a Japanese announcement. メール is email only when not part of メールアドレス (a data
 * item) or a メールマガジン registration; サイト alone is the Web.
 */
const ROUTE_WORDS: Readonly<Record<Exclude<Route, "other">, RegExp>> = {
  fax: /FAX|ファクス|ファックス|ファクシミリ/iu,
  email: /電子メール|メール(?!アドレス|マガジン|配信サービス)|誤送信|BCC|CC欄|TO欄|添付ファイル/iu,
  portable_media: /USB|メモリー?カード|SDカード|CD-?ROM|CD-?R|DVD|外付け|ハードディスク|HDD|記録媒体|可搬/iu,
  pc: /パソコン|PC|タブレット|スマートフォン|スマホ|携帯電話|端末/iu,
  paper:
    /書類|紙|名簿|帳票|申込書|申請書|答案|用紙|封書|封筒|はがき|ハガキ|郵送|郵便物|書面|台帳|カルテ|ファイル(?:ごと|ケース)|広報誌|チラシ/u,
  cloud:
    /クラウド|SaaS|Salesforce|セールスフォース|AWS|Amazon S3|S3バケット|Azure|Google\s?(?:ドライブ|Drive|フォーム)|Box|Dropbox|OneDrive|Microsoft 365/iu,
  web: /Web|ウェブ|ホームページ|サイト|通販|ECサイト|ネットショップ|掲載|公開/iu,
  server: /サーバ|システム|ネットワーク|VPN|データベース|DB|不正アクセス|ランサムウェア|基幹/iu,
};

type CauseFamily = "cyber" | "setting" | "publication" | "delivery" | "physical" | "insider" | "operation" | "unknown";

/** Which family each cause belongs to: the family decides which routes are plausible and in what order. */
const FAMILY: Readonly<Record<Cause, CauseFamily>> = {
  unauthorized_access: "cyber",
  credential_theft: "cyber",
  vulnerability: "cyber",
  sql_injection: "cyber",
  malware: "cyber",
  targeted_email: "cyber",
  phishing: "cyber",
  system_failure: "cyber",
  misconfiguration: "setting",
  mispublication: "publication",
  misdelivery: "delivery",
  mis_operation: "operation",
  loss: "physical",
  theft: "physical",
  insider: "insider",
  unknown: "unknown",
};

/**
 * Per family: the routes to look for, most telling first, and the route when no word is found. An attack leaks
 * through the Internet whatever mail or PC the text also mentions (a 標的型メール's route is the server it opened);
 * a lost bag holding a USB stick and papers is filed under the stick, as JNSA files one medium per incident.
 */
const ROUTE_ORDER: Readonly<Record<CauseFamily, { readonly look: readonly Route[]; readonly otherwise: Route }>> = {
  cyber: { look: ["cloud", "web"], otherwise: "server" },
  setting: { look: ["cloud", "web", "server"], otherwise: "server" },
  publication: { look: ["paper", "cloud", "web"], otherwise: "web" },
  delivery: { look: ["fax", "email", "paper"], otherwise: "other" },
  operation: { look: ["fax", "email", "portable_media", "pc", "paper", "cloud", "web", "server"], otherwise: "other" },
  physical: { look: ["portable_media", "pc", "paper"], otherwise: "other" },
  insider: { look: ["portable_media", "email", "pc", "paper", "cloud", "server"], otherwise: "other" },
  unknown: { look: ["fax", "email", "portable_media", "pc", "paper", "cloud", "web", "server"], otherwise: "other" },
};

/** Data items that exist only in online systems: with no word for a route, they point at a server. */
const ONLINE_ITEMS: ReadonlySet<DataItem> = new Set(["login_id", "password", "ip_address"]);

export type RouteResult = {
  /** The one route JNSA-style tables count the incident under. */
  readonly route: Route;
  /** Every route the incident's words name (for a reader; the primary one first). */
  readonly mentioned: readonly Route[];
};

/** The 媒体・経路 of an incident, from its cause, its vector and evidence words, and its data items. */
export function toRoute(incident: Pick<Incident, "cause" | "data_items"> & IncidentWords): RouteResult {
  const text = toIncidentText(incident);
  const mentioned = ROUTES.filter((r) => r !== "other" && ROUTE_WORDS[r].test(text));
  const order = ROUTE_ORDER[FAMILY[incident.cause]];
  const found = order.look.find((r) => mentioned.includes(r));
  const online = incident.data_items.some((d) => ONLINE_ITEMS.has(d));
  const route = found ?? (order.otherwise === "other" && online ? "server" : order.otherwise);
  return { route, mentioned: [route, ...mentioned.filter((r) => r !== route)] };
}
