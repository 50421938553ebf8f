import { describe, expect, it } from "vitest";
import { extractIncidents } from "./index.js";

const article = (text: string) => ({ name: "t.txt", text, published: "2024-06-20", source: null, title: null });

const kindsOf = (text: string) =>
  Object.fromEntries((extractIncidents(article(text))[0]?.timeline ?? []).map((e) => [e.date, e.kind]));

describe("timeline kinds from sentence shape", () => {
  it.each([
    [
      "株式会社ささなみ運輸は6月18日、社内サーバーがランサムウェアに感染し、顧客3,400人分の情報が流出した可能性があると発表した。",
      { "2024-06-18": "announced" },
    ],
    ["ささなみ町は6月18日に、職員が町民210人分の名簿を紛失したと公表した。", { "2024-06-18": "announced" }],
    [
      "株式会社ささなみ運輸は6月18日、顧客3,400人分の情報が流出したと発表した。同社によると、6月10日にサーバーがランサムウェアに感染した。",
      { "2024-06-18": "announced", "2024-06-10": "occurred" },
    ],
    [
      "株式会社ささなみ運輸は6月18日、顧客3,100人分の情報が流出したと確定したと発表した。5月の第1報では最大3,400人分としていた。",
      { "2024-06-18": "announced", "2024-05": "announced" },
    ],
    [
      "株式会社ささなみ運輸は6月18日、顧客3,100人分の情報が流出したと発表した。6月1日の第2報では最大3,400人分としていた。",
      { "2024-06-18": "announced", "2024-06-01": "follow_up" },
    ],
  ])("%s", (text, expected) => {
    expect(kindsOf(text)).toEqual(expected);
  });

  it("each date of a sentence takes the verb that follows it, not the next date's", () => {
    const text =
      "ささなみ町は6月18日、町民210人分の名簿を紛失したと発表した。職員が6月3日に名簿を持ち出して紛失し、6月5日に紛失に気付いた。";
    expect(kindsOf(text)).toEqual({ "2024-06-18": "announced", "2024-06-03": "occurred", "2024-06-05": "discovered" });
  });

  it("a date after the topic of a sentence that does not announce keeps its own kind", () => {
    const text =
      "ささなみ町の職員が町民210人分の名簿を紛失したと町が発表した。職員は6月3日、名簿を持ち出して紛失した。";
    expect(kindsOf(text)).toEqual({ "2024-06-03": "occurred" });
  });
});
