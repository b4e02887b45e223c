/**
 * A comparator that puts the newest first: by `time` (milliseconds; NaN, an unknown time, counts as
 * the oldest), then by `tieBreak` descending (e.g. the higher job id or the later file name).
 */
export function newestFirst<T>(
  time: (item: T) => number,
  tieBreak: (a: T, b: T) => number,
): (a: T, b: T) => number {
  return (a, b) => (time(b) || 0) - (time(a) || 0) || tieBreak(b, a);
}

/** Strings by UTF-16 code unit: a total order that does not depend on the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
