/** @module Words of the login, 取り込み, トークン pages and the edit form (Japanese first). */
import type { Lang } from "./i18n.js";

const WORDS = {
  login_title: { ja: "ログイン", en: "Log in" },
  login_help: {
    ja: "編集にはトークンが必要です（管理者が roei token create --role editor で発行します）。トークンを貼り付けてください。",
    en: "Editing needs a token (an administrator issues one with roei token create --role editor). Paste it here.",
  },
  token_label: { ja: "トークン", en: "Token" },
  login_button: { ja: "ログイン", en: "Log in" },
  login_failed: { ja: "トークンが無効か、失効しています。", en: "The token is unknown or revoked." },
  logged_in_as: { ja: "ログイン中", en: "Logged in as" },
  logout_title: { ja: "ログアウト", en: "Log out" },
  logout_button: { ja: "ログアウトする", en: "Log out" },
  logged_out: { ja: "ログアウトしました。", en: "You are logged out." },
  login_needed: { ja: "この操作にはログインが必要です。", en: "You need to log in for this." },
  admin_needed: {
    ja: "このページは管理者トークンでログインした人だけが使えます。",
    en: "This page needs an administrator token.",
  },
  csrf_failed: {
    ja: "フォームの有効期限が切れました。ページを読み込み直してから送信してください。",
    en: "The form has expired. Reload the page and submit again.",
  },
  ingest_title: { ja: "取り込み", en: "Ingest" },
  paste_heading: { ja: "本文を貼り付ける", en: "Paste text" },
  text_label: { ja: "記事の本文（テキストまたはHTML）", en: "Article text (plain or HTML)" },
  title_label: { ja: "見出し（任意）", en: "Title (optional)" },
  published_label: { ja: "公表日（任意、YYYY-MM-DD）", en: "Published (optional, YYYY-MM-DD)" },
  url_heading: { ja: "URLから取り込む", en: "From a URL" },
  url_label: { ja: "記事のURL", en: "Article URL" },
  file_heading: { ja: "ファイルをアップロード", en: "Upload a file" },
  file_label: { ja: "ファイル（.txt, .html）", en: "File (.txt, .html)" },
  ingest_button: { ja: "取り込む", en: "Ingest" },
  feeds_heading: { ja: "フィード", en: "Feeds" },
  feed_url: { ja: "フィードのURL", en: "Feed URL" },
  feed_add: { ja: "追加", en: "Add" },
  feed_remove: { ja: "削除", en: "Remove" },
  feed_poll: { ja: "今すぐ巡回", en: "Poll now" },
  feed_none: { ja: "登録されたフィードはありません。", en: "No feeds yet." },
  last_polled: { ja: "最終巡回", en: "Last polled" },
  last_error: { ja: "最後のエラー", en: "Last error" },
  etag: { ja: "ETag", en: "ETag" },
  never: { ja: "未巡回", en: "never" },
  status_added: { ja: "取り込みました", en: "Ingested" },
  status_new_version: { ja: "新しい版として取り込みました", en: "Ingested as a new version" },
  status_unchanged: { ja: "同じ内容が既にあります（変更なし）", en: "Already stored (no change)" },
  status_failed: { ja: "取り込めませんでした", en: "Could not ingest" },
  incidents_changed: { ja: "更新されたインシデント", en: "Incidents changed" },
  feed_added: { ja: "フィードを追加しました。", en: "Feed added." },
  feed_removed: { ja: "フィードを削除しました。", en: "Feed removed." },
  feed_polled: { ja: "巡回しました。", en: "Polled." },
  feed_poll_failed: { ja: "巡回しましたが、一部で失敗しました。", en: "Polled; some feeds or items failed." },
  tokens_title: { ja: "トークン", en: "Tokens" },
  token_create_heading: { ja: "トークンを発行", en: "Create a token" },
  role_label: { ja: "権限", en: "Role" },
  role_editor: {
    ja: "編集者（取り込み・訂正・フィード・ウォッチリスト）",
    en: "Editor (ingest, corrections, feeds, watchlists)",
  },
  role_admin: { ja: "管理者（編集者の権限＋トークン管理）", en: "Administrator (editor + tokens)" },
  name_label: { ja: "名前（監査ログに記録されます）", en: "Name (recorded in the audit log)" },
  create_button: { ja: "発行", en: "Create" },
  token_created: {
    ja: "トークンを発行しました。この画面でしか表示されません。今すぐ安全な場所に保存してください。",
    en: "Token created. It is shown only on this page: store it somewhere safe now.",
  },
  revoke: { ja: "失効させる", en: "Revoke" },
  revoked: { ja: "失効", en: "Revoked" },
  token_revoked: { ja: "トークンを失効させました。", en: "Token revoked." },
  created_at: { ja: "発行日時", en: "Created" },
  last_used: { ja: "最終使用", en: "Last used" },
  name: { ja: "名前", en: "Name" },
  state: { ja: "状態", en: "State" },
  active: { ja: "有効", en: "Active" },
  edit_heading: { ja: "訂正する", en: "Correct a field" },
  field_label: { ja: "項目", en: "Field" },
  value_label: { ja: "新しい値", en: "New value" },
  value_help: {
    ja: "件数は数字のみ（例: 1200）、漏えい項目とCVEはカンマ区切り、日付は YYYY-MM-DD。JSONも使えます。",
    en: "A count as a number (1200); data items and CVEs comma-separated; dates YYYY-MM-DD. JSON works too.",
  },
  reason_label: { ja: "理由（必須、履歴に残ります）", en: "Reason (required, kept in the history)" },
  save_button: { ja: "訂正を保存", en: "Save correction" },
  edit_login: { ja: "訂正するにはログインしてください。", en: "Log in to correct this incident." },
  back: { ja: "戻る", en: "Back" },
  error_title: { ja: "送信できませんでした", en: "Not saved" },
} as const satisfies Record<string, Record<Lang, string>>;

export type WordKey = keyof typeof WORDS;
export type Words = (key: WordKey) => string;

export function words(lang: Lang): Words {
  return (key) => WORDS[key][lang];
}

/** Field names as the edit form shows them. */
export const FIELD_LABELS: Readonly<Record<string, readonly [ja: string, en: string]>> = {
  organization: ["組織名", "Organization"],
  announced: ["公表日", "Announced"],
  affected: ["件数", "Affected"],
  data_items: ["漏えい項目", "Data items"],
  cause: ["原因", "Cause"],
  cves: ["CVE", "CVEs"],
  certainty: ["確度", "Certainty"],
  organization_type: ["組織の種類", "Organization type"],
};
