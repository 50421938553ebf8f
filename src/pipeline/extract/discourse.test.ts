import { describe, expect, it } from "vitest";
import { supervisesNames } from "./discourse.js";

describe("supervisesNames: a board over its schools, a headquarters over its stations", () => {
  it.each([
    ["北雲市教育委員会", "市立南浜小学校", true],
    ["北雲市教育委員会", "北雲市立南浜小学校", true],
    ["北雲市教委", "南浜小学校", true],
    ["秋田野県教育委員会", "県立白鷺高等学校", true],
    ["西浦県警", "西浦中央警察署", true],
    ["西浦県警", "西浦県警東浜署", true],
    // Another body's school, or a kind of school that names none.
    ["北雲市教育委員会", "県立白鷺高校", false],
    ["北雲市教育委員会", "南浜市立東小学校", false],
    ["北雲市教育委員会", "村立小学校", false],
    // 県警 and 県教育委員会 alone name no particular body.
    ["県警", "西浦中央警察署", false],
    ["県教育委員会", "県立白鷺高校", false],
    ["北雲市教育委員会", "北雲市", false],
  ])("%s over %s: %s", (head, sub, expected) => {
    expect(supervisesNames([head], [sub])).toBe(expected);
  });
});
