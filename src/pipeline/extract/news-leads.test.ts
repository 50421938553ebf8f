import { describe, expect, it } from "vitest";
import { extractIncidents } from "./index.js";

const brief = (text: string) =>
  extractIncidents({ name: "t.txt", text, published: "2025-09-10", source: null, title: null }).map((i) => ({
    organization: i.organization,
    announced: i.announced,
    value: i.affected.value,
    cause: i.cause,
  }));

describe("extractIncidents: news leads", () => {
  it("a dated topic whose main predicate is a public act (処分にした) dates the report", () => {
    const text =
      "南浜市は8日、住民の電話番号を知人に漏らしたとして、市民課の男性職員（29）を停職1カ月の懲戒処分にした。\n" +
      "市によると、職員は住民1人の電話番号を業務用端末で調べ、知人に伝えた。\n";
    expect(brief(text)).toEqual([{ organization: "南浜市", announced: "2025-09-08", value: 1, cause: "insider" }]);
  });

  it("mail put in the wrong envelope and sent to another household is a misdelivery, reported without 誤送付", () => {
    const text = "ひばり台町は9日、封入を誤り、町民4人分の納税通知書を別の世帯に郵送したと発表した。\n";
    expect(brief(text)).toEqual([
      { organization: "ひばり台町", announced: "2025-09-09", value: 4, cause: "misdelivery" },
    ]);
  });

  it("a later report that names an earlier announcement as its topic is dated by its own date line", () => {
    const text =
      "【続報】会員サイトへの不正アクセスについて\n\n2025年9月9日\n株式会社あけぼの観光\n\n" +
      "2025年8月1日に公表いたしました会員サイトへの不正アクセスにつきまして、調査が完了いたしました。\n" +
      "流出した可能性のある会員情報は最大で12,040件であることが確定いたしました。\n";
    expect(brief(text)).toEqual([
      { organization: "株式会社あけぼの観光", announced: "2025-09-09", value: 12040, cause: "unauthorized_access" },
    ]);
  });

  it("a count of harm done with stolen credentials is secondary; the accounts reached are the count", () => {
    const text =
      "みなみ証券は12日、顧客口座に不正ログインされ、株式が勝手に売買される被害が計90件あったと発表した。" +
      "不正ログインされた口座は約210件で、氏名や住所が閲覧された可能性がある。\n";
    expect(brief(text)[0]?.value).toBe(210);
  });

  it("a name word of three or more hiragana ending in い inside a name is kept whole", () => {
    const text = "西都みらい大学は5日、学生延べ120人分の成績を記載したファイルを誤って送信したと発表した。\n";
    expect(brief(text)[0]?.organization).toBe("西都みらい大学");
  });
});
