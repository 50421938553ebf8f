/** @module IP address → whether roei may connect to it: refuses loopback, private, link-local, metadata and other non-public ranges. */
import { isIPv4, isIPv6 } from "node:net";

/** Why an address is not a public unicast one. */
export type ForbiddenClass =
  | "invalid"
  | "unspecified"
  | "loopback"
  | "private"
  | "link-local"
  | "metadata"
  | "cgnat"
  | "multicast"
  | "broadcast"
  | "reserved"
  | "documentation";

type V4Range = readonly [base: number, prefix: number, cls: ForbiddenClass];
type V6Range = readonly [groups: readonly number[], prefix: number, cls: ForbiddenClass];

/** Checked in order, so a cloud-metadata host wins over the range it lies in (RFC 6890 special-purpose registry). */
const V4_RANGES: readonly V4Range[] = [
  [v4("169.254.169.254"), 32, "metadata"], // AWS, GCP, Azure, OpenStack
  [v4("100.100.100.200"), 32, "metadata"], // Alibaba Cloud
  [v4("0.0.0.0"), 32, "unspecified"],
  [v4("0.0.0.0"), 8, "reserved"], // "this network"
  [v4("10.0.0.0"), 8, "private"],
  [v4("100.64.0.0"), 10, "cgnat"],
  [v4("127.0.0.0"), 8, "loopback"],
  [v4("169.254.0.0"), 16, "link-local"],
  [v4("172.16.0.0"), 12, "private"],
  [v4("192.0.0.0"), 24, "reserved"], // IETF protocol assignments
  [v4("192.0.2.0"), 24, "documentation"],
  [v4("192.88.99.0"), 24, "reserved"], // deprecated 6to4 relay anycast
  [v4("192.168.0.0"), 16, "private"],
  [v4("198.18.0.0"), 15, "reserved"], // benchmarking
  [v4("198.51.100.0"), 24, "documentation"],
  [v4("203.0.113.0"), 24, "documentation"],
  [v4("255.255.255.255"), 32, "broadcast"],
  [v4("224.0.0.0"), 4, "multicast"],
  [v4("240.0.0.0"), 4, "reserved"],
];

const V6_RANGES: readonly V6Range[] = [
  [[0xfd00, 0x0ec2, 0, 0, 0, 0, 0, 0x0254], 128, "metadata"], // AWS IMDS over IPv6
  [[0, 0, 0, 0, 0, 0, 0, 0], 128, "unspecified"],
  [[0, 0, 0, 0, 0, 0, 0, 1], 128, "loopback"],
  [[0, 0, 0, 0, 0, 0, 0, 0], 96, "reserved"], // deprecated IPv4-compatible ::a.b.c.d
  [[0x0064, 0xff9b, 1, 0, 0, 0, 0, 0], 48, "private"], // local-use NAT64
  [[0x0100, 0, 0, 0, 0, 0, 0, 0], 64, "reserved"], // discard-only
  [[0x2001, 0x0db8, 0, 0, 0, 0, 0, 0], 32, "documentation"],
  [[0x2001, 0, 0, 0, 0, 0, 0, 0], 23, "reserved"], // IETF protocol assignments, Teredo
  [[0xfc00, 0, 0, 0, 0, 0, 0, 0], 7, "private"], // unique local
  [[0xfe80, 0, 0, 0, 0, 0, 0, 0], 10, "link-local"],
  [[0xfec0, 0, 0, 0, 0, 0, 0, 0], 10, "private"], // deprecated site-local
  [[0xff00, 0, 0, 0, 0, 0, 0, 0], 8, "multicast"],
];

/**
 * True when roei must not connect to this address: anything but public unicast, and anything that is not an IP.
 * @example isForbiddenAddress("::ffff:10.0.0.1") // true: IPv4-mapped private address
 */
export function isForbiddenAddress(ip: string): boolean {
  return classifyAddress(ip) !== null;
}

/** The reason an address is forbidden, or null for a public unicast address. */
export function classifyAddress(ip: string): ForbiddenClass | null {
  const bare = stripZone(ip.trim().replace(/^\[(.*)\]$/, "$1"));
  if (isIPv4(bare)) return classifyV4(v4(bare));
  if (isIPv6(bare)) return classifyV6(parseV6(bare));
  return "invalid";
}

function classifyV4(address: number): ForbiddenClass | null {
  for (const [base, prefix, cls] of V4_RANGES) if (inV4Range(address, base, prefix)) return cls;
  return null;
}

function classifyV6(groups: readonly number[]): ForbiddenClass | null {
  const embedded = embeddedV4(groups);
  if (embedded !== null) return classifyV4(embedded);
  for (const [base, prefix, cls] of V6_RANGES) if (inV6Range(groups, base, prefix)) return cls;
  return null;
}

/** IPv4 carried inside IPv6: mapped ::ffff:0:0/96, NAT64 64:ff9b::/96 and 6to4 2002::/16 reach that IPv4 host. */
function embeddedV4(g: readonly number[]): number | null {
  const at = (i: number): number => g[i] ?? 0;
  const zeros = (from: number, to: number): boolean => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 5) && at(5) === 0xffff) return joinV4(at(6), at(7));
  if (at(0) === 0x0064 && at(1) === 0xff9b && zeros(2, 6)) return joinV4(at(6), at(7));
  if (at(0) === 0x2002) return joinV4(at(1), at(2));
  return null;
}

function joinV4(high: number, low: number): number {
  return high * 0x10000 + low;
}

function inV4Range(address: number, base: number, prefix: number): boolean {
  const size = 2 ** (32 - prefix);
  return Math.floor(address / size) === Math.floor(base / size);
}

function inV6Range(groups: readonly number[], base: readonly number[], prefix: number): boolean {
  for (let i = 0; i < 8; i++) {
    const bits = Math.min(16, Math.max(0, prefix - i * 16));
    if (bits === 0) return true;
    const mask = (0xffff << (16 - bits)) & 0xffff;
    if (((groups[i] ?? 0) & mask) !== ((base[i] ?? 0) & mask)) return false;
  }
  return true;
}

/** Dotted quad → 32-bit number (input already validated by isIPv4). */
function v4(ip: string): number {
  return ip.split(".").reduce((acc, part) => acc * 256 + Number(part), 0);
}

/** IPv6 text (validated by isIPv6) → eight 16-bit groups; handles `::` and a trailing dotted quad. */
function parseV6(ip: string): number[] {
  const [head = "", tail] = ip.toLowerCase().split("::");
  const toGroups = (part: string): number[] => (part === "" ? [] : part.split(":").flatMap(toGroup));
  const left = toGroups(head);
  const right = tail === undefined ? [] : toGroups(tail);
  const fill = new Array<number>(8 - left.length - right.length).fill(0);
  return [...left, ...fill, ...right];
}

function toGroup(part: string): number[] {
  if (!part.includes(".")) return [Number.parseInt(part, 16)];
  const n = v4(part);
  return [Math.floor(n / 0x10000), n % 0x10000];
}

function stripZone(ip: string): string {
  const at = ip.indexOf("%");
  return at === -1 ? ip : ip.slice(0, at);
}
