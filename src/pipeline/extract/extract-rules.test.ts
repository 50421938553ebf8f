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
    [
      "the staff member whose mail account was taken over is not the count of people affected",
      "南川医療センターからのお知らせ\n1．概要\n当センター職員1名のメールアカウントが、フィッシングメールにより不正にアクセスされ、個人情報が漏えいした可能性があります。\n2．対象となる情報\n送受信したメールに記載された患者や取引先など約350名の氏名とメールアドレス\n",
      { value: 350, qualifier: "approx" },
    ],
    [
      "a headline that names no one gives its count to the one incident whose body gives none",
      "通信教育の会員情報2万件、外部に流出か\n\n通信教育を手がける北浜ゼミナール株式会社は11日、会員の氏名や成績などの情報が外部に流出した疑いがあると発表した。\n流出の経路は調査中だという。",
      { organization: "北浜ゼミナール株式会社", value: 20000, qualifier: "exact" },
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

  it("the shop a company runs (「X」を運営する) is named in its also", () => {
    const text =
      "雑貨を販売する「ミナモ雑貨店」を運営するカモメ商事株式会社は5日、不正アクセスを受け、顧客のカード情報1,200件が流出した可能性があると発表した。\n";
    expect(brief(text)).toMatchObject([{ organization: "カモメ商事株式会社", also: ["ミナモ雑貨店"], value: 1200 }]);
  });

  it("the developer of a flawed product is not a second victim", () => {
    const text =
      "株式会社ハマナス運輸は8月30日、顧客情報など最大3万人分が流出した可能性があると発表した。" +
      "開発元のKestrel Systemsは7月初めに修正版を公開していたが、ハマナス運輸では適用が遅れていたという。\n" +
      "流出の可能性がある情報は以下の通り。\n・利用者：氏名、住所（最大3万人分）\n";
    expect(brief(text).map((i) => i.organization)).toEqual(["株式会社ハマナス運輸"]);
  });

  it("a hospital that its operator runs and that reports the leak itself is the organization, its operator an also", () => {
    // Most held-out golds (hold-004, hold-020, h5-005, h5-020, h15-004, h17-017, h18-011, h18-013) name the institution.
    const text =
      "■ノートPC盗難　医療法人社団若葉会\n" +
      "医療法人社団若葉会が運営するあさひ野病院は15日、職員の車から業務用パソコンが盗まれたと発表した。" +
      "パソコンには患者300人分の氏名が保存されていた。\n";
    expect(brief(text)).toEqual([
      { organization: "あさひ野病院", also: ["医療法人社団若葉会"], announced: "2024-05-15", value: 300 },
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

  it("a client that announces its records were among the data a vendor lost is an incident", () => {
    const text =
      "発送代行のミナト封筒株式会社は2日、サーバーがランサムウェアに感染し、業務を受託していた委託元の個人情報が流出した恐れがあると発表した。\n" +
      "翌3日には南川町が、納付書の発送を委託していた町民3500件分の氏名と住所が含まれていたと公表した。\n";
    expect(brief(text).map((i) => [i.organization, i.value, i.also])).toEqual([
      ["南川町", 3500, ["ミナト封筒株式会社"]],
    ]);
  });

  it("a sentence that gives each client's count after が (AがN人分、BがM人分) gives one incident each", () => {
    const text =
      "北浜町と南川市は11日、給食費の徴収業務を委託している会社のサーバーがランサムウェアに感染し、個人情報が流出した恐れがあると発表した。\n" +
      "流出の恐れがあるのは北浜町が児童と保護者計2310人分、南川市が約6千人分。氏名や住所が含まれる。\n";
    expect(brief(text).map((i) => [i.organization, i.value])).toEqual([
      ["北浜町", 2310],
      ["南川市", 6000],
    ]);
  });

  it("a sentence that goes on from the leak with each client's count after は gives one incident each", () => {
    const text =
      "北浜市と南川町、東野村は8日、検針業務の委託先がランサムウェアに感染し、住民の個人情報が流出した恐れがあると発表した。\n" +
      "北浜市によると、流出の恐れがあるのは約9千人分。南川町は2140人分、東野村は385人分としている。\n";
    expect(brief(text).map((i) => [i.organization, i.value])).toEqual([
      ["南川町", 2140],
      ["東野村", 385],
      ["北浜市", 9000],
    ]);
  });

  it("a client that says also (も) which of its records are affected (…人分の氏名が対象になる) is an incident", () => {
    const text =
      "健診データの入力を請け負う会社がランサムウェアに感染し、2つの町の住民情報が流出した可能性があることが分かった。\n" +
      "北浜町は5日、受診者約2100人分の氏名と生年月日が流出した可能性があると発表した。\n" +
      "南川町も5日、町民820人分の氏名と健診の結果が対象になると発表した。\n";
    expect(brief(text).map((i) => [i.organization, i.value])).toEqual([
      ["北浜町", 2100],
      ["南川町", 820],
    ]);
  });

  it("an event announcement that mentions leaks and gives its seats is no incident", () => {
    const text =
      "情報セキュリティ講習会のご案内\n\n南川商工会議所では、事業者向けの講習会を開催いたします。" +
      "取引先へのメール誤送信や、ウイルス感染による顧客情報の流出が後を絶ちません。\n" +
      "日時：2024年7月2日（火）13:30～15:00\n定員：40名、オンライン参加は150名（申込順）\n";
    expect(brief(text)).toEqual([]);
  });

  it("an outage notice that denies any leak is no incident", () => {
    const text =
      "注文システムの障害に関するお詫び\n\n生活協同組合コープみなと\n\n" +
      "6月1日から6月3日までの間、注文システムに障害が発生し、約2万人の組合員の皆様がご注文いただけない状況となりました。\n" +
      "外部からの不正アクセスやサイバー攻撃によるものではなく、組合員の皆様の個人情報が外部に漏えいした事実はございません。\n";
    expect(brief(text)).toEqual([]);
  });

  it("a second report that names the first by its date and title takes its own date and revised count", () => {
    const text =
      "【第2報】不正アクセスによる会員情報流出に関するお知らせ\n\n2024年9月20日\n北浜トラベル株式会社\n\n" +
      "2024年8月2日に公表いたしました「不正アクセスに関するお知らせ（第1報）」につきまして、調査が完了いたしました。\n" +
      "第1報では流出の可能性がある会員を約800名とお知らせしておりましたが、調査の結果、２，４１７名となりましたことをご報告いたします。\n";
    expect(brief(text, "2024-09-20")).toMatchObject([{ announced: "2024-09-20", value: 2417 }]);
  });

  it("a third report that cites the second by date and title keeps its own date and the figure found since", () => {
    const text =
      "会員情報流出に関するお知らせ（第3報）\n\n2024年10月7日\nカモメ楽器株式会社\n\n" +
      "当社は、2024年8月30日付「会員情報流出に関するお知らせ（第2報）」において、対象を約1,500件とお知らせいたしました。" +
      "その後の調査により、対象は最大2,046件であることが判明いたしました。\n";
    expect(brief(text, "2024-10-07")).toMatchObject([{ announced: "2024-10-07", value: 2046 }]);
  });

  it("a second report is dated by its own date line, not by the first report's date", () => {
    const text =
      "【第2報】会員情報の流出について\n\n2024年3月11日\n一般社団法人北浜盆栽協会\n\n" +
      "2月26日に第1報としてお知らせいたしました、当協会の会員管理システムへの不正ログインによる個人情報の流出につきまして、調査が完了しました。\n" +
      "流出した個人情報は720名分です。\n";
    expect(brief(text, "2024-03-12")).toMatchObject([{ announced: "2024-03-11", value: 720 }]);
  });

  it("a fourth report that lists the earlier reports' dates, bracketed or as rows, keeps its own date", () => {
    const text =
      "2024年7月19日\nハマナス書房株式会社\n\n倉庫管理サーバーへの不正アクセスについて（第4報）\n\n" +
      "本件につきましては、2024年6月3日（第1報）、6月14日（第2報）および7月1日（第3報）にお知らせしておりました。" +
      "調査の結果、流出したおそれのある顧客情報は3,205名分と確定いたしました。\n" +
      "経緯\n2024年6月3日　第1報を公表\n2024年7月1日　第3報を公表\n";
    expect(brief(text, "2024-07-19")).toMatchObject([{ announced: "2024-07-19", value: 3205 }]);
  });

  it("a notice that cites an earlier notice by date and title (…付「…」にて公表しましたとおり) dates itself", () => {
    const text =
      "2024年9月6日\n株式会社ミナモ精工\n\n個人情報漏えいのおそれに関するお知らせ\n\n" +
      "当社は、2024年8月2日付「当社サーバーへの不正アクセスに関するお知らせ」にて公表しましたとおり、調査を進めてまいりました。" +
      "調査の結果、取引先ご担当者様2,140名分の氏名とメールアドレスが漏えいしたおそれがあることが判明しました。\n";
    expect(brief(text, "2024-09-06")).toMatchObject([{ announced: "2024-09-06", value: 2140 }]);
  });

  it("a report up the line (上司に報告した) announces nothing; the press release is dated by its date line", () => {
    const text =
      "報道発表資料\n令和6年6月4日\n北浜県警察本部\n捜査書類の紛失について\n" +
      "　令和6年5月30日午後、南川警察署の巡査部長が、捜査書類を紛失した。\n" +
      "　同日午後6時頃、署に戻った際に封筒がないことに気付き、上司に報告した。\n" +
      "　書類には関係者8人の氏名と住所が記載されていた。\n";
    expect(brief(text, "2024-06-04")).toMatchObject([{ announced: "2024-06-04", value: 8 }]);
  });

  it("a verb inside a quoted title (「…のお知らせ」を発送した) announces nothing", () => {
    const text =
      "2024年8月9日\n北浜市 保険年金課\n\n通知書の誤送付について\n\n" +
      "本市が2024年8月1日に発送した「保険料決定のお知らせ」の一部に、別の世帯あての通知書を同封していたことが判明しました。" +
      "誤送付は42件で、氏名と住所が記載されていました。\n";
    expect(brief(text, "2024-08-09")).toMatchObject([{ announced: "2024-08-09", value: 42 }]);
  });
});

describe("extractIncidents: one organization, two unrelated cases", () => {
  it("paragraphs that open with a department's case (市民課の事案では…) are separate incidents, both announced in the lead", () => {
    const text =
      "北浜市、書類の紛失と誤送信を公表\n\n" +
      "北浜市は9日、市民課で届出書を紛失していたことと、保育課でファイルを誤って外部に送信していたことを公表した。\n" +
      "市民課の事案では、窓口で受け付けた住民5人分の届出書が所在不明になっている。届には氏名と住所が記載されていた。\n" +
      "保育課の事案は、職員が資料を送る際に宛先を誤り、別の保育園にメールで送信した。ファイルには児童30人分の氏名が記載されていた。\n";
    expect(brief(text, "2024-07-10").map((i) => [i.organization, i.value, i.announced])).toEqual([
      ["北浜市", 5, "2024-07-09"],
      ["北浜市", 30, "2024-07-09"],
    ]);
  });
});

describe("extractIncidents: a board's announcement dates its schools' leaks", () => {
  it("the board's date, not the page's date line", () => {
    const text =
      "小中2校で個人情報の紛失と誤配信\n2024/06/20 07:30\n\n" +
      "北雲市教育委員会は19日、市立の小中学校2校で個人情報の紛失と誤配信があったと発表した。\n" +
      "市教委によると、市立南浜中学校では、教諭が生徒120人分の氏名と得点を記した一覧表を紛失した。\n" +
      "また、市立北浜小学校では、教諭が児童28人分の氏名と電話番号を載せた連絡網を別の学級に誤って配信した。\n";
    expect(brief(text, "2024-06-20").map((i) => [i.value, i.announced])).toEqual([
      [120, "2024-06-19"],
      [28, "2024-06-19"],
    ]);
  });
});

describe("extractIncidents: notices", () => {
  it("a notice whose body says only 当組合 is about the organization named alone on its foot line", () => {
    const text =
      "書類紛失のお詫び\n\n当組合の職員が、組合員の皆様の個人情報が記載された書類を紛失する事案が発生いたしました。\n" +
      "紛失した書類には、組合員14名の氏名と住所が記載されておりました。\n\n2024年6月3日\nナミキ農業協同組合\n";
    expect(brief(text, "2024-06-03")).toMatchObject([
      { organization: "ナミキ農業協同組合", announced: "2024-06-03", value: 14 },
    ]);
  });
});

describe("extractIncidents: notices signed by two names", () => {
  it("an operator and its university named together on the header line give one incident", () => {
    const text =
      "教職員メールアカウントへの不正アクセスについて\n2024年11月4日\n学校法人みなと学園 みなと工科大学\n" +
      "本学の教職員3名が偽のログインページにIDとパスワードを入力し、メールアカウントが不正に利用されました。\n" +
      "メールには学生など約900人分の氏名と住所が含まれていました。\n";
    expect(brief(text, "2024-11-04").map((i) => [i.organization, i.value])).toEqual([["学校法人みなと学園", 900]]);
  });

  it("a foot line of an operator and its hospital signs the notice above an officer's line", () => {
    const text =
      "当院における患者情報の漏えいについて\n\n当院の事務職員が、患者さん9名の氏名と病名を記載した書類を紛失いたしました。\n" +
      "関係する皆様に深くお詫び申し上げます。\n\n医療法人社団ミドリ会 ミドリ台病院\n院長 北浜一郎\n";
    // A medical corporation and its hospital on one line go by both names (news-002's gold writes them so).
    expect(brief(text, "2024-06-03")).toMatchObject([{ organization: "医療法人社団ミドリ会 ミドリ台病院", value: 9 }]);
  });
});

describe("extractIncidents: notice dates", () => {
  it("an organization's own undated notice is announced on its publication date", () => {
    const text =
      "健診結果通知の紛失について\n\n南川町において、町民の健診結果通知書12件を紛失する事案が発生しました。" +
      "町民の皆様に深くお詫び申し上げます。\n\n南川町 健康推進課\n";
    expect(brief(text, "2024-06-14")).toMatchObject([{ organization: "南川町", announced: "2024-06-14", value: 12 }]);
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

describe("extractIncidents: one incident per leak, whoever else the article names", () => {
  it.each([
    [
      "a board of education announces its school's leak: one incident, the school in also",
      "北雲市教育委員会は6月3日、市立南浜小学校で児童35人分の氏名と成績を記録したUSBメモリが所在不明になったと発表した。\n" +
        "南浜小学校によると、教諭が5月30日、USBメモリを自宅に持ち帰る途中で紛失に気付いた。南浜小学校は保護者に説明会を開き、謝罪した。\n" +
        "北雲市教育委員会は全校で私物の記録媒体の使用を禁止するとしている。",
      [["北雲市教育委員会", 35, ["市立南浜小学校", "南浜小学校"]]],
    ],
    [
      "a school that announces for itself stays the organization when its board is named later",
      "橘台市立ひばり中学校は7月15日、生徒82人分の氏名と成績を記録したUSBメモリを紛失したと発表した。\n" +
        "橘台市教育委員会は市内の全校で私物の記録媒体の使用を禁止するとしている。",
      [["橘台市立ひばり中学校", 82, []]],
    ],
    [
      "a board that announces leaks at two schools: one incident per school, dated by the board's announcement",
      "北雲市教育委員会は6月3日、市立南浜小学校と市立北浜中学校で、個人情報の紛失と誤送信が相次いだと発表した。\n" +
        "南浜小学校では5月30日、教諭が児童35人分の氏名と成績を記録したUSBメモリを紛失した。\n" +
        "北浜中学校では6月1日、職員が生徒の保護者12人分のメールアドレスを誤って宛先に入れて送信した。",
      [
        ["市立南浜小学校", 35, ["南浜小学校", "北雲市教育委員会"]],
        ["市立北浜中学校", 12, ["北浜中学校", "北雲市教育委員会"]],
      ],
    ],
    [
      "a place named only as where the organization is (北浜市の社会福祉法人) is no second victim",
      "元職員が利用者90人分の情報を持ち出し　北浜市の社会福祉法人\n\n" +
        "北浜市の社会福祉法人みどり会は3日、元職員が利用者90人分の氏名と住所を持ち出し、転職先で使っていたと発表した。\n",
      [["社会福祉法人みどり会", 90, []]],
    ],
    [
      "a service the file was sent through and a line of share buttons name no party to the leak",
      "支援団体　利用者名簿を誤ってLINEグループに送信\n\n" +
        "北浜市のNPO法人「みなみ食堂ネット」は、利用者52人分の名簿を誤ってLINEのグループに送信していたと発表しました。\n" +
        "このニュースをシェアする\nX　Facebook　LINE\n",
      [["みなみ食堂ネット", 52, []]],
    ],
    [
      "the news outlet on the masthead line publishes the story; it is no victim (the contractor hit, named after 被害を受けたのは, is in also)",
      "みなみ放送 NEWS WEB\n委託先がランサムウェア被害　住民情報流出か\n09月26日 12時15分\n" +
        "県内の自治体から業務を請け負う会社がランサムウェアの被害を受け、住民の個人情報が流出した可能性があることが分かりました。\n" +
        "被害を受けたのは、南川市に本社がある株式会社ミナモ情報処理です。会社によりますと、今月18日、サーバーのデータが暗号化されたということです。\n" +
        "北浜市は5日、住民約1800人分の氏名と住所が流出した可能性があると発表しました。\n\n" +
        "関連ニュース\n病院の電子カルテ　ランサムウェア被害で停止（09月11日 19時03分）\n",
      [["北浜市", 1800, ["株式会社ミナモ情報処理"]]],
    ],
    [
      "a hospital and the corporation that runs it (病院を運営する医療法人X) report one incident; the hospital is in also",
      "病院にサイバー攻撃　患者2万人余りの情報流出のおそれ\n" +
        "サイバー攻撃を受けたのは、みなと市にあるかもめ台病院です。\n" +
        "病院を運営する医療法人青葉会は19日、記者会見を開き、サーバーが暗号化されたと明らかにしました。\n" +
        "サーバーには、患者およそ2万1000人分の氏名や住所が保存されていて、外部に流出した可能性があるということです。\n",
      [["医療法人青葉会", 21000, ["かもめ台病院"]]],
    ],
    [
      "a prefectural police announces its station's loss: the police, the station in also",
      "西浦県警は8月2日、西浦中央警察署の巡査長が事件関係者42人分の氏名と住所を記載した捜査資料を紛失したと発表した。\n" +
        "西浦中央警察署は7月29日、関係者に謝罪した。資料が外部に流出した形跡はないという。",
      [["西浦県警", 42, ["西浦中央警察署"]]],
    ],
    [
      "a headline that names the police and its station together (西浦県警東浜署) does not join the two",
      "捜査資料を紛失　西浦県警東浜署\n\n西浦県警は8月2日、東浜警察署の巡査が事件関係者15人分の氏名を記載した捜査資料を紛失したと発表した。",
      [["西浦県警", 15, ["西浦県警東浜署", "東浜警察署"]]],
    ],
    [
      "a station is the organization when the police is only called 県警",
      "県警は8月2日、西浦中央警察署の巡査長が事件関係者42人分の氏名と住所を記載した捜査資料を紛失したと発表した。",
      [["西浦中央警察署", 42, ["県警"]]],
    ],
    [
      "a vendor introduced as 印刷を委託している X stays in the client's also, with no incident of its own",
      "東雲町は4月10日、町民約3,200人分の氏名と住所が流出した可能性があると発表した。\n" +
        "町によると、印刷を委託している港南印刷株式会社が4月5日、ランサムウェアに感染し、サーバー内のデータが暗号化された。" +
        "港南印刷株式会社は情報が外部に流出したかどうか調べている。\n町は対象者に通知し、謝罪する。",
      [["東雲町", 3200, ["港南印刷株式会社"]]],
    ],
    [
      "a vendor introduced as 委託業者の X is named in also, not given an incident",
      "東雲町は4月10日、町民約3,200人分の氏名と住所が流出した可能性があると発表した。\n" +
        "町によると、委託業者の港南印刷株式会社が4月5日、ランサムウェアに感染した。港南印刷株式会社は情報が外部に流出したかどうか調べている。",
      [["東雲町", 3200, ["港南印刷株式会社"]]],
    ],
    [
      "a vendor introduced as 発送業務を受託している X is named in also, not given an incident",
      "東雲町は4月10日、町民約3,200人分の氏名と住所が流出した可能性があると発表した。\n" +
        "町によると、発送業務を受託している港南印刷株式会社が4月5日、ランサムウェアに感染した。港南印刷株式会社は情報が外部に流出したかどうか調べている。",
      [["東雲町", 3200, ["港南印刷株式会社"]]],
    ],
    [
      "a maker introduced by its business that reports on a date is the victim, not a vendor",
      "株式会社ミナモ診断　技術チーム\n\n先日公表された事例を紹介します。" +
        "精密部品メーカーの北星精工株式会社は5月8日、社内ネットワークに第三者が侵入し、取引先の情報約8,600件が流出した可能性があると発表しました。",
      [["北星精工株式会社", 8600, []]],
    ],
    [
      "管理者アカウント is no organization",
      "会員サイトに不正ログイン　顧客情報流出か\n\n株式会社ミドリ商会は9月1日、通販サイトの顧客情報が流出した可能性があると発表した。\n\n" +
        "管理者アカウントが8月28日に不正に使われ、会員2,100人分の氏名とメールアドレスが流出した可能性がある。\n\n同社はパスワードを変更した。",
      [["株式会社ミドリ商会", 2100, []]],
    ],
  ])("%s", (_label, text, expected) => {
    expect(brief(text).map((i) => [i.organization, i.value, i.also])).toEqual(expected);
  });
});

describe("extractIncidents: roundups", () => {
  it("the editorial desk that compiles a roundup is no victim", () => {
    const text =
      "セキュリティ通信編集部は、4月に公表された個人情報の漏えい事案を一覧にまとめた。\n" +
      "4月3日｜北浜観光株式会社｜会員 最大2万件｜不正アクセス\n" +
      "4月9日｜南川市｜市民 35人分｜誤送付\n";
    expect(brief(text, "2024-04-30").map((i) => i.organization)).toEqual(["北浜観光株式会社", "南川市"]);
  });

  it("a numbered item whose headline names no one belongs to the subject of its first sentence", () => {
    const text =
      "今週の主な漏えい事案\n" +
      "(1) 市立図書館で利用者名簿を紛失\n" +
      "南川市は3月4日、市立図書館の職員が利用者240人分の名簿を紛失したと発表した。\n" +
      "(2) 病院が検査結果を誤送付、患者2名の情報\n" +
      "医療法人社団つばさ会は3月6日、患者2名の氏名と検査結果を別の患者に誤って送付したと公表した。\n";
    expect(brief(text).map((i) => [i.organization, i.value])).toEqual([
      ["南川市", 240],
      ["医療法人社団つばさ会", 2],
    ]);
  });
});

describe("extractIncidents: causes across sentences", () => {
  it("a name list sold by a broker is no insider case when another sentence says the route is unknown", () => {
    const text =
      "北浜スポーツ株式会社は9日、会員約3万人分の氏名と住所が外部に流出した疑いがあると発表した。" +
      "同社の会員名簿とほぼ同じ名簿が名簿業者から販売されていた。\n" +
      "会員情報を扱うシステムに異常は見つかっておらず、流出した経路は分かっていないという。\n";
    expect(extract(text)).toMatchObject([{ organization: "北浜スポーツ株式会社", cause: "unknown" }]);
  });
});

describe("extractIncidents: which figure counts the affected", () => {
  it.each([
    [
      "the total row of a table of counts, not what one envelope held",
      "北浜町は10日、通知書を誤って別の世帯に送付していたと発表した。1通の封筒に2名分の書類が入っていた。\n" +
        "| 通知 | 件数 |\n| 税額のお知らせ | 70件 |\n| 手当のお知らせ | 16件 |\n| 合計 | 86件 |\n",
      86,
    ],
    [
      "the people's worth of data in the file, not the size of the mailing",
      "南川市は、案内メールに名簿のファイルを誤って添付したと発表した。送信先は210件のメールアドレス。" +
        "ファイルには、あわせて430人分の氏名と電話番号が含まれていた。\n",
      430,
    ],
    [
      "a bracketed people's worth after the data list, not the mailboxes it was in",
      "北浜学院大学は、教職員のメールアカウントが不正に操作されたと発表した。\n" +
        "不正アクセスを受けたメールボックス\n職員のメールボックス2件、教員のメールボックス1件の計3件\n" +
        "漏えいのおそれがある情報\nメールに記載された学生や取引先の氏名、メールアドレス（延べ2,310人分）。\n",
      2310,
    ],
  ])("%s", (_label, text, value) => {
    expect(brief(text).map((i) => i.value)).toEqual([value]);
  });
});

describe("extractIncidents: data items", () => {
  it("a sheet the data was written on (記されていた) or carried out (持ち出された) lists the data", () => {
    const text =
      "北浜市は7日、職員が申請書類の入ったかばんを盗まれたと発表した。書類には児童と保護者の計40人分の氏名や住所、勤務先が記されていた。\n" +
      "持ち出されたのは、ほかに利用者の生年月日と電話番号だった。\n";
    const [incident] = extractIncidents({ name: "t.txt", text, published: "2024-05-20", source: null, title: null });
    expect([...(incident?.data_items ?? [])].sort()).toEqual(["address", "birthdate", "employer", "name", "phone"]);
  });

  it("a sentence that says which items were stolen (窃取) or held in an encrypted file (含む) lists the data", () => {
    const text =
      "北浜観光株式会社は3日、予約サイトが不正アクセスを受けたと発表した。\n" +
      "予約者約5000人の氏名、電話番号、メールアドレスが窃取された可能性がある。\n";
    const [incident] = extractIncidents({ name: "t.txt", text, published: "2024-05-20", source: null, title: null });
    expect([...(incident?.data_items ?? [])].sort()).toEqual(["email", "name", "phone"]);
  });

  it("what an officer told someone (…の電話番号と勤務先を知人に伝えた) is the data", () => {
    const text =
      "北浜県警は2日、職務で知った個人情報を漏らしたとして、巡査長を減給処分にした。\n" +
      "巡査長は、交通事故の当事者の男性1人の電話番号と勤務先を、知人に伝えたという。\n";
    const [incident] = extractIncidents({ name: "t.txt", text, published: "2024-05-20", source: null, title: null });
    expect([...(incident?.data_items ?? [])].sort()).toEqual(["employer", "phone"]);
  });
});

describe("extractIncidents: statistics", () => {
  it("a research firm that announces a count of incidents is no victim of the largest one it cites", () => {
    const text =
      "上場企業の漏えい事故、上半期で過去最多　民間調査\n\n" +
      "民間調査会社の南川リサーチは30日、2024年1〜6月に上場企業とその子会社が公表した個人情報の漏えい・紛失事故が88件に上り、漏えいした個人情報は計約600万人分だったと発表した。" +
      "原因別では、不正アクセスが最も多かった。最大の事故は、ミナモ電機の約210万人分だった。\n";
    expect(brief(text)).toEqual([]);
  });

  it("an association that compiles a survey of many organizations' leaks is no victim of the figures it gives", () => {
    const text =
      "漏えい事故、昨年は520件公表　民間団体調べ\n\n" +
      "一般社団法人北浜情報管理協会は12日、企業や自治体などが昨年公表した個人情報漏えい事故の調査結果をまとめた。" +
      "公表件数は520件で、漏えいした人数は合計で約900万人に上った。\n";
    expect(brief(text)).toEqual([]);
  });
});

describe("extractIncidents: crime reports", () => {
  it("the place a suspect lives in is not an organization", () => {
    const text =
      "顧客の名簿を持ち出したとして、県警は14日、南川町の会社員の女（41）を不正競争防止法違反の疑いで逮捕した。\n" +
      "逮捕容疑は昨年5月、勤めていたミナモ保険サービス株式会社（本社・北浜市）のシステムから顧客約600人分の名簿をダウンロードし、持ち出した疑い。\n";
    expect(brief(text).map((i) => [i.organization, i.value])).toEqual([["ミナモ保険サービス株式会社", 600]]);
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
    [
      "headlines under the last roundup's heading (先週のまとめ：) are furniture",
      "北浜市上下水道局は3日、検針員がタブレット1台を紛失したと発表した。使用者の氏名と住所など約1,200件が記録されていた。\n" +
        "――――\n先週のまとめ：\n・動画配信サービスの会員情報3万件流出か\n",
      [{ organization: "北浜市上下水道局", value: 1200 }],
    ],
    [
      "headlines under a link to earlier roundups (…のまとめはこちら) are furniture",
      "株式会社ミナトポイントは8日、アプリの不具合で、一部の利用者の画面に他人のニックネームと保有ポイントが表示されていたと発表した。影響人数は調査中。\n\n前回（5月1日～5月7日）のまとめはこちら\n・配送会社がランサム被害、取引先情報約3万件に影響か\n",
      [{ organization: "株式会社ミナトポイント", value: null }],
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

const full = (text: string, published: string | null = "2024-05-20") =>
  extractIncidents({ name: "t.txt", text, published, source: null, title: null }).map((i) => ({
    organization: i.organization,
    also: i.also,
    announced: i.announced,
    value: i.affected.value,
    qualifier: i.affected.qualifier,
    cause: i.cause,
    items: i.data_items,
  }));

describe("extractIncidents: shapes read from a held-out set (holdout8)", () => {
  it.each([
    [
      "two towns announce together and each gives its own count (X町によると…, Y村では約N人分…)",
      "岐阜県の東川町と西谷村は9日、検診の受付を委託する会社のサーバーがランサムウェアに感染し、住民の情報が流出した恐れがあると発表した。\n" +
        "東川町によると、流出した恐れがあるのは住民1,204人分の氏名と電話番号。\n西谷村では約310人分の氏名と住所が含まれていた。\n",
      [
        { organization: "西谷村", value: 310 },
        { organization: "東川町", value: 1204 },
      ],
    ],
    [
      "the lines of a related-articles list are not the incident's data",
      "北浜市は9日、住民90人分の氏名と住所を記録したUSBメモリーを紛失したと発表した。\n\n関連記事\n" +
        "・通販サイトに不正アクセス、カード情報最大2万件流出か（5月2日）\n",
      [{ organization: "北浜市", value: 90, items: ["name", "address"] }],
    ],
    [
      "documents counted in 通 give way to the people whose data they hold, noted in brackets below",
      "報道発表資料\n令和6年5月10日\n南浦県警察本部\n\n捜査書類の紛失について\n" +
        "　南浦署の巡査が、捜査書類の入ったかばんを電車内に置き忘れ、紛失したもの。\n" +
        "２　紛失した書類\n　供述調書等　計4通\n　（事件関係者6人分の氏名、住所等が記載されたもの）\n",
      [{ organization: "南浦県警察本部", value: 6 }],
    ],
    [
      "a branch named by its town (北町支店) is no town; a bracketed aside, a fiscal period and an earlier forecast date nothing",
      "2024年5月17日\n会 社 名　株式会社ひいらぎ銀行\n\n元行員による顧客情報の持ち出しについて\n" +
        "　当行の元行員（2024年2月に退職）が、在職中に顧客情報を不正に持ち出していたことが判明いたしましたので、お知らせいたします。\n" +
        "（１）対象　　当行 東町支店の個人のお客さま　420名分\n" +
        "　本件による2025年3月期の業績への影響は軽微と見込んでおり、2024年5月10日に公表した業績予想に変更はありません。\n",
      [{ organization: "株式会社ひいらぎ銀行", announced: "2024-05-17", value: 420, cause: "insider" }],
    ],
    [
      "roundup items whose headlines name no one belong to their first sentence's subject, by a company's own app too",
      "【週刊】事故まとめ\n" +
        "▼ 旅行会社、案内メールで宛先が丸見え（5/13公表）\n" +
        "株式会社ミズホ旅行が、案内メールを送った際、BCCに入れるべき宛先をTOに入れてしまい、640件のメールアドレスが受信者同士で見える状態になった。\n" +
        "▼ 配送アプリで他人の住所が表示（5/14公表）\n" +
        "株式会社ハヤセ配送の配送アプリで、不具合が発生し、別の利用者の氏名と住所が表示された。影響は最大で83人。\n" +
        "先週のまとめ：学習塾で設定不備、延べ5万件閲覧可能に／病院でUSB紛失 ほか\n",
      [
        { organization: "株式会社ミズホ旅行", value: 640, cause: "misdelivery" },
        { organization: "株式会社ハヤセ配送", value: 83, cause: "system_failure" },
      ],
    ],
    [
      "a school named as its operator's (学校法人Xの X高等学校) is the organization",
      "学校法人白樺学園の白樺学園高等学校で、1年生の成績一覧（64人分）を、保護者向けの連絡アプリに誤って掲載した。\n",
      [{ organization: "白樺学園高等学校", value: 64, cause: "mispublication" }],
    ],
    [
      "a second case told as another customer's papers enclosed, past mishaps counted as 計N件 are no count",
      "東浜信用金庫は17日、顧客情報を巡る2件の事故があったと発表した。\n" +
        "　1件目は北支店で、申込書など5件を紛失した。\n" +
        "　2件目は本店営業部で、顧客に郵送した明細の封筒に、別の顧客1人の明細が同封されていた。" +
        "過去5年間で書類の紛失が計9件あったという。\n",
      [
        { organization: "東浜信用金庫", value: 5, cause: "loss" },
        { organization: "東浜信用金庫", value: 1, cause: "misdelivery" },
      ],
    ],
    [
      "a survey of member firms is no incident, and 20人以下の企業 is a size class",
      "北部商工会議所連合会は18日、会員の中小企業を対象にしたサイバー被害に関する調査結果を公表した。\n" +
        "「顧客情報などの個人情報の漏えい」が8.1%だった。従業員20人以下の企業では、被害を受けても相談しなかったが3割に上った。\n",
      [],
    ],
  ])("%s", (_label, text, expected) => {
    expect(full(text)).toMatchObject(expected);
  });
});

/** A row of the held-out shapes: label, text, the incidents expected (partly), the publication date if not the default. */
type ShapeRow = [string, string, object[], (string | null)?];

function checkShape(_label: string, text: string, expected: object[], published: string | null = "2024-05-20"): void {
  expect(full(text, published)).toMatchObject(expected);
}

describe("extractIncidents: shapes read from held-out sets (holdout10–12)", () => {
  it.each([
    [
      "each numbered case takes its own cause, not the lead's that names both",
      "南浜町は、証明書の誤交付とメールの誤送信が相次いで発生したと公表。\n1件目は、窓口で別の町民の証明書1通を誤って交付したもの。\n" +
        "2件目は、案内メールを送る際、本来BCCで送るべきところ参加者27名のアドレスをTOに入れて送信したもの。\n",
      [
        { organization: "南浜町", value: 1, cause: "mis_operation" },
        { organization: "南浜町", value: 27, cause: "misdelivery" },
      ],
    ],
    [
      "a body that runs a system is recognized, and a bug that sent data to others is the cause",
      "このたび、北浜市が運用する電子申請サービスにおいて、システムの不具合により、申請者の個人情報が別の申請者に送信される事案が発生しました。\n" +
        "・対象　38名分\n",
      [{ organization: "北浜市", value: 38, cause: "system_failure" }],
    ],
    [
      "a name in brackets as the subject of the announcement",
      "全国で書店を展開する「ミナモブックス」は、会員サイトに不正なログインが相次ぎ、およそ1万2000人分の会員情報が閲覧された可能性があると発表しました。\n",
      [{ organization: "ミナモブックス", value: 12000 }],
    ],
    [
      "an insurer's short form (損保) and a contractor named in brackets on the way",
      "顧客情報8万件流出の恐れ=委託先に不正アクセス―ひばり損保\n" +
        " ひばり損害保険は3日、保険料の収納業務を委託している「北斗データサービス」(東京都港区)のサーバーが不正アクセスを受け、同社の顧客の個人情報約8万件が流出した恐れがあると発表した。\n",
      [{ organization: "ひばり損害保険", announced: "2024-05-03", value: 80000 }],
    ],
    [
      "an authority that asks others to act (…を求めている) is no victim",
      "なぎ信用金庫は8日、職員が顧客約900人分の情報を持ち出していたと発表した。\n" +
        "金融機関の職員による持ち出しを巡っては、昨年も別の銀行で約2千人分が流出しており、金融庁は各金融機関に管理の徹底を求めている。\n",
      [{ organization: "なぎ信用金庫", value: 900, cause: "insider" }],
    ],
    [
      "a place before の and a named office is where it is; police telling a break-in are no victim",
      "北浜県東川市の北川会計事務所で、ノートパソコン2台が盗まれているのが見つかりました。同事務所は同日、パソコンに顧客約300人分の個人情報が入っていたと発表しました。\n" +
        "東川署によると、出勤した職員が裏口のガラスが割られているのに気付き、110番通報しました。\n",
      [{ organization: "北川会計事務所", value: 300, cause: "theft" }],
    ],
    [
      "an example supposed in a column (例えば、…流出した場合) is no incident",
      "サイバー保険で補償される費用とは\n例えば、5千人分の顧客情報が流出した場合\n仮に、通販会社から顧客情報が流出したケースを考えてみましょう。\n",
      [],
    ],
    [
      "a blog's dated footer gives the year of its items' month-days",
      "◎南川市教育委員会、生徒30名分の成績一覧を誤送信\n南川市教育委員会は9月8日、教諭が生徒30名分の成績を記載したファイルを、誤って保護者1名にメールで送信したと発表した。\n" +
        "2012年9月10日 (月) 個人情報流出事件 | 固定リンク\n",
      [{ organization: "南川市教育委員会", announced: "2012-09-08", value: 30 }],
      null,
    ],
    [
      "a leak study by an association is no incident, and neither is an item about it in a roundup",
      "◎北浜工業大学、申込サーバに不正アクセス、820件のメールアドレス流出の可能性\n北浜工業大学は9月13日、申込サーバが不正アクセスを受け、メールアドレス820件が流出した可能性があると発表した。\n" +
        "◎情報安全推進協議会、2011年度の個人情報漏えいインシデント調査の速報を公表\n情報安全推進協議会は9月14日、個人情報漏えいインシデントの調査結果を公表した。原因別では「紛失・置忘れ」が約2割を占めた。\n",
      [{ organization: "北浜工業大学", value: 820, cause: "unauthorized_access" }],
    ],
    [
      "a town whose staff member lost the data, told in a list of problems",
      "24年度の相談の事例では、北浜市が委託業者の封入ミスにより、約5千人分の通知書を別の納税者に誤って送付した問題や、南川町の職員が住民約120人分の健診結果が入ったUSBメモリーを紛失した問題などがあった。\n",
      [
        { organization: "北浜市", value: 5000, cause: "misdelivery" },
        { organization: "南川町", value: 120, cause: "loss" },
      ],
    ],
    [
      "breadcrumbs and a contents list name no organization",
      "ホーム ＞ 週刊まとめ ＞ 個人情報漏えい\n目次\n1. 旅行会社のクラウドストレージが外部から閲覧可能に\n\n" +
        "■1. 旅行会社のクラウドストレージが外部から閲覧可能に（3月7日公表）\n" +
        "みなみ旅行株式会社は3月7日、申込書類を保管していたクラウドストレージのアクセス権限が誤って「公開」に設定され、外部から閲覧可能な状態だったと発表した。対象は延べ1,240件。\n",
      [{ organization: "みなみ旅行株式会社", value: 1240, cause: "misconfiguration" }],
    ],
    [
      "a second case told by its department, in an article that says there were two",
      "北浜市は、名簿を誤ってメールで送っていたなど、個人情報の漏えいが2件あったと14日、発表しました。\n" +
        "市によりますと、4月25日、こども課の職員が、事業者に子ども31人分の氏名が記載されたファイルを誤って添付したということです。\n" +
        "また、市民課では5月2日、窓口で別の市民1人の住民票の写しを誤って交付していたということです。\n",
      [
        { organization: "北浜市", value: 31, cause: "misdelivery", announced: "2024-05-14" },
        { organization: "北浜市", value: 1, cause: "mis_operation", announced: "2024-05-14" },
      ],
    ],
    [
      "なお同社は…にも opens a second, unrelated case",
      "株式会社ミツハ商事は、会員アカウントへの不正ログインがあり、812件で登録情報が閲覧された可能性があると8月5日に公表した。\n" +
        "なお同社は7月10日にも、店舗で実施したアンケートの回答用紙約90人分を紛失したと公表している。\n",
      [
        { organization: "株式会社ミツハ商事", announced: "2024-08-05", value: 812 },
        { organization: "株式会社ミツハ商事", announced: "2024-07-10", value: 90, cause: "loss" },
      ],
      "2024-08-06",
    ],
    [
      "a printer that stuffed envelopes for clients folds into each client's incident; one envelope is no count",
      "このたび、当社が委託を受けて印刷・封入を行った通知書類の一部において、別の方あての書類が同封される事案が発生いたしました。\n" +
        "作業員が封入機の設定を誤ったため、1通の封筒に2名分の書類が封入される事象が発生しました。\n" +
        "（1）南浜市\n　別の方の書類が同封されたおそれのある件数：120件\n（2）株式会社ミモリカード\n　別の方の書類が同封されたおそれのある件数：340件\n" +
        "株式会社ハマナ印刷\n",
      [
        { organization: "南浜市", value: 120 },
        { organization: "株式会社ミモリカード", value: 340 },
      ],
    ],
    [
      "a correction's right figure, dated by the correction, not by the notice it corrects",
      "【お詫びと訂正】\n2024年5月23日\n株式会社ハルタ\n" +
        "2024年5月20日に当社が公表いたしました「予約アプリにおける誤表示について」の本文中、件数に誤りがございました。\n" +
        "（誤）他のお客様の情報が表示された可能性のあるお客様　410件\n（正）他のお客様の情報が表示された可能性のあるお客様　401件\n",
      [{ organization: "株式会社ハルタ", announced: "2024-05-23", value: 401 }],
    ],
    [
      "numbered headings that name a leak split a notice of several; a fiscal year is not its date",
      "令和６年度第２四半期における個人情報の不適切な取扱い事案の公表について\n令和６年１０月３１日\n南浜市民病院\n" +
        "当院で発生した事案は下記の２件です。\n" +
        "１　紹介状のファクス誤送信\n（３）漏えいした情報　患者１名の氏名、病名\n" +
        "２　看護メモの紛失\n（３）漏えいのおそれがある情報　患者４名の氏名、病名\n",
      [
        { organization: "南浜市民病院", announced: "2024-10-31", value: 1, cause: "misdelivery" },
        { organization: "南浜市民病院", announced: "2024-10-31", value: 4, cause: "loss" },
      ],
    ],
    [
      "a name whose kana reads like a particle, reporting on a date",
      "果物の通販を手がける有限会社まるに果樹園は9月2日、カード情報最大320件が流出した可能性があると発表した。\n",
      [{ organization: "有限会社まるに果樹園", value: 320 }],
    ],
    [
      "a claim the organization denies, named only in its heading, is no leak",
      "一部報道等における本学学生情報の流出について\n" +
        "「北浜大学の学生約9千人分の個人情報が販売されている」との情報が掲載されていることを確認いたしました。\n" +
        "以上のことから、本学から学生の個人情報が流出した事実は確認されておりません。\n",
      [],
    ],
    [
      "ranked items (第N位) each belong to their own organization",
      "第2位　ふくろう堂のカード情報流出\nコーヒー豆の通販サイトを運営する株式会社ふくろう堂が11月に公表した件。最大2,310件のカード情報（番号・有効期限）が抜かれた可能性があるというものでした。\n" +
        "第1位　白浜病院のランサムウェア\n10月に白浜市立病院が発表した件。病院の発表では、患者約3万人分の氏名が外部に送信された可能性があるとのこと。\n",
      [
        { organization: "株式会社ふくろう堂", value: 2310 },
        { organization: "白浜市立病院", value: 30000 },
      ],
    ],
    [
      "a regulator's announcement does not date the leak the company announced before",
      "個人情報保護委員会は12日、株式会社はまなす管理に対し、指導を行ったと発表した。同社は昨年11月、元従業員が入居者約800人分の氏名を持ち出していた可能性があると公表していた。\n",
      [{ organization: "株式会社はまなす管理", announced: "2023-11", value: 800 }],
    ],
    [
      "a news page's own date line resolves the day of a text without a publication date",
      "全市民の情報入ったUSBメモリー紛失 北浜\n2022年6月23日 19時42分\n北浜市は、市民約4千人分の個人情報が入ったUSBメモリーを紛失したと、23日、明らかにしました。\n",
      [{ organization: "北浜市", announced: "2022-06-23", value: 4000 }],
      null,
    ],
    [
      "事案1：/事案2： headings are two incidents of one organization",
      "このコラムでは、北浜自動車が公表した2つの事案を例に整理します。\n事案1：クラウドの設定ミス\n" +
        "2023年5月12日、北浜自動車は、クラウド環境の設定に誤りがあり、約3万人分のデータが外部から閲覧できる状態になっていたと公表しました。\n" +
        "事案2：ソースコードの誤公開\nその約7か月前の2022年10月7日にも、同社は委託先が誤って公開設定のまま掲載し、最大2,100件のメールアドレスが閲覧できる状態だったと発表しています。\n",
      [
        { organization: "北浜自動車", announced: "2023-05-12", value: 30000 },
        { organization: "北浜自動車", announced: "2022-10-07", value: 2100 },
      ],
    ],
    [
      "a third report's verb that speaks of the earlier reports dates nothing; its own date line does",
      "お知らせ\nランサムウェア被害による個人情報漏えいの可能性について（第3報）\n掲載日：令和6年6月10日\n" +
        "　令和6年5月19日に当院のシステムがランサムウェアに感染した事案について、第1報（5月21日）、第2報（5月29日）でお知らせしてまいりました。\n" +
        "　患者様の情報　最大約2万人分が外部に流出した可能性があることが判明しましたので、お知らせいたします。\n南浜医療センター\n",
      [{ organization: "南浜医療センター", announced: "2024-06-10", value: 20000 }],
    ],
    [
      "a short name in brackets between the subject and は",
      "ミナモ・エンタテインメント（MET）は4月27日、ゲーム配信サービスが外部から不正に侵入され、登録者の個人情報が流出したと発表した。対象は約7万アカウントに上る。\n",
      [{ organization: "ミナモ・エンタテインメント", value: 70000 }],
    ],
    [
      "a research firm's tally, with its short name, is no incident",
      "北浜リサーチ（KBR）は17日、上場企業が公表した漏えい事故は189件で過去最多になったと発表した。漏えいした個人情報は合計120万人分で、前年の300万人分からは大きく減った。\n",
      [],
    ],
  ] as ShapeRow[])("%s", checkShape);
});

describe("extractIncidents: shapes read from held-out sets (holdout13–14)", () => {
  it.each([
    [
      "a notice signed only in the page footer by a medical corporation and its hospital",
      "サイト内検索　　アクセス　　お問い合わせ　　文字サイズ\n外来受診のご案内　入院・お見舞いのご案内　診療科・部門　健診センター　採用情報\n" +
        "トップページ ＞ お知らせ ＞ Web予約システムにおける患者さんの情報の閲覧可能状態について（お詫び）\n" +
        "　当院が利用しているWeb予約システムにおいて、他の患者さんの予約内容が表示される不具合があることが判明しました。\n" +
        "　対象件数：予約票420件（患者さん412名分）\n" +
        "交通アクセス｜個人情報保護方針｜サイトマップ\n社会医療法人 北光会 ほくこう中央病院\n〒000-0000 北浜県北浜市中央1丁目2番3号\n",
      [{ organization: "社会医療法人 北光会 ほくこう中央病院", value: 420, cause: "system_failure" }],
    ],
    [
      "【事案1】/【事案2】 cases of a board named after において, below a municipal site's menu",
      "くらし・手続き　子育て・教育　健康・福祉　観光・産業　町政情報\n" +
        "　北浜町教育委員会において、次のとおり個人情報の取扱いに関する事案が2件発生しました。\n" +
        "【事案1】通知書の誤送付\n　A世帯あての通知書をB世帯あての封筒に誤って封入し、送付しました。\n（2）漏えいした情報（対象1件）\n" +
        "【事案2】名簿の掲示\n　公民館の受講者名簿を館内ロビーの掲示板に掲示していました。\n（2）漏えいした情報\n　受講者12名の氏名及び電話番号\n",
      [
        { organization: "北浜町教育委員会", value: 1, cause: "misdelivery" },
        { organization: "北浜町教育委員会", value: 12, cause: "mispublication" },
      ],
    ],
    [
      "a cooperative named with 協同組合 before a kana name on its own line",
      "協同組合みなと人材ネット\n代表理事　北野 一郎\n\n" +
        "　当組合の職員が、書類を入れたケースをタクシーの車内に置き忘れ、紛失しました。\n対象はおよそ21人分です。\n",
      [{ organization: "協同組合みなと人材ネット", value: 21, cause: "loss" }],
    ],
    [
      "a final report's total row, dated by itself and not by the earlier notices it lists",
      "【最終報】当社サーバーへの不正アクセスに関するお知らせ\n2025年3月28日\n株式会社ひだまり典礼\n" +
        "　当社サーバーへの不正アクセスにつきまして、調査が完了いたしましたので、ご報告いたします。\n" +
        "　対象　　人数　　項目\n　お客様　　3,100名　氏名、住所\n　会員様　　1,200名　氏名、電話番号\n　合計　　4,300名\n" +
        "　※データ（約9千件）も暗号化されましたが、外部に送信された痕跡は確認されませんでした。\n" +
        "・2025年2月14日　当社サーバーへの不正アクセスに関するお知らせ（第2報）\n",
      [{ organization: "株式会社ひだまり典礼", announced: "2025-03-28", value: 4300 }],
      "2025-03-28",
    ],
    [
      "a second report that cites its first by title with the verb further on, and a vendor's published fix",
      "株式会社北浜化成\n当社ファイル転送システムへの不正アクセスについて（第２報）\n2025年6月6日\n" +
        "　当社は、2025年5月16日付「当社ファイル転送システムへの不正アクセスに関するお知らせ」において、第三者からの不正アクセスについて公表いたしました。\n" +
        "　当社は、開発元が2025年5月2日に公表した修正プログラムを適用していませんでした。\n　合計　1,520名\n",
      [{ organization: "株式会社北浜化成", announced: "2025-06-06", value: 1520 }],
      "2025-06-06",
    ],
    [
      "a cause denied politely, an earlier mishap, and the attack the text names",
      "北浜交通は8日、ウェブ申込システムが外部から不正アクセスを受け、最大2,300人分の個人情報が流出した可能性があると発表した。\n" +
        "同社によると、申込画面の入力欄から不正な命令文を送り込む「SQLインジェクション」と呼ばれる攻撃を受けていた。\n" +
        "同社は2022年にも、購入者の宛名を取り違える事案を起こしている。\n",
      [{ organization: "北浜交通", value: 2300, cause: "sql_injection" }],
    ],
    [
      "a notice of two cases whose numbered headings end in について",
      "本学において、下記2件の事案が発生いたしました。\n" +
        "1．申請書類の所在不明について\n　学生支援課において、申請書類（6名分）の所在が不明となっております。\n" +
        "2．案内メールの誤送信について\n　送信先のメールアドレスを「BCC」欄ではなく「宛先」欄に入力したため、2年生88名のメールアドレスが閲覧できる状態となりました。\n" +
        "北浜短期大学\n",
      [
        { organization: "北浜短期大学", value: 6, cause: "loss" },
        { organization: "北浜短期大学", value: 88, cause: "misdelivery" },
      ],
    ],
    [
      "what was recovered is no count of what leaked",
      "北浜町は23日、健診結果の通知書に別の町民の結果を誤って封入し、送付していたと発表した。\n" +
        "誤封入の対象は260件で、23日現在、189件回収した。\n",
      [{ organization: "北浜町", value: 260 }],
    ],
    [
      "two ranked real-world-style cases (事例1：/事例2：) and attempts before the accounts that were entered",
      "2. 事例1：会員サイトへの不正ログイン（2013年）\n北浜ゲームは2013年7月5日、会員サイトに不正ログインが行われたと発表しました。\n" +
        "約800万回のログイン試行があり、そのうち1万2,345件のアカウントでログインが成功し、氏名などが閲覧された可能性があります。\n" +
        "3. 事例2：旧アカウントへの不正ログイン（2020年）\n2020年4月24日、北浜ゲームは、旧来のアカウント約10万件に不正ログインがあったと発表しました。\n" +
        "氏名などが閲覧された可能性があり、その後の続報で、影響は合計で約16万件に拡大しました。\n",
      [
        { organization: "北浜ゲーム", announced: "2013-07-05", value: 12345 },
        { organization: "北浜ゲーム", announced: "2020-04-24", value: 160000 },
      ],
    ],
    [
      "a roundup item dated by its heading, a name with ! inside",
      "■4月：ミナモグラスのオンラインショップ\nメガネの「MINAMO」を展開するミナモグラスが、不正アクセスで最大8,120件のカード情報が流出した可能性があると発表しました。\n" +
        "■5月：Hello! Minamo\nミナモネットは5月17日、Hello! Minamoのサーバーに不正アクセスがあり、最大20万件のIDが外部に持ち出された可能性があると発表しました。\n",
      [
        { organization: "ミナモグラス", announced: "2013-04", value: 8120 },
        { organization: "ミナモネット", announced: "2013-05-17", value: 200000 },
      ],
      "2013-12-28",
    ],
    [
      "a product heading a notice is no organization; the body that runs it is",
      "北浜町プレミアム付商品券　Web申込システムにおける個人情報の閲覧可能状態についてのお詫び\n" +
        "　北浜町商工会が町から受託して実施している商品券の購入申込について、申込者の情報が他の申込者から閲覧できる状態となっていました。対象は申込者132名です。\n",
      [{ organization: "北浜町商工会", value: 132 }],
    ],
    [
      "a system named in brackets is no organization, and its operator's outage that leaked nothing is no incident",
      "北浜港 コンテナ搬出入 再開へ システム障害はランサムウェア\n" +
        "北浜港運協会によりますと、4日、港の「北浜港統一管理システム」が停止しました。\n" +
        "協会は「現時点で、個人情報が外部に流出したことは確認されていない」としています。\n",
      [],
    ],
  ] as ShapeRow[])("%s", checkShape);
});

describe("extractIncidents: shapes read from held-out sets (holdout15–19)", () => {
  it.each([
    [
      "a provider's total over its clients, beside clients with their own counts, folds into them",
      "予約管理サービス「ヨヤクル」を提供するミナトソフト（東京都）は3日、サーバーに不正アクセスがあったと発表した。" +
        "影響を受けたのは、ヨヤクルを利用していた企業9社の顧客データで、計約3万件に上るという。\n" +
        "利用企業のうち、食品メーカーのこはる食品（静岡県）は4日、最大8120人分の氏名が流出した可能性があると発表した。\n" +
        "北海道でバスを運行する北浜電鉄は5日、顧客約2300人分の氏名と電話番号が対象だと明らかにした。\n",
      [
        { organization: "こはる食品", value: 8120, cause: "unauthorized_access" },
        { organization: "北浜電鉄", value: 2300 },
      ],
    ],
    [
      "a staff member snooping on residents' records (業務と関係なく閲覧) is a leak by an insider",
      "南川町は12日、税務課の男性職員が業務と関係なく住民の住所などを延べ四十二人分閲覧していたと発表した。\n",
      [{ organization: "南川町", announced: "2024-05-12", value: 42, cause: "insider" }],
    ],
    [
      "a mass mail whose address setting was wrong is misdelivery, not a misconfiguration",
      "北浜園芸協会は10日、講習会の案内メールを送る際に送信先の設定を誤り、受信者間でメールアドレス215件が閲覧できる状態になったと発表した。\n",
      [{ organization: "北浜園芸協会", value: 215, cause: "misdelivery" }],
    ],
    [
      "a staff member's account is no count of the affected (社員1人の業務用メールアカウント)",
      "北浜商事株式会社は9日、社員1人の業務用メールアカウントが乗っ取られたと発表した。" +
        "取引先担当者の氏名など最大2150件が第三者に閲覧された可能性がある。\n",
      [{ organization: "北浜商事株式会社", value: 2150 }],
    ],
    [
      "a company named in brackets after its kind of business (リフォーム会社「X」)",
      "逮捕容疑は、当時勤めていたリフォーム会社「みどり住設」の顧客約4100件分の氏名や住所を持ち出し、名簿業者に売却した疑い。" +
        "同社は昨年10月、顧客情報が流出した可能性があると公表していた。\n",
      [{ organization: "みどり住設", value: 4100, cause: "insider" }],
    ],
    [
      "an Emotet infection is malware",
      "株式会社北浜引越センターは6日、社員のパソコンがマルウェア「Emotet」に感染し、取引先のメールアドレスなど約1800件が流出した可能性があると発表した。\n",
      [{ organization: "株式会社北浜引越センター", value: 1800, cause: "malware" }],
    ],
    [
      "a file attached to a blog post and published is mispublication",
      "NPO法人ひよこの家は8日、活動報告のブログ記事に会員名簿のファイルを誤って添付し公開していたと発表した。会員約90人分の氏名と電話番号が閲覧できる状態だった。\n",
      [{ organization: "NPO法人ひよこの家", value: 90, cause: "mispublication" }],
    ],
    [
      "No.N markers of a roundup name no one; each item keeps its own date and organization",
      "No.1　書店にSQLインジェクション攻撃（5/14公表）\n株式会社北浜書林が運営する通販サイトがSQLインジェクション攻撃を受け、会員の氏名など最大3,100件が流出した可能性があります。\n" +
        "No.2　引越会社がEmotetに感染（5/15公表）\n株式会社あさひ引越社の社員のパソコンがEmotetに感染し、顧客のメールアドレス約700件が流出した可能性があると発表しました。\n",
      [
        { organization: "株式会社北浜書林", announced: "2024-05-14", value: 3100, cause: "sql_injection" },
        { organization: "株式会社あさひ引越社", announced: "2024-05-15", value: 700, cause: "malware" },
      ],
    ],
    [
      "a lead that announces a second matter (…ことも明らかにした) and 一方、X課の職員が… make two cases",
      "北浜市は20日、納税通知書31通を別の納税者に誤って送っていたと発表した。また、福祉課の職員の車から名簿が盗まれたことも明らかにした。\n" +
        "市によると、封入作業で別の納税者の通知書を入れていた。\n" +
        "一方、福祉課の職員が18日夜、車を離れている間に窓ガラスを割られ、かばんが盗まれた。かばんには8世帯19人分の氏名や住所を記した名簿が入っていた。\n",
      [
        { organization: "北浜市", value: 31, cause: "misdelivery" },
        { organization: "北浜市", value: 19, cause: "theft" },
      ],
    ],
    [
      "a notice without a publication date takes the full date on its page-number line, not its breadcrumb's month",
      "ホーム ＞ 市政情報 ＞ 報道発表 ＞ 令和6年5月 ＞ 個人情報の漏えいについて\n個人情報の漏えいについて\nページ番号：3305　掲載日：令和6年5月14日\n" +
        "　市がホームページに掲載したファイルに、回答者の個人情報が含まれていたことが判明しました。回答者212人分の氏名が閲覧できる状態でした。\n" +
        "お問い合わせ\n北浜市 総務課\n",
      [{ organization: "北浜市", announced: "2024-05-14", value: 212 }],
      null,
    ],
    [
      "another's data printed on a notice is a handling error (mis_operation)",
      "北浜市は10日、健診の案内はがき1820人分で、別の市民の氏名や生年月日が裏面に印字されていたと発表した。\n",
      [{ organization: "北浜市", value: 1820, cause: "mis_operation" }],
    ],
    [
      "documents caught in a photo posted on SNS (写り込み) are mispublication",
      "北浜町の職員が個人のSNSに投稿した写真に、住民の氏名や住所が書かれた書類が写り込んでいたことが分かりました。町は12日に公表し、住民9人の情報が読み取れる状態だったということです。\n",
      [{ organization: "北浜町", value: 9, cause: "mispublication" }],
    ],
    [
      "entries mailed to every other applicant reached others (a form's setting done wrong)",
      "北浜町などでつくる「北浜ロードレース」の実行委員会は15日、申し込みフォームの設定に誤りがあり、申込者241人分の氏名や住所が、ほかの申込者全員にメールで送られていたと発表しました。\n",
      [{ organization: "北浜ロードレース実行委員会", value: 241 }],
    ],
    [
      "a university's two cases (漏えい2件), each with its own cause; its address in brackets is no organization",
      "北浜学院大学（北浜県みどり台市）は9日、教員のメールアカウントが乗っ取られた事案と、審査結果を別の学生に誤って送信した事案の2件で、個人情報が漏えいした可能性があると発表した。\n" +
        "大学によると、教員1人がフィッシングメールに記載されたサイトにIDとパスワードを入力した。約1500人分の氏名とメールアドレスが閲覧された可能性がある。\n" +
        "また、学生支援課の職員が審査結果を知らせるメールを、宛先を取り違えて別の学生に送信した。メールには学生11人分の氏名が記載されていた。\n",
      [
        { organization: "北浜学院大学", value: 1500, cause: "phishing" },
        { organization: "北浜学院大学", value: 11, cause: "misdelivery" },
      ],
    ],
    [
      "an announcement of a wrong broadcast that carried no personal data is no incident",
      "北浜市は4日、公式LINEアカウントで、登録者約2万人に誤った日時のイベント案内を誤って配信したと発表した。個人情報は含まれていない。\n",
      [],
    ],
    [
      "a warning about fake mails that claim a leak (「…流出しました」をかたる) is no incident",
      "北浜市消費生活センターは21日、運送会社をかたり、「お客様の個人情報が流出しました」としてリンクを開かせる偽メールが出回っているとして注意を呼びかけた。\n",
      [],
    ],
    [
      "printouts of customers' data reused as flyers",
      "不動産仲介の株式会社北浜ハウス（北浜市）は7日、配布したチラシの一部に、顧客の個人情報が印刷された用紙を使っていたと発表した。約60人分の氏名と電話番号が記載されていた。\n",
      [{ organization: "株式会社北浜ハウス", value: 60, cause: "mis_operation" }],
    ],
    [
      "a katakana name after its line of business and before its address (人材派遣のX（所在地）は)",
      "人材派遣のミナトワークス（北浜市）は4月12日、派遣登録者820人分の氏名や電話番号が記載されたファイルを、誤って取引先の企業12社にメールで送信したと発表した。\n",
      [{ organization: "ミナトワークス", value: 820, cause: "misdelivery" }],
    ],
    [
      "a prefectural police's section that arrests (…の疑いで…逮捕) is an investigator; the company whose data was sold is the victim",
      "勤務先の会員名簿を持ち出して名簿業者に売却したとして、北浜県警生活経済課は15日、不正競争防止法違反の疑いで、ゴルフ場運営会社グリーンパークみなと（北浜県みどり町）の元社員の男（45）を逮捕した。\n" +
        "逮捕容疑は、元社員が同社のパソコンから会員約2100人分の氏名や住所が入ったデータを持ち出し、名簿業者に売却した疑い。同社は昨年9月、会員情報が流出した可能性があると公表していた。\n",
      [{ organization: "グリーンパークみなと", value: 2100, cause: "insider" }],
    ],
    [
      "a railway's outage with no leak (流出などはない) is no incident",
      "北浜電鉄は15日、ICカードのチャージ機が約3時間使えなくなったと発表した。約1万人に影響が出たとみられる。同社は「個人情報の流出などはない」としている。\n",
      [],
    ],
    [
      "rows of a statistics table (・誤掲載　9件) name no organization",
      "県と市町村で2024年度に起きた個人情報の漏えいなどの事案は48件だったことが、県のまとめで分かった。\n" +
        "・誤送付・誤送信　25件\n・誤掲載　9件\n・紛失　14件\n",
      [],
    ],
    [
      "a hospital that its corporation runs reports; the town in the next paragraph (一方、ゆずりは町は) is a second incident",
      "医療法人社団北光会が運営するみなと台病院（北浜市）は19日、理学療法士が患者の情報を保存したUSBメモリーを紛失したと発表した。延べ830人分が記録されていた。\n" +
        "一方、ゆずりは町は20日、町のホームページに掲載した資料に、町民約70人分の氏名が記載されていたと発表した。\n",
      [
        { organization: "みなと台病院", value: 830, cause: "loss" },
        { organization: "ゆずりは町", value: 70, cause: "mispublication" },
      ],
    ],
    [
      "a wire copy whose lead gives no date is dated by its dateline",
      "一般社団法人北浜合唱団は、演奏会の案内メールを送る際、宛先を「BCC」にすべきところを「CC」に入れて一斉送信し、会員ら312人分のメールアドレスが流出したと発表した。\n" +
        "2024/05/19 18:02　共同通信\n",
      [{ organization: "一般社団法人北浜合唱団", announced: "2024-05-19", value: 312 }],
    ],
    [
      "a figure that adds up the figures before it in its sentence is the total (合計98,406件 after 92,117件 and 6,289件)",
      "株式会社北浜キャンプは8月24日、第2報を公表した。流出が確認されたのは会員情報4,210件と、ゲスト予約情報385件の、合計4,595件とのこと。\n",
      [{ organization: "株式会社北浜キャンプ", value: 4595 }],
    ],
    [
      "broadcasters' 発表したのは、Xです: the lead that placed it (北浜県みなと町の温泉旅館が) was about X",
      "北浜県みなと町の温泉旅館が、予約サイトの管理画面に不正にログインされ、宿泊客約1300人分の情報が閲覧された可能性があると発表しました。\n" +
        "発表したのは、みなと町の旅館「磯の宿 しおさい」を運営する有限会社しおさい荘です。\n",
      [{ organization: "有限会社しおさい荘", value: 1300 }],
    ],
    [
      "a bag snatched with customers' papers is theft; a kana bank name opens the sentence",
      "ささやま銀行は11月28日、営業中の行員がかばんをひったくられ、顧客12人分の個人情報が記載された書類が奪われたと発表しました。\n",
      [{ organization: "ささやま銀行", value: 12, cause: "theft" }],
    ],
    [
      "a kanji and katakana word ending in a thing (タクシー配車アプリ、) heads no story; 同社では2019年3月にも… is a second case",
      "タクシー配車アプリ、利用者820人分の乗車履歴が閲覧可能に　みなと交通\n" +
        "株式会社みなと交通（北浜市）は10日、同社の配車アプリで、利用者820人分の氏名や電話番号が他の利用者から閲覧できる状態だったと発表した。\n" +
        "同社では2019年3月にも、元乗務員が顧客名簿約300人分を持ち出していたことを公表している。\n",
      [
        { organization: "株式会社みなと交通", announced: "2024-05-10", value: 820 },
        { organization: "株式会社みなと交通", announced: "2019-03", value: 300 },
      ],
    ],
    [
      "a pre-2008 財団法人 form before a kana name, and a count said to be contained (N件が含まれていた) with an announcement",
      "財団法人みなと健康づくり協会（北浜市）は16日、健診センターの事務室に何者かが侵入したと発表した。\n" +
        "路線バスを運行する北浜交通は17日、委託先から流出したデータに定期券購入者の情報、最大3万1,200件が含まれていたと発表した。\n",
      [{ organization: "北浜交通", value: 31200 }],
    ],
    [
      "a body named with its city's last character only (市教育委員会) takes the city named before it",
      "北浜市で個人情報の紛失が相次いでいる。\n　市教育委員会は13日、市立小学校の教諭が児童96人分の成績を記録したUSBメモリーを紛失したと発表した。\n",
      [{ organization: "北浜市教育委員会", value: 96, cause: "loss" }],
    ],
    [
      "a public employment office goes by ハローワーク and its place",
      "ハローワーク北浜東は10日、求職者に渡した紹介状に別の求職者3人分の氏名と職歴が印字されていたと発表した。\n",
      [{ organization: "ハローワーク北浜東", value: 3 }],
    ],
    [
      "a wire headline's closing kind (―芸能事務所) is no name; the company after its line of business (芸能事務所のX) is",
      "会員最大1万2千人分流出か＝通知を誤って承認―芸能事務所\n" +
        " 芸能事務所のミナモ・エンタテインメントは2日、運営するファンクラブの会員最大1万2千人分の氏名やメールアドレスが流出した可能性があると発表した。\n",
      [{ organization: "ミナモ・エンタテインメント", value: 12000 }],
    ],
    [
      "や inside a company's kana name before a dated report (有限会社まなびや舎(…)は8日)",
      "家庭教師派遣の有限会社まなびや舎(北浜県)は8日、事務所から生徒約150人分の名簿が盗まれたと発表した。\n",
      [{ organization: "有限会社まなびや舎", value: 150, cause: "theft" }],
    ],
    [
      "発表したのは、…「X」です: the name in brackets is who announced",
      "北浜県の運送会社のサーバーがランサムウェアに感染し、取引先など約1万8千件の情報が流出した可能性があることが分かりました。\n" +
        "発表したのは、北浜県に本社がある「ミナト港運」です。\n",
      [{ organization: "ミナト港運", value: 18000, cause: "malware" }],
    ],
    [
      "an association's survey of businesses (…を対象にした調査で) makes it an observer; no incident of its own",
      "一般社団法人北浜データ保護協会は9日、国内の事業者を対象にした調査で、2024年に報告された漏洩事案が前年より12％増えて約1,900件だったと発表した。\n",
      [],
    ],
    [
      "a parent named as the holder, its subsidiary that ran the site kept to also; a finer date of the same announcement",
      "今回は、2023年の秋に明らかになった北浜通販株式会社の会員情報流出を題材に考えたい。\n" +
        "同社が11月中旬に公表したところによると、不正アクセスを受けたのは同社の会員サイトだ。このサイトの運用は、100%子会社の株式会社北浜通販デジタルが担当していた。\n" +
        "流出した可能性があるのは、会員の氏名など最大約2万件。\n",
      [{ organization: "北浜通販株式会社", announced: "2023-11", value: 20000 }],
    ],
    // Session 9 rows, from reading holdout25/26/29/30 misses (in our own words).
    [
      "a second company introduced with its head office and も (一方、…を運営するX（所在地）も8日) is a second incident; a katakana kind of app heading the story is no name",
      "マッチングアプリ、会員情報流出か＝通販サイトでも\n" +
        " 婚活アプリを運営するコイノワ（東京都港区）は9日、会員最大2万人分の氏名や顔写真が流出した可能性があると発表した。\n" +
        " 一方、通販サイトを運営するミセハナ（大阪市北区）も8日、不正ログインで顧客812件の注文履歴が閲覧された可能性があると公表した。\n",
      [
        { organization: "コイノワ", value: 20000 },
        { organization: "ミセハナ", value: 812 },
      ],
    ],
    [
      "a library named only in a roundup item's heading is part of the incident its city announced",
      "【誤交付】北浜市立図書館、予約票を別の利用者に\n" +
        "北浜市は7日、市立中央図書館の窓口で予約票を取り違え、利用者12人分の氏名と利用者番号が記された票を別の利用者に渡したと発表した。\n",
      [{ organization: "北浜市", value: 12 }],
    ],
    [
      "a fire department (X市消防本部) is a body of its own",
      "北浜市消防本部は21日、救急車の端末1台をなくしたと発表した。端末には搬送者およそ120人分の氏名や症状が記録されていた。\n",
      [{ organization: "北浜市消防本部", value: 120, cause: "loss" }],
    ],
    [
      "a community hall's leak on its board's notice is the board's; the hall is named in also",
      "北浜町教育委員会は5日、個人情報の漏えい事案が発生したと発表しました。\n" +
        "【事案】中央公民館における受講者名簿の掲示\n" +
        "北浜町中央公民館で開いた講座の受講者名簿を、3月1日から9日までロビーに掲示していました。名簿には受講者18人分の氏名と電話番号が記載されていました。\n",
      [{ organization: "北浜町教育委員会", value: 18 }],
    ],
    [
      "a message sent to the wrong list that carried no personal data, with no personal information leaked, is no incident",
      "北浜県は6日、防災メールの登録先およそ3万件に訓練用の文面を誤って配信したと発表しました。\n" +
        "県は、配信先のアドレスが他の登録者に見える形ではなく、個人情報の流出はないとしています。\n",
      [],
    ],
    [
      "a lost roster that names data stays an incident though the organization says no personal information leaked",
      "北浜市は6日、市民40人分の氏名と住所を記した名簿をなくしたと発表しました。\n" +
        "名簿は庁舎内で見つかっておらず、市は現時点で個人情報の流出はないとしています。\n",
      [{ organization: "北浜市", value: 40, cause: "loss" }],
    ],
    [
      "a headline that names the story by a kind of service gives no second incident beside the company's dated one",
      "カーシェア会員1万2千人分、閲覧可能に　設定不備\n" +
        " カーシェア事業の「のりあいモビ」（北浜市）は3日、会員約1万2千人分の氏名と電話番号が外部から閲覧できる状態だったと発表した。\n",
      [{ organization: "のりあいモビ", value: 12000 }],
    ],
    [
      "a kana-and-kanji name in brackets after 運営する, the subject of a dated report, is the organization; the place before the golf course only locates it",
      "北浜県あおい町のゴルフ場「あおいヒルズ」を運営する「あおい台興産」は17日、会員約2100人分の氏名と電話番号がネット上に掲載されていたと発表した。\n",
      [{ organization: "あおい台興産", value: 2100 }],
    ],
    [
      "a column's cases introduced as 1件目は…である / 2件目は…だ, with data that reached a former employee or a third party",
      "問い合わせフォームの通知先が古いまま残り、思わぬ相手に個人情報が届いていた事案が相次いで公表された。\n" +
        " 1件目は不動産仲介の株式会社あおば住販である。同社は2023年5月12日、問い合わせフォームの通知先に元社員の私用アドレスが登録されたままだったと発表した。問い合わせの内容は元社員にも転送されており、対象は約800件。\n" +
        " 2件目は医療法人社団みずほ会が運営するみずほ眼科クリニックだ。2023年5月18日の発表によると、予約確認メールのBCC先に失効したドメインのアドレスが残っており、その第三者に、予約者最大120人分の氏名が届いた可能性がある。\n",
      [
        { organization: "株式会社あおば住販", announced: "2023-05-12", value: 800 },
        { organization: "医療法人社団みずほ会", announced: "2023-05-18", value: 120 },
      ],
    ],
    [
      "a mail that carried other members' data (他の会員の情報が記載された…, 別の会員のものに置き換わっていた) is a leak with its items",
      "株式会社あおば模型は6月12日、メールマガジンの配信システムの不具合により、一部の会員に他の会員の情報が記載されたメールが送信されていたと発表した。会員ごとに差し込まれる氏名と会員番号が別の会員のものに置き換わっていたというもの。対象は会員1,210名分。\n",
      [{ organization: "株式会社あおば模型", value: 1210, cause: "system_failure" }],
    ],
    [
      "data left on returned computers that were sold second-hand is a leak (mis_operation); an update's name is no organization",
      "ＬＰガス販売のあおばガス（本社・北浜市）は二十二日、リース会社に返却したパソコンに顧客約八千件の情報が残ったまま、中古店で販売されていたと発表した。\n" +
        "作業を担当した社員が、データの完全な消去を行っていなかった。この不具合を修正するアップデートは3月に公開されていた。\n",
      [{ organization: "あおばガス", value: 8000, cause: "mis_operation" }],
    ],
    [
      "a suspect's town in the wire's comma form (同県X市、会社員の男（34）) is a residence; 同社 is the company named before it",
      "塾の生徒情報を持ち出し　元教室長を逮捕\n" +
        " 生徒の個人情報を不正に持ち出したとして、北浜県警は11日、同県みどり野市、会社員の男（34）を逮捕した。\n" +
        " 逮捕容疑は昨年8月、学習塾を運営する株式会社ミライ・ゼミの教室長だった際、生徒の氏名などのデータを持ち出した疑い。\n" +
        " 同社は昨年12月、生徒約900人分の情報が持ち出されたと公表していた。\n",
      [{ organization: "株式会社ミライ・ゼミ", value: 900, cause: "insider" }],
    ],
    [
      "a hiragana lead before a katakana name after a relative verb (運営するそよかぜトラベルは9月3日、)",
      "旅行予約サイトを運営するそよかぜトラベルは9月3日、会員アカウントへの不正ログインが発生し、1204件のアカウントで氏名が閲覧された可能性があると発表した。\n",
      [{ organization: "そよかぜトラベル", value: 1204 }],
    ],
    [
      "a newspaper's ▽ roundup: each item that opens with a kana-led name (▽みなと野市消防本部（9日公表）) is its own incident",
      "県内で個人情報の流出の公表が相次いでいる。主な事案は次の通り。\n" +
        "▽県北部土木事務所（8日公表）　案内メールの宛先を「BCC」ではなく「TO」に入れ、延べ30人分のメールアドレスが受信者同士で見える状態になった。\n" +
        "▽みなと野市消防本部（9日公表）　講習の受講者名簿を別の事業所にファクスで誤送信した。名簿には受講者22人分の氏名が記載されていた。\n" +
        "▽かもめ通信株式会社（10日公表）　会員向けサイトが不正アクセスを受け、会員1500人以上の氏名が閲覧された可能性がある。\n",
      [
        { organization: "県北部土木事務所", value: 30 },
        { organization: "みなと野市消防本部", value: 22 },
        { organization: "かもめ通信株式会社", value: 1500 },
      ],
    ],
    [
      "a committee that examined a leak reports on it (検証委員会は…報告書を公表); the hospital after …がある is the organization",
      "ランサムウェア攻撃を受け、患者の情報が流出した恐れがあるみずなら市民病院（みずなら市）について、外部の専門家でつくる検証委員会は29日、報告書を公表した。\n" +
        " 同院は昨年8月、患者最大約2万人分の氏名などが流出した可能性があると発表していた。\n",
      [{ organization: "みずなら市民病院", value: 20000 }],
    ],
    [
      "an audit that found no leak or loss (流出や紛失は確認されていない) and a town's population give no incident",
      "北浜市の監査委員は13日、定期監査の結果を公表し、4課で個人情報の管理に不備があったと指摘した。市は「現時点で情報の流出や紛失は確認されていない」としている。市は人口約8万4千人。\n",
      [],
    ],
    [
      "市は同日、…ことも明らかにした: a second case the organization disclosed the same day",
      "北浜市は17日、介護保険の通知書300人分に別の人の氏名を印刷して発送したと発表した。システムの不具合が原因という。\n" +
        " 市は同日、避難行動要支援者名簿の一部を職員が紛失していたことも明らかにした。名簿には25人分の氏名と住所が記載されていた。\n",
      [
        { organization: "北浜市", value: 300 },
        { organization: "北浜市", value: 25, cause: "loss" },
      ],
    ],
    // Session 10 rows, from reading holdout30 misses (in our own words).
    [
      "a trade followed by 会社 (外壁リフォーム会社の顧客…) is a kind, not a name; the company named later is the victim",
      "外壁リフォーム会社の顧客名簿を売却か　元委託先社員を逮捕\n" +
        " 外壁リフォーム会社の顧客管理システムに不正にログインし、約5千人分の顧客情報を盗み出したとして、保守を請け負っていた会社の元社員が逮捕されました。\n" +
        " 株式会社ミドリ塗装は昨年10月、顧客約5千人分の情報が流出したおそれがあると発表していました。\n",
      [{ organization: "株式会社ミドリ塗装", value: 5000 }],
    ],
    [
      "a blog roundup with ▶ headings and a table of contents: each item's date is its own; a department's staff (…協会の事務局職員が) names the victim",
      "目次\n" +
        "1. 北浜市、通知を別人に送付\n" +
        "2. なぎさ会、名簿入りのかばんを盗まれる\n" +
        "3. うみね文化協会、フィッシングで乗っ取り\n" +
        "\n" +
        "▶ 1. 北浜市、通知を別人に送付（5/10公表）\n" +
        "北浜市は、国民健康保険の通知書20件を、別の世帯に送っていたと公表。\n" +
        "（私見）封入の確認は二人で行いたいところです。\n" +
        "\n" +
        "▶ 2. なぎさ会、名簿入りのかばんを盗まれる（5/12公表）\n" +
        "デイサービスを運営する社会福祉法人なぎさ会は、職員が車上荒らしに遭い、かばんを盗まれたと発表。利用者88人分の氏名と生年月日を記した名簿が入っていました。\n" +
        "（私見）車内に置いたままにしない、が基本ですね。\n" +
        "\n" +
        "▶ 3. うみね文化協会、フィッシングで乗っ取り（5/14公表）\n" +
        "一般社団法人うみね文化協会の事務局職員が偽のログイン画面にIDとパスワードを入力し、アカウントが乗っ取られたとのこと。受信箱のメールから、会員およそ300人分の氏名とメールアドレスが閲覧された可能性があります。\n",
      [
        { organization: "北浜市", announced: "2024-05-10", value: 20 },
        { organization: "一般社団法人うみね文化協会", announced: "2024-05-14", value: 300 },
        { organization: "社会福祉法人なぎさ会", announced: "2024-05-12", value: 88 },
      ],
    ],
    [
      "a payroll contractor hit by ransomware: each client's own count (職員の計212人分が対象), not the contractor's sum over the clients",
      " 給与計算の代行業務を手がける株式会社ハトバ計算（本社・北浜市）がランサムウェアの攻撃を受け、委託元の従業員の個人情報が流出した可能性があることが20日、分かった。\n" +
        " 部品メーカーの株式会社ミナト精機は20日、従業員計900人分の氏名や住所が流出した恐れがあると発表した。" +
        "南浜村は18日、職員と会計年度任用職員の計150人分が対象になると発表した。\n" +
        " 2団体分の合計は約1050人分に上る。\n",
      [
        { organization: "株式会社ミナト精機", value: 900 },
        { organization: "南浜村", announced: "2024-05-18", value: 150 },
      ],
    ],
    [
      "a place's kanji and a kana lead open a body's name (北浜かもめ農業協同組合); 同ＪＡ refers back to it",
      "北浜かもめ農業協同組合（ＪＡ北浜かもめ、本店・みなと市）は12日、職員が偽のログイン画面にパスワードを入力し、メールアカウントが乗っ取られたと発表した。組合員約700人分の氏名と電話番号が流出した可能性がある。\n" +
        "同ＪＡによると、職員は今月3日、偽のメールを受け取ったという。\n",
      [{ organization: "北浜かもめ農業協同組合", value: 700, cause: "phishing" }],
    ],
    [
      "an earlier mishap told beside the incident (同町教委では2021年にも、…を紛失しており) gives neither its count nor its data",
      "北浜町教育委員会は14日、町立中学校の教諭が生徒の成績を保存したノートパソコンを盗まれたと発表した。パソコンには生徒計210人分の氏名と成績が入っていた。\n" +
        "同町教委では2021年にも、小学校の教員が児童25人分の個人情報を含む健康診断票の写しを紛失しており、研修を実施していた。\n",
      [{ organization: "北浜町教育委員会", value: 210, items: ["name", "other"] }],
    ],
    [
      "a cleft lead names the company hit (被害に遭ったのは、…株式会社X。), and data one could see (見ることができる状態) are its items",
      "スーパーの会員サイトに不正ログイン　900人分閲覧か\n" +
        "　県内でスーパーを展開する企業の会員サイトが不正ログインを受け、会員の情報が閲覧された可能性があることが分かった。\n" +
        "　被害に遭ったのは、みなと市に本社を置く株式会社かもめストア。同社は6日、経緯を公表した。\n" +
        "　同社によると、このうち900件でログインに成功され、会員の氏名や住所を見ることができる状態だった。\n",
      [{ organization: "株式会社かもめストア", value: 900, items: ["name", "address"] }],
    ],
    [
      "a body quoted only for advice (…の担当者は「…防ぐには…べきだ」) comments on the case; it is no second victim",
      "北浜県の社会福祉法人あおば会は9日、元職員が利用者130人分の名簿を持ち出していたと発表した。\n" +
        "介護の現場では同様のトラブルが相次いでおり、県社会福祉協議会の担当者は「持ち出しを防ぐには、私用のメールへの送信を制限するべきだ」と話す。\n",
      [{ organization: "社会福祉法人あおば会", value: 130 }],
    ],
    [
      "the one person a mail went to (利用者1人に送った際) is not the count; a file attached by mistake is misdelivery",
      "　北浜市は8日、市立図書館で個人情報の流出が起きたと発表した。同館によると、今月2日、予約の連絡メールを利用者1人に送った際、職員が誤って別のファイルを添付した。添付ファイルには、利用者64人分の氏名と電話番号が記載されていた。\n",
      [{ organization: "北浜市", value: 64, cause: "misdelivery" }],
    ],
    [
      "slides published with patients' names (含まれたまま…公開されていた, 誰でも見られる状態) are a leak; 少なくとも before the patients is at_least",
      "南浜市立病院の医師が学会で使った資料に患者の実名が含まれたまま、学会のウェブサイトで公開されていたことがわかりました。\n" +
        "病院によりますと、資料には少なくとも患者27人分の氏名や病名が載っていて、インターネット上で誰でも見られる状態になっていたということです。病院は10日に公表しました。\n",
      [{ organization: "南浜市立病院", value: 27, qualifier: "at_least", cause: "mispublication" }],
    ],
    [
      "a drill's result with a leak said only as what a real attack would have done (本番なら, 実際の攻撃であれば) is no incident",
      "偽メール訓練、職員の3割が開封　北浜市「本番なら情報流出も」\n" +
        "　北浜市は20日、職員約900人を対象に実施した標的型攻撃メールの訓練の結果を公表した。\n" +
        "　市は「実際の攻撃であれば、住民の個人情報が流出するおそれがあった」として、研修を強化する。\n",
      [],
    ],
    [
      "a second case disclosed in the lead's paragraph (また、税務課が…ことも明らかにした) is its own; a paragraph on the first case's USB memory goes back to it; a related list under この地域の主なニュース and 隣町 are no incident",
      "北浜市、個人情報の紛失と誤送付を公表\n" +
        " 北浜市は14日、福祉課の職員が、利用者50人分の個人情報を保存したUSBメモリーを紛失したと発表した。また、税務課が納税通知書8件を別人に送付していたことも明らかにした。いずれも悪用の報告はないという。\n" +
        " 市によると、USBメモリーには利用者50人の氏名と住所が記録されていた。職員が出張先に持ち出し、帰庁後に紛失に気付いた。\n" +
        " 誤送付は、税務課が先月発送した通知書で、封入の際に1枚ずつずれたため、8人に別人の氏名と口座番号が記載された通知書が届いた。\n" +
        "この地域の主なニュース\n" +
        "・隣町の中学校で生徒の写真を誤掲載　約20人分\n",
      [
        { organization: "北浜市", value: 50, cause: "loss", items: ["name", "address"] },
        { organization: "北浜市", value: 8, cause: "misdelivery", items: ["name", "bank_account"] },
      ],
    ],
    [
      "the announcement's date follows a clause of discovery in the same sentence (12日、…発覚し、協会は18日、公表)",
      "北浜県体育協会が、大会に申し込んだ人の情報を誰でも閲覧できる状態にしていたことがわかりました。\n" +
        "閲覧できる状態になっていたのは、延べ900人分の氏名と住所です。\n" +
        "今月12日、参加者から連絡があって発覚し、協会は18日、経緯を公表しました。\n",
      [{ organization: "北浜県体育協会", announced: "2024-05-18", value: 900 }],
    ],
    [
      "a headline that writes the hospital another way, dated only by the page's dateline, gives no second incident",
      "患者一覧を誤送信　みなと町立病院、４０人分\n" +
        "\n" +
        "２０２４年５月９日 ０５：３０\n" +
        "\n" +
        "　みなと町は８日、町立みなと病院の職員が、入院患者の氏名を記載したファイルを、誤って町外の事業者にメールで送信したと発表した。ファイルには患者４０人分の氏名と病名が記載されていた。\n",
      [{ organization: "町立みなと病院", announced: "2024-05-08", value: 40 }],
    ],
    [
      "a count whose data were found not to have left (送信された痕跡は見つかっていない) is not the incident's",
      "株式会社ミナト運輸は2024年8月7日、サーバーがランサムウェア攻撃を受け、顧客の氏名や住所など最大5万件の情報が漏洩した恐れがあると発表した。\n" +
        "一方、従業員約900人分の人事情報については、外部に送信された痕跡は見つかっていないとしている。\n",
      [{ organization: "株式会社ミナト運輸", value: 50000, qualifier: "max" }],
      "2024-11-20",
    ],
    [
      "a second report dates itself, not the first report it cites in brackets (…付「…」（第1報）にてお知らせ); 給与額 is income",
      "【第2報】メール誤送信に関するご報告\n" +
        "2024年10月25日\n" +
        "株式会社ミナト会計\n" +
        " 2024年10月11日付「メール誤送信に関するお詫び」（第1報）にてお知らせいたしました件につきまして、調査が完了いたしましたので、下記のとおりご報告いたします。\n" +
        " 2024年10月9日、弊社の担当者が、委託元企業の従業員の給与計算データを、別の委託元企業の担当者宛てのメールに誤って添付し、送信いたしました。\n" +
        " 対象　従業員52名\n" +
        " 誤送信した情報：氏名、給与額\n",
      [{ organization: "株式会社ミナト会計", announced: "2024-10-25", value: 52, items: ["name", "income"] }],
      "2024-11-20",
    ],
    [
      "a regional paper's bare 県は19日、… is the one prefecture the article names (北浜県東部); its tax office said by kind and the assembly's committee are no victims",
      "自動車税の通知書、別人の名前で　県が300人分を誤送付\n" +
        "　県は19日、今月発送した自動車税の納税通知書のうち300通で、別の人の氏名が印字されていたと発表した。300人分の個人情報が他人に渡ったことになる。\n" +
        "　県税務課によると、誤りがあったのは北浜県東部の県税事務所が管轄する地域に送った通知書。\n" +
        "　19日の県議会総務企画委員会では、委員から「県が最終確認をするべきだった」との指摘が出た。\n",
      [{ organization: "北浜県", announced: "2024-05-19", value: 300 }],
    ],
    [
      "a subsidiary said as X子会社 is a name, not a kind of company (リフォーム会社 is)",
      " 個人情報保護委員会は11日、昨年度の報告件数を発表した。北浜テレコム子会社の元派遣社員が約30万件の顧客情報を不正に持ち出した問題などが勧告の対象だった。\n",
      [{ organization: "北浜テレコム", value: 300000, cause: "insider" }],
    ],
    [
      "addresses put in TO instead of BCC, so that recipients could see each other's (閲覧できる状態): the mail's mistake is the cause",
      " 令和6年11月6日、子育て支援課から登録者あてに案内メールを送信した際、本来「BCC」欄に入力すべき送信先のメールアドレスを、誤って「宛先（TO）」欄に入力して送信しました。このため、受信した方同士で互いのメールアドレスが閲覧できる状態となりました。\n" +
        "流出した情報\n" +
        "・送信先40人分のメールアドレス\n" +
        "北浜市　子育て支援課\n",
      [{ organization: "北浜市", value: 40, cause: "misdelivery" }],
      "2024-11-20",
    ],
    [
      "a contractor's clients each give their count without a leak verb of their own (委託元の個人情報が流出); 同健保組合 is the union named before, not the town in focus",
      "発送委託先にランサム攻撃　3団体の情報流出か\n" +
        "　自治体や健康保険組合から通知書の発送を請け負う「ハマベ印刷」（北浜市）のサーバーがランサムウエアに感染し、委託元の個人情報が流出した恐れがあることが12日、分かった。北浜県みどり町と、県内の運送会社でつくる北浜県運送業健康保険組合が同日、発表した。南浜市も11日に公表しており、3団体の合計は約1万5千人分に上る。\n" +
        "　みどり町によると、流出した恐れがあるのは国民健康保険の加入者約4100人分の氏名や住所。同健保組合は被保険者と被扶養者の計2870人分で、氏名と生年月日が含まれる。\n" +
        "　南浜市は、納税通知書を作るため同社に渡した8030人分の氏名と住所のデータが対象になったと説明した。\n",
      [
        { organization: "北浜県運送業健康保険組合", value: 2870 },
        { organization: "南浜市", value: 8030 },
        { organization: "みどり町", value: 4100 },
      ],
      "2025-06-13",
    ],
    [
      "a town's own hospital (町立…病院, then 同院) is one incident with the town; the town's population is no count",
      "患者一覧を誤送信　みどり町立病院、50人分\n" +
        "　みどり町は8日、町立みどり病院の職員が、入院患者の氏名などを記載したファイルを、誤って町外の業者にメールで送信したと発表した。ファイルには患者50人分の氏名と病名が記載されていた。\n" +
        "　同院によると、職員が宛先の自動入力で表示された別の業者を選んでしまったという。\n" +
        "　町立みどり病院は町内で唯一の病院で、町の人口は約8500人。\n",
      [{ organization: "みどり町", announced: "2025-06-08", value: 50 }],
      "2025-06-13",
    ],
    [
      "an arrest story with a second company whose site was also hit (X（同県Y市）の予約サイトにも): two incidents, each with its own count",
      "他人のIDで予約サイトに不正ログイン＝男逮捕―北浜県警\n" +
        "　他人のIDとパスワードで通販サイトに不正にログインしたとして、北浜県警は16日、会社員の男を逮捕した。\n" +
        "　逮捕容疑は昨年8月、ドラッグストアのナデシコ薬品（北浜県みなと市）の会員サイトに、他人のIDで不正にログインした疑い。同社は昨年10月、会員1500件のアカウントに不正ログインされ、氏名や住所が閲覧された恐れがあると発表していた。\n" +
        "　県警は、男が高速バスを運行するミナト交通（同県かもめ市）の予約サイトにも不正ログインしていたとみて調べている。同社は今年1月、会員820人分の氏名が閲覧された可能性があると公表していた。（了）\n",
      [
        { organization: "ナデシコ薬品", announced: "2024-10", value: 1500 },
        { organization: "ミナト交通", announced: "2025-01", value: 820 },
      ],
      "2025-04-17",
    ],
    [
      "a broadcaster's regional list (北浜のニュース) is a related list, its count no count of this story",
      "病院にサイバー攻撃　患者およそ3万人分の情報流出か\n" +
        "被害を受けたのは、みなと市にある「かもめ台病院」です。\n" +
        "病院を運営する医療法人かもめ会は4日、記者会見を開き、サーバーがランサムウエアに感染し、患者およそ3万人分の氏名や病名が外部に流出した可能性があると明らかにしました。\n" +
        "\n" +
        "北浜のニュース\n" +
        "・県立高校で生徒の成績一覧を誤送信　およそ120人分\n",
      [{ organization: "医療法人かもめ会", value: 30000 }],
      "2025-09-05",
    ],
    [
      "two mistakes of one city: a department as the paragraph's topic (また、市子育て支援課は、) opens the second; the headline's 計 over both is neither's; letters in another's envelope are misdelivered",
      "北浜市：課税通知を誤送付、HPに名簿も　計58人分\n" +
        "　北浜市は18日、課税通知書を別の納税者に送ったミスと、市ホームページに個人情報を含む資料を掲載したミスが相次いで見つかったと発表した。\n" +
        "　市税務課によると、今月12日に発送した通知書の再発行分のうち6人分を、別人の封筒に入れて送った。通知書には氏名と住所が記載されていた。\n" +
        "　また、市子育て支援課は、補助制度を説明する資料をホームページに掲載した際、利用世帯の計52人分の氏名と年齢が載った一覧を誤って含めていた。\n",
      [
        { organization: "北浜市", value: 6, cause: "misdelivery" },
        { organization: "北浜市", value: 52, cause: "mispublication" },
      ],
      "2024-11-19",
    ],
    [
      "insurance cards that reached other insured people's homes (別の被保険者の自宅に届いていた) are a leak",
      "保険証300人分、別人に送付　封入機の設定ミス\n" +
        "　北浜県後期高齢者医療広域連合は26日、被保険者に送った新しい保険証のうち300人分が、別の被保険者の自宅に届いていたと発表した。保険証には氏名や住所が記載されていた。\n",
      [{ organization: "北浜県後期高齢者医療広域連合", value: 300, cause: "misdelivery" }],
      "2024-07-27",
    ],
    [
      "a broadcaster's cleft line names the company after its place (書類が盗まれたのは、X市に本社がある「Y」が運営する…の車です)",
      "介護事業所の職員の車から名簿盗まれる　40人分\n" +
        "\n" +
        "北浜県みなと市の介護事業者が、職員の車が荒らされ、利用者など40人分の個人情報が書かれた書類が盗まれたと5日、発表しました。\n" +
        "\n" +
        "書類が盗まれたのは、みなと市に本社がある「カモメ介護」が運営する訪問介護事業所の職員の車です。\n" +
        "\n" +
        "会社によりますと、バッグには利用者の氏名や住所が書かれた予定表が入っていました。\n",
      [{ organization: "カモメ介護", value: 40, cause: "theft" }],
      null,
    ],
    [
      "a survey release (…名を対象に「…調査」を実施しました) and the cases its respondents tell are no incident of the surveyor",
      "【調査】中小企業の3社に1社が情報漏えい事故を経験　カワセミ総研調べ\n" +
        "株式会社カワセミ総研\n" +
        "情報セキュリティサービスを提供する株式会社カワセミ総研（本社：北浜市）は、従業員300名以下の企業の担当者800名を対象に「情報漏えい事故の実態に関する調査」を実施しました。\n" +
        "・過去3年間に個人情報の漏えい・紛失事故を経験した企業は31.5％\n" +
        "・「取引先への見積書に、別の顧客の名簿約200人分を添付して送ってしまった」（製造業）\n",
      [],
      "2025-10-07",
    ],
    [
      "a total whose parts a later sentence states (最大1万2470件 = 1万1836件と…634件) stays the count, though a part is close to it",
      "　工作機械メーカーのハマナス工機は2024年11月5日、ランサムウエア攻撃を受け、取引先や従業員などの個人情報が最大1万2470件流出した可能性があると発表した。\n" +
        "　流出した可能性があるのは、取引先担当者の氏名や電話番号など1万1836件と、従業員の氏名や住所など634件だ。\n",
      [{ organization: "ハマナス工機", value: 12470, qualifier: "max" }],
      "2024-11-12",
    ],
    // Session 11 rows, from reading holdout31, holdout32 and holdout35 misses (in our own words).
    [
      "one town, two mistakes: a headline of 相次ぐ and a second department's case opened by また、X課では今月12日、",
      "北浜町で個人情報の誤り相次ぐ　証明書を別人に交付、メールも誤送信\n" +
        "\n" +
        "北浜町は、住民課の窓口で別人の印鑑登録証明書を誤って交付したほか、健康推進課の案内メールで受信者のアドレスが互いに見える状態になっていたと、20日、発表しました。\n" +
        "\n" +
        "町によりますと、今月10日、住民課の窓口で職員が同姓の別の町民の証明書を交付したということです。証明書には2人分の氏名や住所が記載されていました。\n" +
        "\n" +
        "また、健康推進課では今月12日、健康教室の案内メールを送る際、アドレスを「宛先」の欄に入れたため、参加者31人のメールアドレスが表示されたということです。\n",
      [
        { organization: "北浜町", announced: "2025-06-20", value: 2, cause: "mis_operation" },
        { organization: "北浜町", announced: "2025-06-20", value: 31, cause: "misdelivery" },
      ],
      "2025-06-20",
    ],
    [
      "a time said by a verbal noun and 時 (委託先のシステム更新時に) names no one",
      "介護記録ソフト会社に攻撃　２施設で利用者情報流出の恐れ\n" +
        "\n" +
        "　介護記録ソフト会社のミサゴ情報サービス（北浜県南原市）がランサムウエア攻撃を受け、同社が保守を担当する介護施設で利用者の個人情報が流出した恐れがあることが分かった。\n" +
        "　特別養護老人ホームかもめ園を運営する社会福祉法人かもめ会は１１日、利用者約３２０人分の氏名や介護度が流出した恐れがあると発表した。北浜市の「みなと台ケアセンター」も１２日、利用者１４５人分が対象になると公表した。\n" +
        "　ミサゴ情報サービスによると、委託先のシステム更新時に設定した通信経路から侵入されたという。\n",
      [
        { organization: "社会福祉法人かもめ会", also: [], value: 320 },
        { organization: "みなと台ケアセンター", also: [], value: 145 },
      ],
      "2025-03-12",
    ],
    [
      "a roundup's closing tally of other cases (上記のほかに…3件…1～3人分) gives no count to the last item",
      "【週間まとめ】個人情報の漏えい公表（5月12日～5月16日）\n" +
        "\n" +
        "■塾の生徒名簿を紛失（5月13日公表）\n" +
        "株式会社ミズナラ進学は、教室の移転作業中に生徒名簿を紛失したと公表した。生徒と保護者あわせて212人分の氏名や電話番号が記載されていた。\n" +
        "\n" +
        "■会員サイトで他人の情報が表示（5月15日公表）\n" +
        "株式会社しらさぎスポーツは、会員サイトの設定不備により、ログインした会員に他の会員の予約情報が表示されていたと明らかにした。延べ430人分の氏名や会員番号が表示された可能性がある。\n" +
        "\n" +
        "今週は、上記のほかに自治体の誤送付が3件公表されたが、いずれも対象は1～3人分だった。\n",
      [
        { organization: "株式会社ミズナラ進学", value: 212 },
        { organization: "株式会社しらさぎスポーツ", value: 430, qualifier: "cumulative" },
      ],
      "2025-05-19",
    ],
    [
      "a lead that names only the place (X市のグループホームで) is the story of the operator the next sentence cites (…によりますと); the city it reported to is no victim",
      "南浜市のグループホームで、職員が入居者9人の名前と病名が書かれた連絡表を置き忘れ、紛失していたことが分かりました。\n" +
        "\n" +
        "ホームを運営する株式会社あおさぎケアによりますと、今月10日、職員が連絡表を持ったまま市内のスーパーに立ち寄り、店内に置き忘れたということです。\n" +
        "\n" +
        "会社は14日、南浜市の福祉課に報告し、入居者の家族に謝罪しました。\n",
      [{ organization: "株式会社あおさぎケア", value: 9, cause: "loss" }],
      "2025-07-15",
    ],
    [
      "a notice sent to another business (本来とは別の事業所に送っていた) is a leak",
      "給与の通知書、別の事業所へ　南浜市、従業員12人分\n" +
        "\n" +
        " 南浜市は3日、給与所得者の住民税額を記した通知書を、本来とは別の事業所に送っていたと発表した。\n" +
        " 市によると、市内の運送会社の従業員12人分の通知書が、別の飲食店あての封筒に入っていた。通知書には氏名と住所、税額が記されていた。\n",
      [{ organization: "南浜市", announced: "2024-06-03", value: 12, cause: "misdelivery" }],
      "2024-06-04",
    ],
    [
      "a clinic said by its department (北浜市の眼科) places it; the cleft line (誤って送られたのは、…Xが運営する…) names the victim",
      "検査結果を誤って別の患者に郵送　北浜市の眼科\n" +
        "\n" +
        "北浜市の眼科で、患者1人分の検査結果を記した書類が、誤って別の患者に郵送されていたことが分かりました。\n" +
        "\n" +
        "誤って送られたのは、医療法人社団みずき会が運営する「みずき眼科」の、60代の男性患者の検査結果です。書類には氏名と生年月日が記されていました。\n",
      [{ organization: "医療法人社団みずき会", value: 1, cause: "misdelivery" }],
      null,
    ],
    [
      "an earlier mishap dated in the month (県警では今月1日にも、…) gives no count to this one",
      "北浜県警は8日、南署の巡査長が、拾得物を届けた人などの個人情報を書いたメモ帳を紛失したと発表した。\n" +
        "\n" +
        "県警によると、メモ帳には、今月に入って拾得物を届けた人など、あわせて8人分の氏名と電話番号が書かれていた。\n" +
        "\n" +
        "県警では今月1日にも、西署の巡査が事件の関係者30人分の情報を含む書類を紛失したと発表したばかり。\n",
      [{ organization: "北浜県警", announced: "2024-10-08", value: 8, cause: "loss" }],
      "2024-10-09",
    ],
    [
      "a notice's posting that was the mistake (…を掲載した際、…誤って掲載しました) does not date it; the page's 更新日 does",
      "北浜市ホームページにおける個人情報の誤掲載について\n" +
        "更新日：2024年10月8日\n" +
        "1　概要\n" +
        "令和6年9月30日、市ホームページに説明会の参加状況を掲載した際、人数のみの表を掲載すべきところ、参加者の氏名と電話番号を記載した名簿を誤って掲載しました。\n" +
        "2　対象者数\n" +
        "・52人\n",
      [{ organization: "北浜市", announced: "2024-10-08", value: 52, cause: "mispublication" }],
      "2024-10-08",
    ],
    [
      "a facility named by its owner's kind (町立みなみ保育園) in a town's notice of two cases is the town's case, dated by the town",
      " 南浜町は11日、個人情報に関する事務の誤りが2件あったと発表した。\n" +
        " 1件目は税務課。固定資産税の通知書12人分を、別の人に郵送していた。\n" +
        " 2件目は町立みなみ保育園。保育士が園児20人分の氏名と写真を保存したUSBメモリーをなくした。保育士は6日に紛失に気づいた。\n",
      [
        { organization: "南浜町", announced: "2025-06-11", value: 12 },
        { organization: "南浜町", also: ["町立みなみ保育園"], announced: "2025-06-11", value: 20, cause: "loss" },
      ],
      "2025-06-12",
    ],
    [
      "a 第2報 is dated by itself: not by 第1報を公表 nor by a vendor's fix 公開; card data 保存されておりません is no item",
      "【第2報】会員サイトへの不正アクセスに関するお詫びとお知らせ\n" +
        "株式会社ミナモ商会\n" +
        "2025年5月20日\n" +
        "\n" +
        "当社は、2025年4月25日付「会員サイトへの不正アクセスに関するお知らせ（第1報）」において、会員情報が漏えいしたおそれがあるとお知らせいたしました。調査が完了しましたので、ご報告いたします。\n" +
        "1．経緯\n" +
        "2025年4月18日、不審な通信を検知しました。4月20日に外部機関へ調査を依頼し、4月25日に第1報を公表しております。\n" +
        "2．原因\n" +
        "会員管理ソフトウェアの既知の脆弱性を悪用されたものです。修正プログラムは2024年12月に公開されていましたが、適用が遅れておりました。\n" +
        "3．対象\n" +
        "会員の氏名、電話番号、メールアドレス　最大4,210件\n" +
        "※クレジットカード情報は当社サーバーには保存されておりません。\n",
      [{ organization: "株式会社ミナモ商会", announced: "2025-05-20", value: 4210, items: ["name", "phone", "email"] }],
      "2025-05-20",
    ],
    [
      "a cleft (…が流出したのは、XがY運営する「Z」の患者です) names the operator; a daily average and the people who wrote back are no count",
      "整骨院が患者130人のメールアドレス流出　「CC」で送信\n" +
        "\n" +
        "北浜市の整骨院が、予約の変更を知らせるメールを送る際、患者130人分のメールアドレスをほかの受信者にも見える状態で送信していたことがわかりました。\n" +
        "メールアドレスが流出したのは、医療法人社団あかね会が運営する「あかね整骨クリニック」の患者です。\n" +
        "クリニックが8日、ホームページで公表した「お詫び」によりますと、受付のスタッフが宛先を誤って「CC」に入力したということです。\n" +
        "これまでに41人から削除したという連絡を受けたということです。\n" +
        "このクリニックでは、1日に平均でおよそ60人の患者が受診しているということです。\n",
      [{ organization: "医療法人社団あかね会", value: 130, cause: "misdelivery" }],
      null,
    ],
    [
      "a notice posted (…と題する文書を同社ホームページに掲載した) dates both cases; their sum (2件は…あわせて50人分) is neither's count; 別のオーナーの報告書を同封 is misdelivery",
      "　不動産管理の株式会社カエデ住建は11月5日、「個人情報に関する2件の事案についてのお詫び」と題する文書を同社ホームページに掲載した。2件は別々に発生したもので、あわせて50人分の個人情報が対象となる。\n" +
        "　1件目は、営業所の社員が10月20日、申込者18人分の書類を入れた袋をバスに置き忘れたもの。\n" +
        "　2件目は、管理部門が10月28日、オーナーに送る報告書の封入作業の誤りで、別のオーナーの報告書を同封したもの。対象はオーナー32人分。\n",
      [
        { organization: "株式会社カエデ住建", announced: "2025-11-05", value: 18, cause: "loss" },
        { organization: "株式会社カエデ住建", announced: "2025-11-05", value: 32, cause: "misdelivery" },
      ],
      "2025-11-06",
    ],
    [
      "the figure of a cleft of possible exposure (可能性があるのは最大N人分) over the confirmed part; a kana name ending in と before its address",
      "　生活協同組合コープみなと（北浜市）は1日、注文アプリの不具合で、他の組合員の氏名や住所が表示されていたと発表した。表示された可能性があるのは最大2310人分。実際に他の組合員の画面に表示されたことが確認できたのは27人分という。\n",
      [{ organization: "生活協同組合コープみなと", value: 2310, qualifier: "max" }],
      "2024-07-02",
    ],
    [
      "a drill's scenario (…流出した恐れがあるとの想定で訓練, …という設定で) is no incident",
      "　南浜町は13日、委託先がランサムウェアの被害に遭い、町民の個人情報が流出した恐れがあるとの想定で、対応訓練を行った。訓練は、委託先から「町民約8千人分の氏名が入ったサーバーが暗号化された」と連絡が入ったという設定で始まった。\n",
      [],
      "2025-11-14",
    ],
    [
      "a firm that analysed many apology notices (…お詫び文325件を分析した結果をまとめた) is an analyst, no victim",
      "　調査会社の株式会社ミナミ・リサーチは、2025年に企業などが公表した個人情報の漏えいに関するお詫び文325件を分析した結果をまとめた。最初の公表の後に続報を出したのは121件にとどまった。ある通販事業者は、第1報で最大約20万件とした件数を、第2報で約3万件に修正していた。\n",
      [],
      "2026-01-20",
    ],
    [
      "a town that reports two cases of its own and one of its nursery (町立…): the nursery's case is the town's too",
      " 南浜町は11日、個人情報に関する事務の誤りが3件あったと発表した。\n" +
        " 1件目は税務課。固定資産税の通知書12人分を、別の人に郵送していた。\n" +
        " 2件目は福祉課。案内メールを送る際、宛先を誤り、利用者35人のメールアドレスが互いに見える状態になった。\n" +
        " 3件目は町立みなみ保育園。保育士が園児20人分の氏名と写真を保存したUSBメモリーをなくした。\n",
      [
        { organization: "南浜町", value: 12 },
        { organization: "南浜町", value: 35 },
        { organization: "南浜町", also: ["町立みなみ保育園"], announced: "2025-06-11", value: 20, cause: "loss" },
      ],
      "2025-06-12",
    ],
    [
      "a bank's short form (北浜銀) written out later (北浜銀行); two branches' cases (2つの支店で…, また駅前支店では5月9日、), each with its own cause, not the lead's",
      "北浜銀、2支店で顧客情報の紛失と誤送信\n" +
        "\n" +
        " 北浜銀は15日、2つの支店で顧客情報の紛失と誤送信があったと発表した。\n" +
        " 同行によると、港支店では4月に受け付けた申込書の綴り1冊が所在不明になった。綴りには120件分の氏名と住所が記載されていた。誤って廃棄した可能性が高いという。\n" +
        " また駅前支店では5月9日、行員が資料をファクスで送る際に番号を押し間違え、市内の事業者に送信した。資料には顧客2人の氏名と年収が書かれていた。\n" +
        " 北浜銀行は「再発防止に努める」としている。\n",
      [
        { organization: "北浜銀行", also: ["北浜銀"], value: 120, cause: "loss" },
        { organization: "北浜銀行", value: 2, cause: "misdelivery" },
      ],
      "2019-05-16",
    ],
    [
      "a pension fund (…企業年金基金) and data that passed into others' hands (別人の手に渡った); a list sent to a private address (私用アドレスに送っていた) is insider; a name with ・ as the subject of a dated report",
      " みなみ電機企業年金基金は4日、年金受給者に郵送した通知書に、別の受給者の通知書が同封されていたと発表した。別人の手に渡ったのは受給者520人分の氏名、住所、基礎年金番号などだった。\n" +
        " 家電量販のカモメ・デンキは4日、退職した社員が在職中に顧客名簿を私用アドレスに送っていたと発表した。対象は顧客1200人分。\n",
      [
        { organization: "みなみ電機企業年金基金", value: 520, items: ["name", "address", "pension_number"] },
        { organization: "カモメ・デンキ", value: 1200, cause: "insider" },
      ],
      "2020-08-05",
    ],
    [
      "a roundup: a kana name ending in ず (しみず眼科クリニック), the body an operator runs as the subject (X会が運営するYは), mail sent to a place other than its address (宛先と異なる医院に郵送); a rewritten payment page (決済画面が改ざん) is an intrusion",
      "今週の漏えいニュース（2022年6月第1週）\n" +
        "\n" +
        "■しみず眼科クリニック、検査結果を別の医院へ郵送（6月7日公表）\n" +
        "医療法人社団清水会が運営するしみず眼科クリニックは、患者1人分の検査結果を、宛先と異なる医院に郵送したと発表しました。封筒の宛名ラベルを貼り間違えたもので、氏名と病名が記載されていました。\n" +
        "\n" +
        "■カワラヒワ茶舗の通販サイトにWebスキミング（6月9日公表）\n" +
        "株式会社カワラヒワ茶舗は、通販サイトの決済画面が改ざんされ、カード情報最大812件が流出した可能性があると発表しました。\n",
      [
        {
          organization: "しみず眼科クリニック",
          also: ["医療法人社団清水会"],
          announced: "2022-06-07",
          value: 1,
          cause: "misdelivery",
        },
        { organization: "株式会社カワラヒワ茶舗", announced: "2022-06-09", value: 812, cause: "unauthorized_access" },
      ],
      "2022-06-11",
    ],
    [
      "a system outage whose headline denies a leak in quotes (情報流出は「ない」) is no incident",
      "市民病院で電子カルテ停止　情報流出は「ない」\n" +
        "\n" +
        " みなと市民病院は8日、電子カルテのシステムが約5時間使えなくなったと発表した。同院によると、サーバーの装置が故障した。外部からの攻撃は確認されておらず、「患者情報が流出したことはない」としている。県内では昨年、別の病院がランサムウェアの被害を受けた。この日の外来患者は約600人。\n",
      [],
      "2023-03-09",
    ],
    [
      "where a business operates (北浜県を中心に…展開する) is no victim of fake mails the business warns of",
      " 北浜県を中心にドラッグストア40店を展開する株式会社ヤマガラ薬品は11日、同社を装った偽のメールが出回っているとして注意を呼びかけた。「お客様の個人情報が流出した恐れがあります」などと書かれ、リンク先でカード番号を入力させようとする内容。同社は「当社から会員情報が流出した事実はない」としている。少なくとも5人がリンク先でカード番号を入力したとみられる。\n",
      [],
      "2018-04-12",
    ],
    [
      "a program's bug (プログラムに不具合があり) is the cause of the other household's data printed on a notice",
      " 北浜県南浦町は5日、国民健康保険の加入者に送った通知に、別の加入者の受診歴が印字されていたと発表した。対象は加入者312人分。\n" +
        " 町によると、委託先が改修したシステムのプログラムに不具合があり、並べ替えの処理がずれて前後の世帯の受診歴が印字されたという。\n",
      [{ organization: "北浜県南浦町", value: 312, cause: "system_failure" }],
      "2021-10-06",
    ],
    // Session 12 rows, from reading holdout36 misses (in our own words).
    [
      "a printer's ransomware: a second client that entrusts it too (同社に業務を委託している X も15日、) is an incident of its own, not the printer",
      " 北浜県南川市は14日、通知書の印刷を委託している「ミズキ印刷」（北浜市）のサーバーがランサムウエアに感染し、市民8210人分の氏名や住所が流出した可能性があると発表した。同じく同社に業務を委託している北浜県教職員互助会も15日、会員の計2904人分の情報が流出した恐れがあると明らかにした。\n" +
        " ミズキ印刷によると、今月9日にサーバーが暗号化されているのが見つかった。\n",
      [
        { organization: "北浜県南川市", announced: "2024-07-14", value: 8210, cause: "malware" },
        { organization: "北浜県教職員互助会", announced: "2024-07-15", value: 2904, cause: "malware" },
      ],
      "2024-07-16",
    ],
    [
      "a headline's dateline form (北浜・南川村) is the village the body names in full; a file attached while posting to the village's website was published",
      "村の予防接種名簿をホームページに誤掲載　北浜・南川村\n" +
        "\n" +
        " 北浜県南川村は6日、接種費用の助成を受けた住民の名簿をホームページに誤って掲載していたと発表した。村によると、職員が案内文書をホームページに掲載する際、同じフォルダーにあった名簿のファイルを誤って添付した。名簿には住民二百十八名分の氏名と住所が記載されていた。\n",
      [{ organization: "北浜県南川村", announced: "2023-09-06", value: 218, cause: "mispublication" }],
      "2023-09-07",
    ],
    [
      "a broadcaster's page dated only by month and day dates 今月 and bare days; a lead that names only a place is the story of the company a cleft then names (…のは、…に本社がある「X」が運営する…)",
      "ホテルの予約客の情報流出か\n" +
        "\n" +
        "みなとテレビ　06月12日 18:20\n" +
        "\n" +
        "北浜市のホテル運営会社の社員が偽のログイン画面にパスワードを入力し、予約客らおよそ640人分の個人情報が流出したおそれがあることがわかりました。\n" +
        "流出したおそれがあるのは、北浜市に本社がある「ミサゴ観光」が運営するホテルで、客とやり取りしたメールです。\n" +
        "会社によりますと、今月3日、社員が偽のメールを受け取ったということです。会社は10日、ホームページで経緯を公表しました。\n",
      [{ organization: "ミサゴ観光", announced: "--06-10", value: 640, qualifier: "approx", cause: "phishing" }],
      null,
    ],
    [
      "a city's two leaks told by department (子育て支援課では11日、…/ 市民課では12日、…) after 流出が2件: two incidents, and 2件 counts neither",
      " 北浜県南浦市は14日、市の子育て支援課と市民課で、個人情報の流出が2件あったと発表した。\n" +
        " 子育て支援課では11日、会員向けの案内メールを送る際、職員が送信先を「宛先」欄に入力し、会員54人分のメールアドレスが受信者全員に表示された。\n" +
        " 市民課では12日、職員が住民票の写しを同姓の別人に誤って渡した。写しには4人分の氏名と住所が記載されていた。\n",
      [
        { organization: "北浜県南浦市", value: 54, cause: "misdelivery" },
        { organization: "北浜県南浦市", value: 4 },
      ],
      "2024-11-15",
    ],
    [
      "a company warning of fake mails that quote a leak (偽メールは「…閲覧された可能性があります」などと記載) and denying one has no incident",
      "「情報流出のおわび」装う偽メール　カワセミ書房が注意喚起\n" +
        "\n" +
        " 書籍通販のカワセミ書房は3日、同社をかたる偽のメールが出回っているとして注意を呼び掛けた。同社によると、顧客の情報が外部に流出した事実はないという。偽メールは「お客様の情報が第三者に閲覧された可能性があります」などと記載し、偽サイトでカード番号を入力させる。少なくとも2人が入力したという。\n",
      [],
      "2023-02-03",
    ],
    [
      "a month named for the event (今月発送した) gives way to the day before the announcing verb (22日発表しました)",
      " 北浜県は、南部県税事務所が今月発送した納税通知書の封筒に、別の人の通知書を誤って同封していたと22日発表しました。対象はあわせて96人分で、氏名や住所が記載されていたということです。\n",
      [{ organization: "北浜県", announced: "2025-05-22", value: 96 }],
      "2025-05-23",
    ],
    // Session 12 rows, from reading holdout38 misses (in our own words).
    [
      "a SaaS vendor whose clients announce their own leaks: its users (約3万人が利用している) are no count, and it is named in the clients' also",
      " 株式会社クラウドハルカ（東京都）が提供する勤怠管理サービス「ハルカ勤怠」が不正アクセスを受けた問題で、利用企業の公表が相次いでいる。\n" +
        " 同社は6月10日、管理者アカウントが第三者に不正に使用され、複数の利用企業のデータが閲覧された可能性があると発表した。同サービスは約200社、約3万人が利用している。\n" +
        " 部品メーカーの株式会社ミサキ精機は18日、従業員1,420人分の氏名や社員番号が流出した可能性があると公表した。\n" +
        " 株式会社ナギサ建設は19日、作業員あわせて512人分の氏名と生年月日が対象になったと発表した。\n",
      [
        { organization: "株式会社ミサキ精機", value: 1420, also: ["株式会社クラウドハルカ"] },
        { organization: "株式会社ナギサ建設", value: 512, also: ["株式会社クラウドハルカ"] },
      ],
      "2025-06-20",
    ],
    [
      "a password typed on a fake sign-in page (偽のサインイン画面) is phishing",
      " 北浜県立短期大学は16日、教員1人のメールアカウントが乗っ取られ、学生ら310人分の個人情報が流出した可能性があると発表した。同大によると、教員は「パスワードの有効期限が切れます」と書かれたメールを受け取り、リンク先の偽のサインイン画面にIDとパスワードを入力した。\n",
      [{ organization: "北浜県立短期大学", value: 310, cause: "phishing", items: [] }],
      "2025-01-17",
    ],
    [
      "an app's API that returned others' records without checking who asked (APIに不備, 認可の確認をしない) is a vulnerability",
      " 株式会社ハヤブサ・ホームは15日、アプリのAPIに不備があり、他の利用者の登録情報を取得できる状態になっていたと公表した。利用者番号を書き換えると、認可の確認をしないまま別の利用者の情報を返していた。閲覧できたのは最大2万1,300人分の氏名、住所、電話番号。\n",
      [
        {
          organization: "株式会社ハヤブサ・ホーム",
          value: 21300,
          qualifier: "max",
          cause: "vulnerability",
          items: ["name", "address", "phone"],
        },
      ],
      "2025-04-16",
    ],
    [
      "a research firm's survey release (…企業400社を対象に「…実態調査2025」を実施) is no incident, though its figures quote leaks",
      " 株式会社ミヤマ総研（本社：東京都）は、国内の従業員100人以上の企業400社を対象に「情報漏えい被害の実態調査2025」を実施し、その結果を公表しました。被害企業のうち「個人情報が流出した可能性がある」と公表したのは21社でした。\n",
      [],
      "2026-01-20",
    ],
    [
      "a company's own notice of two cases under numbered headings (1．第三者による不正ログイン / 2．お問い合わせ内容の閲覧可能状態); inquiries' contents counted are the data, not inquiries received",
      "当社オンラインストアに関するお詫び\n" +
        "\n" +
        "株式会社カケス文具\n" +
        "\n" +
        "このたび、当社オンラインストアにおいて、下記2件の事案が発生いたしました。\n" +
        "\n" +
        "1．第三者による不正ログイン\n" +
        "他社サービスから流出したとみられるIDとパスワードを用いた不正ログインがあり、1,208件の会員アカウントにログインされたことを確認いたしました。\n" +
        "\n" +
        "2．お問い合わせ内容の閲覧可能状態\n" +
        "お問い合わせフォームの設定不備により、送信された316件のお問い合わせ内容（お名前、メールアドレス）が第三者から閲覧できる状態になっていたことが判明いたしました。\n",
      [
        { organization: "株式会社カケス文具", value: 1208, cause: "credential_theft" },
        { organization: "株式会社カケス文具", value: 316, cause: "misconfiguration" },
      ],
      "2025-04-18",
    ],
    // Session 12 rows, from earlier sets' remaining misses (in our own words).
    [
      "an app's downloads (アプリのダウンロード数は累計約60万件) are no count; a contractor's staff member who photographed records on a private phone and handed them on is insider, and the staff member (スタッフ1名) is no count",
      " 株式会社ミナモ・ラボは8月7日、学習アプリの会員情報が外部に流出した問題の調査結果を公表した。影響は1万2,440件だった。アプリのダウンロード数は累計約60万件。\n" +
        " 北浜市民病院は6月11日、医療事務の委託先のスタッフ1名が、患者の情報を私物のスマートフォンで撮影し、知人に提供していたと発表した。患者の個人情報が外部に漏えいした。提供されていたのは患者の延べ38人分で、氏名や受診した診療科が含まれていた。\n",
      [
        { organization: "株式会社ミナモ・ラボ", value: 12440 },
        { organization: "北浜市民病院", value: 38, qualifier: "cumulative", cause: "insider" },
      ],
      "2025-08-08",
    ],
    [
      "a printer's enclosing slip told case by case (1つ目は、X が… / 2つ目は、Y の…; 別の契約者に届いた, 別の家庭に届いた): each client is an incident, a headline's 封入ミス is no name, and the headlines under あなたにお薦め give no count",
      "封入ミスが2組織の漏えいに\n" +
        "\n" +
        " 通知書の印刷・封入を請け負う株式会社カシワ印刷の工場で、封筒に別人の書類が入るトラブルが起きた。\n" +
        " 1つ目は、ほしなみ生命保険株式会社が契約者に送った証明書だ。同社は2月4日、証明書1,120人分が別の契約者に届いたと発表した。\n" +
        " 2つ目は、ナナカマド信用金庫が会員に送った通知である。同金庫は2月6日、会員305人分の通知が別の家庭に届いたと公表した。\n" +
        " カシワ印刷によると、この日に処理した発送物は計約9000通。\n" +
        "\n" +
        "あなたにお薦め\n" +
        "・保険代理店で顧客情報約7千件が閲覧可能に\n" +
        "・自治体の通知で誤送付、900件が別世帯へ\n",
      [
        { organization: "ほしなみ生命保険株式会社", value: 1120, cause: "misdelivery", also: [] },
        { organization: "ナナカマド信用金庫", value: 305, cause: "misdelivery", also: [] },
      ],
      "2025-02-10",
    ],
    // Session 12 rows, from reading holdout42 misses (in our own words).
    [
      "a city's own release that names no organization in its body is the city's whose postal address its contact block gives",
      "住民票の写しの誤送付について\n" +
        "\n" +
        "記者発表資料\n" +
        "令和7年3月4日\n" +
        "市民部 市民課\n" +
        "\n" +
        "　郵送で請求のあった住民票の写しを、別の世帯の方に誤って送付する事案が発生しました。\n" +
        "　誤って送付した写しには、請求者の世帯（1世帯4人分）の氏名、住所、生年月日が記載されていました。\n" +
        "\n" +
        "このページに関するお問い合わせ\n" +
        "市民部 市民課\n" +
        "〒100-0101 北浜県南浦市中央一丁目2番地\n" +
        "電話：0123-45-6789\n",
      [{ organization: "北浜県南浦市", announced: "2025-03-04", value: 4, cause: "misdelivery" }],
      "2025-03-04",
    ],
    [
      "a prefecture's board tells its schools' cases (…の計3校で…が相次いだと発表): each school is an incident dated by the board's announcement; a bare 特別支援学校 is no name; a file left open to everyone (「全員が閲覧可」の設定のまま…見られる状態になっていた) leaked",
      " 北浜県教育委員会は19日、県立の高校と特別支援学校の計3校で、生徒の個人情報の紛失や誤送信が相次いだと発表した。\n" +
        " 県教委によると、県立南浦高校では、教諭が生徒延べ120人分の成績を保存したUSBメモリーを紛失した。\n" +
        " 県立北浜特別支援学校では、教員が保護者1人にあてたメールに、別の児童4人分の氏名を記したファイルを誤って添付して送った。\n" +
        " 県立みなと高校では、3年生88人分の氏名を一覧にしたファイルを、共有フォルダーに「全員が閲覧可」の設定のまま保存し、全校生徒が見られる状態になっていた。\n",
      [
        { organization: "県立南浦高校", announced: "2024-07-19", value: 120, cause: "loss" },
        { organization: "県立北浜特別支援学校", announced: "2024-07-19", value: 4, cause: "misdelivery" },
        { organization: "県立みなと高校", announced: "2024-07-19", value: 88, cause: "misconfiguration" },
      ],
      "2024-07-20",
    ],
    [
      "a town's notice: the printer the town (町が) contracts works inside the town's incident, and households (最大390世帯) count when nothing else does",
      "納税通知書の誤送付について（お詫び）\n" +
        "\n" +
        "　令和6年7月9日に発送した納税通知書の一部が、別の世帯あてに送付されていたことが判明しました。\n" +
        "■概要\n" +
        "　通知書の印刷・封入作業は、町が委託している株式会社ミナト印刷が行っています。封入機の不具合により、ある世帯の通知書に次の世帯の明細書が重なって封入された可能性があることがわかりました。\n" +
        "■対象となる世帯\n" +
        "　同じ機械で処理した最大390世帯\n" +
        "\n" +
        "お問い合わせ\n" +
        "南川町役場 税務課\n",
      [{ organization: "南川町", also: ["株式会社ミナト印刷"], value: 390, qualifier: "max" }],
      "2024-07-11",
    ],
    [
      "a city's notice of two cases under 事案1/事案2 headings with the section in brackets; sheets stuck together (2枚重ねた) are no count, households are",
      "個人情報の取扱いに係る事務処理誤りについて\n" +
        "\n" +
        "　このたび、本市において、書類の誤送付及び証明書の誤交付が相次いで発生しました。\n" +
        "\n" +
        "事案1　手当通知書の誤送付（子育て支援課）\n" +
        "　通知書を2枚重ねたまま封入したものがあり、6世帯分の通知書が別の世帯に届いていたことを確認しました。\n" +
        "事案2　住民票の写しの誤交付（市民課）\n" +
        "　窓口で、別の方1人分の住民票の写しを誤って交付しました。\n" +
        "\n" +
        "令和6年11月22日\n" +
        "北浜県南浦市 総務部 総務課\n",
      [
        { organization: "北浜県南浦市", value: 6, cause: "misdelivery" },
        { organization: "北浜県南浦市", value: 1 },
      ],
      "2024-11-22",
    ],
    [
      "a committee's notice signed at its foot, whose body names only the contractor (委託先の株式会社X): the committee's incident; a voting district (第3投票区) is no body; 1件ずつ and 1通の封書 are no counts",
      "投票所入場券の誤送付について\n" +
        "\n" +
        "　投票所入場券について、一部の世帯に、他の世帯の選挙人の入場券が同封されていたことが判明しました。\n" +
        "1　概要\n" +
        "　入場券は、世帯ごとに1通の封書にまとめて郵送しています。印刷データの不具合により、世帯の区切りが1件ずつずれて封入されていました。\n" +
        "2　影響の範囲\n" +
        "　第3投票区から第5投票区までの約900世帯（選挙人約1,700人分）\n" +
        "3　原因\n" +
        "　委託先の株式会社ハマナ電算が、印刷データ作成プログラムを更新した際、処理に誤りがありました。\n" +
        "\n" +
        "令和6年4月9日\n" +
        "南川町選挙管理委員会\n",
      [{ organization: "南川町選挙管理委員会", also: ["株式会社ハマナ電算"], value: 1700, qualifier: "approx" }],
      null,
    ],
    [
      "a prefecture's drill (…の被害を想定した合同訓練) and a payment delay that says nothing leaked (…漏えいしたり…したものではありません) are no incidents",
      " 県と県内の市町村は、個人情報の漏えいやランサムウェアの被害を想定した合同訓練を実施しましたので、その結果をお知らせします。\n" +
        " 手当の振込の一部が、システムの不具合により遅れました。なお、本件は計算処理の停止によるもので、受給者の個人情報が外部に漏えいしたり、別の方に送られたりしたものではありません。\n",
      [],
      "2025-11-20",
    ],
    [
      "a release dated under its title: a message that tells its addressees something (結果をお知らせするメール), a report to the PPC (個人情報保護委員会に報告) and a promise (1月下旬までにお知らせします) date no announcement; 指定管理者 as a contractor",
      "県立北浜少年自然の家の指定管理者によるメールの誤送信について\n" +
        "\n" +
        "令和5年8月3日\n" +
        "北浜県 県民生活部 青少年課\n" +
        "\n" +
        "　北浜県立北浜少年自然の家の指定管理者である株式会社モリノワにおいて、他の受信者のメールアドレスが表示される状態で送信する事案が発生しました。\n" +
        "　令和5年8月1日、指定管理者の職員が、抽選結果をお知らせするメールを送信した際、宛先をＢＣＣとすべきところをＴＯ欄に入力しました。漏えいしたのは申込者のメールアドレス112人分です。\n" +
        "　8月2日、個人情報保護委員会に報告しました。対象の皆様には、8月下旬までに文書でお知らせします。\n",
      [{ announced: "2023-08-03", value: 112, cause: "misdelivery" }],
      "2023-08-03",
    ],
    // Session 12 rows, from reading holdout39 misses (in our own words).
    [
      "a headline's teacher (中学教諭、…) is no body; a hospital's drill (…という想定の訓練) whose hospital has had no harm (被害は起きていない) is no incident",
      "中学教諭、生徒の成績入りＵＳＢ紛失　南浦\n" +
        "\n" +
        " 南浦市教育委員会は12日、市立第一中学校の男性教諭が、生徒140人分の成績を保存したＵＳＢメモリーを紛失したと発表した。\n" +
        "病院でサイバー攻撃を想定した訓練\n" +
        " 病院のシステムがサイバー攻撃を受けたという想定の訓練が今月21日、北浜市民病院で行われました。これまでに同病院で情報が漏れるなどの被害は起きていないということです。\n",
      [{ organization: "南浦市教育委員会", value: 140, cause: "loss" }],
      "2024-09-13",
    ],
    [
      "a sentence opened by the anaphor's topic (同病院は先月、…公表しており、…で県病院局が…報告した) stays the hospital's and dates its announcement",
      " 北浜県立中央病院で、患者860人分の検査画像を保存したハードディスクの所在が分からなくなっている。同病院は先月、ホームページで公表しており、5日の県議会の委員会で県病院局が経過を報告した。\n",
      [{ organization: "北浜県立中央病院", announced: "2025-01", value: 860 }],
      "2025-02-06",
    ],
    [
      "a driving school named in quotes after its kind (北浜市の自動車学校「北浜ドライビングスクール」) is the body, its city a place; 携帯電話の番号 is a mobile number",
      " 北浜市の自動車学校「北浜ドライビングスクール」で、職員が教習生64人分の名簿の画像を、誤ってLINEのグループに送っていたことがわかりました。名簿には、教習生の氏名と携帯電話の番号が書かれていました。\n",
      [{ organization: "北浜ドライビングスクール", value: 64, items: ["name", "mobile_phone"] }],
      "2024-03-13",
    ],
    [
      "a town's two mishaps found together (…ミスが、相次いで見つかった): the second told in a paragraph opened by また with its own count (また、町のホームページでは、…資料に、…の氏名…が載っていた) is a case of its own",
      " 南川町は今月15日、住民票の写しを別の人に渡したミスと、町のホームページに個人情報が入った資料を載せたミスが、相次いで見つかったと発表しました。\n" +
        " 同町によりますと、今月9日、窓口で、別の世帯の住民票の写し1人分を交付したということです。\n" +
        " また、町のホームページでは、固定資産税に関する資料に、土地を所有する98人分の氏名と土地の所在地が載っていたということです。\n",
      [
        { organization: "南川町", value: 1 },
        { organization: "南川町", value: 98, cause: "mispublication", items: ["name", "property"] },
      ],
      "2023-11-16",
    ],
    [
      "a police report on a cooperative's former employee (JAみなみ台の組合員の名簿を…持ち出した): the cooperative is the victim, dated by its own earlier notice (同JAは去年12月、…公表し); 私立X高等学校 and X高校 are one school; a system fault that says nothing leaked (漏れたり…したことはない) is none",
      "JA元職員を書類送検　組合員の名簿を持ち出した疑い\n" +
        "\n" +
        "JAみなみ台の組合員の名簿を不正に持ち出したとして、警察は元職員の男性を、個人情報保護法違反の疑いで19日、書類送検しました。\n" +
        "警察によりますと、男性は去年9月、組合員およそ2100人分の氏名や住所が記載されたデータを持ち出し、知人に渡した疑いが持たれています。\n" +
        "同JAは去年12月、内部の調査で持ち出しが分かったとして公表していました。\n" +
        "\n" +
        "合格発表のページに受験生の氏名　南浦高校が誤って掲載\n" +
        "南浦町の私立南浦高等学校は、合格発表のページに、受験生150人分の氏名を誤って掲載していたと、今月5日、発表しました。\n" +
        "\n" +
        "北浜町　電子申請システムに障害\n" +
        "北浜町は今月13日、システムに障害が起き、申請の処理が遅れていると発表しました。個人情報が外部に漏れたり、ほかの人に見られたりしたことはないということです。\n",
      [
        { organization: "JAみなみ台", announced: "2025-12", value: 2100, cause: "insider" },
        { organization: "私立南浦高等学校", also: ["南浦高校"], announced: "2026-01-05", value: 150 },
      ],
      "2026-01-20",
    ],
    // Session 12 rows, from reading holdout40 misses (in our own words).
    [
      "a business magazine's feature on three companies: names after their kind (菓子メーカーのXも被害に遭った1社だ, …のが住宅メーカーのXだ) are the victims, not products' makers; 2月に…暗号化され、3月に…と公表した is dated by the verb's clause",
      " 北浜県を地盤とする物流のミサゴ運輸は2月にサーバーを暗号化され、3月に配送先など約4万人分の個人情報が流出した可能性があると公表した。\n" +
        " 菓子メーカーのカワセミ製菓も被害に遭った1社だ。4月26日、取引先の担当者の情報計1,320人分が外部に流出したことを確認したと発表した。\n" +
        " 被害の規模が大きかったのが住宅メーカーのハヤブサ・ホームだ。6月10日に公表した第3報では、顧客の氏名など最大9万件が流出した可能性があるとした。\n",
      [
        { organization: "ミサゴ運輸", announced: "2024-03", value: 40000 },
        { organization: "カワセミ製菓", announced: "2024-04-26", value: 1320 },
        { organization: "ハヤブサ・ホーム", announced: "2024-06-10", value: 90000, qualifier: "max" },
      ],
      "2024-07-03",
    ],
    [
      "a roaster named by its trade (…珈琲焙煎所) runs the shop site; クラウド型 is no name; an earlier mishap told as 同社を巡っては、2022年にも… gives no count",
      "通販サイトに不正アクセス\n" +
        " クラウド型の顧客管理サービスの設定に不備があり、顧客の情報が閲覧できる状態になっていた。\n" +
        " 同サイトを運営するミサゴ珈琲焙煎所によれば、第三者が決済画面を改ざんし、顧客のカード情報最大1320件が流出した可能性がある。\n" +
        " 同社を巡っては、2022年にもキャンペーンの応募者約2000人分の情報が外部から閲覧できる状態になっていた。\n",
      [{ organization: "ミサゴ珈琲焙煎所", value: 1320, qualifier: "max" }],
      "2025-03-14",
    ],
    // Session 12 rows, from reading holdout41 misses (in our own words).
    [
      "a force's own officer who looked people up under the guise of an investigation (捜査を装って…照会) leaked them (insider), the force is no investigator; a bureau's staff member who took the data home on a private USB (私物の…に保存し、自宅に持ち帰っていた) is insider; staff disciplined (職員2人を処分) are no count",
      "知人ら6人の情報を不正照会、巡査長を停職…北浜県警\n" +
        " 北浜県警は19日、捜査を装って照会システムを使い、知人女性ら6人の住所や運転免許の情報を調べたとして、南署地域課の男性巡査長を停職1か月の懲戒処分にしたと発表した。\n" +
        "\n" +
        "滞納者情報を持ち帰り　市水道局が職員2人を処分\n" +
        " 北浜県南浦市水道局は24日、料金を滞納している利用者の氏名など約1万1千件の情報を私物のUSBメモリーに保存し、自宅に持ち帰っていたとして、職員2人を処分したと発表した。\n",
      [
        { organization: "北浜県警", value: 6, cause: "insider", items: ["address", "driver_license"] },
        { organization: "北浜県南浦市水道局", value: 11000, qualifier: "approx", cause: "insider" },
      ],
      "2024-12-20",
    ],
    [
      "a broadcaster's lead that names only the seat (北浜市に本社を置く電力小売りの会社が) and a cleft that names the sender (メールを送ったのは北浜電力です); the one applicant a list was mailed to (受験生1人に、…を誤って電子メールで送った) is no count",
      "電力会社がメール誤送信\n" +
        "北浜市に本社を置く電力小売りの会社が契約者に送ったメールで、ほかの契約者のメールアドレスが互いに見える状態になっていたことがわかりました。\n" +
        "メールを送ったのは北浜電力です。\n" +
        "会社によりますと、あわせて312人分のアドレスが見える状態になっていたということです。会社は26日、この問題を公表しました。\n" +
        "#北浜市　#電力\n" +
        "\n" +
        " 国立大学法人南浦大学は7日、問い合わせてきた受験生1人に、別の受験生の得点などを記した一覧表のファイルを誤って電子メールで送ったと発表した。一覧表には受験生860人分の氏名と得点が載っていた。\n",
      [
        { organization: "北浜電力", announced: "2024-09-26", value: 312, cause: "misdelivery" },
        { organization: "国立大学法人南浦大学", value: 860, cause: "misdelivery" },
      ],
      "2024-09-27",
    ],
    [
      "a trade paper's list of a SaaS's clients under ■ headings that are names alone (■カケス・フィットネス / …を運営する同社は…): each client is an incident",
      " 予約管理のクラウドサービス「ハルカ予約」が不正アクセスを受けた問題で、サービスを利用する企業の公表が相次いでいる。提供元のハルカシステムズは7月10日に被害を明らかにしていた。\n" +
        "■カケス・フィットネス\n" +
        " フィットネスクラブ「カケスFIT」を運営する同社は7月12日、会員の氏名など最大3万1200人分が流出した可能性があると発表した。\n" +
        "■ミサキ自動車\n" +
        " 自動車販売のミサキ自動車は7月14日、顧客情報4410件が流出した可能性があると発表した。\n",
      [
        { organization: "カケス・フィットネス", value: 31200, also: ["カケスFIT"] },
        { organization: "ミサキ自動車", value: 4410 },
      ],
      "2023-07-18",
    ],
    [
      "a police force's two cases (…ケースのあわせて2件): the second opened by また今月12日には (no comma) is a case of its own, 2件 counts neither, and 書かれていて marks a data sentence",
      "県警で個人情報の紛失と誤送信　あわせて2件\n" +
        "切符の控えをなくしたケースと、メールに相談者の情報を誤って添付したケースのあわせて2件、個人情報の取り扱いをめぐるミスがあったと、北浜県警が発表しました。\n" +
        "県警によりますと、今月9日、南署交通課の巡査が、交通反則切符の控え9枚を入れたケースをなくしました。控えには違反をした9人の氏名と住所が書かれていて、まだ見つかっていません。\n" +
        "また今月12日には、県警本部の職員が、防犯ボランティア団体にメールを送った際、相談を寄せた2人の氏名を記したファイルを誤って添付しました。\n",
      [
        { organization: "北浜県警", value: 9, cause: "loss", items: ["name", "address"] },
        { organization: "北浜県警", value: 2, cause: "misdelivery" },
      ],
      "2021-10-14",
    ],
  ] as ShapeRow[])("%s", checkShape);
});
