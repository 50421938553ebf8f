/**
 * @module The lessons table of the casebook (事例集): which 教訓 an incident teaches, from its cause, route, products,
 * data items and words. Pure data plus one matcher; each row says what it teaches and why it applies.
 */
import type { Cause, DataItem } from "../domain/incident.js";
import type { Route } from "./classify/route.js";

export type Lesson = { readonly title: string; readonly points: readonly string[] };

/** What a lesson rule looks at. */
export type LessonFacts = {
  readonly cause: Cause;
  readonly route: Route;
  readonly products: readonly string[];
  readonly cves: readonly string[];
  readonly dataItems: readonly DataItem[];
  /** The incident's own words (NFKC): vector, evidence, sourced sentences. */
  readonly text: string;
  /** True when another organization's incident is linked (a shared vendor) or the text names a contractor. */
  readonly viaVendor: boolean;
};

type LessonRule = { readonly when: (f: LessonFacts) => boolean; readonly lesson: Lesson };

const is =
  (...causes: Cause[]) =>
  (f: LessonFacts) =>
    causes.includes(f.cause);

/**
 * The table, in the order lessons are printed. The measures are the usual ones of the PPC's guideline on security
 * control measures (個人情報保護法ガイドライン通則編 10 (別添) 講ずべき安全管理措置: 組織的・人的・物理的・技術的安全管理措置)
 * and IPA's 情報セキュリティ10大脅威 explanations, matched to the cause that calls for them.
 */
export const LESSON_RULES: readonly LessonRule[] = [
  {
    when: (f) => is("loss", "theft")(f) && f.route === "portable_media",
    lesson: {
      title: "記録媒体の暗号化と持ち出しルール",
      points: [
        "USBメモリ等の可搬媒体は暗号化機能付きのものに限り、個人データは暗号化して保存する",
        "持ち出しは許可制とし、持ち出し・返却を台帳に記録する",
        "業務で使う媒体を登録制にし、未登録媒体への書き込みを制限する",
      ],
    },
  },
  {
    when: (f) => is("loss", "theft")(f) && f.route === "pc",
    lesson: {
      title: "端末の暗号化と持ち出し管理",
      points: [
        "ノートPC・スマートフォンはディスク暗号化と画面ロックを必須にする",
        "紛失・盗難時に遠隔でロック・消去できるようにする",
        "端末内に個人データを残さない（サーバ上で扱う）運用にする",
      ],
    },
  },
  {
    when: (f) => is("loss", "theft")(f) && f.route === "paper",
    lesson: {
      title: "書類の保管・持ち出しルール",
      points: [
        "個人情報を含む書類は施錠保管し、持ち出しは必要最小限・記録付きにする",
        "移送時は鞄から離さず、車内に放置しない",
      ],
    },
  },
  {
    when: (f) => is("loss")(f) && f.route === "other",
    lesson: {
      title: "保管場所と所在確認の手順",
      points: ["個人データの保管場所を台帳で管理し、定期的に所在を確認する", "廃棄は記録を残し、誤廃棄を防ぐ"],
    },
  },
  {
    when: (f) => is("misdelivery")(f) && f.route === "email",
    lesson: {
      title: "メール送信前の宛先確認とダブルチェック",
      points: [
        "複数の社外宛先への一斉送信はBCCまたは一斉配信システムを使う",
        "送信前の宛先確認画面や送信保留（数分の取り消し猶予）を設ける",
        "個人データを含む添付ファイルは送信前に上長等が確認する",
      ],
    },
  },
  {
    when: (f) => is("misdelivery")(f) && f.route === "fax",
    lesson: {
      title: "FAX送信前の番号確認",
      points: ["番号は短縮登録から選び、手入力時は読み上げ確認する", "個人データの送付はFAX以外の手段を優先する"],
    },
  },
  {
    when: (f) => is("misdelivery")(f) && f.route !== "email" && f.route !== "fax",
    lesson: {
      title: "封入・宛名のダブルチェック",
      points: ["封入物と宛名の照合を二人で行う", "宛名印字と封入を機械化し、差し込み元データを確認する"],
    },
  },
  {
    when: (f) => is("vulnerability")(f) || f.cves.length > 0 || (f.products.length > 0 && is("unauthorized_access")(f)),
    lesson: {
      title: "パッチ管理",
      points: [
        "使用しているソフトウェア・フレームワーク・機器を資産台帳で把握する",
        "JVN・IPA・JPCERT/CCの脆弱性情報を継続的に確認し、緊急度の高い修正は速やかに適用する",
        "すぐに適用できない場合の回避策（機能停止・WAF等）を決めておく",
      ],
    },
  },
  {
    when: is("sql_injection"),
    lesson: {
      title: "Webアプリケーションの入力値対策",
      points: ["プレースホルダ（バインド機構）でSQLを組み立てる", "公開前と改修時に脆弱性診断を行い、WAFで補う"],
    },
  },
  {
    when: is("misconfiguration", "mispublication"),
    lesson: {
      title: "設定レビュー",
      points: [
        "公開範囲・アクセス権の設定を変更時に第三者が確認する",
        "クラウドサービス・共有フォルダの公開設定を定期的に棚卸しする",
        "公開前に掲載内容に個人情報が含まれていないか確認する",
      ],
    },
  },
  {
    when: is("malware"),
    lesson: {
      title: "マルウェア・ランサムウェア対策",
      points: [
        "VPN機器・リモート接続の脆弱性と認証を管理する（侵入口の多くはここ）",
        "バックアップをネットワークから切り離して保管し、復旧手順を訓練する",
        "EDR等で端末・サーバの不審な挙動を監視する",
      ],
    },
  },
  {
    when: is("targeted_email", "phishing"),
    lesson: {
      title: "標的型メール・フィッシングへの備え",
      points: [
        "不審なメールの添付・リンクを開かない訓練を定期的に行う",
        "開封してしまったときの報告窓口と初動手順を決めておく",
      ],
    },
  },
  {
    when: is("credential_theft"),
    lesson: {
      title: "認証の強化",
      points: ["多要素認証を導入する", "パスワードの使い回しを防ぎ、不審なログインを検知・通知する"],
    },
  },
  {
    when: is("insider"),
    lesson: {
      title: "内部不正対策",
      points: [
        "個人データへのアクセス権を業務に必要な範囲に絞る",
        "アクセス・持ち出しのログを取り、定期的に確認していることを周知する",
        "退職・異動時に権限を速やかに削除する",
      ],
    },
  },
  {
    when: is("system_failure"),
    lesson: {
      title: "変更管理とリリース前テスト",
      points: ["本番反映前に他人の情報が表示されないかを含めて試験する", "障害時に表示・交付を止める手順を決めておく"],
    },
  },
  {
    when: is("mis_operation"),
    lesson: {
      title: "手順書と複数人確認",
      points: ["交付・記載・処理の手順を文書化し、本人確認と照合を二人で行う"],
    },
  },
  {
    when: (f) => f.viaVendor,
    lesson: {
      title: "委託先管理",
      points: [
        "委託先の安全管理措置を契約で定め、定期的に監査・報告を求める（個人情報保護法25条：委託先の監督）",
        "再委託の有無と範囲を把握し、事故時の連絡・報告の期限を決めておく",
        "委託先に渡す個人データを必要最小限にし、業務終了後の削除を確認する",
      ],
    },
  },
  {
    when: (f) => f.dataItems.includes("credit_card_number"),
    lesson: {
      title: "カード情報の非保持化",
      points: ["決済は代行事業者に任せ、カード情報を自社で保存・処理・通過させない（PCI DSS準拠）"],
    },
  },
  {
    when: (f) => f.dataItems.includes("medical"),
    lesson: {
      title: "要配慮個人情報の取扱い",
      points: [
        "要配慮個人情報は漏えい等が1人でもあれば個人情報保護委員会への報告対象（規則7条1号）：保管と持ち出しを特に厳格にする",
      ],
    },
  },
];

/** Contractor words: an incident that names one teaches 委託先管理. */
export const VENDOR_WORDS = /委託|受託|再委託|印刷会社|運営会社|SaaS|外部事業者|取引先/u;

const FALLBACK: Lesson = {
  title: "原因の究明と再発防止",
  points: ["原因が公表されていない事例：発覚から公表までの経緯と再発防止策を確認し、自組織の類似業務を点検する"],
};

/** The lessons an incident teaches, in table order; at least one. */
export function toLessons(facts: LessonFacts): readonly Lesson[] {
  const lessons = LESSON_RULES.filter((rule) => rule.when(facts)).map((rule) => rule.lesson);
  return lessons.length > 0 ? lessons : [FALLBACK];
}
