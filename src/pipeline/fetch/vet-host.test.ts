import { describe, expect, it } from "vitest";
import { type AddressPolicy, type Resolver, vetHost } from "./vet-host.js";

const answering =
  (...ips: string[]): Resolver =>
  async () =>
    ips.map((address) => ({ address, family: address.includes(":") ? (6 as const) : (4 as const) }));

describe("vetHost", () => {
  it("returns the first address of a public name", async () => {
    expect(await vetHost("news.example", answering("93.184.216.34", "2606:2800::1"), false)).toEqual({
      ok: true,
      value: { address: "93.184.216.34", family: 4 },
    });
  });

  it("uses an IP literal without asking the resolver", async () => {
    const resolver: Resolver = async () => {
      throw new Error("must not be called");
    };
    expect(await vetHost("8.8.8.8", resolver, false)).toEqual({ ok: true, value: { address: "8.8.8.8", family: 4 } });
  });

  it.each<[string, AddressPolicy, boolean]>([
    ["10.0.0.1", false, false],
    ["10.0.0.1", true, true],
    ["169.254.169.254", true, false],
    ["fd00:ec2::254", true, false],
    ["127.0.0.1", (ip) => ip === "127.0.0.1", true],
    ["10.0.0.1", (ip) => ip === "127.0.0.1", false],
    ["169.254.169.254", (_ip, cls) => cls === "metadata", true],
  ])("%s with policy %s → allowed: %s", async (ip, policy, allowed) => {
    const result = await vetHost("host.example", answering(ip), policy);
    expect(result.ok).toBe(allowed);
  });

  it("refuses when one answer of many is forbidden", async () => {
    expect(await vetHost("mixed.example", answering("93.184.216.34", "192.168.0.10"), false)).toEqual({
      ok: false,
      error: {
        reason: "refused_address",
        text: "refused address 192.168.0.10 (private) (mixed.example resolves to it)",
      },
    });
  });

  it("refuses answers that are not IP addresses", async () => {
    const result = await vetHost("odd.example", answering("not-an-ip"), true);
    expect(result.ok ? null : result.error.text).toBe(
      "refused address not-an-ip (invalid) (odd.example resolves to it)",
    );
  });

  it("reports an empty answer and a failing resolver as DNS failures", async () => {
    expect(await vetHost("none.example", answering(), false)).toEqual({
      ok: false,
      error: { reason: "dns", text: "no address for host none.example" },
    });
    const failing: Resolver = async () => {
      throw Object.assign(new Error("queryA ETIMEOUT"), { code: "ETIMEOUT" });
    };
    expect(await vetHost("slow.example", failing, false)).toEqual({
      ok: false,
      error: { reason: "dns", text: "cannot resolve host slow.example: ETIMEOUT" },
    });
  });
});
