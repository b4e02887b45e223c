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

/**
 * Cuts markdown at a line boundary so it fits, closes an open code fence and open `<details>`
 * blocks, and appends a note. Never splits a line, so a table keeps whole rows.
 */
export function cutMarkdownToFit(markdown: string, budget: MarkdownBudget): string {
  if (measure(markdown, budget.unit) <= budget.maxLength) return markdown;
  const note = `\n\n> [!NOTE]\n> The summary was cut to fit here.${budget.fullReportNote ? ` ${budget.fullReportNote}` : ''}\n`;
  // Closing tags need room too: reserve it up front (at most one fence and a few details blocks).
  const lines = markdown.split('\n');
  let kept: string[] = [];
  let used = 0;
  let inFence = false;
  let openDetails = 0;
  const closingFor = (fence: boolean, details: number) =>
    (fence ? '\n```' : '') + '\n</details>'.repeat(details);
  for (const line of lines) {
    const lineCost = measure(line, budget.unit) + 1;
    const fenceAfter: boolean = /^\s*(```|~~~)/.test(line) ? !inFence : inFence;
    const detailsAfter =
      openDetails + (line.match(/<details\b/gi)?.length ?? 0) - (line.match(/<\/details>/gi)?.length ?? 0);
    const cost =
      used + lineCost + measure(closingFor(fenceAfter, Math.max(0, detailsAfter)) + note, budget.unit);
    if (cost > budget.maxLength) break;
    kept.push(line);
    used += lineCost;
    inFence = fenceAfter;
    openDetails = Math.max(0, detailsAfter);
  }
  // A cut between a table header and its first row leaves a lone header: drop trailing table rows
  // only if nothing but the header survived.
  if (kept.length > 0 && /^\s*\|[\s:|-]+\|\s*$/.test(kept[kept.length - 1]!)) kept = kept.slice(0, -2);
  const text = kept.join('\n') + closingFor(inFence, openDetails) + note;
  return measure(text, budget.unit) <= budget.maxLength ? text : truncateToLimit(text, budget);
}

/** Hard cut, for budgets too small for any line: still never more than asked. */
function truncateToLimit(text: string, budget: MarkdownBudget): string {
  let end = Math.min(text.length, budget.maxLength);
  while (end > 0 && measure(text.slice(0, end), budget.unit) > budget.maxLength) end--;
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
