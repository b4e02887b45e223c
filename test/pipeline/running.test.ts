// A still-running evaluation: its log has only `_journal/start.json` (no epoch in it), and its eval
// job has not printed the log's path yet. sacct's job name places it at its epoch; the cell shows
// RUNNING and no second, "missing" row appears for it. Job names may hold \r or U+2028.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summarizeExperiment } from '../../src/sinks/files.js';
import { SACCT_DELIMITER as D } from '../../src/sources/slurm/sacct-output.js';
import { binarySamples, buildEvalLog } from '../../scripts/lib/eval-log.js';
import { TEST_NOW, experimentYaml, logFileName, writeTree } from '../helpers/experiment-tree.js';
import { fakeSacct } from '../helpers/fake-sacct.js';

const root = mkdtempSync(path.join(tmpdir(), 'pipeline-running-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a still-running evaluation', () => {
  for (const [label, jobName] of [
    ['plain', 'eval-t-r-ep1'],
    ['with \\r', 'eval-t-r\rcopy-ep1'],
    ['with U+2028', 'eval-t-r\u2028copy-ep1'],
  ] as const) {
    it(`is placed at its epoch from the sacct job name (${label})`, async () => {
      const dir = path.join(root, label.replace(/\W/g, '_'), 'exp');
      mkdirSync(dir, { recursive: true });
      writeTree(dir, {
        'experiment_summary.yaml': experimentYaml({
          name: 'running',
          runs: [{ name: 'r', type: 'fine-tuned', epochs: [0, 1] }],
          tasks: ['t'],
        }),
        [`r/eval/logs/${logFileName('2026-03-16T13-00-00+00-00', 't', 'a')}`]: buildEvalLog({
          task: 't',
          model: 'hf/r_epoch_0',
          created: '2026-03-16T13:00:00+00:00',
          samples: binarySamples({ tp: 8, tn: 7, fp: 3, fn: 2 }),
          metadata: { epoch: 0 },
        }),
        [`r/eval/logs/${logFileName('2026-03-16T13-30-00+00-00', 't', 'b')}`]: buildEvalLog({
          task: 't',
          model: 'hf/r',
          created: '2026-03-16T13:30:00+00:00',
          samples: binarySamples({ tp: 1, tn: 1, fp: 0, fn: 0 }),
          status: 'started',
        }),
        'r/eval/slurm-777.out': 't (20 samples): hf/r\n',
      });
      const sacct = await fakeSacct(root, {
        stdout: `777${D}${jobName}${D}RUNNING${D}00:05:00${D}0:0${D}777\n`,
      });
      const { summary } = await summarizeExperiment({
        experimentPath: dir,
        sacct: { mode: 'path', path: sacct.path },
        now: () => TEST_NOW,
      });
      expect(summary.evaluations.map((row) => [row.epoch, row.status])).toEqual([
        [0, 'success'],
        [1, 'started'],
      ]);
      expect(summary.runs[0]?.evaluation.status).toBe('RUNNING');
    });
  }
});
