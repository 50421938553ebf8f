import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { ANNOUNCE, DENIED, GENERIC_TEXT, LEAK, STATISTIC, STRONG_LEAK } from "./signals.js";

describe("STRONG_LEAK", () => {
  it.each([
    ["案内メールを送る際、アドレスをBCCではなくCCに入れてしまった。"],
    ["本来「ＢＣＣ」欄に入力すべきアドレスを宛先欄に入力した。"],
    ["受信者に他の参加者のメールアドレス88件が表示される状態となった。"],
    ["会員同士で互いの連絡先が見える状態になっていた。"],
    ["サイトで公開していた名簿の表に、会員40人分の個人情報が含まれていた。"],
    ["攻撃されたサーバーに、町民約900人分のデータが含まれていたと発表した。"],
    ["職員が、照会で知った住民の電話番号を知人に漏らしたとして処分された。"],
    ["封入を誤り、町民2人分の通知書を別の世帯に郵送した。"],
    ["検査結果を別の患者に送付していたことが分かった。"],
    ["退職した社員が顧客名簿を私用のアドレスに送信し、転職先で営業に使っていた。"],
    ["裏面に児童30人の得点の一覧が印刷された状態で、別のクラスに配布された。"],
    ["職員が資料を送る際に宛先を誤り、別の事業所にメールで送信した。"],
    ["決定通知書40件を、別の被保険者あてに送付していた。"],
    ["納税通知書8件を別人に送付していたことも明らかにした。"],
    ["連絡用の携帯電話を、データを消去しないまま業者に返却していた。"],
    ["資料は学会のウェブサイトで、インターネット上で誰でも見られる状態になっていた。"],
    ["資料に患者の実名が含まれたまま、学会のウェブサイトで公開されていた。"],
    ["会員412人のメールアドレスを宛先（TO）欄に入力して一斉送信した。"],
    ["約2か月間、名簿のファイルを誰でもダウンロードできる状態でした。"],
    ["最大900件のカード情報（番号・有効期限・セキュリティコード）が抜かれた可能性がある。"],
    ["患者約3万人分の氏名が外部に送信された可能性があるとのこと。"],
    ["利用者のメールアドレスが別の利用者のものに入れ替わる不具合が起きた。"],
    ["別の人に届くはずのメールを受け取って閲覧できた可能性がある。"],
    ["掲載したPDFから合格者の氏名が読み取れる状態になっていた。"],
  ])("states data left control: %s", (text) => {
    expect(STRONG_LEAK.test(text)).toBe(true);
    expect(LEAK.test(text)).toBe(true);
  });

  it.each([
    ["メールはBCCで送信しています。"],
    ["他のサービスで同じパスワードを使っている方は変更してください。"],
    ["資料には個人情報が含まれていた。"],
    // 記入漏れ, 記載漏れ: an entry left out, not data let out.
    ["台帳への記入漏れが12件あった。"],
    ["申請書に記載漏れがあった。"],
  ])("does not: %s", (text) => {
    expect(STRONG_LEAK.test(text)).toBe(false);
  });
});

describe("GENERIC_TEXT", () => {
  it.each([
    ["例えば、1万人分の顧客情報が流出した場合"],
    ["もし1万人分の顧客情報が漏れたら？"],
    ["11月に公表された漏えい等事案のうち、参考になるものを紹介します。"],
    ["攻撃者はリストを使ってログインを試みます。いわゆる「リスト型攻撃」です。"],
    ["又は1,000人を超える本人の個人データに係る場合には、委員会への報告を行うことを明記しました。"],
    ["不正に利用されるおそれがある場合、"],
    [
      "地方銀行「みなと銀行」を名乗り、「お客様の個人情報が流出したおそれがあります」などとして偽のサイトに誘導するメール",
    ],
    ["「【重要】個人情報流出に関するお詫び」という件名のメールが送られているということです。"],
  ])("a supposed example, a roundup's introduction, a definition or a fake mail's claim is no report: %s", (text) => {
    expect(GENERIC_TEXT.test(text)).toBe(true);
  });

  it.each([["・「また流出か。いいかげんにしてほしい」\n"], ["● 「結局は人の問題だと思う」"]])(
    "a reader's quoted comment is no report: %s",
    (text) => {
      expect(GENERIC_TEXT.test(text)).toBe(true);
    },
  );

  it.each([["・氏名、住所\n"], ["・「会員情報」の一部が流出した\n"]])("a list line is: %s", (text) => {
    expect(GENERIC_TEXT.test(text)).toBe(false);
  });
});

describe("STATISTIC", () => {
  it.each([
    ["今年上半期の標的型攻撃は412件だった。"],
    ["同種の事案が全国で30件あった。"],
    ["区内の保育園では今年度も書類の紛失が3件あった。"],
    ["昨年の公表件数は415件で、前年より1割多かった。"],
    ["1件あたりの漏えい人数は平均で約1万人だった。"],
    ["最も大きな事故では約200万人分の情報が流出した。"],
    ["北浜市、書類の紛失と誤送信を公表　2件相次ぐ"],
    ["報告されたランサムウェアの被害は230件で、前年から57.5％増えた。"],
    ["漏えいした個人情報は合計120万人分で、前年の300万人分からは大きく減った。"],
    ["■警察庁の統計（参考）"],
    ["昨年に報告されたランサムウェアの被害は197件にのぼった。"],
    ["過去5年間で書類の紛失が計7件あったという。"],
    // Session 11: a tally by cause, the largest of many, and a roundup's tally of cases beyond those it listed.
    ["原因別では、誤送付が40件で最も多く、紛失が12件だった。"],
    ["最も規模が大きかったのは、ある町の委託先の事案で、約3千人分だった。"],
    ["今週は、上記のほかに自治体の誤送付が5件公表された。"],
    ["この医院では、1日に平均でおよそ60人が受診している。"],
  ])("counts of attacks: %s", (text) => {
    expect(STATISTIC.test(text)).toBe(true);
  });

  it.each([
    ["パスワードスプレー攻撃で、812件のアカウントに不正ログインされた。"],
    ["攻撃により3万件分の個人情報が流出した。"],
    ["北浜町は、住民票の誤交付が2件あったと発表した。"],
  ])("a count of accounts or data hit by one attack, or the cases the story reports: %s", (text) => {
    expect(STATISTIC.test(text)).toBe(false);
  });

  // The parts are tried only where their word stands: the answer must be the whole alternation's.
  const whole = new RegExp(STATISTIC.parts.map((p) => p.re.source).join("|"));
  const words = [
    "件",
    "件数",
    "機関",
    "12",
    "３",
    "事故が",
    "事案",
    "報告",
    "インシデントは",
    "昨年",
    "年度",
    "誤送信",
    "が",
    "も",
    "あった",
    "分",
    "の",
    "情報",
    "。",
    "倍増",
    "上半期",
    "統計では",
    "x",
  ];
  test.prop([fc.array(fc.constantFrom(...words), { maxLength: 14 })])("answers as the whole alternation", (parts) => {
    const text = parts.join("");
    expect(STATISTIC.test(text)).toBe(whole.test(text));
  });
});

describe("ANNOUNCE", () => {
  it.each([["北浜交通によりますと、乗客名簿が見当たらないということです。"], ["同庁によれば、対象は2県に及ぶ。"]])(
    "a spoken or written source attribution announces: %s",
    (text) => {
      expect(ANNOUNCE.test(text)).toBe(true);
    },
  );
});

describe("DENIED", () => {
  it.each([
    ["調査の結果、顧客情報の流出は確認されていない。"],
    ["お客様の個人情報が当社から流出した事実は確認されておりません。"],
    ["当社システムへの不正アクセスの形跡はなく、被害は生じていない。"],
    ["漏えいの事実はございません。"],
    ["会員サイトに不正ログイン試行　「個人情報の流出なし」"],
    ["本学のシステムに対する不正アクセスの痕跡は認められなかったこと"],
    ["個人情報が外部に流出したことは確認されていないとしています。"],
    ["外部に送信された痕跡は確認されませんでした。"],
    ["外部に送信された痕跡は見つかっていないとしている。"],
    ["同社は、現時点で利用組織から情報流出の被害報告は受けていないと説明した。"],
    ["外部からの攻撃ではなく、個人情報の流出や誤交付はないという。"],
  ])("says nothing leaked: %s", (text) => {
    expect(DENIED.test(text)).toBe(true);
  });

  it.each([
    ["不正アクセスを受け、会員1万人分の情報が流出した可能性がある。"],
    ["流出した情報は氏名と住所で、カード情報は含まれていない。"],
  ])("states a leak: %s", (text) => {
    expect(DENIED.test(text)).toBe(false);
  });
});
