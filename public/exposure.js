// 私の情報は漏れた？: matches the organizations a person types against the incident index, in this browser only.
// Privacy rule: the ONLY request this script makes is fetch(INDEX_URL) with no parameters and no body; what the person
// types never leaves the page (no other fetch, XHR, beacon, form submission, URL, cookie or storage). A test reads this
// file and fails if another request appears. Plain browser JS, no build step.

(() => {
  const INDEX_URL = "/api/exposure-index.json";

  // Legal-entity forms left out when comparing names (as the server's toKey in src/pipeline/extract/aliases.ts).
  const FORMS =
    /株式会社|有限会社|合同会社|合資会社|合名会社|\(株\)|\(有\)|\(社\)|\(財\)|一般社団法人|一般財団法人|公益社団法人|公益財団法人|地方独立行政法人|独立行政法人|国立研究開発法人|国立大学法人|公立大学法人|学校法人|医療法人社団|医療法人財団|医療法人|社会福祉法人|特定非営利活動法人|npo法人/g;

  /** A name reduced for comparison: NFKC (（株）→(株), ㈱→(株), full-width → half-width), case-folded, forms and spaces removed. */
  function normalize(name) {
    return String(name)
      .normalize("NFKC")
      .toLowerCase()
      .replace(FORMS, "")
      .replace(/[\s・･]/g, "");
  }

  /**
   * Whether a typed name and an organization name refer to the same organization: equal keys always; otherwise one key
   * contains the other when the shorter has 2 characters or more. A 1-character key, and a 2-character key of Latin
   * letters or digits (au, jr), match only exactly: they occur inside too many unrelated names.
   */
  function isMatch(typedKey, nameKey) {
    if (typedKey === "" || nameKey === "") return false;
    if (typedKey === nameKey) return true;
    const shorter = typedKey.length <= nameKey.length ? typedKey : nameKey;
    const longer = shorter === typedKey ? nameKey : typedKey;
    const length = [...shorter].length;
    if (length < 2 || (length === 2 && /^[a-z0-9]+$/.test(shorter))) return false;
    return longer.includes(shorter);
  }

  /** The typed lines that are names (trimmed, blank lines and duplicates dropped). */
  function toLines(text) {
    const seen = new Set();
    const out = [];
    for (const raw of String(text).split(/\r?\n/)) {
      const line = raw.trim();
      const key = normalize(line);
      if (key !== "" && !seen.has(key)) {
        seen.add(key);
        out.push({ line, key });
      }
    }
    return out;
  }

  /** Incidents of the index whose organization or one of its other names matches a typed line, grouped by organization. */
  function matchIndex(lines, index) {
    const col = Object.fromEntries(index.columns.map((c, i) => [c, i]));
    const groups = new Map();
    for (const row of index.rows) {
      const names = [row[col.organization], ...(row[col.also] || [])];
      const keys = names.map(normalize);
      const hit = lines.find((l) => keys.some((k) => isMatch(l.key, k)));
      if (!hit) continue;
      const organization = row[col.organization];
      const group = groups.get(keys[0]) || { organization, typed: new Set(), incidents: [] };
      group.typed.add(hit.line);
      group.incidents.push({
        id: row[col.id],
        announced: row[col.announced],
        value: row[col.value],
        qualifier: row[col.qualifier],
        unit: row[col.unit],
        items: row[col.data_items] || [],
        cause: row[col.cause],
        type: row[col.organization_type],
      });
      groups.set(keys[0], group);
    }
    return [...groups.values()].map((g) => ({
      organization: g.organization,
      typed: [...g.typed],
      incidents: g.incidents.sort((a, b) => String(b.announced || "").localeCompare(String(a.announced || ""))),
    }));
  }

  /** The advice entries for these leaked items, in table order; the general advice (no items) always. */
  function adviceFor(items, advice) {
    const set = new Set(items);
    return advice.filter((a) => a.items.length === 0 || a.items.some((i) => set.has(i)));
  }

  // --- the page (DOM only; every text goes in with textContent, never as HTML) ---

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function countText(inc, data) {
    if (inc.value === null || inc.value === undefined) return data.words.unknown_count;
    const n = inc.value.toLocaleString(data.lang === "en" ? "en-US" : "ja-JP");
    return `${n}${inc.unit === "records" ? data.words.records : data.words.people}`;
  }

  function renderGroup(group, data) {
    const article = el("article", null, "exposure-match");
    article.append(el("h3", group.organization));
    article.append(el("p", `${data.words.matched_by}: ${group.typed.join("、")}`, "hint"));
    article.append(el("h4", data.words.incidents));
    const list = el("ul");
    const items = new Set();
    for (const inc of group.incidents) {
      for (const item of inc.items) items.add(item);
      const li = el("li");
      const link = el("a", `${inc.announced || "—"} ${group.organization}`);
      link.href = `/incidents/${encodeURIComponent(String(inc.id))}`;
      li.append(link, ` — ${countText(inc, data)}、${data.causes[inc.cause] || inc.cause}`);
      list.append(li);
    }
    article.append(list);
    article.append(el("h4", data.words.may_have_leaked));
    const leaked = [...items].map((i) => data.items[i] || i);
    article.append(el("p", leaked.length > 0 ? leaked.join("、") : data.words.unknown_items));
    article.append(el("h4", data.words.what_to_do));
    const todo = el("ul", null, "advice");
    for (const a of adviceFor([...items], data.advice)) {
      const li = el("li", a.text);
      li.append(el("span", ` (${data.words.source}: ${a.source})`, "source"));
      todo.append(li);
    }
    article.append(todo);
    return article;
  }

  function render(results, groups, data) {
    results.replaceChildren();
    if (groups.length === 0) {
      results.append(el("p", data.words.none));
      return;
    }
    results.append(el("h2", `${groups.length} ${data.words.found}`));
    for (const group of groups) results.append(renderGroup(group, data));
  }

  let indexPromise = null;

  /** The index, downloaded once per page: the request has no parameters and no body. */
  function loadIndex() {
    if (!indexPromise) {
      indexPromise = fetch(INDEX_URL, { method: "GET", credentials: "same-origin", cache: "default" }).then((res) => {
        if (!res.ok) throw new Error(`index: HTTP ${res.status}`);
        return res.json();
      });
      indexPromise.catch(() => {
        indexPromise = null;
      });
    }
    return indexPromise;
  }

  async function check(data) {
    const textarea = document.getElementById("exposure-names");
    const results = document.getElementById("exposure-results");
    const lines = toLines(textarea.value);
    if (lines.length === 0) {
      results.replaceChildren(el("p", data.words.empty));
      return;
    }
    results.replaceChildren(el("p", data.words.loading));
    try {
      const index = await loadIndex();
      render(results, matchIndex(lines, index), data);
    } catch {
      results.replaceChildren(el("p", data.words.load_failed, "error"));
    }
  }

  function init() {
    const block = document.getElementById("exposure-data");
    const form = document.getElementById("exposure-form");
    const button = document.getElementById("exposure-check");
    if (!block || !form || !button) return;
    const data = JSON.parse(block.textContent || "{}");
    // The form never submits (it has nothing to send and nowhere to send it); Enter or a stray submit runs the check.
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void check(data);
    });
    button.addEventListener("click", () => {
      void check(data);
    });
  }

  // Exposed for tests and the curious; the functions are pure.
  globalThis.roeiExposure = { normalize, isMatch, toLines, matchIndex, adviceFor };

  if (typeof document !== "undefined") {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
    else init();
  }
})();
