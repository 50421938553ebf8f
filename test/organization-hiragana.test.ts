/**
 * Company and facility names that start with hiragana (みなと電機, さくらや, はるみ訪問看護ステーション) or hold と
 * inside (みなとネットショップ), read by findOrganizations (src/pipeline/fields/organization.ts): a hiragana run
 * before a name's kanji/katakana part is the name's start when it follows a boundary (a line or clause start, 「, 、)
 * or a joint (の after a business description, は/が, a relative clause's verb) and is no particle, conjunction or verb
 * form itself.
 */
import { describe, expect, it } from "vitest";
import { extractIncidents } from "../src/pipeline/extract/index.js";
import { findOrganizations } from "../src/pipeline/fields/organization.js";

const names = (text: string) => findOrganizations(text).map((m) => m.name);

describe("findOrganizations: hiragana at the start of a company name", () => {
  it.each([
    // A hiragana name after a business description (…販売の, …製造の): the whole name, not its kanji tail.
    ["家電販売のみなと電機株式会社は4月22日、発表した。", ["みなと電機株式会社"]],
    ["菓子製造のあおば製菓株式会社は", ["あおば製菓株式会社"]],
    ["雑貨通販のさくらや株式会社は", ["さくらや株式会社"]],
    // と inside a name after 株式会社 is part of the name when katakana of the same name follow …
    ["株式会社みなとネットショップは5月1日、発表した。", ["株式会社みなとネットショップ"]],
    // … while と between two full names still splits them, and so does と before a verb phrase.
    ["株式会社ことりと山田銀行", ["株式会社ことり", "山田銀行"]],
    ["株式会社ことりとヤマダ銀行は", ["株式会社ことり", "ヤマダ銀行"]],
    ["株式会社ことりとコラボした商品を", ["株式会社ことり"]],
    // Shops, clinics and care providers with a type suffix and no legal form.
    ["はるみ訪問看護ステーションは3月12日", ["はるみ訪問看護ステーション"]],
    ["訪問看護事業を営むはるみ訪問看護ステーションは", ["はるみ訪問看護ステーション"]],
    ["同じ市内のあおぞら歯科クリニックは", ["あおぞら歯科クリニック"]],
    ["、ひだまりケアセンターが", ["ひだまりケアセンター"]],
    ["文具販売のこまち商店は", ["こまち商店"]],
    ["同社とみなと電機株式会社は", ["みなと電機株式会社"]],
    ["市内にあるみどり病院で", ["みどり病院"]],
    ["同法人が運営するあおば台病院は", ["あおば台病院"]],
    ["北浜ののぞみ薬局は", ["のぞみ薬局"]],
    ["市内のひばりヶ丘病院で", ["ひばりヶ丘病院"]],
    // A public school's owner (市立, 町立) before its hiragana name is part of it.
    ["北浜市立みなと小学校の教諭が", ["北浜市立みなと小学校"]],
    ["、町立ほしぞら台中学校で", ["町立ほしぞら台中学校"]],
    // The hiragana before the name is a verb, particle, conjunction or adverb: not part of it.
    ["情報が流出した山田商事株式会社", ["山田商事株式会社"]],
    ["情報がもれた山田商事株式会社は", ["山田商事株式会社"]],
    ["およびABC株式会社", ["ABC株式会社"]],
    ["顧客、およびABC株式会社の", ["ABC株式会社"]],
    ["県はこのほど北浜市に", ["北浜市"]],
    ["設置によるものと国交省は発表した", ["国交省"]],
    ["事務局ではなく同省の職員が", []],
    ["データなどみなと電機株式会社が", ["みなと電機株式会社"]],
    ["手続きがない山田商事株式会社", ["山田商事株式会社"]],
    ["同社はすでにみなと電機株式会社に", ["みなと電機株式会社"]],
    ["同社とともにみなと電機株式会社が", ["みなと電機株式会社"]],
    ["市内のおもな病院で", []],
    ["近くのちいさな書店で", []],
    ["かかりつけ病院で", []],
    ["評判のよい病院で", []],
    // A kind of care home is no name.
    ["特別養護老人ホームで", []],
  ])("%s", (text, expected) => expect(names(text)).toEqual(expected));
});

describe("extractIncidents: a hiragana-led victim with a type suffix", () => {
  it("gives one incident with the whole name", () => {
    const text = [
      "訪問看護事業を営むはるみ訪問看護ステーションは3月12日、看護師が利用者14人分の氏名と病歴を記録したタブレット端末を紛失したと発表した。",
      "",
      "同ステーションによると、看護師は3月9日、訪問先からの帰りに端末を置き忘れた。警察に遺失届を出している。",
    ].join("\n");
    const incidents = extractIncidents({ name: "t", text, published: "2026-03-13", source: null, title: null });
    expect(incidents.map((i) => [i.organization, i.affected.value])).toEqual([["はるみ訪問看護ステーション", 14]]);
  });
});
