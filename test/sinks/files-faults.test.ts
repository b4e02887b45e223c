// Faults the file system only shows when full or failing: injected by wrapping node:fs/promises' open.
// The log's append and the summaries' temp files are written at the same time (src/sinks/files.ts);
// whichever fails, every file is left as it was and no temp file stays behind.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderLogBlock } from '../../src/render/log.js';
import { SummaryWriteError, writeSummaryFiles } from '../../src/sinks/files.js';

/** Which writes fail: the append to the process log, or the temp file of summary.json. */
const failing = vi.hoisted(() => ({ append: false, jsonTemp: false }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const { constants } = await import('node:fs');
  const noSpace = () =>
    Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  const open: typeof fs.open = async (file, flags, mode) => {
    const handle = await fs.open(file, flags, mode);
    const name = String(file);
    const appending = typeof flags === 'number' && (flags & constants.O_APPEND) !== 0;
    if (failing.append && appending && name.endsWith('summarize-experiment.log')) {
      handle.write = (async () => {
        throw noSpace();
      }) as typeof handle.write;
    }
    if (failing.jsonTemp && path.basename(name).startsWith('summary.json.tmp-')) {
      handle.writeFile = async () => {
        throw noSpace();
      };
    }
    return handle;
  };
  return { ...fs, default: { ...fs, open }, open };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'summarize-faults-'));
  failing.append = false;
  failing.jsonTemp = false;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const block = (started: string) =>
  renderLogBlock([{ time: started, action: 'COMPLETE', lines: [['Summary', 'one run']] }], { started });

async function snapshot(): Promise<Record<string, string>> {
  const names = (await readdir(dir, { recursive: true })).map(String).sort();
  const out: Record<string, string> = {};
  for (const name of names) {
    if (name === 'logs') continue;
    out[name] = await readFile(path.join(dir, name), 'utf8');
  }
  return out;
}

describe('a write that fails while the others succeed', () => {
  const first = { markdown: '# old\n', json: '{}\n', logBlock: block('2026-03-16T14:00:00Z') };
  const next = { markdown: '# new\n', json: '{"new": true}\n', logBlock: block('2026-03-17T14:00:00Z') };

  /** A first summary, then a second one with these writes failing: its error, once nothing has changed. */
  async function failedSecondRun(faults: Partial<typeof failing>): Promise<SummaryWriteError> {
    await writeSummaryFiles(dir, first);
    const before = await snapshot();
    Object.assign(failing, faults);
    const error = await writeSummaryFiles(dir, next).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SummaryWriteError);
    // Every file as it was, and no temp file left (the snapshot lists every file).
    expect(await snapshot()).toEqual(before);
    return error as SummaryWriteError;
  }

  it('the append to the log: the summaries written beside it are discarded, the log is as it was', async () => {
    const error = await failedSecondRun({ append: true });
    expect(error.file).toBe(path.join(dir, 'logs', 'summarize-experiment.log'));
    expect(error.message).toContain('ENOSPC');
  });

  it("summary.json's temp file: the block appended beside it is taken back out", async () => {
    const error = await failedSecondRun({ jsonTemp: true });
    expect(error.file).toBe(path.join(dir, 'summary.json'));
  });

  it('both: the append is named, and nothing changes', async () => {
    const error = await failedSecondRun({ append: true, jsonTemp: true });
    expect(error.file).toBe(path.join(dir, 'logs', 'summarize-experiment.log'));
  });
});
