/** @module Data for a page's script: a `<script type="application/json">` block, never executed, that cannot break out. */

/**
 * JSON safe inside a script element: `<` becomes \u003c (so `</script>` and `<!--` in a string cannot end or change the
 * element), `>` and `&` likewise, and U+2028/U+2029 are escaped for older parsers. JSON.parse restores them all.
 */
export function toScriptJson(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export function JsonScript(props: { readonly id: string; readonly data: unknown }) {
  return (
    <script type="application/json" id={props.id} dangerouslySetInnerHTML={{ __html: toScriptJson(props.data) }} />
  );
}
