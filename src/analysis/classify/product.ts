/**
 * @module Incident → the products named as its vector (Apache Struts 2, a VPN appliance, a file-sharing program, a
 * SaaS), normalized to one canonical name each so incidents can be grouped by product. Pure, table-driven: generic
 * words (Webサイト, USBメモリ, VPN機器) are media or channels, not products, and are never keys.
 */
import { type IncidentWords, toIncidentText } from "./text.js";

/**
 * Canonical product names and the spellings Japanese announcements use for them (NFKC text; spaces optional).
 * Products that recur across victims in Japanese leak reports: web frameworks and shops (Struts, EC-CUBE, WordPress),
 * VPN and remote-access appliances (FortiGate, Pulse Secure, Citrix, SonicWall, GlobalProtect), file transfer and
 * sharing (MOVEit, Proself, Accellion FTA, Winny), mail servers (Exchange) and SaaS (Salesforce).
 */
const PRODUCTS: readonly (readonly [canonical: string, pattern: RegExp])[] = [
  ["Apache Struts 2", /(?:Apache\s*)?Struts\s*2|ストラッツ\s*2/iu],
  ["Apache Struts 1", /(?:Apache\s*)?Struts\s*1/iu],
  ["Apache Struts", /Apache\s*Struts(?!\s*[12])/iu],
  ["Apache Log4j", /Log4j|Log4Shell/iu],
  ["EC-CUBE", /EC-?CUBE/iu],
  ["WordPress", /WordPress|ワードプレス/iu],
  ["Fortinet FortiGate", /Forti\s*(?:Gate|OS)|Fortinet|フォーティネット/iu],
  ["Pulse Connect Secure", /Pulse\s*(?:Connect\s*)?Secure|Ivanti\s*Connect\s*Secure/iu],
  ["Citrix NetScaler", /Citrix\s*(?:ADC|Gateway|NetScaler)|NetScaler/iu],
  ["SonicWall", /SonicWall|ソニックウォール/iu],
  ["Palo Alto GlobalProtect", /GlobalProtect|PAN-OS/iu],
  ["MOVEit Transfer", /MOVEit/iu],
  ["Proself", /Proself/iu],
  ["Accellion FTA", /Accellion/iu],
  ["Microsoft Exchange Server", /Exchange\s*Server|ProxyLogon|ProxyShell/iu],
  ["Winny", /Winny|ウィニー/iu],
  ["Salesforce", /Salesforce|セールスフォース/iu],
];

/** Generic names that a versioned name makes redundant: an incident naming Struts 2 and Struts means Struts 2. */
const REFINED_BY: Readonly<Record<string, readonly string[]>> = {
  "Apache Struts": ["Apache Struts 2", "Apache Struts 1"],
};

/** The canonical products an incident's vector and sentences name, in table order. */
export function toProducts(incident: IncidentWords): readonly string[] {
  const text = toIncidentText(incident);
  const found = PRODUCTS.filter(([, pattern]) => pattern.test(text)).map(([canonical]) => canonical);
  return found.filter((p) => !(REFINED_BY[p] ?? []).some((finer) => found.includes(finer)));
}

/** A product's key: lower case, spaces to hyphens (Apache Struts 2 → apache-struts-2). */
export function toProductKey(canonical: string): string {
  return canonical.toLowerCase().replace(/\s+/gu, "-");
}
