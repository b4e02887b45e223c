// A small GitHub-flavoured-markdown table reader for the tests: finds every table, checks that each
// row has as many cells as its header (the way GFM splits rows: on pipes not preceded by a backslash),
// and gives the cells back unescaped, as a reader would see them.
export interface Table {
  header: string[];
  rows: string[][];
  /** 0-based line of the header. */
  line: number;
}

export function splitRow(line: string): string[] {
  const trimmed = line.trim();
  if (!trimmed.startsWith('|') || !trimmed.endsWith('|') || trimmed.endsWith('\\|')) {
    throw new Error(`not a table row: ${line}`);
  }
  return trimmed
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

export function tables(markdown: string): Table[] {
  const lines = markdown.split('\n');
  const found: Table[] = [];
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const delimiter = lines[i + 1] ?? '';
    if (!(lines[i] ?? '').startsWith('|') || !/^\|(\s*:?-{3,}:?\s*\|)+$/.test(delimiter)) continue;
    const header = splitRow(lines[i] ?? '');
    if (splitRow(delimiter).length !== header.length)
      throw new Error(`delimiter row of line ${i + 1} is not as wide as its header`);
    const rows: string[][] = [];
    let j = i + 2;
    for (; j < lines.length && (lines[j] ?? '').startsWith('|'); j += 1) {
      const cells = splitRow(lines[j] ?? '');
      if (cells.length !== header.length) {
        throw new Error(
          `row at line ${j + 1} has ${cells.length} cells, its header ${header.length}: ${lines[j]}`,
        );
      }
      rows.push(cells);
    }
    const after = lines[j];
    if (after !== undefined && after !== '')
      throw new Error(`table at line ${i + 1} is not followed by a blank line`);
    found.push({ header, rows, line: i });
    i = j;
  }
  return found;
}

/** Markdown backslash escapes and the entities escapeInline writes, undone (what GitHub's autolinker sees). */
export function unescapeMarkdown(text: string): string {
  return text
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The text a reader sees in a cell escaped by escapeInline: unescaped, and without the invisible
 * zero-width spaces that break autolinks.
 */
export function cellText(cell: string): string {
  return unescapeMarkdown(cell).replace(/\u200B/g, '');
}

export function tableAfter(markdown: string, heading: string): Table | undefined {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start === -1) return undefined;
  const line = markdown.slice(0, start + 1).split('\n').length - 1;
  return tables(markdown).find((table) => table.line > line);
}

/** The markdown with its code spans removed (their content is shown literally, never as markup). */
export function withoutCodeSpans(markdown: string): string {
  let out = '';
  let i = 0;
  while (i < markdown.length) {
    const char = markdown[i];
    if (char === '\\') {
      out += markdown.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (char !== '`') {
      out += char;
      i += 1;
      continue;
    }
    let run = 0;
    while (markdown[i + run] === '`') run += 1;
    const closer = new RegExp(`(?<!\`)\`{${run}}(?!\`)`, 'g');
    closer.lastIndex = i + run;
    const match = closer.exec(markdown);
    if (!match) {
      out += markdown.slice(i, i + run);
      i += run;
      continue;
    }
    out += '<code/>';
    i = match.index + run;
  }
  return out;
}
