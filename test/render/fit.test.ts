import { describe, expect, it } from 'vitest';
import { cutMarkdownToFit, measure, renderWithinBudget } from '../../src/render/fit.js';

const table = (rows: number) =>
  [
    '| Run | Accuracy |',
    '|---|---|',
    ...Array.from({ length: rows }, (_, index) => `| rank${index} | 0.${index} |`),
  ].join('\n');

describe('the last-resort cut of markdown that is over budget', () => {
  it('markdown within the budget is returned unchanged', () => {
    const markdown = `# Summary\n\n${table(3)}\n`;
    expect(cutMarkdownToFit(markdown, { maxLength: 10_000, unit: 'chars' })).toBe(markdown);
  });

  it('cuts a table at a row boundary and says where the full summary is', () => {
    const cut = cutMarkdownToFit(`# Summary\n\n${table(2000)}\n`, {
      maxLength: 2000,
      unit: 'chars',
      fullReportNote: 'The full summary is in the artifact.',
    });
    expect(cut.length).toBeLessThanOrEqual(2000);
    const rows = cut.split('\n').filter((line) => line.startsWith('| rank'));
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(row).toMatch(/^\| rank\d+ \| 0\.\d+ \|$/);
    expect(cut).toContain('The full summary is in the artifact.');
  });

  it('closes a code fence and a <details> block left open by the cut', () => {
    const log = Array.from({ length: 500 }, (_, index) => `step ${index} loss 0.${index}`).join('\n');
    const markdown = `<details><summary>Training log</summary>\n\n\`\`\`\n${log}\n\`\`\`\n\n</details>\n`;
    const cut = cutMarkdownToFit(markdown, { maxLength: 1500, unit: 'chars' });
    expect(cut.length).toBeLessThanOrEqual(1500);
    expect(cut.match(/^```/gm)).toHaveLength(2);
    expect(cut).toContain('</details>');
    expect(cut.indexOf('</details>')).toBeGreaterThan(cut.lastIndexOf('```'));
  });

  it('counts UTF-8 bytes for the job summary: multi-byte text is cut by bytes', () => {
    const markdown = Array.from({ length: 400 }, () => '| ✓ ünïcödé | 0.5 |').join('\n');
    const cut = cutMarkdownToFit(markdown, { maxLength: 1000, unit: 'bytes' });
    expect(measure(cut, 'bytes')).toBeLessThanOrEqual(1000);
    expect(measure(cut, 'chars')).toBeLessThan(1000);
  });

  it('does not leave a table header without rows', () => {
    const markdown = `${'intro line\n'.repeat(20)}| Run | Accuracy |\n|---|---|\n| ${'x'.repeat(400)} | 1 |\n`;
    const cut = cutMarkdownToFit(markdown, { maxLength: 330, unit: 'chars' });
    expect(cut).not.toContain('| Run | Accuracy |');
  });

  it('at no budget does the cut leave a table header without its separator and a row', () => {
    const markdown = `# T\n\nintro\n\n${table(20)}\n`;
    for (let maxLength = 40; maxLength <= 300; maxLength++) {
      const cut = cutMarkdownToFit(markdown, { maxLength, unit: 'chars' });
      expect(cut.length, `budget ${maxLength}`).toBeLessThanOrEqual(maxLength);
      const body = cut.split('\n\n> [!NOTE]')[0]!;
      if (!body.includes('| Run | Accuracy |')) continue;
      expect(body, `budget ${maxLength}`).toMatch(/\| Run \| Accuracy \|\n\|---\|---\|\n\| rank0 \| 0\.0 \|/);
    }
  });

  it.each(['~~~', '````', '~~~~~'])(
    'a %s code fence left open by the cut is closed with the same fence',
    (fence) => {
      const log = Array.from({ length: 500 }, (_, index) => `step ${index} loss 0.${index}`).join('\n');
      // A shorter fence of the other kind inside must not count as the close.
      const markdown = `# Log\n\n${fence}text\n\`\`\`\n${log}\n${fence}\n`;
      const cut = cutMarkdownToFit(markdown, { maxLength: 1500, unit: 'chars' });
      expect(cut.length).toBeLessThanOrEqual(1500);
      const body = cut.split('\n\n> [!NOTE]')[0]!;
      expect(body.endsWith(`\n${fence}`)).toBe(true);
    },
  );

  it('a hard cut never ends in half of a character outside the Basic Multilingual Plane', () => {
    for (let maxLength = 40; maxLength <= 70; maxLength++) {
      const cut = cutMarkdownToFit('🙂'.repeat(50), {
        maxLength,
        unit: 'chars',
        fullReportNote: '🙂'.repeat(20),
      });
      expect(cut.length).toBeLessThanOrEqual(maxLength);
      expect(cut, `budget ${maxLength}`).not.toMatch(/[\ud800-\udbff]$/);
    }
  });

  it('renderWithinBudget trusts a renderer that fits and re-cuts one that does not', () => {
    expect(renderWithinBudget(() => 'short', { maxLength: 10, unit: 'chars' })).toEqual({
      markdown: 'short',
      recut: false,
    });
    const overshoot = renderWithinBudget(() => table(100), { maxLength: 300, unit: 'chars' });
    expect(overshoot.recut).toBe(true);
    expect(overshoot.markdown.length).toBeLessThanOrEqual(300);
  });
});
