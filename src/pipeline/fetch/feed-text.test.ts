import { describe, expect, it } from "vitest";
import { toPlainText, toTrimmedText } from "./feed-text.js";

describe("toPlainText", () => {
  it.each([
    ["<p>顧客情報の<b>漏洩</b>について</p>", "顧客情報の 漏洩 について"],
    ["A &amp; B &lt;株&gt; &#x6F0F;&#27945; &nbsp;x", "A & B <株> 漏洩 x"],
    ["<![CDATA[<p>本文</p>]]>", "本文"],
    ["前<script>alert(1)</script>後<!-- c -->", "前 後"],
    ["  改行\n\n と\u3000空白  ", "改行 と 空白"],
    ["&unknown; &#0;", "&unknown; &#0;"],
    ["<br/>", null],
    [undefined, null],
  ])("%j → %j", (html, expected) => {
    expect(toPlainText(html)).toBe(expected);
  });
});

describe("toTrimmedText", () => {
  it("keeps markup-looking text as it is", () => {
    expect(toTrimmedText(" a <b> &amp; c\n")).toBe("a <b> &amp; c");
    expect(toTrimmedText("  ")).toBeNull();
  });
});
