#!/usr/bin/env node
// Entry point for `npx roei`: runs the compiled CLI (npm install builds dist/ through `prepare`).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const main = new URL("../dist/faces/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write("roei: dist/ is missing; run `npm install` (or `npm run build`) in the repository first\n");
  process.exit(1);
}
const { run } = await import(main.href);
process.exitCode = await run(process.argv.slice(2));
