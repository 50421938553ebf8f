// Synthetic incidents for the benchmarks (bench-search, bench-http): fictional organizations, Japanese article text
// built from a few sentence templates, and a loader that writes them through the Store API with a source each.
import { performance } from "node:perf_hooks";
import { mulberry32 } from "./random.mjs";

// ---- synthetic data ----------------------------------------------------------------------------------------------

const PREFECTURES =
  "北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 東京都 神奈川県 新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 京都府 大阪府 兵庫県 奈良県 和歌山県 鳥取県 島根県 岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県 熊本県 大分県 宮崎県 鹿児島県 沖縄県".split(
    " ",
  );
const KANJI = "山川田中村本松井上木林森石原野小大高橋北南東西新古長岡島坂藤青白桜緑".split("");
const KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニハヒフホマミムメモヤユヨラリルレロワン".split("");
const COMPANY_TAILS = [
  "商事",
  "電機",
  "システムズ",
  "ホールディングス",
  "物産",
  "銀行",
  "証券",
  "保険",
  "ネット",
  "食品",
];

const CAUSES = {
  unauthorized_access: "第三者による不正アクセス",
  vulnerability: "システムの脆弱性を突いた攻撃",
  malware: "ランサムウェアへの感染",
  targeted_email: "標的型攻撃メール",
  phishing: "フィッシング",
  misconfiguration: "クラウドの設定不備",
  loss: "USBメモリの紛失",
  theft: "車上荒らしによる盗難",
  misdelivery: "メールの誤送信",
  mispublication: "ウェブサイトへの誤掲載",
  insider: "元従業員による持ち出し",
  mis_operation: "職員の誤操作",
};
const ITEMS = {
  name: "氏名",
  address: "住所",
  phone: "電話番号",
  email: "メールアドレス",
  birthdate: "生年月日",
  credit_card_number: "クレジットカード番号",
  mynumber: "マイナンバー",
  bank_account: "口座番号",
  password: "パスワード",
  passport_number: "旅券番号",
  mortgage: "住宅ローンの契約情報",
  medical: "診療情報",
};

function pickIn(random) {
  return (xs) => xs[Math.floor(random() * xs.length)];
}

function makeOrganization(random, pick) {
  const pref = pick(PREFECTURES);
  const kanji = () => pick(KANJI) + pick(KANJI);
  const kata = () => Array.from({ length: 3 + Math.floor(random() * 3) }, () => pick(KATAKANA)).join("");
  const r = random();
  if (r < 0.15) return { name: pref, type: "local_government", pref };
  if (r < 0.35) return { name: `${pref}${kanji()}市`, type: "local_government", pref };
  if (r < 0.45) return { name: `${kanji()}病院`, type: "medical", pref };
  if (r < 0.55) return { name: `${kanji()}大学`, type: "education", pref };
  return { name: `株式会社${kata()}${pick(COMPANY_TAILS)}`, type: "company", pref };
}

const SENTENCES = [
  (x) => `${x.org}は${x.date}、${x.cause}により${x.items}など${x.count}の個人情報が流出した可能性があると発表した。`,
  (x) => `${x.org}によると、${x.items}が外部から閲覧できる状態になっていた。`,
  (x) => `${x.pref}警察に相談しており、現時点で二次被害は確認されていないという。`,
  () => `同社は個人情報保護委員会に報告し、対象者に謝罪のメールを送付した。`,
  (x) => `原因は${x.cause}とみられ、外部の専門家と調査を進めている。`,
  (x) => `${x.org}は再発防止策として、システムの監視体制を強化するとしている。`,
  (x) => `漏えいした情報には${x.items}が含まれていた。`,
  () => `発覚のきっかけは、顧客からの問い合わせだった。`,
  (x) => `${x.pref}内の事業所で保管していた書類の一部が見つかっていない。`,
  () => `担当者が誤ってメールを送信し、受信者のアドレスが他の受信者に表示された。`,
  (x) => `流出の規模は最大で${x.count}にのぼるおそれがある。`,
  () => `サーバーの鍵を管理する手順にも不備があった。`,
];

function makeIncident(i, random, pick, organizations) {
  const org = pick(organizations);
  const year = 2005 + Math.floor(random() * 21);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const p2 = (n) => String(n).padStart(2, "0");
  const announcedRoll = random();
  const announced =
    announcedRoll < 0.05 ? null : announcedRoll < 0.15 ? `${year}-${p2(month)}` : `${year}-${p2(month)}-${p2(day)}`;
  const cause = pick(Object.keys(CAUSES));
  const itemKeys = Object.keys(ITEMS).filter(() => random() < 0.3);
  const dataItems = itemKeys.length > 0 ? itemKeys : ["name"];
  const value = random() < 0.08 ? null : Math.round(10 ** (random() * 7));
  const unit = random() < 0.8 ? "people" : "records";
  const count = value === null ? "多数" : `${value.toLocaleString("en-US")}${unit === "people" ? "人分" : "件"}`;
  const slots = {
    org: org.name,
    pref: org.pref,
    date: `${month}月${day}日`,
    cause: CAUSES[cause],
    items: dataItems.map((k) => ITEMS[k]).join("や"),
    count,
  };
  const body = Array.from({ length: 3 + Math.floor(random() * 4) }, () => pick(SENTENCES)(slots));
  const incident = {
    organization: org.name,
    also: [],
    announced,
    affected: { value, qualifier: value === null ? null : pick(["exact", "max", "approx", "at_least"]), unit },
    data_items: dataItems,
    cause,
    cves: [],
    evidence: count,
    certainty: random() < 0.8 ? "confirmed" : "possible",
    breakdown: [],
    breakdown_mismatch: false,
    timeline: [],
    vector: [],
    secondary_damage: [],
    response: [],
    sources: {},
  };
  return { i, org, incident, title: `${org.name}、${count}の個人情報流出の可能性`, text: body.join("") };
}

/** N synthetic incidents (deterministic for a seed), each with its source article. */
export function generate(n, seed) {
  const random = mulberry32(seed);
  const pick = pickIn(random);
  const organizations = Array.from({ length: 5000 }, () => makeOrganization(random, pick));
  return Array.from({ length: n }, (_, i) => makeIncident(i, random, pick, organizations));
}

// ---- loading ---------------------------------------------------------------------------------------------------

/** Loads generated incidents through the Store API, `batch` per transaction; returns the seconds it took. */
export async function loadIncidents(store, data, batchSize = 500) {
  const started = performance.now();
  for (let from = 0; from < data.length; from += batchSize) {
    const batch = data.slice(from, from + batchSize);
    await store.transaction(async (tx) => {
      const incidents = [];
      for (const d of batch) {
        const source = await tx.insertSource({
          key: `https://news.example.jp/${d.i}`,
          version: 1,
          fetchedAt: "2025-01-01T00:00:00.000Z",
          published: d.incident.announced,
          contentHash: `bench-${d.i}`,
          title: d.title,
          text: d.text,
          status: "ok",
          error: null,
        });
        incidents.push({
          ...d.incident,
          key: `bench-${d.i}`,
          organization_key: d.org.name,
          organizationType: d.org.type,
          sourceIds: [source.id],
          reportIds: [],
          candidates: [],
          related: [],
          corrected: [],
          updatedAt: "2025-01-01T00:00:00.000Z",
        });
      }
      await tx.replaceIncidents([], incidents, []);
    });
  }
  return (performance.now() - started) / 1000;
}
