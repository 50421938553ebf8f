/**
 * @module The incident edit form (for the detail page's `editForm` slot): field, new value, reason; posts to
 * /incidents/:id/edit with the session's CSRF token. Without an editor session it is a link to /login.
 */
import { EDITABLE_FIELDS } from "../correction-value.js";
import { FIELD_LABELS, words } from "./auth-words.js";
import type { Lang } from "./i18n.js";

export type EditFormProps = {
  readonly lang: Lang;
  readonly incidentId: number;
  /** The session's CSRF token; null when nobody with an editor token is logged in. */
  readonly csrf: string | null;
};

export function EditForm(props: EditFormProps) {
  const w = words(props.lang);
  const path = `/incidents/${props.incidentId}`;
  if (props.csrf === null) {
    return (
      <p class="edit-login">
        <a href={`/login?next=${encodeURIComponent(path)}`}>{w("edit_login")}</a>
      </p>
    );
  }
  return (
    <form method="post" action={`${path}/edit`} class="edit-form" aria-labelledby="edit-heading">
      <h2 id="edit-heading">{w("edit_heading")}</h2>
      <input type="hidden" name="csrf" value={props.csrf} />
      <p>
        <label for="edit-field">{w("field_label")}</label>
        <select id="edit-field" name="field" required>
          {EDITABLE_FIELDS.map((f) => (
            <option value={f}>{FIELD_LABELS[f]?.[props.lang === "ja" ? 0 : 1] ?? f}</option>
          ))}
        </select>
      </p>
      <p>
        <label for="edit-value">{w("value_label")}</label>
        <input id="edit-value" name="value" type="text" maxlength={2000} aria-describedby="edit-value-help" />
        <small id="edit-value-help">{w("value_help")}</small>
      </p>
      <p>
        <label for="edit-reason">{w("reason_label")}</label>
        <textarea id="edit-reason" name="reason" required maxlength={2000} rows={2} />
      </p>
      <button type="submit">{w("save_button")}</button>
    </form>
  );
}
