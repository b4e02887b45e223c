// inspect's mid-run config updates (`inspect ctl config`): journaled as
// `_journal/config_updates/{n}.json` while a log is written, consolidated into the header's
// `config_updates` at the end. Both are read, in inspect's order (numeric n).
import { describe, expect, it } from 'vitest';
import { summarizeEvalLog } from '../../src/pipeline/eval-logs.js';
import { evalSpec, header, writeEvalLog } from '../helpers/eval-log-writer.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const update = (name: string, value: number, previous: number) => ({
  changes: [{ config: 'eval', name, value, previous }],
  scope: 'task',
});

describe('config updates', () => {
  it('a running log applies its journaled updates in numeric order (2 before 10)', async () => {
    const file = writeEvalLog(tempDir(), 'running.eval', {
      start: { version: 2, eval: evalSpec(), plan: { name: 'plan', steps: [], config: {} } },
      raw: {
        '_journal/config_updates/10.json': JSON.stringify(update('max_samples', 16, 8)),
        '_journal/config_updates/2.json': JSON.stringify(update('max_samples', 8, 4)),
        '_journal/config_updates/x.json': '{}',
      },
    });
    const summary = await summarizeEvalLog(file);
    expect(summary.status).toBe('started');
    expect(summary.config_updates.map((c) => [c.name, c.previous, c.value])).toEqual([
      ['max_samples', 4, 8],
      ['max_samples', 8, 16],
    ]);
  });

  it('a finished log has them in its header', async () => {
    const file = writeEvalLog(tempDir(), 'done.eval', {
      header: header({ config_updates: [update('max_connections', 4, 2)] }),
    });
    const summary = await summarizeEvalLog(file);
    expect(summary.config_updates).toEqual([
      { config: 'eval', name: 'max_connections', value: 4, previous: 2 },
    ]);
  });
});
