/** @module Name-based UUIDs (RFC 9562 version 5): the same name in the same namespace always gives the same id. */
import { createHash } from "node:crypto";

/** roei's namespace for the ids it derives from incident keys, source keys and CVE ids. */
export const ROEI_NAMESPACE = "8f3c2a4e-5b1d-4c6e-9a7f-2d0b1e3c4a5f";

/**
 * The version-5 UUID of `name` in `namespace` (sha1 of the namespace bytes and the UTF-8 name).
 * @example toUuidV5("inc_0123", ROEI_NAMESPACE) // "…-5…-…" (lower-case, hyphenated)
 */
export function toUuidV5(name: string, namespace: string = ROEI_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
  if (ns.length !== 16) throw new Error(`toUuidV5: namespace is not a UUID: ${namespace}`);
  const bytes = createHash("sha1").update(ns).update(name, "utf8").digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
