/** @module Test helper: Japanese text → Shift_JIS (CP932), EUC-JP or ISO-2022-JP bytes, from TextDecoder's own tables. */

type Table = ReadonlyMap<string, readonly number[]>;

const tables = new Map<string, Table>();

/** Encodes text in a legacy Japanese charset; throws on a character the charset lacks. */
export function encodeLegacy(text: string, charset: "shift_jis" | "euc-jp" | "iso-2022-jp"): Uint8Array {
  if (charset === "iso-2022-jp") return encodeIso2022Jp(text);
  const table = tableFor(charset);
  const out: number[] = [];
  for (const ch of text) {
    const bytes = ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch);
    if (bytes === undefined) throw new Error(`${charset} cannot encode ${ch}`);
    out.push(...bytes);
  }
  return Uint8Array.from(out);
}

function encodeIso2022Jp(text: string): Uint8Array {
  const euc = tableFor("euc-jp");
  const out: number[] = [];
  let inJis = false;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      if (inJis) out.push(0x1b, 0x28, 0x42);
      inJis = false;
      out.push(code);
      continue;
    }
    const bytes = euc.get(ch);
    if (bytes === undefined || bytes.length !== 2 || bytes[0] === 0x8e)
      throw new Error(`iso-2022-jp cannot encode ${ch}`);
    if (!inJis) out.push(0x1b, 0x24, 0x42);
    inJis = true;
    out.push(bytes[0]! - 0x80, bytes[1]! - 0x80);
  }
  if (inJis) out.push(0x1b, 0x28, 0x42);
  return Uint8Array.from(out);
}

function tableFor(charset: "shift_jis" | "euc-jp"): Table {
  const cached = tables.get(charset);
  if (cached !== undefined) return cached;
  const table = charset === "shift_jis" ? buildShiftJis() : buildEucJp();
  tables.set(charset, table);
  return table;
}

function buildShiftJis(): Table {
  const table = new Map<string, readonly number[]>();
  for (let b = 0xa1; b <= 0xdf; b++) add(table, "shift_jis", [b]);
  for (const lead of [...range(0x81, 0x9f), ...range(0xe0, 0xfc)]) {
    for (const trail of [...range(0x40, 0x7e), ...range(0x80, 0xfc)]) add(table, "shift_jis", [lead, trail]);
  }
  return table;
}

function buildEucJp(): Table {
  const table = new Map<string, readonly number[]>();
  for (let b = 0xa1; b <= 0xdf; b++) add(table, "euc-jp", [0x8e, b]);
  for (const lead of range(0xa1, 0xfe)) for (const trail of range(0xa1, 0xfe)) add(table, "euc-jp", [lead, trail]);
  return table;
}

function add(table: Map<string, readonly number[]>, charset: string, bytes: number[]): void {
  let ch: string;
  try {
    ch = new TextDecoder(charset, { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return;
  }
  if (!table.has(ch)) table.set(ch, bytes);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
