/** @module Bytes + charset → byte offset of the first sequence the charset cannot decode. */

/**
 * The offset of the first byte of the first invalid sequence, or null when all bytes decode.
 * Binary search over prefixes decoded in streaming mode (an incomplete tail is not an error there),
 * then a step back to the start of the bad sequence.
 */
export function findFirstInvalidOffset(bytes: Uint8Array, charset: string): number | null {
  if (decodes(bytes, charset, false)) return null;
  if (decodes(bytes, charset, true)) return lastCompletePrefix(bytes, charset, bytes.length);
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    if (decodes(bytes.subarray(0, mid), charset, true)) good = mid;
    else bad = mid;
  }
  return lastCompletePrefix(bytes, charset, bad - 1);
}

/** The longest prefix, ending at most 3 bytes before `to`, that decodes completely. */
function lastCompletePrefix(bytes: Uint8Array, charset: string, to: number): number {
  for (let end = to; end >= Math.max(0, to - 3); end--) {
    if (decodes(bytes.subarray(0, end), charset, false)) return end;
  }
  return to;
}

function decodes(bytes: Uint8Array, charset: string, stream: boolean): boolean {
  try {
    new TextDecoder(charset, { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}
