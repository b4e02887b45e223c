// Renders markdown the way a reviewer sees it on GitHub — GFM (markdown-it) with mermaid charts — in
// headless Chromium (Debian's /usr/bin/chromium driven by playwright-core), and reports what broke:
// mermaid errors, tables whose rows do not match their header, and a PNG screenshot.
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { chromium, type Browser } from 'playwright-core';
import { tables } from '../render/gfm.js';

const require = createRequire(import.meta.url);
/** Pages taller than this are captured in parts (px). */
const MAX_SHOT = 8000;

/** Chromium to drive: CHROMIUM_PATH, else Debian's package. Null when absent. */
export function chromiumPath(): string | null {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => !!path && existsSync(path)) ?? null;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch(executablePath: string): Promise<Browser> {
  // playwright-core gives every launch a fresh temporary --user-data-dir.
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: 60_000 });
}

export interface Rendered {
  diagrams: number;
  /** Per failing diagram: its first line of text and the error. */
  mermaidErrors: string[];
  /** GFM tables found in the markdown, and problems with their rendered HTML. */
  tables: number;
  tableErrors: string[];
  /** Text of every rendered chart (its SVG's text nodes), to check labels. */
  chartTexts: string[];
}

const CSS = `
body { font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; max-width: 1012px;
  margin: 24px auto; padding: 0 16px; color: #1f2328; background: #fff; }
table { border-collapse: collapse; margin: 8px 0 16px; display: block; overflow: auto; }
th, td { border: 1px solid #d1d9e0; padding: 4px 10px; }
tr:nth-child(2n) { background: #f6f8fa; }
code { background: #eff1f3; border-radius: 4px; padding: 0 4px; font-size: 85%; }
blockquote { border-left: 4px solid #d1d9e0; color: #59636e; margin: 0; padding: 0 12px; }
details { margin: 8px 0; } summary { cursor: pointer; font-weight: 600; }
h1, h2 { border-bottom: 1px solid #d1d9e0; padding-bottom: 4px; }`;

function toHtml(markdown: string): string {
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
  const defaultFence = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, index, options, env, self) => {
    const token = tokens[index]!;
    if (token.info.trim() === 'mermaid')
      return `<pre class="mermaid">${md.utils.escapeHtml(token.content)}</pre>\n`;
    return defaultFence(tokens, index, options, env, self);
  };
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body>${md.render(markdown)}</body></html>`;
}

// Runs in the page (plain JS: the project's types have no DOM): renders each mermaid block, collects
// errors and chart texts, opens every <details>, and counts the cells of every rendered table.
const IN_PAGE = `(async () => {
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  const errors = [];
  const texts = [];
  const blocks = Array.from(document.querySelectorAll('pre.mermaid'));
  for (const [index, block] of blocks.entries()) {
    const source = block.textContent || '';
    try {
      await mermaid.parse(source);
      const { svg } = await mermaid.render('chart' + index, source);
      block.innerHTML = svg;
      const text = Array.from(block.querySelectorAll('text'), (node) => node.textContent || '').join(' | ');
      // A count mismatch leaves NaN coordinates in attributes; a parse problem draws "Syntax error".
      if (/="[^"]*NaN/.test(svg) || /Syntax error/i.test(text)) errors.push('chart ' + index + ': NaN coordinates or an error drawn');
      texts.push(text);
    } catch (error) {
      const title = source.split('\\n').find((line) => line.includes('title')) || '';
      errors.push('chart ' + index + ' (' + title.trim() + '): ' + String(error));
    }
  }
  for (const details of document.querySelectorAll('details')) details.setAttribute('open', '');
  const rendered = Array.from(document.querySelectorAll('table'), (table) => ({
    header: table.querySelectorAll('thead th').length,
    rows: Array.from(table.querySelectorAll('tbody tr'), (row) => row.children.length),
  }));
  return { diagrams: blocks.length, errors, texts, rendered };
})()`;

/** Render `markdown` in the browser, save a full-page screenshot to `screenshot`, report problems. */
export async function renderMarkdown(
  browser: Browser,
  markdown: string,
  screenshot: string,
): Promise<Rendered> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  try {
    await page.route('**/*', (route) =>
      route.request().url().startsWith('data:') ? route.continue() : route.abort(),
    );
    await page.setContent(toHtml(markdown), { waitUntil: 'load' });
    await page.addScriptTag({
      path: join(dirname(require.resolve('mermaid/package.json')), 'dist', 'mermaid.min.js'),
    });
    const result = (await page.evaluate(IN_PAGE)) as {
      diagrams: number;
      errors: string[];
      texts: string[];
      rendered: Array<{ header: number; rows: number[] }>;
    };
    const expected = tables(markdown);
    const tableErrors: string[] = [];
    if (expected.length !== result.rendered.length) {
      tableErrors.push(`${expected.length} GFM tables in the markdown, ${result.rendered.length} rendered`);
    }
    result.rendered.forEach((table, index) => {
      const want = expected[index];
      if (!want) return;
      if (table.header !== want.header.length)
        tableErrors.push(`table ${index}: ${table.header} header cells`);
      if (table.rows.length !== want.rows.length)
        tableErrors.push(`table ${index}: ${table.rows.length} rows rendered, ${want.rows.length} written`);
      table.rows.forEach((cells, row) => {
        if (cells !== table.header)
          tableErrors.push(`table ${index} row ${row}: ${cells} cells, header ${table.header}`);
      });
    });
    mkdirSync(dirname(screenshot), { recursive: true });
    // A very long page (hundreds of rows) is slow to capture whole: its top, and the charts apart.
    const height = (await page.evaluate('document.documentElement.scrollHeight')) as number;
    if (height <= MAX_SHOT) {
      await page.screenshot({ path: screenshot, fullPage: true, timeout: 120_000 });
    } else {
      await page.screenshot({
        path: screenshot,
        clip: { x: 0, y: 0, width: 1100, height: MAX_SHOT },
        timeout: 120_000,
      });
      const charts = page.locator('details').last();
      if ((await charts.count()) > 0) {
        await charts.screenshot({ path: screenshot.replace(/\.png$/, '-charts.png'), timeout: 120_000 });
      }
    }
    return {
      diagrams: result.diagrams,
      mermaidErrors: result.errors,
      tables: expected.length,
      tableErrors,
      chartTexts: result.texts,
    };
  } finally {
    await page.close();
  }
}
