// Text helpers shared by the renderers: escaping of untrusted names, number, duration and time formats.
import type { Diagnostic } from '../model/summary.js';
import { cleanLine } from '../util/clean-text.js';
import { safeCodeSpan, safeInline } from './safe-text.js';

/** Untrusted text (run, task, file names, messages) as inline markdown that shows literally. Safe in table cells. */
export function escapeInline(text: string): string {
  return safeInline(text);
}

/**
 * Text as a code span that shows literally, whatever backticks it holds. Not for table cells: a `|`
 * inside a code span still splits a GFM table row.
 */
export function codeSpan(text: string): string {
  return safeCodeSpan(text);
}

/** A path or argument for a POSIX shell command line: single-quoted unless it is plainly safe. */
export function shellQuote(text: string): string {
  if (/^[A-Za-z0-9_./:=@%+,-]+$/.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** 0.8512 → "0.851": metrics in [0, 1] with three decimals, the same in every row. */
export function formatMetric(value: number | null): string {
  if (value === null) return 'N/A';
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  return value.toFixed(3);
}

/** 0.891 → "89.1%". */
export function formatPercent(value: number): string {
  if (!Number.isFinite(value)) return formatMetric(value);
  return `${(value * 100).toFixed(1)}%`;
}

/**
 * Training loss with four significant digits (losses span 1e-6 to 10+): "0.2262", "10.48",
 * "6.050e-6" below 0.001; torchtune's nan / inf shown as such.
 */
export function formatLoss(value: number | null): string {
  if (value === null) return 'N/A';
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude < 1e-3 || magnitude >= 1e6) return value.toExponential(3).replace('e+', 'e');
  return value.toPrecision(4);
}

export function formatCount(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return 'N/A';
  return String(Math.round(value));
}

/** Seconds as the skill shows them: "45s", "8m 15s", "1h 02m 03s"; "-" when unknown. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return '-';
  const total = Math.round(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = total % 60;
  const two = (n: number): string => String(n).padStart(2, '0');
  if (hours > 0) return `${hours}h ${two(minutes)}m ${two(secs)}s`;
  if (minutes > 0) return `${minutes}m ${two(secs)}s`;
  return `${secs}s`;
}

/** ISO 8601 → "2026-03-16 14:00:05 UTC"; anything unparsable is shown as given. */
export function formatTimestamp(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return `${time.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** "experiment_summary.yaml:42: runs[2].type: …" — one line for logs, terminals and markdown. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where =
    diagnostic.file === null ? '' : `${diagnostic.file}${diagnostic.line ? `:${diagnostic.line}` : ''}: `;
  return cleanLine(`${where}${diagnostic.message}`);
}
