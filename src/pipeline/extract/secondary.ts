/** @module Sentence → does it report secondary damage (harm after the leak), not a denial, a warning or the attack? */

/** Harm that follows a leak: misuse of the leaked data, suspicious calls, fraud, extortion. */
const DAMAGE =
  /不正(?:に)?(?:使用|利用|引き出[しさ]|出金)|不審な電話|詐欺|脅迫|金銭(?:の|を)?要求|身代金|二次被害(?:が|は)(?:発生|確認され)/gu;

/**
 * The rest of a damage phrase's clause: up to 。 or a conjunctive 、 that closes a stated fact (…確認され、 …ており、
 * …たが、), so a warning in a following clause does not take back a fact before it.
 */
const CLAUSE_END = /(?:され|ており|ていて|た(?:が)?|だが|ますが|あり|して)、|。/u;

/** 確認されていない, 報告はない, 被害はありません: the clause denies the damage. */
const NEGATED =
  /(?:確認|報告|把握)されて(?:いない|おらず|いません)|(?:確認|報告|把握)(?:は|も)(?:ない|なく|ありません|されていない)|(?:は|も)(?:ない|なく|なし|ありません|ございません)|認められ(?:ない|ておらず|ません)|ないという|ていない|ていません/u;

/** 注意するよう呼びかけ, おそれがある, ご注意ください: the clause warns of damage that may come. */
const ADVISORY =
  /よう(?:に)?(?:呼びかけ|求め|促し|要請|お願い|注意)|呼びかけ|注意喚起|ご注意|ください|おそれ|恐れ|可能性がある(?:ため|として)/u;

/**
 * 不正利用された恐れのある取引が12件: cases found that may have been fraud, counted, are reported damage (possible),
 * not a warning of damage to come (不正利用されるおそれがある has no past tense and no count).
 */
const SUSPECTED_CASES =
  /^さ?れた(?:可能性|おそれ|恐れ|疑い)(?:が|の)(?:ある|あり)[^。]{0,24}?[0-9０-９一二三四五六七八九十百千万]+(?:件|人|名|回|万?円)/u;

/** アカウントが第三者に不正に利用された: the attacker's use of an account or credentials is the attack itself. */
const ATTACK_OBJECT =
  /(?:アカウント|ID|ＩＤ|パスワード|認証情報|権限|サーバー?|システム|端末|VPN)(?:が|を|は)[^、。]{0,12}$/u;

/** Does the sentence state damage that happened after the leak? */
export function isSecondaryDamage(text: string): boolean {
  DAMAGE.lastIndex = 0;
  for (let m = DAMAGE.exec(text); m; m = DAMAGE.exec(text)) {
    const end = m.index + m[0].length;
    const rest = text.slice(end);
    const stop = CLAUSE_END.exec(rest);
    const tail = stop ? rest.slice(0, stop.index + stop[0].length) : rest;
    if (NEGATED.test(tail)) continue;
    if (ADVISORY.test(tail) && !SUSPECTED_CASES.test(tail)) continue;
    if (ATTACK_OBJECT.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    return true;
  }
  return false;
}
