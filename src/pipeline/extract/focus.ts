/** @module Per sentence, the organization it is about: explicit subjects, anaphora (同社, 同市) and section topics. */
import type { OrgMention } from "../fields/organization.js";
import type { Sentence } from "../segment/sentences.js";
import { type Section, VENDOR_INTRO } from "./discourse.js";
import { ANNOUNCER_LEAD, ITEM_MARKER, signalsOf } from "./signals.js";

export type Focus = { readonly cluster: number | null; readonly caseId: number };

type FocusInput = {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly sections: readonly Section[];
  readonly bySentence: readonly (readonly OrgMention[])[];
  readonly clusterIdOf: (m: OrgMention) => number;
  readonly observer: ReadonlySet<number>;
  /** The names of a cluster (for anaphors that name a kind: 同健保組合). */
  readonly clusterNames: (id: number) => readonly string[] | undefined;
};

/** みなとアプリの利用者情報: a name owning the data in a sentence moves the focus too. */
const OWNER_AFTER = /^(?:アプリ|サービス|サイト)?の(?:顧客|会員|利用者|患者)(?:情報|データ)/u;

/**
 * 株式会社Xの配車アプリで、…, X（同県Y市）の予約サイトにも: the organization whose system or site the sentence is set in
 * is what it is about (the particle after the place word ends the phrase).
 */
const SYSTEM_OF_AFTER =
  /^(?:[（(][^）)]{0,30}[）)])?の[^。、]{0,10}(?:アプリ|サイト|サービス|システム|サーバー?|ホームページ|店舗|窓口|パソコン|端末|PC|アカウント)(?:で|に|が|は|において|上で)、?/u;

/**
 * 浜名川町の職員が…紛失した, …振興会の事務局職員が: the organization whose staff member did it (of any office or
 * department of it) is what the sentence is about.
 */
const STAFF_OF_AFTER =
  /^(?:[（(][^）)]{0,30}[）)])?の(?:元)?(?:[\p{Script=Han}]{1,6}(?=職員|社員|従業員))?(?:職員|社員|従業員|教諭|教員|巡査|巡査長|巡査部長|署員|担当者|担当職員|医師|看護師)(?:[（(][^）)]{0,12}[）)])?(?:が|は)/u;

/** 福岡事務所の職員が: a sub-office's staff act inside the incident of the body in focus. */
const SUB_OFFICE = /(?:事務所|支店|支社|支所|営業所|出張所|分室|署)$/u;

/** が運営する「, の経営する: what follows an operator's name, before the body it runs. */
export const OPERATES_AFTER = /^(?:が|の)(?:運営|経営|設置)(?:する|している)[「『]?/u;

const SUBJECT_AFTER =
  /^[」』]?(?:[（(][^）)]{0,30}[）)])?[」』）)]?(?:は|が|では|でも|によると|によれば|の発表|も|において)/;

/**
 * The sentence's main subject: a name that reports on a date (Xは18日、) first; otherwise the first subject after a
 * framing clause (…の問題で、), else the first subject or data owner.
 */
function mainSubject(
  named: readonly OrgMention[],
  s: Sentence,
  text: string,
  focused: boolean,
): OrgMention | undefined {
  // With no name every choice below is undefined: the sentence-wide tests (ANNOUNCER_LEAD, FRAME) need not be run.
  if (named.length === 0) return undefined;
  const all = named.filter((m) => {
    const after = text.slice(m.end, m.end + 40);
    // 医療法人社団X会が運営するYクリニックは: the operator introduces the body the sentence is about.
    const runs = OPERATES_AFTER.exec(after);
    if (runs && named.some((o) => o.start >= m.end && o.start <= m.end + runs[0].length + 1)) return false;
    return (
      SUBJECT_AFTER.test(after) ||
      // 被害の規模が大きかったのが住宅メーカーのXだ: the name a cleft ends on.
      (CLEFT_NAME_END.test(after) && s.text.includes("のが")) ||
      OWNER_AFTER.test(after) ||
      SYSTEM_OF_AFTER.test(after) ||
      (STAFF_OF_AFTER.test(after) && !SUB_OFFICE.test(m.name))
    );
  });
  // 運用を委託している株式会社X が…: a contractor or product vendor acts inside the incident of the organization in
  // focus (or of another subject), and does not take the sentence from it, unless it reports on a date itself
  // (部品メーカーのXは5月8日、…と発表した).
  const own = all.filter(
    (m) =>
      !VENDOR_INTRO.test(text.slice(Math.max(s.start, m.start - 16), m.start)) ||
      DATED_SUBJECT.test(text.slice(m.end, m.end + 20)) ||
      VICTIM_AFTER.test(text.slice(m.end, m.end + 24)),
  );
  // 1つ目は、X が…, 2件目は、X の…: the first name of an enumerated case's opening sentence is the case's own.
  if (named.length > 0 && CASE_ORDINAL.test(s.text)) return named[0];
  // 発表したのは、…を運営する有限会社かじか荘です: the name this sentence gives is the one that announced.
  const cleft = announcerOfCleft(named, s, text);
  if (cleft) return cleft;
  const subjects = focused || own.length > 0 ? own : all;
  const dated = subjects.find((m) => DATED_SUBJECT.test(text.slice(m.end, m.end + 20)));
  if (dated) return dated;
  const frame = FRAME.exec(s.text);
  const afterFrame = frame ? subjects.find((m) => m.start - s.start >= frame.index + frame[0].length) : undefined;
  return afterFrame ?? subjects[0] ?? named.find((m) => NAMES_CASE.test(text.slice(m.end, m.end + 24)));
}

/**
 * 発表したのは、…を運営する有限会社かじか荘です: in a cleft line (ANNOUNCER_LEAD), the name right before its end, else
 * the first name that is not where it is when the line ends in です. The names are looked at before the line's lead is
 * tested: as `ANNOUNCER_LEAD.test(s.text) ? … : undefined`, but the sentence-wide test runs only when a name fits.
 */
function announcerOfCleft(named: readonly OrgMention[], s: Sentence, text: string): OrgMention | undefined {
  const announcer = named.find((m) => ANNOUNCER_END.test(text.slice(m.end, m.end + 6)));
  if (announcer) return ANNOUNCER_LEAD.test(s.text) ? announcer : undefined;
  // 書類が盗まれたのは、しのぶ台市に本社がある「オミナエシ介護」が運営する…の車です: the first name that is not
  // where it is.
  const owner = named.find((m) => !PLACE_AFTER.test(text.slice(m.end, m.end + 4)));
  return owner && /(?:です|でした)。?\s*$/u.test(s.text) && ANNOUNCER_LEAD.test(s.text) ? owner : undefined;
}

/**
 * 警視庁は…ミドリ事件において…: with no other subject (only an investigator or a reporter speaks), the organization that
 * names the case (X事件, Xの流出問題) is what the sentence is about.
 */
const NAMES_CASE = /^(?:社)?(?:の[^。、]{0,16})?(?:事件|事案|問題)(?:において|で、|では|を受け|に関し|について|に絡)/u;

/** True when the sentence opens with an anaphor as its topic (同病院は, 同社では) before the subject `m`. */
function opensWithAnaphor(s: Sentence, m: OrgMention): boolean {
  const head = OPENING_ANAPHOR.exec(s.text);
  return head !== null && s.start + head[0].length <= m.start;
}

const OPENING_ANAPHOR =
  /^\s*同(?:社|病院|院|市|町|村|区|県|大学|大|校|法人|組合|機構|協会|財団|行|庫|会|署|局|センター|クリニック)(?:は|では|も)/u;

const CLEFT_NAME_END = /^(?:だ|です|でした)。/u;

/** 菓子メーカーのXも被害に遭った, …のがメーカーのXだ: a maker named as a victim of its own, not a product's vendor. */
const VICTIM_AFTER =
  /^(?:も|は|が)[^。]{0,16}(?:被害に(?:遭|あ)|被害を受け|攻撃を受け|不正アクセスを受け)|^(?:だ|です)(?:。|$)/u;

const CASE_ORDINAL =
  /^\s*(?:[0-9０-９一二三四五六七八九]{1,2}(?:つ|件|例)目|もう(?:1|１|一)つ|最後)(?:は|が|の事案は)、/u;

/** …です。, …でした。, and the noun-stop of a lead (被害に遭ったのは、…株式会社X。). */
const PLACE_AFTER = /^(?:に(?:本社|本店|本部|ある)|で|の(?:市|町|村))/u;
const ANNOUNCER_END = /^[」』]?(?:です|でした|だ)?(?:。|$)/u;
const DATED_SUBJECT = /^(?:[（(][^）)]{0,30}[）)])?は(?:[0-9０-９]{4}年)?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日/u;
/** …問題で、 / …事件を受け、: a clause that frames the sentence; its subject is not the sentence's. */
const FRAME = /(?:問題|事件|事案|件|影響)(?:で|を受け(?:て)?|に関し(?:て)?)、/u;

/**
 * (2) 信用組合でFAXを誤送信、顧客1名の情報 / はまかぜ信組は23日、…: a roundup item whose headline names no one is
 * about the subject of the item's first sentence, not the previous item's organization.
 */
function itemSubject(section: Section, input: FocusInput): number | null {
  const head = input.sentences[section.first]!;
  if (!head.bare || !ITEM_MARKER.test(head.text) || !signalsOf(head).leak) return null;
  for (let i = section.first + 1; i <= Math.min(section.last, section.first + 2); i++) {
    const named = (input.bySentence[i] ?? []).filter((m) => !input.observer.has(input.clusterIdOf(m)));
    const s = input.sentences[i]!;
    const subject = named.length > 0 && !signalsOf(s).generic ? mainSubject(named, s, input.text, false) : undefined;
    const after = subject ? input.text.slice(subject.end, subject.end + 40) : "";
    if (subject && (SUBJECT_AFTER.test(after) || SYSTEM_OF_AFTER.test(after))) return input.clusterIdOf(subject);
    // No.2　引越会社が感染 / 株式会社X社の…: the one name that opens the item's first sentence.
    const opening = named.length === 1 && named[0]!.start - s.start <= 4 ? named[0] : undefined;
    if (i === section.first + 1 && opening) return input.clusterIdOf(opening);
  }
  return null;
}

/** The name right after a sentence's item mark (▽, ■, (1)…), if any. */
function itemOpener(named: readonly OrgMention[], s: Sentence): OrgMention | undefined {
  const first = named[0];
  if (!first || first.start - s.start > 6 || !ITEM_MARKER.test(s.text)) return undefined;
  return /^\s*(?:[（(][0-9０-９]+[）)]|[◎■□◆◇▼▽★☆●]|【)\s*$/u.test(s.text.slice(0, first.start - s.start))
    ? first
    : undefined;
}

/**
 * 同健保組合は…, 同病院によると…: an anaphor that names a kind refers to the latest organization of that kind named
 * before it, which need not be the one in focus (白萩県矢車町と…健康保険組合が同日、発表した。…同健保組合は…).
 */
function kindAnaphor(input: FocusInput, at: number, focus: number | null): number | null {
  const m = KIND_ANAPHOR.exec(input.sentences[at]!.text);
  if (!m) return null;
  const ends = ANAPHOR_KINDS[m[1]!];
  if (!ends) return null;
  const fits = (id: number | null): boolean =>
    id !== null && id >= 0 && ends.some((end) => (input.clusterNames(id) ?? []).some((n) => n.endsWith(end)));
  if (fits(focus)) return null;
  for (let k = at - 1; k >= Math.max(0, at - 8); k--) {
    const found = (input.bySentence[k] ?? [])
      .map(input.clusterIdOf)
      .filter((id) => !input.observer.has(id))
      .reverse()
      .find(fits);
    if (found !== undefined) return found;
  }
  return null;
}

const KIND_ANAPHOR =
  /^\s*同(健保組合|健保|組合|病院|院|大学|大|協会|財団|機構|法人|学園|連合)(?:は|が|では|によると|の)/u;
/** The name ends each anaphor's kind is written with (健保組合 for 健康保険組合). */
const ANAPHOR_KINDS: Readonly<Record<string, readonly string[]>> = {
  健保組合: ["健康保険組合"],
  健保: ["健康保険組合"],
  組合: ["組合"],
  病院: ["病院"],
  院: ["病院", "医院", "クリニック"],
  大学: ["大学"],
  大: ["大学"],
  協会: ["協会"],
  財団: ["財団"],
  機構: ["機構"],
  法人: ["法人"],
  学園: ["学園"],
  連合: ["連合"],
};

/** Tracks the organization in focus through each section: a named subject moves it, anaphora keep it. */
export function assignFocus(input: FocusInput): readonly Focus[] {
  const out: Focus[] = [];
  let carried: number | null = null;
  for (const section of input.sections) {
    const head = input.sentences[section.first]!;
    // ◎情報セキュリティ普及協議会、…調査の速報を公表: an item about an observer is about none of the victims.
    const heads = input.bySentence[section.first] ?? [];
    const fresh =
      signalsOf(head).statistic ||
      (ITEM_MARKER.test(head.text) && heads.length > 0 && heads.every((m) => input.observer.has(input.clusterIdOf(m))));
    let focus: number | null = section.topic ?? itemSubject(section, input) ?? (fresh ? null : carried);
    for (let i = section.first; i <= section.last; i++) {
      const named = (input.bySentence[i] ?? []).filter((m) => !input.observer.has(input.clusterIdOf(m)));
      // A sentence with no name has no subject: whether it is generic need not be worked out.
      const subject =
        named.length === 0 || signalsOf(input.sentences[i]!).generic
          ? undefined
          : mainSubject(named, input.sentences[i]!, input.text, focus !== null);
      const lead = input.sentences[i]!.bare ? named.find((m) => m.start - input.sentences[i]!.start <= 12) : undefined;
      // ▽くろまつ市消防本部（9日公表）　…を誤送信した。: a roundup item that opens with a name is that name's.
      const item = itemOpener(named, input.sentences[i]!);
      if (item) focus = input.clusterIdOf(item);
      // 同病院は先月、…公表しており、…で県病院局が経過を報告した: a sentence opened by an anaphor's topic is about the
      // organization in focus, whatever names come later in it.
      else if (subject && !(focus !== null && opensWithAnaphor(input.sentences[i]!, subject)))
        focus = input.clusterIdOf(subject);
      else if (lead) focus = input.clusterIdOf(lead);
      else if (focus === null && named.length > 0) focus = input.clusterIdOf(named[0]!);
      else if (named.length === 0) focus = kindAnaphor(input, i, focus) ?? focus;
      out[i] = { cluster: focus, caseId: section.caseId };
    }
    if (focus !== null) carried = focus;
  }
  return out;
}
