import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  SACCT_DELIMITER,
  normaliseSlurmState,
  parseSacctOutput,
  parseSlurmElapsed,
  querySacct,
  sacctArguments,
} from '../../../src/sources/slurm/sacct.js';
import { fakeSacct as makeFakeSacct } from '../../helpers/fake-sacct.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'fake-sacct-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const fakeSacct = (spec: Parameters<typeof makeFakeSacct>[1]) => makeFakeSacct(root, spec);

/** Alive and not a zombie (a killed orphan may wait a moment to be reaped). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  return !/^\d+ \(.*\) [ZX]/.test(stat);
}

const D = SACCT_DELIMITER;
const row = (...cells: string[]): string => cells.join(D);

describe('the one batched sacct call', () => {
  const savedPath = process.env.PATH;
  afterEach(() => {
    process.env.PATH = savedPath;
  });

  it('runs sacct from PATH once for all jobs, with an argument array and a delimiter no job name holds', async () => {
    const fake = await fakeSacct({
      stdout: [
        row('123', 'Llama-3.2-1B-Instruct_rank4', 'COMPLETED', '00:08:15', '0:0'),
        row('123.batch', 'batch', 'COMPLETED', '00:08:15', '0:0'),
        row('123.extern', 'extern', 'COMPLETED', '00:08:15', '0:0'),
        row('124', 'eval-capitalization-Llama-3.2-1B-Instruct_rank4-ep0', 'RUNNING', '00:01:02', '0:0'),
        '',
      ].join('\n'),
    });
    process.env.PATH = `${fake.dir}${delimiter}${savedPath}`;
    const result = await querySacct(['123', '124']);
    expect(await fake.argv()).toEqual([
      '-j',
      '123,124',
      '--format=JobID,JobName,State,Elapsed,ExitCode,JobIDRaw',
      '--parsable2',
      '--noheader',
      `--delimiter=${D}`,
    ]);
    expect(result.warning).toBeNull();
    expect(result.jobs.get('123')).toEqual({
      jobId: '123',
      jobName: 'Llama-3.2-1B-Instruct_rank4',
      state: 'COMPLETED',
      rawState: 'COMPLETED',
      elapsedSeconds: 495,
      exitCode: { exitStatus: 0, signal: 0 },
      steps: [
        {
          stepId: '123.batch',
          jobName: 'batch',
          state: 'COMPLETED',
          rawState: 'COMPLETED',
          elapsedSeconds: 495,
          exitCode: { exitStatus: 0, signal: 0 },
        },
        {
          stepId: '123.extern',
          jobName: 'extern',
          state: 'COMPLETED',
          rawState: 'COMPLETED',
          elapsedSeconds: 495,
          exitCode: { exitStatus: 0, signal: 0 },
        },
      ],
    });
    // 51 characters: longer than the manual workflow's JobName%50 column, kept whole.
    expect(result.jobs.get('124')?.jobName).toBe('eval-capitalization-Llama-3.2-1B-Instruct_rank4-ep0');
    expect(result.jobs.get('124')?.state).toBe('RUNNING');
  });

  it('parses the real row forms: array tasks, srun steps, CANCELLED by N, days, INVALID, signals', async () => {
    const fake = await fakeSacct({
      stdout: [
        row('1004672_0', 'mnist_c3_r3_lr30_v', 'TIMEOUT', '03:00:26', '0:0'),
        row('1004672_0.batch', 'batch', 'CANCELLED', '03:00:27', '0:15'),
        row('1004672_0.extern', 'extern', 'COMPLETED', '03:00:26', '0:0'),
        row('1004672_0.0', 'python', 'CANCELLED', '03:00:22', '0:15'),
        row('67', 'w31-repair2', 'CANCELLED by 1000', '1-00:00:29', '0:0'),
        row('12345_2', 'big', 'OUT_OF_MEMORY', '00:10:00', '0:125'),
        row('555', 'cuda', 'FAILED', '00:00:41', '1:0'),
        row('9_[1-3]', 'sweep', 'PENDING', '00:00:00', '0:0'),
        row('77', 'odd', 'COMPLETED', 'INVALID', ''),
        '',
      ].join('\n'),
    });
    const result = await querySacct(['1004672_0', '67', '12345_2', '555', '9', '77'], {
      sacctPath: fake.path,
    });
    expect(result.warning).toBeNull();
    const timeout = result.jobs.get('1004672_0');
    expect(timeout).toMatchObject({
      state: 'TIMEOUT',
      elapsedSeconds: 10_826,
      exitCode: { exitStatus: 0, signal: 0 },
    });
    expect(timeout?.steps.map((s) => [s.stepId, s.state, s.exitCode?.signal])).toEqual([
      ['1004672_0.batch', 'CANCELLED', 15],
      ['1004672_0.extern', 'COMPLETED', 0],
      ['1004672_0.0', 'CANCELLED', 15],
    ]);
    expect(result.jobs.get('67')).toMatchObject({
      state: 'CANCELLED',
      rawState: 'CANCELLED by 1000',
      elapsedSeconds: 86_429,
    });
    expect(result.jobs.get('12345_2')).toMatchObject({
      state: 'OUT_OF_MEMORY',
      exitCode: { exitStatus: 0, signal: 125 },
    });
    expect(result.jobs.get('555')).toMatchObject({ state: 'FAILED', exitCode: { exitStatus: 1, signal: 0 } });
    expect(result.jobs.get('9_[1-3]')).toMatchObject({ state: 'PENDING' });
    expect(result.jobs.get('77')).toMatchObject({ elapsedSeconds: null, exitCode: null });
  });

  it('keeps a job name that contains | and even the delimiter itself whole', async () => {
    const fake = await fakeSacct({
      stdout: `${row('88', 'a|b c', 'COMPLETED', '00:00:01', '0:0')}\n${row('89', `x${D}y`, 'FAILED', '00:00:02', '2:0')}\n`,
    });
    const result = await querySacct(['88', '89'], { sacctPath: fake.path });
    expect(result.jobs.get('88')?.jobName).toBe('a|b c');
    expect(result.jobs.get('89')).toMatchObject({ jobName: `x${D}y`, state: 'FAILED' });
  });

  it('reads a fixed-width table (a site wrapper ignoring --parsable2) and warns that names are cut', async () => {
    const fake = await fakeSacct({
      stdout: [
        'JobID           JobName      State    Elapsed ExitCode ',
        '------------ ---------- ---------- ---------- -------- ',
        '123          torchtune+    TIMEOUT   04:00:17      0:0 ',
        '123.batch         batch  CANCELLED   04:00:18     0:15 ',
        '123.extern       extern  COMPLETED   04:00:17      0:0 ',
        '67           w31-repai+ CANCELLED+   00:05:00      0:0 ',
        '',
      ].join('\n'),
    });
    const result = await querySacct(['123', '67'], { sacctPath: fake.path });
    expect(result.jobs.get('123')).toMatchObject({
      jobName: 'torchtune+',
      state: 'TIMEOUT',
      elapsedSeconds: 14_417,
    });
    expect(result.jobs.get('123')?.steps).toHaveLength(2);
    expect(result.jobs.get('67')).toMatchObject({ state: 'CANCELLED', rawState: 'CANCELLED+' });
    expect(result.warning).toMatch(/fixed-width table.*cut/);
  });

  it('an unknown or not-yet-recorded job is simply absent (empty output, exit 0)', async () => {
    const fake = await fakeSacct({ stdout: '' });
    expect(await querySacct(['999'], { sacctPath: fake.path })).toEqual({ jobs: new Map(), warning: null });
  });

  it('warns, and returns no jobs, when accounting is disabled (stderr, exit 1)', async () => {
    const fake = await fakeSacct({ stderr: 'Slurm accounting storage is disabled\n', exitCode: 1 });
    const result = await querySacct(['1'], { sacctPath: fake.path });
    expect(result.jobs.size).toBe(0);
    expect(result.warning).toMatch(/^SLURM accounting is disabled on this cluster/);
  });

  it('warns, naming the database error, when slurmdbd cannot be reached (exit 1)', async () => {
    const fake = await fakeSacct({
      stderr: [
        'sacct: error: slurm_persist_conn_open_without_init: failed to open persistent connection to host:dbd01:6819: Connection refused',
        'sacct: error: Sending PersistInit msg: Connection refused',
        'sacct: error: Problem talking to the database: Connection refused',
        '',
      ].join('\n'),
      exitCode: 1,
    });
    const result = await querySacct(['1'], { sacctPath: fake.path });
    expect(result.jobs.size).toBe(0);
    expect(result.warning).toMatch(
      /^sacct could not reach the SLURM accounting database \(sacct: error: slurm_persist_conn/,
    );
  });

  it('warns with the first stderr line on any other non-zero exit', async () => {
    const fake = await fakeSacct({ stderr: '\nsacct: fatal: Bad job/step specified: 1\n', exitCode: 3 });
    expect((await querySacct(['1'], { sacctPath: fake.path })).warning).toBe(
      'sacct exited with code 3: sacct: fatal: Bad job/step specified: 1; job states come from the files only',
    );
  });

  it('warns when sacct dies from a signal', async () => {
    const fake = await fakeSacct({ body: "process.kill(process.pid, 'SIGKILL');" });
    expect((await querySacct(['1'], { sacctPath: fake.path })).warning).toMatch(
      /^sacct was killed by SIGKILL/,
    );
  });

  it('warns, and returns no jobs, when the output is garbage', async () => {
    const fake = await fakeSacct({ stdout: '<html>Service Unavailable</html>\n\u0000\u0001binary\n' });
    const result = await querySacct(['1'], { sacctPath: fake.path });
    expect(result.jobs.size).toBe(0);
    expect(result.warning).toMatch(
      /^sacct printed 2 line\(s\) that could not be read, e\.g\. "<html>Service Unavailable<\/html>"/,
    );
  });

  it('keeps the readable rows and warns about the others', async () => {
    const fake = await fakeSacct({
      stdout: `${row('5', 'ok', 'COMPLETED', '00:00:05', '0:0')}\nsacct: warning: something odd\n`,
    });
    const result = await querySacct(['5'], { sacctPath: fake.path });
    expect(result.jobs.get('5')?.state).toBe('COMPLETED');
    expect(result.warning).toMatch(/1 line\(s\) that could not be read/);
  });

  it('stops a hanging sacct after the timeout, killing it and its children', async () => {
    const pidFile = join(root, 'grandchild.pid');
    const fake = await fakeSacct({
      body: [
        "const { spawn } = require('child_process');",
        // A wrapper's child that keeps the output pipe open.
        "const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'inherit' });",
        `require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(child.pid));`,
        'setInterval(() => {}, 1000);',
      ].join('\n'),
    });
    const started = Date.now();
    const result = await querySacct(['1'], { sacctPath: fake.path, timeoutMs: 1500 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result).toEqual({
      jobs: new Map(),
      warning: 'sacct did not answer within 1.5 s and was stopped; job states come from the files only',
    });
    const grandchild = Number(await readFile(pidFile, 'utf8'));
    await new Promise((r) => setTimeout(r, 200));
    expect(isAlive(grandchild)).toBe(false);
  });

  it('warns when sacct is not installed (not on PATH)', async () => {
    process.env.PATH = join(root, 'empty-bin');
    expect(await querySacct(['1'])).toEqual({
      jobs: new Map(),
      warning: 'sacct is not installed or not on PATH; job states come from the files only',
    });
  });

  it('warns when the configured sacct does not exist or cannot be run', async () => {
    const missing = join(root, 'no-such', 'sacct');
    expect((await querySacct(['1'], { sacctPath: missing })).warning).toBe(
      `sacct not found at ${missing}; job states come from the files only`,
    );
    const fake = await fakeSacct({});
    await chmod(fake.path, 0o644);
    expect((await querySacct(['1'], { sacctPath: fake.path })).warning).toMatch(
      /cannot be run \(permission denied\)/,
    );
  });

  it('passes only SLURM job ids (digits and _), warning about the rest; none left → no call at all', async () => {
    const fake = await fakeSacct({ stdout: `${row('123', 'r', 'COMPLETED', '00:00:01', '0:0')}\n` });
    const result = await querySacct(['123', '12;rm -rf ~', '--help', '5_2', '123'], { sacctPath: fake.path });
    expect((await fake.argv())[1]).toBe('123,5_2');
    expect(result.jobs.get('123')?.state).toBe('COMPLETED');
    expect(result.warning).toBe('ignored job id(s) that are not SLURM ids: "12;rm -rf ~", "--help"');

    const untouched = await fakeSacct({});
    expect(await querySacct(['abc'], { sacctPath: untouched.path })).toEqual({
      jobs: new Map(),
      warning: 'ignored job id(s) that are not SLURM ids: "abc"',
    });
    expect(await querySacct([], { sacctPath: untouched.path })).toEqual({ jobs: new Map(), warning: null });
    expect(existsSync(join(untouched.dir, 'argv.json'))).toBe(false);
  });
});

describe('sacct cells', () => {
  it.each([
    ['00:08:15', 495],
    ['04:00:17', 14_417],
    ['1-00:00:29', 86_429],
    ['12-23:59:59', 12 * 86_400 + 86_399],
    ['05:30', 330],
    ['00:00:01.500', 1.5],
    ['INVALID', null],
    ['UNLIMITED', null],
    ['', null],
  ])('Elapsed %s → %s', (text, seconds) => {
    expect(parseSlurmElapsed(text)).toBe(seconds);
  });

  it.each([
    ['CANCELLED by 1000', 'CANCELLED'],
    ['CANCELLED+', 'CANCELLED'],
    ['OUT_OF_MEMORY', 'OUT_OF_MEMORY'],
    ['NODE_FAIL', 'NODE_FAIL'],
    ['running', 'RUNNING'],
    ['WEIRD', 'UNKNOWN'],
  ])('State %s → %s', (raw, state) => {
    expect(normaliseSlurmState(raw)).toBe(state);
  });

  it('a step row whose allocation row is missing is dropped rather than invented', () => {
    const result = parseSacctOutput(row('7.batch', 'batch', 'FAILED', '00:00:01', '1:0'));
    expect(result.jobs.size).toBe(0);
  });

  it('sacctArguments is the documented call', () => {
    expect(sacctArguments(['1', '2_3']).slice(0, 5)).toEqual([
      '-j',
      '1,2_3',
      '--format=JobID,JobName,State,Elapsed,ExitCode,JobIDRaw',
      '--parsable2',
      '--noheader',
    ]);
  });
});

describe('array jobs, odd names and odd bytes', () => {
  const D = SACCT_DELIMITER;
  it('finds an array task by its JobID (123_4, slurm-%A_%a.out) and by its JobIDRaw (slurm-%j.out)', () => {
    const { jobs } = parseSacctOutput(
      [
        `1004672_0${D}mnist${D}TIMEOUT${D}03:00:26${D}0:0${D}1004673`,
        `1004672_0.batch${D}batch${D}CANCELLED${D}03:00:27${D}0:15${D}1004673.batch`,
        `1004672_3${D}mnist${D}COMPLETED${D}01:00:00${D}0:0${D}1004675`,
        `99${D}plain${D}FAILED${D}00:00:05${D}1:0${D}99`,
      ].join('\n'),
    );
    expect(jobs.get('1004672_0')?.state).toBe('TIMEOUT');
    expect(jobs.get('1004673')).toBe(jobs.get('1004672_0'));
    expect(jobs.get('1004673')?.steps.map((step) => step.stepId)).toEqual(['1004672_0.batch']);
    expect(jobs.get('1004675')?.state).toBe('COMPLETED');
    expect(jobs.get('99')?.state).toBe('FAILED');
  });

  it('reads rows without the JobIDRaw column as before', () => {
    const { jobs } = parseSacctOutput(`7${D}x${D}COMPLETED${D}00:00:05${D}0:0\n`);
    expect(jobs.get('7')?.state).toBe('COMPLETED');
  });

  it('keeps a job name holding \\r or U+2028 in one row', () => {
    const { jobs } = parseSacctOutput(
      `8${D}eval-cap\rx-r-ep1${D}RUNNING${D}00:01:00${D}0:0${D}8\n9${D}eval-cap\u2028y-ep0${D}PENDING${D}${D}0:0${D}9\n`,
    );
    expect(jobs.get('8')?.jobName).toBe('eval-cap\rx-r-ep1');
    expect(jobs.get('9')?.jobName).toBe('eval-cap\u2028y-ep0');
  });
});

describe('undecodable sacct output', () => {
  it('names the bytes instead of passing U+FFFD on', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sacct-bytes-'));
    try {
      const fake = await makeFakeSacct(dir, {
        body: `process.stdout.write(Buffer.concat([Buffer.from('5${SACCT_DELIMITER}caf'), Buffer.from([0xe9]), Buffer.from('${SACCT_DELIMITER}COMPLETED${SACCT_DELIMITER}00:00:05${SACCT_DELIMITER}0:0${SACCT_DELIMITER}5\\n')]));`,
      });
      const result = await querySacct(['5'], { sacctPath: fake.path });
      expect(result.jobs.get('5')?.jobName).toBe('caf\\xE9');
      expect(JSON.stringify([...result.jobs.values()])).not.toContain('\uFFFD');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
