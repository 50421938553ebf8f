import { describe, expect, it } from "vitest";
import { isSecondaryDamage } from "./secondary.js";

describe("isSecondaryDamage", () => {
  it.each([
    ["会員のクレジットカードが不正利用された被害が8件確認された。", true],
    ["同社には会員から不審な電話があったとの相談が5件寄せられている。", true],
    ["口座から預金が不正に引き出される被害が2件あったが、ほかの被害は確認されていない。", true],
    ["犯行グループは同社に金銭を要求している。", true],
    ["現時点で外部への流出や不正利用は確認されていないという。", false],
    ["不正利用の被害は今のところ報告されていない。", false],
    ["町は住民に、町を名乗る不審な電話やメールに注意するよう呼びかけている。", false],
    ["カードが不正に利用されるおそれがあるとして、利用明細の確認を求めている。", false],
    ["会員サイトのアカウントが第三者に不正に利用され、氏名が閲覧された。", false],
    ["流出した情報を使った詐欺に注意してください。", false],
  ])("%s → %s", (text, expected) => {
    expect(isSecondaryDamage(text)).toBe(expected);
  });
});
