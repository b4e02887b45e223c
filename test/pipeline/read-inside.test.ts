// A folder replaced by a link to outside the experiment after it was searched and before its files
// are read: the reading refuses what the open file turns out to be (src/util/random-access-file.ts
// readingInside), on this thread and on the workers.
import { copyFileSync, mkdirSync, renameSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { discoverEvaluations } from '../../src/pipeline/discover.js';
import { summarize } from '../../src/pipeline/index.js';
import { copyDemo } from '../helpers/experiment-tree.js';
import { useTempDir } from '../helpers/temp-dir.js';

vi.mock('../../src/pipeline/discover.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/pipeline/discover.js')>();
  return { ...original, discoverEvaluations: vi.fn(original.discoverEvaluations) };
});

const scratch = useTempDir('read-inside-');
const jsonName = '2025-05-12T20-28-13-04-00_popularity.json';
const JSON_LOG = new URL(`../fixtures/inspect-logs/inspect_ai/${jsonName}`, import.meta.url).pathname;

describe('a logs folder replaced by a link to outside between the search and the reading', () => {
  it('gives unreadable rows that say where the files lead, and nothing of what is there', async () => {
    const base = scratch();
    const dir = copyDemo(join(base, 'demo'));
    const actual = await vi.importActual<typeof import('../../src/pipeline/discover.js')>(
      '../../src/pipeline/discover.js',
    );
    let moved = '';
    vi.mocked(discoverEvaluations).mockImplementationOnce(async (experiment, roots, progress) => {
      const found = await actual.discoverEvaluations(experiment, roots, progress);
      // The first log's folder goes out of the experiment and a link takes its place: the same
      // paths, the same bytes, now outside.
      const logs = join(found.logFiles[0]!.file, '..');
      // A JSON log beside it, found by the search too (inspect's older format, read by another reader).
      copyFileSync(JSON_LOG, join(logs, jsonName));
      found.logFiles.push({ ...found.logFiles[0]!, file: join(logs, jsonName) });
      moved = join(base, 'moved-out');
      mkdirSync(join(moved, '..'), { recursive: true });
      renameSync(logs, moved);
      symlinkSync(moved, logs);
      return found;
    });
    const { summary } = await summarize({ experimentPath: dir, sacct: { mode: 'off' } });
    expect(moved).not.toBe('');
    const refused = summary.evaluations.filter((row) => row.error?.includes('outside the experiment'));
    expect(refused.length).toBeGreaterThan(0);
    for (const row of refused) {
      expect(row.accuracy).toBeNull();
      expect(row.error).toContain(`it resolves to ${moved}`);
    }
    // The JSON log too.
    expect(refused.map((row) => row.log)).toContainEqual(expect.stringContaining(jsonName));
    // The other runs' logs were read as usual.
    expect(summary.evaluations.some((row) => row.accuracy !== null)).toBe(true);
  });
});
