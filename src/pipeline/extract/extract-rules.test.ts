import { describe, expect, it } from "vitest";
import { extractIncidents } from "./index.js";

const extract = (text: string, published: string | null = "2024-05-20") =>
  extractIncidents({ name: "t.txt", text, published, source: null, title: null }).map((i) => ({
    organization: i.organization,
    value: i.affected.value,
    qualifier: i.affected.qualifier,
    cause: i.cause,
  }));

describe("extractIncidents: whose passage a sentence is", () => {
  it("a short name used again after the full one moves the passage to its organization", () => {
    const text = [
      "北浜市は10日、職員がUSBメモリーを紛失したと発表した。対象は市民120人分。",
      "",
      "県警は、昨年発生したミズナラ事件において、流出した顧客データを買い取った名簿業者を書類送検した。",
      "同社は、延べ800万人分の顧客データを転売したという（ミズナラによると、重複データを削除したデータの総数は約260万件だった）。",
      "",
      "株式会社ミズナラホールディングスは、再発防止策を発表した。",
    ].join("\n");
    expect(extract(text)).toEqual([
      { organization: "北浜市", value: 120, qualifier: "exact", cause: "loss" },
      { organization: "株式会社ミズナラホールディングス", value: 2600000, qualifier: "approx", cause: "insider" },
    ]);
  });
});

describe("extractIncidents: the headline count", () => {
  it.each([
    [
      "a count addressed by a response gives way to the leak statement's own figure",
      "北浜年金協会は情報が流出した8万人について会員番号を再発行すると発表した。\n今回流出した情報は、会員の氏名や生年月日など約9万件であった。",
      { value: 90000, qualifier: "approx" },
    ],
    [
      "the figure a first report gave gives way to the corrected one",
      "北浜園芸協会は会員情報の流出について発表した。\n第1報では、対象を「会員約300名分」とお知らせしておりましたが、調査の結果、対象は412名分に訂正いたします。",
      { value: 412, qualifier: "exact" },
    ],
  ])("%s", (_label, text, expected) => {
    expect(extract(text)[0]).toMatchObject(expected);
  });
});

const brief = (text: string, published: string | null = "2024-05-20") =>
  extractIncidents({ name: "t.txt", text, published, source: null, title: null }).map((i) => ({
    organization: i.organization,
    also: i.also,
    announced: i.announced,
    value: i.affected.value,
  }));

describe("extractIncidents: contractors, vendors and operators", () => {
  it("a contractor that made the mistake stays in its client's incident", () => {
    const text =
      "北谷資源庁は28日、申請者の個人情報延べ500件が外部から閲覧できる状態になっていたと発表した。" +
      "システムの運用を委託している株式会社ミナモクラウドが、アクセス権限の設定を誤っていたことが原因だという。\n" +
      "同庁によると、昨年12月中旬、外部の研究者から指摘があった。";
    expect(brief(text, "2024-05-29")).toEqual([
      { organization: "北谷資源庁", also: ["株式会社ミナモクラウド"], announced: "2024-05-28", value: 500 },
    ]);
  });

  it("the developer of a flawed product is not a second victim", () => {
    const text =
      "株式会社ハマナス運輸は8月30日、顧客情報など最大3万人分が流出した可能性があると発表した。" +
      "開発元のKestrel Systemsは7月初めに修正版を公開していたが、ハマナス運輸では適用が遅れていたという。\n" +
      "流出の可能性がある情報は以下の通り。\n・利用者：氏名、住所（最大3万人分）\n";
    expect(brief(text).map((i) => i.organization)).toEqual(["株式会社ハマナス運輸"]);
  });

  it("the operator of a hospital is the holder of its patients' data", () => {
    const text =
      "■ノートPC盗難　医療法人社団若葉会\n" +
      "医療法人社団若葉会が運営するあさひ野病院は15日、職員の車から業務用パソコンが盗まれたと発表した。" +
      "パソコンには患者300人分の氏名が保存されていた。\n";
    expect(brief(text)).toEqual([
      { organization: "医療法人社団若葉会", also: ["あさひ野病院"], announced: "2024-05-15", value: 300 },
    ]);
  });

  it("clients that announce how many of their records are affected by a vendor's breach are the incidents", () => {
    const text =
      "印刷会社「株式会社ツバキ印刷」がランサムウェアによる攻撃を受け、印刷業務を委託していた北浜市など2団体の個人情報が流出した可能性があることが分かった。\n" +
      "北浜市は6日、納税通知書の印刷用データ約4000人分が流出した可能性があると発表した。\n" +
      "北浜信用金庫は同じ6日、発送用に渡していた顧客の氏名と住所1200件が対象になると発表した。\n";
    expect(brief(text).map((i) => [i.organization, i.value, i.also])).toEqual([
      ["北浜市", 4000, ["株式会社ツバキ印刷"]],
      ["北浜信用金庫", 1200, ["株式会社ツバキ印刷"]],
    ]);
  });

  it("an outage notice that denies any leak is no incident", () => {
    const text =
      "注文システムの障害に関するお詫び\n\n生活協同組合コープみなと\n\n" +
      "6月1日から6月3日までの間、注文システムに障害が発生し、約2万人の組合員の皆様がご注文いただけない状況となりました。\n" +
      "外部からの不正アクセスやサイバー攻撃によるものではなく、組合員の皆様の個人情報が外部に漏えいした事実はございません。\n";
    expect(brief(text)).toEqual([]);
  });

  it("a second report is dated by its own date line, not by the first report's date", () => {
    const text =
      "【第2報】会員情報の流出について\n\n2024年3月11日\n一般社団法人北浜盆栽協会\n\n" +
      "2月26日に第1報としてお知らせいたしました、当協会の会員管理システムへの不正ログインによる個人情報の流出につきまして、調査が完了しました。\n" +
      "流出した個人情報は720名分です。\n";
    expect(brief(text, "2024-03-12")).toMatchObject([{ announced: "2024-03-11", value: 720 }]);
  });
});

describe("extractIncidents: year-less dates", () => {
  it("rows of month-days take the year the row above took", () => {
    const filler = "専門家によると、細工した命令文をWebサーバーに送り付けてデータを受け取る攻撃である。".repeat(11);
    const text =
      `本誌が2022年6月中旬以降に確認した流出は10件近い。${filler}\n` +
      "公表日 組織名 被害内容\n" +
      "6月15日 ミナモ 会員の個人情報1万件超が流出した可能性 不正なリクエストに対して、データベースのデータを含む応答を返していたから、" +
      "細工した命令文をWebサーバーに送り付けてデータを受け取る攻撃とみられ、WAFの導入と脆弱性診断と監視の強化を進めるとしている\n" +
      "6月24日 ハマナス研究所 会員の個人情報2万件超が流出した可能性\n";
    expect(brief(text, null).map((i) => [i.organization, i.announced])).toEqual([
      ["ミナモ", "2022-06-15"],
      ["ハマナス研究所", "2022-06-24"],
    ]);
  });
});

describe("extractIncidents: page furniture", () => {
  it.each([
    [
      "headlines under a related-articles heading give no count, even without bullets",
      "北浜ガス株式会社は3日、顧客の氏名と住所が記載された書類を紛失したと発表した。\n同社は顧客に謝罪した。\n\n関連記事\n\n通販サイトで会員情報9万件流出か - 雑貨店\n市役所が住民票を誤交付 - 自治体\n",
      [{ organization: "北浜ガス株式会社", value: null }],
    ],
    [
      "a reader-recommendation list (この記事を読んだ人は…) is furniture too",
      "みなと台学園は12日、生徒412人分の成績を記録したUSBメモリーを紛失したと発表した。\n\nこの記事を読んだ人はこんな記事も読んでいます\n・病院で患者1300人分のカルテ写しが所在不明に\n",
      [{ organization: "みなと台学園", value: 412 }],
    ],
    [
      "a latest-news list under the story is furniture",
      "北浜工業大学は9日、学生230人分の成績が閲覧できる状態だったと発表した。\n\n最新ニュース\n不正アクセスで会員3万人の情報流出か　通販会社\n",
      [{ organization: "北浜工業大学", value: 230 }],
    ],
  ])("%s", (_label, text, expected) => {
    expect(extract(text)).toMatchObject(expected);
  });
});

describe("extractIncidents: service providers", () => {
  it("a cloud provider whose client organizations lost data folds into the clients' incidents", () => {
    const text =
      "学習管理クラウドを提供する「株式会社ミナモラーニング」が不正アクセスを受け、サービスを利用していた学校や自治体で個人情報が流出したおそれがあることが分かりました。\n" +
      "ミナモラーニングによりますと、今月2日、サーバーの一部が外部から操作されたということです。\n" +
      "このうち北浜市は、市立中学校の生徒1200人分の氏名が流出したおそれがあると発表しました。\n";
    expect(brief(text, "2024-06-05").map((i) => [i.organization, i.value])).toEqual([["北浜市", 1200]]);
  });
});

describe("extractIncidents: words that look like organizations", () => {
  it.each([
    [
      "a town before a suspect with an age is where the suspect lives",
      "顧客名簿を売ったとして、県警は2日、南山町の元社員の男（38）を逮捕した。\n「北浜学習株式会社」によると、男は生徒約5千人分の氏名と住所を持ち出していた。同社は昨年8月、流出を公表していた。\n",
      ["北浜学習株式会社"],
    ],
    [
      "a town before its own staff member with an age is the organization",
      "北浜市の職員の男性（45）が、市民90人分の氏名と住所を記録したUSBメモリーを紛失したことが8日、分かった。\n",
      ["北浜市"],
    ],
    [
      "来庁 ends in 庁 but is a visit, and the notice is signed by its town",
      "証明書の誤交付について\n\n令和6年4月8日、来庁された方に、職員が別の方の住民票の写し1通を誤って交付しました。\n交付した住民票には、1名の氏名と住所が記載されていました。\n\n北野町役場　住民課\n",
      ["北野町"],
    ],
    [
      "a heading that opens with a kind of business names no organization",
      "◎旅行会社、メール誤送信で顧客230人のアドレス流出\n株式会社ミナモツアーズ（北浜市）は5日、メールマガジンの配信設定を誤り、顧客230人のメールアドレスを表示したまま送信したと発表した。\n",
      ["株式会社ミナモツアーズ"],
    ],
  ])("%s", (_label, text, expected) => {
    expect(extract(text).map((i) => i.organization)).toEqual(expected);
  });
});

describe("extractIncidents: one sentence listing several organizations' counts", () => {
  it("each organization with its own count is its own incident", () => {
    const text =
      "名簿の印刷を請け負う北浜プリント株式会社がランサムウェアの被害を受けました。\n" +
      "流出したおそれがあるのは、南山村の村民約3200人分の氏名と住所、それに「西浦信用組合」の組合員1800人分の氏名や口座番号です。\n" +
      "南山村は10日、村民に謝罪しました。\n";
    expect(brief(text, "2024-07-10").map((i) => [i.organization, i.value])).toEqual([
      ["南山村", 3200],
      ["西浦信用組合", 1800],
    ]);
  });

  it("a single owner with two counts is no listing", () => {
    const text = "北浜電機株式会社は3日、顧客1万2000人分の氏名と、取引先500社の担当者の連絡先が流出したと発表した。\n";
    expect(brief(text).map((i) => [i.organization, i.value])).toEqual([["北浜電機株式会社", 12000]]);
  });
});

describe("extractIncidents: announcement dates around attributions and earlier reports", () => {
  it("the date after によりますと is the event it reports, not the announcement", () => {
    const text =
      "北浜フーズ株式会社は、顧客約5000人分の氏名や住所が流出したおそれがあると発表しました。\n" +
      "北浜フーズによりますと、今月3日、社内のサーバーが暗号化されているのが見つかったということです。\n";
    expect(brief(text, "2024-06-12")).toMatchObject([{ announced: "2024-06-12", value: 5000 }]);
  });

  it("a first report cited by its date and quoted title does not date the follow-up", () => {
    const text =
      "【第2報】不正アクセスによる個人情報流出について\n\n2024年3月25日\n株式会社ミナモ書房\n\n" +
      "2024年3月11日付「会員情報流出に関するお知らせ（第1報）」にてお知らせいたしました件につき、調査が完了しましたのでご報告いたします。\n" +
      "流出した個人情報は会員1520名分です。\n";
    expect(brief(text, "2024-03-26")).toMatchObject([{ announced: "2024-03-25", value: 1520 }]);
  });
});
