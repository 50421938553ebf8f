import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { ORG_SUFFIXES } from "./gazetteer.js";
import { endsInSuffix, findOrganizations, suffixType } from "./organization.js";

const names = (text: string) => findOrganizations(text).map((m) => m.name);

describe("findOrganizations", () => {
  it.each([
    ["株式会社青葉マートは7月16日、発表した。", ["株式会社青葉マート"]],
    ["国立大学法人北浜大学は", ["国立大学法人北浜大学"]],
    ["茨城県北浜市では交付した。", ["茨城県北浜市"]],
    ["北谷県教育委員会は発表した。", ["北谷県教育委員会"]],
    ["みなと信用金庫は3月2日", ["みなと信用金庫"]],
    ["東和あんしん生命保険は", ["東和あんしん生命保険"]],
    ["国交省サイトへ不正アクセス", ["国交省"]],
    ["丸山記念病院でUSBメモリー紛失", ["丸山記念病院"]],
    ["星空トラベル株式会社は", ["星空トラベル株式会社"]],
    ["3月17日ニッポン放送は", ["ニッポン放送"]],
    ["公益財団法人あさひ文化ふれあい財団は2日", ["公益財団法人あさひ文化ふれあい財団"]],
    ["一般社団法人ひかりと緑の協会は", ["一般社団法人ひかりと緑の協会"]],
    ["特定非営利活動法人あおば子ども食堂ネットは5日", ["特定非営利活動法人あおば子ども食堂ネット"]],
    ["西都みらい大学（東京都）は4日", ["西都みらい大学", "東京都"]],
    ["市内の新しい病院で", []],
    ["一般社団法人みどり子ども会も5日", ["一般社団法人みどり子ども会"]],
    ["株式会社ことりと山田銀行", ["株式会社ことり", "山田銀行"]],
    ["㈱あおぞら食品は9日", ["㈱あおぞら食品"]],
    ["㈲こもれび工房が", ["㈲こもれび工房"]],
    ["取引先の十数社に影響した", []],
    ["同法人が運営するあおば台病院は", ["あおば台病院"]],
    ["米企業の日本法人、ミナモ・ジャパン合同会社は", ["ミナモ・ジャパン合同会社"]],
    ["東浜信用組合元職員の男が", ["東浜信用組合"]],
    ["南浜市東区役所市民課は", ["南浜市東区役所"]],
    ["東区役所は", ["東区役所"]],
    ["南浜市役所は", ["南浜市"]],
    ["数十校で同じ名簿が使われ、十六銀行も", ["十六銀行"]],
    ["　さくら精工健康保険組合（大阪市）は", ["さくら精工健康保険組合", "大阪市"]],
    ["また、つばさ町教育委員会によると", ["つばさ町教育委員会"]],
    ["このうち山梨県桜木町は8日", ["山梨県桜木町"]],
    ["そのうち東浜県は", ["東浜県"]],
    ["県内にある精工健康保険組合", ["精工健康保険組合"]],
    ["「しらかば台高校」の", ["しらかば台高校"]],
    ["ＳＫＹ　ＬＩＮＥ株式会社は", ["ＳＫＹ　ＬＩＮＥ株式会社"]],
    ["Blue Harbor株式会社は", ["Blue Harbor株式会社"]],
    ["印刷会社ナミマ印刷株式会社（本社・北浜市）は", ["ナミマ印刷株式会社"]],
    ["勤めていた株式会社ナギサ保険の顧客約600人分の名簿を", ["株式会社ナギサ保険"]],
    ["株式会社ナギサのサーバーに侵入し", ["株式会社ナギサ"]],
    ["市内の歯科医院の患者名簿が", []],
    ["学習塾の生徒情報が流出", []],
    ["、ひばり市は5日", ["ひばり市"]],
    ["「かすみ町」で", ["かすみ町"]],
    ["北浜警察署交通課の巡査が", ["北浜警察署"]],
    ["南川市保険年金課によると", ["南川市"]],
    ["青葉マート株式会社総務課は", ["青葉マート株式会社"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ["同社は発表した。"],
    ["楽天市場で買い物をした。"],
    ["都市銀行からの案内"],
    ["クレジットカード情報が流出"],
    ["高村の考え"],
    ["鉄道会社へ連絡しました。"],
    ["コールセンターを設置した。"],
    ["南信地区の高校"],
    ["県内のある市では"],
    ["これは市の判断だ"],
    ["北浜市内の飲食店でかばんを置き忘れた"],
    ["南川町在住の男性が拾った"],
    ["また、市は発表した"],
  ])("no organization in %s", (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe("endsInSuffix", () => {
  // Suffixes, their pieces and other words around them: suffixType types a name only when the text ends in a suffix
  // where the name ends, whatever the name's start.
  const suffixes = ORG_SUFFIXES.map(([suffix]) => suffix);
  const piece = fc.oneof(
    fc.constantFrom(...suffixes),
    fc.constantFrom(
      "北浜",
      "みなと",
      "ミドリ",
      "ABC",
      "個人",
      "サービス",
      "人",
      "ス",
      "ー",
      "所",
      "役",
      "同",
      "数",
      "1",
      "、",
      "の",
    ),
    fc.constantFrom(...suffixes).map((x) => x.slice(1)),
  );
  const text = fc.array(piece, { minLength: 1, maxLength: 6 }).map((xs) => xs.join(""));
  test.prop([text, fc.nat(), fc.nat()])("a name suffixType types ends where the text ends in a suffix", (t, a, b) => {
    const end = 1 + (a % t.length);
    const start = b % end;
    expect(suffixType(t.slice(start, end)) !== null && !endsInSuffix(t, end)).toBe(false);
  });
});
