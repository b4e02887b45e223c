import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeSummaryFiles, SummaryWriteError } from '../../src/sinks/files.js';
import { LOG_BLOCK_MARKER, renderLogBlock, splitBlocks } from '../../src/render/log.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'summarize-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function logBlock(started: string): string {
  return renderLogBlock(
    [
      {
        time: started,
        action: 'COMPLETE',
        lines: [['Summary', '2 loss values extracted, 3 accuracy values extracted']],
      },
    ],
    { started },
  );
}

const TEXTS = {
  markdown: '# Experiment Summary\n',
  json: '{\n  "schema": 1\n}\n',
  logBlock: logBlock('2026-03-16T14:00:00Z'),
};

async function listing(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true });
  return entries.map((entry) => entry.split(path.sep).join('/')).sort();
}

describe('writing summary.md, summary.json and the process log', () => {
  it('writes the three files, creating logs/, and leaves no temp file', async () => {
    const files = await writeSummaryFiles(dir, TEXTS);
    expect(files).toEqual({
      markdown: path.join(dir, 'summary.md'),
      json: path.join(dir, 'summary.json'),
      log: path.join(dir, 'logs', 'summarize-experiment.log'),
    });
    expect(await readFile(files.markdown, 'utf8')).toBe(TEXTS.markdown);
    expect(await readFile(files.json, 'utf8')).toBe(TEXTS.json);
    expect(await readFile(files.log, 'utf8')).toBe(TEXTS.logBlock);
    expect(await listing(dir)).toEqual([
      'logs',
      'logs/summarize-experiment.log',
      'summary.json',
      'summary.md',
    ]);
  });

  it('replaces summary.md and summary.json and appends a block to the log on the second run', async () => {
    await writeSummaryFiles(dir, TEXTS);
    const second = { markdown: '# second\n', json: '{}\n', logBlock: logBlock('2026-03-17T14:00:00Z') };
    const files = await writeSummaryFiles(dir, second);
    expect(await readFile(files.markdown, 'utf8')).toBe('# second\n');
    const blocks = splitBlocks(await readFile(files.log, 'utf8'));
    expect(blocks.map((block) => block.split('\n')[0])).toEqual([
      `${LOG_BLOCK_MARKER}2026-03-16 14:00:00 UTC =====`,
      `${LOG_BLOCK_MARKER}2026-03-17 14:00:00 UTC =====`,
    ]);
  });

  it('appends the block to the log in place: earlier bytes untouched, the same file', async () => {
    const first = await writeSummaryFiles(dir, TEXTS);
    const before = await readFile(first.log, 'utf8');
    const inode = (await lstat(first.log)).ino;
    const block = logBlock('2026-03-17T14:00:00Z');
    await writeSummaryFiles(dir, { ...TEXTS, logBlock: block });
    expect(await readFile(first.log, 'utf8')).toBe(
      `${before}\n${block.endsWith('\n') ? block : `${block}\n`}`,
    );
    expect((await lstat(first.log)).ino).toBe(inode);
  });

  it('rewrites a log that does not end as it writes one (edited by hand), keeping its blocks', async () => {
    await mkdir(path.join(dir, 'logs'));
    const log = path.join(dir, 'logs', 'summarize-experiment.log');
    await writeFile(log, `${logBlock('2026-03-15T14:00:00Z').trimEnd()}\nmy note, no newline`);
    const inode = (await lstat(log)).ino;
    await writeSummaryFiles(dir, TEXTS);
    const text = await readFile(log, 'utf8');
    expect(text).toContain('my note, no newline\n');
    expect(splitBlocks(text)).toHaveLength(2);
    expect((await lstat(log)).ino).not.toBe(inode);
  });

  it('takes the appended block back out when summary.md cannot be replaced', async () => {
    const first = await writeSummaryFiles(dir, TEXTS);
    const before = await readFile(first.log, 'utf8');
    await rm(first.markdown);
    await mkdir(first.markdown);
    await writeFile(path.join(first.markdown, 'keep.txt'), 'mine');
    const error = await writeSummaryFiles(dir, {
      ...TEXTS,
      logBlock: logBlock('2026-03-17T14:00:00Z'),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SummaryWriteError);
    expect(await readFile(first.log, 'utf8')).toBe(before);
    expect((await listing(dir)).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('keeps the log under its cap by reading only its tail and dropping the oldest blocks', async () => {
    await mkdir(path.join(dir, 'logs'));
    const old = Array.from({ length: 2000 }, (_, i) =>
      logBlock(new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString()),
    ).join('\n');
    await writeFile(path.join(dir, 'logs', 'summarize-experiment.log'), `hand-written notes\n${old}`);
    const files = await writeSummaryFiles(dir, TEXTS, { maxLogBytes: 4096 });
    const text = await readFile(files.log, 'utf8');
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(4096);
    expect(text.startsWith(LOG_BLOCK_MARKER)).toBe(true);
    expect(text.endsWith(TEXTS.logBlock)).toBe(true);
    expect(text).toContain('2025-01-02 09:19:00 UTC'); // the newest old block survives
    expect(text).not.toContain('hand-written');
  });

  it('rewrites a log it wrote itself, over the cap, keeping its newest blocks byte for byte', async () => {
    await mkdir(path.join(dir, 'logs'));
    const blocks = Array.from({ length: 200 }, (_, i) =>
      logBlock(new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString()),
    );
    const old = blocks.join('\n');
    await writeFile(path.join(dir, 'logs', 'summarize-experiment.log'), old);
    const cap = Math.floor(Buffer.byteLength(old) / 2);
    const files = await writeSummaryFiles(dir, TEXTS, { maxLogBytes: cap });
    const text = await readFile(files.log, 'utf8');
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(cap);
    expect(text.endsWith(`\n${TEXTS.logBlock}`)).toBe(true);
    // Whole blocks, the newest ones, as they were.
    const kept = text.slice(0, -TEXTS.logBlock.length - 1);
    expect(old.endsWith(kept)).toBe(true);
    expect(kept.startsWith(LOG_BLOCK_MARKER)).toBe(true);
  });

  it('names summary.md when it cannot be replaced (a directory is in the way), and leaves no temp file', async () => {
    await mkdir(path.join(dir, 'summary.md'));
    await writeFile(path.join(dir, 'summary.md', 'keep.txt'), 'mine');
    const error = await writeSummaryFiles(dir, TEXTS).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SummaryWriteError);
    expect((error as SummaryWriteError).file).toBe(path.join(dir, 'summary.md'));
    expect((error as Error).message).toMatch(/^Cannot replace .*summary\.md: /);
    expect(await readFile(path.join(dir, 'summary.md', 'keep.txt'), 'utf8')).toBe('mine');
    expect((await listing(dir)).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('neither writes through nor removes a file already at the temp name: another name is tried', async () => {
    // The temp name is random, not secret: a file there (a symbolic link, say) is never used.
    const nameFor = (random: number) =>
      path.join(dir, `summary.md.tmp-${process.pid}-${random.toString(36).slice(2, 10)}`);
    await writeFile(path.join(dir, 'elsewhere'), 'not yours');
    await symlink(path.join(dir, 'elsewhere'), nameFor(0.5));
    const random = vi.spyOn(Math, 'random').mockReturnValueOnce(0.5).mockReturnValue(0.25);
    try {
      const files = await writeSummaryFiles(dir, TEXTS);
      expect(await readFile(files.markdown, 'utf8')).toBe(TEXTS.markdown);
    } finally {
      random.mockRestore();
    }
    expect(await readlink(nameFor(0.5))).toBe(path.join(dir, 'elsewhere'));
    expect(await readFile(path.join(dir, 'elsewhere'), 'utf8')).toBe('not yours');
  });

  it('names summary.md when every temp name tried is taken, and removes none of them', async () => {
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.5);
    try {
      const temp = path.join(dir, `summary.md.tmp-${process.pid}-${(0.5).toString(36).slice(2, 10)}`);
      await writeFile(temp, 'not yours');
      const error = await writeSummaryFiles(dir, TEXTS).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SummaryWriteError);
      expect((error as SummaryWriteError).file).toBe(path.join(dir, 'summary.md'));
      expect((error as Error).message).toMatch(/EEXIST/);
      expect(await readFile(temp, 'utf8')).toBe('not yours');
    } finally {
      random.mockRestore();
    }
  });

  /**
   * A first summary, then a second one while the temp name of `file` (its first try: Math.random
   * gives 0.5 every time) is taken by someone else's file: the second run's error, once the first
   * run's files are checked unchanged, the taken file untouched and no temp file left.
   */
  async function blockedSecondRun(
    file: (first: Awaited<ReturnType<typeof writeSummaryFiles>>) => string,
    options?: (before: string[]) => { maxLogBytes: number },
  ): Promise<{ error: unknown; first: Awaited<ReturnType<typeof writeSummaryFiles>> }> {
    const first = await writeSummaryFiles(dir, TEXTS);
    const read = () => Promise.all([first.markdown, first.json, first.log].map((f) => readFile(f, 'utf8')));
    const before = await read();
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const taken = `${file(first)}.tmp-${process.pid}-${(0.5).toString(36).slice(2, 10)}`;
    let error: unknown;
    try {
      await writeFile(taken, 'not yours');
      const next = {
        markdown: '# new\n',
        json: '{"new": true}\n',
        logBlock: logBlock('2026-03-17T14:00:00Z'),
      };
      error = await writeSummaryFiles(dir, next, options?.(before)).catch((caught: unknown) => caught);
    } finally {
      random.mockRestore();
    }
    expect(await readFile(taken, 'utf8')).toBe('not yours');
    await rm(taken);
    expect(await read()).toEqual(before);
    expect((await listing(dir)).filter((name) => name.includes('.tmp-'))).toEqual([]);
    return { error, first };
  }

  it('when summary.json fails while the log is appended and summary.md written beside it, undoes both and names summary.json', async () => {
    // The append and both temp files are written at the same time; one failure must undo the rest.
    const { error, first } = await blockedSecondRun((files) => files.json);
    expect(error).toBeInstanceOf(SummaryWriteError);
    expect((error as SummaryWriteError).file).toBe(first.json);
  });

  it('when the log must be rewritten and its temp file cannot be made, leaves the summaries as they were', async () => {
    // A cap the log and the new block do not fit under together: the log is rewritten.
    const { error, first } = await blockedSecondRun(
      (files) => files.log,
      (before) => ({ maxLogBytes: Buffer.byteLength(before[2]!) + 10 }),
    );
    expect(error).toBeInstanceOf(SummaryWriteError);
    expect((error as SummaryWriteError).file).toBe(first.log);
  });

  it('leaves the previous summary.md intact when logs/ cannot be created', async () => {
    await writeFile(path.join(dir, 'summary.md'), 'previous summary\n');
    await writeFile(path.join(dir, 'logs'), 'a file where the logs folder should be');
    const error = await writeSummaryFiles(dir, TEXTS).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SummaryWriteError);
    expect((error as Error).message).toContain(path.join(dir, 'logs'));
    expect(await readFile(path.join(dir, 'summary.md'), 'utf8')).toBe('previous summary\n');
    expect((await listing(dir)).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('leaves every previous file intact when the log cannot be read, and names the log', async () => {
    await writeFile(path.join(dir, 'summary.json'), '{"old": true}\n');
    await mkdir(path.join(dir, 'logs', 'summarize-experiment.log'), { recursive: true });
    const error = await writeSummaryFiles(dir, TEXTS).catch((caught: unknown) => caught);
    expect((error as SummaryWriteError).file).toBe(path.join(dir, 'logs', 'summarize-experiment.log'));
    expect(await readFile(path.join(dir, 'summary.json'), 'utf8')).toBe('{"old": true}\n');
    expect((await listing(dir)).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('names the experiment directory when it does not exist, and creates nothing', async () => {
    const missing = path.join(dir, 'nope', 'deeper');
    await writeFile(path.join(dir, 'nope'), 'not a directory');
    await expect(writeSummaryFiles(missing, TEXTS)).rejects.toThrow(
      `Cannot write the summary: ${missing} is not a directory`,
    );
    await expect(writeSummaryFiles(path.join(dir, 'absent'), TEXTS)).rejects.toThrow(
      /absent is not a directory/,
    );
    expect(await listing(dir)).toEqual(['nope']);
  });
});

describe('never through a symbolic link, never losing a concurrent run', () => {
  it('replaces a symlinked log file without reading what it points to', async () => {
    const secret = path.join(dir, 'outside-secret.txt');
    await writeFile(secret, 'TOKEN=hunter2\n');
    await mkdir(path.join(dir, 'exp', 'logs'), { recursive: true });
    await symlink(secret, path.join(dir, 'exp', 'logs', 'summarize-experiment.log'));
    const files = await writeSummaryFiles(path.join(dir, 'exp'), TEXTS);
    const log = await readFile(files.log, 'utf8');
    expect(log).not.toContain('hunter2');
    expect(log).toContain('was a symbolic link');
    expect((await lstat(files.log)).isSymbolicLink()).toBe(false);
    expect(await readFile(secret, 'utf8')).toBe('TOKEN=hunter2\n');
  });

  it('replaces symlinked summary files instead of writing into their targets', async () => {
    const target = path.join(dir, 'elsewhere.md');
    await writeFile(target, 'keep me\n');
    await mkdir(path.join(dir, 'exp'));
    await symlink(target, path.join(dir, 'exp', 'summary.md'));
    await writeSummaryFiles(path.join(dir, 'exp'), TEXTS);
    expect(await readFile(target, 'utf8')).toBe('keep me\n');
    expect(await readFile(path.join(dir, 'exp', 'summary.md'), 'utf8')).toBe(TEXTS.markdown);
  });

  it('refuses a symlinked logs/ folder and writes nothing', async () => {
    const elsewhere = path.join(dir, 'elsewhere');
    await mkdir(elsewhere);
    await mkdir(path.join(dir, 'exp'));
    await symlink(elsewhere, path.join(dir, 'exp', 'logs'));
    await expect(writeSummaryFiles(path.join(dir, 'exp'), TEXTS)).rejects.toThrow(
      /logs is a symbolic link, and nothing is written through one/,
    );
    expect(await readdir(elsewhere)).toEqual([]);
    expect(await readdir(path.join(dir, 'exp'))).toEqual(['logs']);
  });

  it('keeps every block when 30 runs write at once', async () => {
    const started = Array.from({ length: 30 }, (_, i) =>
      new Date(Date.UTC(2026, 2, 16, 14, i)).toISOString(),
    );
    await Promise.all(started.map((time) => writeSummaryFiles(dir, { ...TEXTS, logBlock: logBlock(time) })));
    const blocks = splitBlocks(await readFile(path.join(dir, 'logs', 'summarize-experiment.log'), 'utf8'));
    expect(blocks).toHaveLength(30);
    expect(await readFile(path.join(dir, 'summary.json'), 'utf8')).toBe(TEXTS.json);
    expect(await listing(dir)).not.toContainEqual(expect.stringMatching(/lock|tmp-/));
  });

  it('takes over a lock left by a process that is gone', async () => {
    await mkdir(path.join(dir, 'logs'));
    // A pid that cannot exist on this host.
    await writeFile(path.join(dir, 'logs', 'summarize-experiment.log.lock'), `2147483646\n${hostname()}\n`);
    await writeSummaryFiles(dir, TEXTS);
    expect(await readFile(path.join(dir, 'logs', 'summarize-experiment.log'), 'utf8')).toBe(TEXTS.logBlock);
  });
});
