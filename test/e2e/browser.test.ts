// "Seen in a real browser": the demo's summary.md and a 100-run experiment's, rendered as GitHub does
// (GFM + mermaid) in headless Chromium. Fails on any mermaid error or broken table; saves screenshots
// under test/.artifacts/ to look at.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { summarizeExperiment } from '../../src/sinks/files.js';
import { renderCharts } from '../../src/render/charts.js';
import { chromiumPath, launch, renderMarkdown } from '../helpers/browser.js';
import { binarySamples, buildEvalLog } from '../../scripts/lib/eval-log.js';
import {
  copyDemo,
  experimentYaml,
  logFileName,
  TEST_NOW,
  writeTree,
  type TreeRun,
} from '../helpers/experiment-tree.js';
import { buildTrainingLog } from '../../scripts/lib/training-log.js';

const ARTIFACTS = join(import.meta.dirname, '..', '.artifacts');
const chromium = chromiumPath();
if (!chromium) {
  if (process.env['CI']) throw new Error('chromium is required in CI (.ci/run installs it): not found');
  console.warn(
    'SKIPPED browser rendering tests: no chromium (apt-get install -y chromium, or set CHROMIUM_PATH)',
  );
}

const root = mkdtempSync(join(tmpdir(), 'browser-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const HOSTILE = [
  'say "hi" | [x] (y) {z}',
  '<script>alert(1)</script> & #quot; #1; next',
  'µs → ms ≥ 5 Δt 🚀 名前',
  'x'.repeat(200),
];

/** 100 runs (99 fine-tuned, 1 control), 2 tasks, checkpoint epochs 0–2, some with hostile names. */
function hundredRunExperiment(dir: string): void {
  const runs: TreeRun[] = [
    ...Array.from({ length: 99 }, (_, i) => ({
      name: i < HOSTILE.length ? `${HOSTILE[i]} r${i}` : `rank${i}`,
      type: 'fine-tuned' as const,
      epochs: [0, 1, 2],
    })),
    { name: 'base', type: 'control' },
  ];
  const tasks = ['capitalization', 'sentiment'];
  writeTree(dir, { 'experiment_summary.yaml': experimentYaml({ name: 'hundred', runs, tasks, epochs: 3 }) });
  let id = 0;
  runs.forEach((run, r) => {
    const files: Record<string, string | Buffer> = {};
    if (run.type === 'fine-tuned') {
      files[`ck-outputs/ck-out-${run.name}/slurm-${1000 + r}.out`] = buildTrainingLog({
        jobId: String(1000 + r),
        epochs: 3,
        stepsPerEpoch: 40,
        loss: (step) => 0.1 + (1 + (r % 7) / 7) / Math.sqrt(step),
      });
      for (const epoch of [0, 1, 2])
        files[`ck-outputs/ck-out-${run.name}/epoch_${epoch}/adapter_config.json`] = '{}';
    }
    for (const task of tasks) {
      for (const epoch of run.type === 'control' ? [null] : [0, 1, 2]) {
        id++;
        const good = 20 + ((r * 3 + (epoch ?? 0) * 5) % 25);
        files[
          `${run.name}/eval/logs/${logFileName(`2026-03-16T13-${String(id % 60).padStart(2, '0')}-00+00-00`, task, `id${id}`)}`
        ] = buildEvalLog({
          task,
          model: epoch === null ? `hf/${run.name}` : `hf/${run.name}_epoch_${epoch}`,
          created: '2026-03-16T13:00:00+00:00',
          samples: binarySamples({ tp: good, tn: good, fp: 50 - good, fn: 50 - good }),
          ...(epoch === null ? {} : { metadata: { epoch } }),
        });
      }
    }
    writeTree(dir, files);
  });
}

describe.skipIf(!chromium)('summary.md in a real browser (GFM + mermaid in Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(chromium!);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('renders the demo summary without a mermaid error or a broken table', async () => {
    const dir = copyDemo(join(root, 'demo'));
    await summarizeExperiment({ experimentPath: dir, sacct: { mode: 'off' }, now: () => TEST_NOW });
    const markdown = readFileSync(join(dir, 'summary.md'), 'utf8');
    const result = await renderMarkdown(browser, markdown, join(ARTIFACTS, 'demo-summary.png'));
    expect(result.mermaidErrors).toEqual([]);
    expect(result.tableErrors).toEqual([]);
    expect(result.tables).toBe(3);
    // The loss curves and the capitalization chart, with their series drawn.
    expect(result.diagrams).toBe(2);
    expect(result.chartTexts[0]).toContain('Training loss');
    expect(result.chartTexts[1]).toContain('capitalization: balanced accuracy');
  }, 120_000);

  it('renders a 100-run experiment’s summary', async () => {
    const dir = join(root, 'hundred');
    hundredRunExperiment(dir);
    await summarizeExperiment({ experimentPath: dir, sacct: { mode: 'off' }, now: () => TEST_NOW });
    const markdown = readFileSync(join(dir, 'summary.md'), 'utf8');
    const result = await renderMarkdown(browser, markdown, join(ARTIFACTS, 'hundred-runs-summary.png'));
    expect(result.mermaidErrors).toEqual([]);
    expect(result.tableErrors).toEqual([]);
    // Loss, and one chart per task, each summarised to the best runs.
    expect(result.diagrams).toBe(3);
    // 98, not 99, runs have a loss: `<script>alert(1)</script> … r1` holds a `/`, so that run is
    // refused (nothing of it is read: issue 13's containment).
    expect(markdown).toContain('90 more run(s) not drawn; shown: the 8 with the lowest final loss.');
  }, 180_000);

  it('draws charts whose names try to break them', async () => {
    const curve = (run: string, scale: number) => ({
      run,
      points: Array.from({ length: 60 }, (_, i) => ({ step: (i + 1) * 10, loss: scale / Math.sqrt(i + 1) })),
      divergedAt: null,
    });
    const diverged = { ...curve('diverged run', 1), divergedAt: { step: 300, loss: NaN } };
    diverged.points = diverged.points.map((p) => (p.step >= 300 ? { ...p, loss: NaN } : p));
    const markdown = renderCharts({
      loss: [...HOSTILE.map((name, i) => curve(name, 1 + i / 4)), diverged],
      metrics: HOSTILE.map((task) => ({
        task,
        metric: 'balanced accuracy',
        lines: [
          {
            run: task,
            control: false,
            values: [0, 1, 2].map((epoch) => ({ epoch, value: 0.5 + epoch / 10 })),
          },
          { run: `${task} (control)`, control: true, values: [{ epoch: 0, value: 0.55 }] },
        ],
      })),
    });
    const result = await renderMarkdown(browser, markdown, join(ARTIFACTS, 'hostile-charts.png'));
    expect(result.mermaidErrors).toEqual([]);
    expect(result.diagrams).toBe(1 + HOSTILE.length);
    // The labels show as written (entities decoded), not as escapes.
    const text = result.chartTexts.join('\n');
    expect(text).toContain('say "hi" | [x] (y) {z}');
    expect(text).toContain('<script>alert(1)</script> & #quot; #1; next'.slice(0, 39));
    expect(text).toContain('µs → ms ≥ 5 Δt 🚀 名前');
  }, 120_000);
});
