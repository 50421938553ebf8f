// Peak resident set size of a process, from /proc (Linux); null where /proc is missing.
import { readFileSync } from "node:fs";

/** VmHWM of `pid` (default: this process) in MiB, or null. */
export function peakRssMiB(pid = "self") {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}
