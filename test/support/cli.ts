/** Runs the CLI from source (tests spawn it with `node --import tsx`), so tests need no build step. */
import { run } from "../../src/faces/cli/main.js";

process.exitCode = await run(process.argv.slice(2));
