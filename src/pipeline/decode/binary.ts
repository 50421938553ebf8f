/** @module Bytes → whether they look like a binary file rather than text. */
import type { Issue } from "../../domain/issue.js";

const SAMPLE_BYTES = 8192;
/** Share of C0 control bytes (other than tab, LF, CR, FF, ESC) above which a sample is binary. */
const MAX_CONTROL_SHARE = 0.1;

/** A `binary` issue when the first 8 KB hold a NUL byte or many control bytes; null for text. */
export function findBinarySign(bytes: Uint8Array): Issue | null {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const nul = sample.indexOf(0);
  if (nul >= 0) {
    return {
      code: "binary",
      message: `looks like a binary file, not text (NUL byte at offset ${nul})`,
      range: [nul, nul + 1],
    };
  }
  let controls = 0;
  for (const byte of sample) if (isControl(byte)) controls++;
  if (sample.length > 0 && controls / sample.length > MAX_CONTROL_SHARE) {
    const share = Math.round((100 * controls) / sample.length);
    return {
      code: "binary",
      message: `looks like a binary file, not text (${share}% control bytes in the first 8 KB)`,
    };
  }
  return null;
}

function isControl(byte: number): boolean {
  if (byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x0c || byte === 0x1b) return false;
  return byte < 0x20 || byte === 0x7f;
}
