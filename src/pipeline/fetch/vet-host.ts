/** @module Host name → one address roei may connect to: resolve once with the injected resolver, refuse if any answer is forbidden. */
import { lookup } from "node:dns/promises";
import { isIP, type LookupFunction } from "node:net";
import { fail, ok, type Result } from "../../domain/issue.js";
import { classifyAddress, type ForbiddenClass } from "./address-guard.js";

export type ResolvedAddress = { readonly address: string; readonly family: 4 | 6 };

/** DNS lookup returning every address of a name (default: `dns.lookup` with `all: true`). */
export type Resolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;

/**
 * Which forbidden addresses may still be used: `false` none (default), `true` all but cloud-metadata ones,
 * or a predicate that decides each forbidden address (e.g. `(ip) => ip === "127.0.0.1"` in tests).
 */
export type AddressPolicy = boolean | ((ip: string, cls: ForbiddenClass) => boolean);

export type VetFailure = { readonly reason: "dns" | "refused_address"; readonly text: string };

export const systemResolver: Resolver = async (hostname) => {
  const answers = await lookup(hostname, { all: true, verbatim: true });
  return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/**
 * Resolves `hostname` (an IP literal is used as it is) and returns its first address, or refuses the host when any
 * answer is a forbidden address the policy does not allow; so one private answer among public ones is refused too.
 */
export async function vetHost(
  hostname: string,
  resolver: Resolver,
  policy: AddressPolicy,
): Promise<Result<ResolvedAddress, VetFailure>> {
  const answers = await resolveHost(hostname, resolver);
  if (!answers.ok) return answers;
  for (const { address } of answers.value) {
    const cls = classifyAddress(address);
    if (cls !== null && !isAllowed(address, cls, policy)) {
      const via = isIP(hostname) === 0 ? ` (${hostname} resolves to it)` : "";
      return fail({ reason: "refused_address", text: `refused address ${address} (${cls})${via}` });
    }
  }
  const first = answers.value[0];
  if (first === undefined) return fail({ reason: "dns", text: `no address for host ${hostname}` });
  return ok(first);
}

async function resolveHost(
  hostname: string,
  resolver: Resolver,
): Promise<Result<readonly ResolvedAddress[], VetFailure>> {
  const family = isIP(hostname);
  if (family !== 0) return ok([{ address: hostname, family: family === 6 ? 6 : 4 }]);
  try {
    return ok(await resolver(hostname));
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
    const why = code === "" ? (error instanceof Error ? error.message : String(error)) : code;
    return fail({ reason: "dns", text: `cannot resolve host ${hostname}: ${why.split("\n")[0] ?? ""}` });
  }
}

function isAllowed(ip: string, cls: ForbiddenClass, policy: AddressPolicy): boolean {
  if (cls === "invalid") return false;
  if (typeof policy === "function") return policy(ip, cls);
  return policy && cls !== "metadata";
}

/** A `lookup` for http.request that answers with the vetted address only, so no second DNS answer can be used. */
export function pinnedLookup(vetted: ResolvedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all === true) callback(null, [{ address: vetted.address, family: vetted.family }]);
    else callback(null, vetted.address, vetted.family);
  };
}
