// src/sinks/: where the summary leaves the program. files.ts (this file) writes the pipeline's report
// into the experiment directory, for the CLI and the Action alike; github/ posts it to GitHub and is
// the only code that imports @actions/*. Sinks may import pipeline/ and everything below it.
//
// Writing the three output files into the experiment directory, shared by the CLI and the Action.
// summary.md and summary.json are replaced atomically: written in full to a temp file in the same
// directory, flushed, then renamed over the target, so a reader never sees a torn file. The process
// log gets the run's block appended when it fits under its cap, while the summaries' temp files are
// written (taken back out if any of them fails), and is rewritten the same atomic way when older
// blocks must go. All temp files are written before the first rename, so a failure while preparing
// (disk full, logs/ not creatable) leaves every previous file as it was; temp files are removed on
// failure.
//
// Nothing is written through a symbolic link and no link's target is read into an output: a
// symlinked `logs/` is refused, a symlinked log file is replaced by a regular one without reading
// what it points to (it could be any file the runner can read, and the log is uploaded as an
// artifact). Concurrent runs on one experiment take turns through a lock file, so every run's log
// block is kept; summary.md and summary.json are whole either way (atomic rename).
import { constants } from 'node:fs';
import { lstat, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { isSymlink } from '../util/contained-path.js';
import { readFileTailBytes } from '../util/file-tail.js';
import { withFileLock } from '../util/file-lock.js';
import { appendRunBlock, appendRunBlockBytes, DEFAULT_LOG_MAX_BYTES, logTailText } from '../render/log.js';
import { summarize, type Report, type SummarizeOptions } from '../pipeline/index.js';

export type { SacctSetting, SummarizeOptions } from '../pipeline/index.js';

export interface SummarizeResult {
  summary: Report['summary'];
  experimentDir: string;
  /** The full summary.md text as written. */
  markdown: string;
  /** Absolute paths of the files written. */
  files: WrittenFiles;
  /** Worth telling, nothing wrong (e.g. no baseline to compare with). */
  notices: string[];
  /** Whether summary.md carries charts; the other sinks render theirs the same way. Default true. */
  charts?: boolean;
}

/** The whole job: summarize the experiment, then write summary.md, summary.json and the process log. */
export async function summarizeExperiment(options: SummarizeOptions): Promise<SummarizeResult> {
  const report = await summarize(options);
  const files = await writeSummaryFiles(report.experimentDir, report);
  return {
    summary: report.summary,
    experimentDir: report.experimentDir,
    markdown: report.markdown,
    files,
    notices: report.notices,
    charts: report.charts,
  };
}

export const SUMMARY_MARKDOWN_FILE = 'summary.md';
export const SUMMARY_JSON_FILE = 'summary.json';
export const PROCESS_LOG_FILE = path.join('logs', 'summarize-experiment.log');

export interface SummaryTexts {
  markdown: string;
  json: string;
  /** This run's block of the process log (renderLogBlock), appended to the existing log; '' for none. */
  logBlock: string;
}

export interface WriteOptions {
  /** Cap of the process log in bytes; its oldest blocks are dropped to stay under it. */
  maxLogBytes?: number;
}

/** Absolute paths of the files written. */
export interface WrittenFiles {
  markdown: string;
  json: string;
  log: string;
}

/** A file could not be written; the message names it. */
export class SummaryWriteError extends Error {
  override name = 'SummaryWriteError';
  constructor(
    message: string,
    readonly file: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export async function writeSummaryFiles(
  experimentDir: string,
  texts: SummaryTexts,
  options: WriteOptions = {},
): Promise<WrittenFiles> {
  const dir = path.resolve(experimentDir);
  const files: WrittenFiles = {
    markdown: path.join(dir, SUMMARY_MARKDOWN_FILE),
    json: path.join(dir, SUMMARY_JSON_FILE),
    log: path.join(dir, PROCESS_LOG_FILE),
  };
  const maxLogBytes = options.maxLogBytes ?? DEFAULT_LOG_MAX_BYTES;

  const isDirectory = await stat(dir).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (!isDirectory) throw new SummaryWriteError(`Cannot write the summary: ${dir} is not a directory`, dir);
  const logDir = path.dirname(files.log);
  try {
    await mkdir(logDir, { recursive: true });
  } catch (error) {
    const detail =
      (error as NodeJS.ErrnoException).code === 'EEXIST'
        ? 'a file of that name is in the way'
        : reason(error);
    throw new SummaryWriteError(`Cannot create the folder ${logDir}: ${detail}`, logDir, { cause: error });
  }
  const logDirInfo = await lstat(logDir);
  if (logDirInfo.isSymbolicLink() || !logDirInfo.isDirectory()) {
    throw new SummaryWriteError(
      `Cannot write the process log: ${logDir} is a symbolic link, and nothing is written through one (replace it by a folder)`,
      logDir,
    );
  }

  await withFileLock(`${files.log}.lock`, () => writeLocked(files, texts, maxLogBytes));
  return files;
}

/** The writes themselves, under the log's lock: append to the log, or rewrite it with older blocks dropped. */
async function writeLocked(files: WrittenFiles, texts: SummaryTexts, maxLogBytes: number): Promise<void> {
  const replacedLink = await isSymlink(files.log);
  const summaries = [
    [files.markdown, texts.markdown],
    [files.json, texts.json],
  ] as const;
  // An empty block (the watch rewriting a summary it already logged) leaves the log as it is.
  if (!replacedLink && texts.logBlock === '') return commit(await writeTemps(summaries));
  if (replacedLink) {
    const block = `${texts.logBlock.replace(/\n*$/, '\n')}\nNote: the previous ${PROCESS_LOG_FILE} was a symbolic link; it is replaced by this file and what it pointed to was not read\n`;
    return commit(await writeTemps([...summaries, [files.log, appendRunBlock('', block, maxLogBytes)]]));
  }
  // The usual case: the block fits under the cap, so it is appended, not the whole log rewritten
  // (8 MB read, written and flushed on every run of a large sweep). The append and the summaries'
  // temp files are written and flushed at the same time: on a network file system each flush is a
  // round trip to the server. The block is taken back out if the summaries then fail.
  const [appended, temps] = await Promise.allSettled([
    appendToLog(files.log, texts.logBlock, maxLogBytes),
    writeTemps(summaries),
  ]);
  const undo = appended.status === 'fulfilled' ? appended.value : null;
  if (appended.status === 'rejected' || temps.status === 'rejected') {
    if (temps.status === 'fulfilled') await discard(temps.value);
    if (undo) await undo();
    throw appended.status === 'rejected' ? appended.reason : (temps as PromiseRejectedResult).reason;
  }
  if (undo) {
    try {
      await commit(temps.value);
    } catch (error) {
      await undo();
      throw error;
    }
    return;
  }
  // The log must be rewritten: its tail, the oldest blocks dropped, then the block.
  let log: FileContent;
  let logTemp: Pending;
  try {
    const tail = await readLogTail(files.log, maxLogBytes);
    log =
      appendRunBlockBytes(tail.bytes, tail.cut, texts.logBlock, maxLogBytes) ??
      appendRunBlock(logTailText(tail.bytes, tail.cut), texts.logBlock, maxLogBytes);
    logTemp = { target: files.log, temp: await writeTemp(files.log, log) };
  } catch (error) {
    await discard(temps.value);
    throw error;
  }
  await commit([...temps.value, logTemp]);
}

/** A file's new content: text, bytes, or pieces of bytes written in order. */
type FileContent = string | Uint8Array | readonly Uint8Array[];

/** A temp file written and flushed in full, waiting to be renamed over its target. */
interface Pending {
  target: string;
  temp: string;
}

/**
 * Write every file to its own temp file, all at once. If one fails, the others' temp files are
 * removed and the first failure in the targets' order is thrown, so the error names the same file
 * however the writes interleaved.
 */
async function writeTemps(targets: ReadonlyArray<readonly [string, FileContent]>): Promise<Pending[]> {
  const written = await Promise.allSettled(targets.map(([target, text]) => writeTemp(target, text)));
  const failed = written.find((result) => result.status === 'rejected');
  const pending = written.flatMap((result, i) =>
    result.status === 'fulfilled' ? [{ target: targets[i]![0], temp: result.value }] : [],
  );
  if (failed) {
    await discard(pending);
    throw failed.reason;
  }
  return pending;
}

/** Rename each temp file over its target, in order; on a failure, the temp files not yet renamed are removed. */
async function commit(pending: Pending[]): Promise<void> {
  let done = 0;
  try {
    for (const next of pending) {
      try {
        // rename replaces a symbolic link itself, never the file it points to.
        await rename(next.temp, next.target);
      } catch (error) {
        throw new SummaryWriteError(`Cannot replace ${next.target}: ${reason(error)}`, next.target, {
          cause: error,
        });
      }
      done++;
    }
  } finally {
    await discard(pending.slice(done));
  }
}

async function discard(pending: readonly Pending[]): Promise<void> {
  await Promise.all(pending.map(({ temp }) => rm(temp, { force: true }).catch(() => undefined)));
}

/**
 * Write `text` to a new temp file next to `target` and flush it to disk. Returns the temp path; the
 * name matches the `*.tmp-*` ignore pattern. The name is only unique, not secret (Math.random, not
 * node:crypto, whose loading costs ~10 ms of every run): it is created exclusively, so a file already
 * there is never written through nor removed; another name is tried, a few times.
 */
async function writeTemp(target: string, text: FileContent): Promise<string> {
  let temp = '';
  let handle;
  for (let attempt = 1; !handle; attempt++) {
    temp = `${target}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
    try {
      handle = await open(temp, 'wx', 0o644);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && attempt < TEMP_ATTEMPTS) continue;
      throw new SummaryWriteError(`Cannot write ${target}: ${reason(error)}`, target, { cause: error });
    }
  }
  try {
    // Pieces one after another: each writeFile continues where the last one ended.
    for (const piece of Array.isArray(text) ? text : [text]) {
      await handle.writeFile(piece, 'utf8');
    }
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw new SummaryWriteError(`Cannot write ${target}: ${reason(error)}`, target, { cause: error });
  }
  await handle.close();
  return temp;
}

/** Temp names tried before a file in the way is an error. */
const TEMP_ATTEMPTS = 5;

/**
 * Appends a run block to the log in place when the log is a regular file that ends as this program
 * writes it (one newline) and the block fits under the cap: the result is what rewriting it would
 * give. Returns how to take the block back out, or null when the log must be rewritten instead.
 */
async function appendToLog(
  file: string,
  block: string,
  maxBytes: number,
): Promise<(() => Promise<void>) | null> {
  const normalized = appendRunBlock('', block, maxBytes);
  let handle;
  try {
    handle = await open(file, constants.O_RDWR | constants.O_APPEND | constants.O_NOFOLLOW);
  } catch {
    return null;
  }
  try {
    const { size } = await handle.stat();
    const appended = `\n${normalized}`;
    if (size < 2 || size + Buffer.byteLength(appended) > maxBytes) return null;
    const end = Buffer.alloc(2);
    await handle.read(end, 0, 2, size - 2);
    if (end[1] !== 0x0a || end[0] === 0x0a) return null;
    try {
      await handle.write(appended);
      await handle.sync();
    } catch (error) {
      await handle.truncate(size).catch(() => undefined);
      throw new SummaryWriteError(`Cannot write ${file}: ${reason(error)}`, file, { cause: error });
    }
    return async () => {
      const again = await open(file, constants.O_RDWR | constants.O_NOFOLLOW);
      await again.truncate(size).finally(() => again.close());
    };
  } finally {
    await handle.close();
  }
}

/**
 * The existing log's last `maxBytes` bytes (all that can survive the cap), and whether they start
 * mid-file. A missing log is empty; a log that is not a readable file is an error naming it.
 */
async function readLogTail(file: string, maxBytes: number): Promise<{ bytes: Buffer; cut: boolean }> {
  try {
    return await readFileTailBytes(file, maxBytes, { noFollow: true, ownFile: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ELOOP: it became a symbolic link after the check; its target is not read.
    if (code === 'ENOENT' || code === 'ELOOP') return { bytes: Buffer.alloc(0), cut: false };
    throw new SummaryWriteError(`Cannot read ${file}: ${reason(error)}`, file, { cause: error });
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  // Node's messages repeat the path; the caller's message already names the file.
  const short = message.replace(/^[A-Z]+: /, '').replace(/, \w+( '.*')?$/, '');
  return code && !short.startsWith(code) ? `${short} (${code})` : short;
}
