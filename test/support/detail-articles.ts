/** @module Articles for the incident detail tests, in our own words about fictional organizations. */

/** A city's lost roll with My Number: 約 count, a discovery date, a notice to the people. */
export const MYNUMBER_ARTICLE: readonly [string, string] = [
  "kitahama.txt",
  "# published: 2024-05-10\n\n北浜市は9日、市民約1,200人分の氏名、住所、マイナンバーが記載された名簿を紛失したと発表した。5月2日に職員が紛失に気付いた。市は対象者に通知し、謝罪する。\n",
];

/** Two companies hit through one VPN flaw: a CVE campaign. */
export const CVE_ARTICLES: readonly (readonly [string, string])[] = [
  [
    "aoba.txt",
    "# published: 2024-07-02\n\n株式会社アオバ物産は1日、VPN装置の脆弱性（CVE-2023-46805）を突いた不正アクセスにより、顧客のクレジットカード番号やメールアドレスなど最大5,000件が流出した可能性があると発表した。\n",
  ],
  [
    "midori.txt",
    "# published: 2024-08-20\n\n有限会社ミドリ工房は19日、VPN装置の脆弱性（CVE-2023-46805）を悪用した不正アクセスを受け、取引先の氏名や電話番号など延べ800件が漏えいしたと発表した。\n",
  ],
];

/** Markup and script URLs inside an article's text (the organization's name is made hostile by a correction). */
export const HOSTILE_ARTICLE: readonly [string, string] = [
  "sample:yamabiko.txt",
  '# published: 2024-09-01\n\n株式会社ヤマビコは8月30日、<script>alert(1)</script>顧客約300人分のメールアドレスが流出したと発表した<img src=x onerror=alert(1)>。詳しくは<a href="javascript:alert(1)">お知らせ</a>（javascript:alert(1)）を参照。\n',
];

export const HOSTILE_NAME =
  '株式会社ヤマビコ<script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a>';

/** A source text with characters outside the BMP (surrogate pairs), for offset clamping. */
export const EMOJI_ARTICLE: readonly [string, string] = [
  "emoji.txt",
  "# published: 2024-10-01\n\n𠮷野屋ホールディングス株式会社は30日、会員約2,000人分の氏名とメールアドレスが流出したと発表した。🙇お詫び申し上げます。\n",
];
