// The one size fitter. Every markdown text with a size limit goes through here: summary.md has none,
// the GitHub job summary has 1 MiB and a PR comment 65,536 characters. A document is a list of
// parts, plain blocks and tables or lists that may be cut at an item boundary; fitDocument drops
// detail first, then cuts every table and list to the same number of rows, then falls back to a
// title-only text. renderWithinBudget is the sinks' safety net: should a text still be too big, it is
// cut at a line boundary (cutMarkdownToFit), never inside a table row or a code fence.
import { oneLine } from '../util/strings.js';

/** A size limit: the job summary's 1 MiB (UTF-8 bytes), a PR comment's 65,536 characters. */
export interface MarkdownBudget {
  maxLength: number;
  unit: 'bytes' | 'chars';
  /** Where the full summary is, shown when detail had to go. */
  fullReportNote?: string;
}

/** Renders the summary within a budget: `(budget) => renderMarkdown(summary, budget)`. */
export type RenderWithin = (budget: MarkdownBudget) => string;

/** Bytes are UTF-8 bytes (the runner's job-summary limit); chars are UTF-16 units, which never undercount. */
export function measure(text: string, unit: MarkdownBudget['unit']): number {
  return unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length;
}

/** A table or list that may be cut at an item boundary. */
export interface Cuttable {
  /** Table header and delimiter row, or the line a list follows. */
  head: string;
  /** One table row or list item each, with its newline. */
  items: string[];
  /** What is counted in the cut note: "rows", "tasks". */
  noun: string;
}

/** A piece of a document: a plain markdown block, or a table or list. */
export type Part = string | Cuttable;

/** A document in the forms fitDocument tries, from the most detailed to the least. */
export interface FittableDocument {
  /** Every detail. */
  full: () => Part[];
  /** Without per-row details (its own notes say where the full report is). */
  compact: () => Part[];
  /** The last resort, title and status: lines dropped from the end until the text fits. */
  minimal: () => string[];
}

/** The document within the budget; the full document when there is no budget. */
export function fitDocument(document: FittableDocument, budget: Partial<MarkdownBudget> = {}): string {
  const note = budget.fullReportNote;
  const full = assemble(document.full(), Infinity, note);
  const max = budget.maxLength;
  if (max === undefined || !Number.isFinite(max)) return full;
  const size = (text: string) => measure(text, budget.unit ?? 'bytes');
  if (size(full) <= max) return full;

  // Step 1: drop per-row details, per-row notes and the warning list.
  const compactParts = document.compact();
  const compact = assemble(compactParts, Infinity, note);
  if (size(compact) <= max) return compact;

  // Step 2: keep at most `keep` rows of every table and list; the largest ones are cut first.
  const sizer = new PartsSizer(compactParts, note, size);
  if (sizer.size(0) <= max) {
    let fits = 0;
    let tooBig = sizer.longest;
    while (tooBig - fits > 1) {
      const middle = Math.floor((fits + tooBig) / 2);
      if (sizer.size(middle) <= max) fits = middle;
      else tooBig = middle;
    }
    const cut = assemble(compactParts, fits, note);
    if (size(cut) <= max) return cut;
  }

  // Step 3: too big even without rows (a huge name or warning): the title lines only.
  const lines = document.minimal();
  while (lines.length > 0) {
    const text = lines.join('\n');
    if (size(text) <= max) return text;
    lines.pop();
  }
  return '';
}

/** The note a cut table or list ends with. */
function cutNote(left: number, noun: string, fullReportNote: string | undefined): string {
  const note = fullReportNote ? ` ${oneLine(fullReportNote)}` : '';
  return `\n*${left} more ${noun} in the full summary.*${note}\n`;
}

/** Parts joined by blank lines; every table and list keeps at most `keep` items. */
function assemble(parts: Part[], keep: number, fullReportNote: string | undefined): string {
  return parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const shown = part.items.length <= keep ? part.items : part.items.slice(0, keep);
      const left = part.items.length - shown.length;
      return part.head + shown.join('') + (left > 0 ? cutNote(left, part.noun, fullReportNote) : '');
    })
    .join('\n');
}

/** The size of assemble(parts, keep) for any keep, without building the text (prefix sums). */
class PartsSizer {
  private readonly fixed: number;
  private readonly cuttables: Array<{ head: number; prefix: number[]; noun: string }>;
  readonly longest: number;

  constructor(
    parts: Part[],
    private readonly fullReportNote: string | undefined,
    private readonly measure: (text: string) => number,
  ) {
    let fixed = Math.max(0, parts.length - 1); // the joining newlines
    const cuttables: Array<{ head: number; prefix: number[]; noun: string }> = [];
    for (const part of parts) {
      if (typeof part === 'string') {
        fixed += measure(part);
        continue;
      }
      const prefix = [0];
      for (const item of part.items) prefix.push((prefix[prefix.length - 1] ?? 0) + measure(item));
      cuttables.push({ head: measure(part.head), prefix, noun: part.noun });
    }
    this.fixed = fixed;
    this.cuttables = cuttables;
    this.longest = Math.max(0, ...cuttables.map((part) => part.prefix.length - 1));
  }

  size(keep: number): number {
    let total = this.fixed;
    for (const part of this.cuttables) {
      const count = part.prefix.length - 1;
      const shown = Math.min(count, keep);
      total += part.head + (part.prefix[shown] ?? 0);
      if (shown < count) total += this.measure(cutNote(count - shown, part.noun, this.fullReportNote));
    }
    return total;
  }
}

const tableLine = /^\s*\|/;
const tableSeparator = /^\s*\|[\s:|-]+\|\s*$/;
/** A fence opener: up to three spaces, then three or more backticks or tildes. */
const fenceOpener = /^ {0,3}(`{3,}|~{3,})/;

/** Whether the line closes a fence opened with `fence` (the same character, at least as many). */
function closesFence(line: string, fence: string): boolean {
  const match = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
  return match !== null && match[1]![0] === fence[0] && match[1]!.length >= fence.length;
}

/**
 * Cuts markdown at a line boundary so it fits, closes an open code fence (with the fence that
 * opened it) and open `<details>` blocks, and appends a note. Never splits a line, so a table keeps
 * whole rows, and never leaves a table's header without its separator and a first row.
 */
export function cutMarkdownToFit(markdown: string, budget: MarkdownBudget): string {
  if (measure(markdown, budget.unit) <= budget.maxLength) return markdown;
  const note = `\n\n> [!NOTE]\n> The summary was cut to fit here.${budget.fullReportNote ? ` ${budget.fullReportNote}` : ''}\n`;
  // Closing tags need room too: reserve it up front (at most one fence and a few details blocks).
  const lines = markdown.split('\n');
  let kept: string[] = [];
  let used = 0;
  /** The fence that opened the code block the cut is in; null outside one. */
  let fence: string | null = null;
  let openDetails = 0;
  const closingFor = (openFence: string | null, details: number) =>
    (openFence ? `\n${openFence}` : '') + '\n</details>'.repeat(details);
  for (const line of lines) {
    const lineCost = measure(line, budget.unit) + 1;
    let fenceAfter: string | null = fence;
    if (fence === null) fenceAfter = fenceOpener.exec(line)?.[1] ?? null;
    else if (closesFence(line, fence)) fenceAfter = null;
    // Tags inside a code block are text, not HTML.
    const inCode = fence !== null || fenceAfter !== null;
    const detailsAfter = inCode
      ? openDetails
      : openDetails + (line.match(/<details\b/gi)?.length ?? 0) - (line.match(/<\/details>/gi)?.length ?? 0);
    const cost =
      used + lineCost + measure(closingFor(fenceAfter, Math.max(0, detailsAfter)) + note, budget.unit);
    if (cost > budget.maxLength) break;
    kept.push(line);
    used += lineCost;
    fence = fenceAfter;
    openDetails = Math.max(0, detailsAfter);
  }
  // A table cut before its first row is a lone header (and maybe its separator): drop it whole.
  if (fence === null) {
    let tableLines = 0;
    while (tableLines < kept.length && tableLine.test(kept[kept.length - 1 - tableLines]!)) tableLines++;
    const separatorAt = kept.length - tableLines + 1;
    const headerOnly =
      (tableLines === 1 && tableSeparator.test(lines[kept.length] ?? '')) ||
      (tableLines === 2 && tableSeparator.test(kept[separatorAt]!));
    if (headerOnly) kept = kept.slice(0, kept.length - tableLines);
  }
  const text = kept.join('\n') + closingFor(fence, openDetails) + note;
  return measure(text, budget.unit) <= budget.maxLength ? text : truncateToLimit(text, budget);
}

/** Hard cut, for budgets too small for any line: still never more than asked, never half a character. */
function truncateToLimit(text: string, budget: MarkdownBudget): string {
  let end = Math.min(text.length, budget.maxLength);
  while (end > 0 && measure(text.slice(0, end), budget.unit) > budget.maxLength) end--;
  // Do not split a surrogate pair (a character outside the BMP, such as an emoji).
  if (end > 0 && /[\ud800-\udbff]/.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * Asks the renderer for markdown within the budget and guarantees the result fits. Returns the
 * markdown and whether the safety cut was needed (a renderer bug worth a debug line).
 */
export function renderWithinBudget(
  render: RenderWithin,
  budget: MarkdownBudget,
): { markdown: string; recut: boolean } {
  const rendered = render(budget);
  if (measure(rendered, budget.unit) <= budget.maxLength) return { markdown: rendered, recut: false };
  return { markdown: cutMarkdownToFit(rendered, budget), recut: true };
}
