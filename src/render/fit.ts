// Size budgets of the GitHub sinks. Each sink asks the renderer for markdown within its own limit
// (the renderer drops detail first, then cuts tables at row boundaries); the sink then checks the
// answer and, only if the renderer overshot, cuts at a line boundary itself as a last resort.

/** The options the markdown renderer accepts (src/render/markdown.ts `renderMarkdown`). */
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
