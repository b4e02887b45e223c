// Durations as a person types them on a command line or in a workflow: `30s`, `5m`, `2h`, `1d`,
// combined (`1h30m`), or plain seconds (`90`, `2.5`).

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** Seconds, or an Error whose message says what is wrong with `text` (the caller names the option). */
export function parseDuration(text: string): number | Error {
  const trimmed = text.trim().toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Number(trimmed);
  if (trimmed !== '' && /^(?:\d+(?:\.\d+)?[smhd])+$/.test(trimmed)) {
    let seconds = 0;
    for (const [, value, unit] of trimmed.matchAll(/(\d+(?:\.\d+)?)([smhd])/g)) {
      seconds += Number(value) * (UNIT_SECONDS[unit ?? 's'] ?? 1);
    }
    return seconds;
  }
  return new Error(`"${text}" is not a duration (use e.g. 30s, 5m, 2h, 1h30m or plain seconds)`);
}

/** 300 → `5m`, 5400 → `1h30m`, 45 → `45s`, 0 → `0s`: the inverse of parseDuration for whole seconds. */
export function formatDuration(seconds: number): string {
  let rest = Math.max(0, Math.round(seconds));
  if (rest === 0) return '0s';
  const parts: string[] = [];
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n}${unit}`);
    rest -= n * size;
  }
  return parts.join('');
}
