/** @module Per sentence, the organization it is about: explicit subjects, anaphora (同社, 同市) and section topics. */
import type { OrgMention } from "../fields/organization.js";
import type { Sentence } from "../segment/sentences.js";
import type { Section } from "./discourse.js";
import { signalsOf } from "./signals.js";

export type Focus = { readonly cluster: number | null; readonly caseId: number };

type FocusInput = {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly sections: readonly Section[];
  readonly bySentence: readonly (readonly OrgMention[])[];
  readonly clusterIdOf: (m: OrgMention) => number;
  readonly observer: ReadonlySet<number>;
};

/** LINEアプリの利用者情報: a name owning the data in a sentence moves the focus too. */
const OWNER_AFTER = /^(?:アプリ|サービス|サイト)?の(?:顧客|会員|利用者|患者)(?:情報|データ)/u;

const SUBJECT_AFTER = /^(?:[（(][^）)]{0,30}[）)])?[」』）)]?(?:は|が|では|でも|によると|によれば|の発表|も)/;

/** Tracks the organization in focus through each section: a named subject moves it, anaphora keep it. */
export function assignFocus(input: FocusInput): readonly Focus[] {
  const out: Focus[] = [];
  let carried: number | null = null;
  for (const section of input.sections) {
    const head = input.sentences[section.first]!;
    const fresh = signalsOf(head).statistic;
    let focus: number | null = section.topic ?? (fresh ? null : carried);
    for (let i = section.first; i <= section.last; i++) {
      const named = (input.bySentence[i] ?? []).filter((m) => !input.observer.has(input.clusterIdOf(m)));
      const generic = signalsOf(input.sentences[i]!).generic;
      const subject = generic
        ? undefined
        : named.find((m) => {
            const after = input.text.slice(m.end, m.end + 40);
            return SUBJECT_AFTER.test(after) || OWNER_AFTER.test(after);
          });
      const lead = input.sentences[i]!.bare ? named.find((m) => m.start - input.sentences[i]!.start <= 12) : undefined;
      if (subject) focus = input.clusterIdOf(subject);
      else if (lead) focus = input.clusterIdOf(lead);
      else if (focus === null && named.length > 0) focus = input.clusterIdOf(named[0]!);
      out[i] = { cluster: focus, caseId: section.caseId };
    }
    if (focus !== null) carried = focus;
  }
  return out;
}
