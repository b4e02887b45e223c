// Peak resident memory of this process, in MB. /proc/self/status VmHWM belongs to the process's
// own memory map, which exec replaces; getrusage's maxrss survives exec and so also counts the
// parent's memory at fork time (a bench that generated data in the parent would inflate it).
import { readFileSync } from 'node:fs';

export function peakRssMb(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]) / 1024;
  } catch {
    // Not Linux: fall back below.
  }
  return process.resourceUsage().maxRSS / 1024;
}
