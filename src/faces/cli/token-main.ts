/** @module `roei token create|list|revoke`: API tokens for the server (shown once, stored hashed, revocable). */
import type { TokenRecord, TokenRole } from "../../storage/store.js";
import { createToken, ROLES } from "../server/auth/token.js";
import { parseOptions, STORE_TARGET_OPTIONS, type StoreTarget, toStoreTarget } from "./command-args.js";
import type { CliIO } from "./main.js";
import { withStore } from "./open-store.js";

export const TOKEN_USAGE = `usage: roei token create --role editor|admin [--name LABEL]
       roei token list [--format json|text]
       roei token revoke ID
       (each takes --db PATH or --database-url URL)`;

type TokenCommand = StoreTarget &
  (
    | { readonly kind: "create"; readonly role: TokenRole; readonly name: string }
    | { readonly kind: "list"; readonly json: boolean }
    | { readonly kind: "revoke"; readonly id: number }
  );

/** Parses `roei token …` (argv without `token`); a usage error is a string. */
export function parseTokenArgs(argv: readonly string[]): TokenCommand | string {
  const [sub, ...rest] = argv;
  const parsed = parseOptions(
    rest,
    { role: { type: "string" }, name: { type: "string" }, format: { type: "string" }, ...STORE_TARGET_OPTIONS },
    true,
  );
  if (!parsed.ok) return parsed.error.message;
  const { values, positionals } = parsed.value;
  const target = toStoreTarget(values);
  switch (sub) {
    case "create": {
      if (positionals.length > 0) return `token create takes no argument ${positionals[0]}`;
      const role = values.role;
      if (role !== "editor" && role !== "admin") return `--role must be ${ROLES.join(" or ")}`;
      const name = (values.name ?? "").trim();
      if (name.length > 100) return "--name must be at most 100 characters";
      return { ...target, kind: "create", role, name: name === "" ? role : name };
    }
    case "list":
      if (values.format !== undefined && values.format !== "json" && values.format !== "text")
        return "--format must be json or text";
      return { ...target, kind: "list", json: values.format === "json" };
    case "revoke": {
      const id = positionals[0];
      if (positionals.length !== 1 || !/^\d{1,15}$/.test(id ?? "")) return "token revoke needs one numeric ID";
      return { ...target, kind: "revoke", id: Number(id) };
    }
    default:
      return sub === undefined || sub.startsWith("-")
        ? "token needs create, list or revoke"
        : `unknown token command ${sub}`;
  }
}

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const command = parseTokenArgs(argv);
  if (typeof command === "string") {
    io.stderr(`roei: ${command}\n${TOKEN_USAGE}\n`);
    return 2;
  }
  const now = new Date().toISOString();
  return withStore(command, async (store) => {
    switch (command.kind) {
      case "create": {
        const { token, record } = await createToken(store, command.role, command.name, now);
        io.stderr(`roei: token ${record.id} (${record.role}, ${record.name}) created; it is shown only this once\n`);
        await io.stdout(`${token}\n`);
        return 0;
      }
      case "list": {
        const tokens = (await store.tokens()).map(toPublicToken);
        await io.stdout(command.json ? `${JSON.stringify(tokens, null, 2)}\n` : formatTokens(tokens));
        return 0;
      }
      case "revoke": {
        if (await store.revokeToken(command.id, now)) {
          io.stderr(`roei: token ${command.id} revoked\n`);
          return 0;
        }
        io.stderr(`roei: no live token ${command.id}\n`);
        return 1;
      }
    }
  });
}

/** A token as listed: everything but the hash. */
export type PublicToken = Omit<TokenRecord, "hash">;

export function toPublicToken(t: TokenRecord): PublicToken {
  const { hash: _hash, ...rest } = t;
  return rest;
}

function formatTokens(tokens: readonly PublicToken[]): string {
  if (tokens.length === 0) return "no tokens\n";
  return tokens
    .map(
      (t) =>
        `${t.id}\t${t.role}\t${t.name}\tcreated ${t.createdAt}\tlast used ${t.lastUsedAt ?? "never"}` +
        (t.revokedAt === null ? "" : `\trevoked ${t.revokedAt}`),
    )
    .join("\n")
    .concat("\n");
}
