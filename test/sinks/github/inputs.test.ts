import { describe, expect, it } from 'vitest';
import { Input } from '../../../src/sinks/github/constants.js';
import {
  defaultArtifactName,
  defaultCommentKey,
  InputError,
  readActionInputs,
  sanitizeCommentKey,
} from '../../../src/sinks/github/inputs.js';

const given =
  (inputs: Record<string, string>) =>
  (name: string): string =>
    inputs[name] ?? '';

describe('reading the inputs', () => {
  it('only experiment-path given: every other input takes its documented default', () => {
    expect(readActionInputs(given({ [Input.ExperimentPath]: 'experiments/cap_4L' }))).toEqual({
      experimentPath: 'experiments/cap_4L',
      githubToken: '',
      jobSummary: true,
      comment: 'auto',
      commentKey: null,
      prNumber: null,
      artifact: true,
      artifactName: null,
      retentionDays: null,
      sacct: { mode: 'auto' },
      squeue: { mode: 'auto' },
      wait: null,
      failOn: 'never',
      charts: true,
    });
  });

  it('every input set, as a matrix job might', () => {
    const inputs = readActionInputs(
      given({
        'experiment-path': '/scratch/lab/cap_4L/experiment_summary.yaml',
        'github-token': 'ghp_personal',
        'job-summary': 'False',
        comment: 'ALWAYS',
        'comment-key': 'cap 4L / rank 8',
        'pr-number': '#42',
        artifact: 'false',
        'artifact-name': 'cap-4L-rank8',
        'retention-days': '14',
        sacct: '/opt/slurm/bin/sacct',
        squeue: '/opt/slurm/bin/squeue',
        wait: 'true',
        'wait-interval': '90',
        'wait-timeout': '12h',
        'fail-on': 'incomplete',
        charts: 'false',
      }),
    );
    expect(inputs).toEqual({
      experimentPath: '/scratch/lab/cap_4L/experiment_summary.yaml',
      githubToken: 'ghp_personal',
      jobSummary: false,
      comment: 'always',
      commentKey: expect.stringMatching(/^cap-4L-\/-rank-8-[0-9a-f]{8}$/),
      prNumber: 42,
      artifact: false,
      artifactName: 'cap-4L-rank8',
      retentionDays: 14,
      sacct: { mode: 'path', path: '/opt/slurm/bin/sacct' },
      squeue: { mode: 'path', path: '/opt/slurm/bin/squeue' },
      wait: { intervalMs: 90_000, timeoutMs: 12 * 3600 * 1000 },
      failOn: 'incomplete',
      charts: false,
    });
  });

  it('squeue: off, and wait: true with the default interval and no timeout', () => {
    const inputs = readActionInputs(given({ 'experiment-path': 'x', squeue: 'OFF', wait: 'true' }));
    expect(inputs.squeue).toEqual({ mode: 'off' });
    expect(inputs.wait).toEqual({ intervalMs: 300_000, timeoutMs: null });
  });

  it('bad wait durations name the input', () => {
    expect(() =>
      readActionInputs(
        given({ 'experiment-path': 'x', wait: 'yes', 'wait-interval': '5 min', 'wait-timeout': '0' }),
      ),
    ).toThrow(
      [
        'Bad inputs:',
        "- Input 'wait' must be true or false (got 'yes').",
        "- Input 'wait-interval' must be a duration such as 30s, 5m, 2h or a number of seconds (got '5 min').",
        "- Input 'wait-timeout' must be a duration such as 30s, 5m, 2h or a number of seconds (got '0').",
      ].join('\n'),
    );
  });

  it('sacct: off turns accounting off', () => {
    expect(readActionInputs(given({ 'experiment-path': 'x', sacct: 'off' })).sacct).toEqual({ mode: 'off' });
  });

  it('a missing experiment-path is an error naming the input', () => {
    expect(() => readActionInputs(given({}))).toThrow(/Input 'experiment-path' is required/);
  });

  it('every bad input is reported at once, each naming the input and the allowed values', () => {
    let error: unknown;
    try {
      readActionInputs(
        given({
          'experiment-path': 'x',
          comment: 'sometimes',
          'fail-on': 'warnings',
          'job-summary': 'yes',
          'pr-number': 'latest',
          'retention-days': '0',
          'artifact-name': 'a/b:c',
          'comment-key': '-->',
        }),
      );
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    const problems = (error as InputError).problems;
    expect(problems).toHaveLength(7);
    expect(problems).toContain("Input 'comment' must be one of auto, always, off (got 'sometimes').");
    expect(problems).toContain("Input 'fail-on' must be one of never, incomplete, failed (got 'warnings').");
    expect(problems).toContain("Input 'job-summary' must be true or false (got 'yes').");
    expect(problems).toContain("Input 'pr-number' must be a pull request number such as 42 (got 'latest').");
    expect(problems).toContain("Input 'comment-key' must contain at least one letter or digit (got '-->').");
    expect(
      problems.some((problem) =>
        /^Input 'retention-days' must be a whole number of days from 1 to 400/.test(problem),
      ),
    ).toBe(true);
    expect(
      problems.some((problem) => /^Input 'artifact-name' must not contain '\/', ':'/.test(problem)),
    ).toBe(true);
    expect((error as InputError).message.split('\n')[0]).toBe('Bad inputs:');
  });
});

describe('derived names', () => {
  it('the default comment key is the experiment name, made safe for the marker', () => {
    expect(defaultCommentKey('cap_4L_lora_comparison_2025-10-18')).toBe('cap_4L_lora_comparison_2025-10-18');
    expect(defaultCommentKey('my experiment -- v2')).toMatch(/^my-experiment-v2-[0-9a-f]{8}$/);
    expect(defaultCommentKey('***')).toMatch(/^experiment-[0-9a-f]{8}$/);
    expect(defaultCommentKey('***')).not.toBe(defaultCommentKey('???'));
    expect(defaultCommentKey('')).toBe('experiment');
  });

  it('comment keys keep letters, digits and . _ - / : @ + = and never hold "--", ">" or a line break', () => {
    expect(sanitizeCommentKey('model=llama-3.2/rank:8')).toBe('model=llama-3.2/rank:8');
    expect(sanitizeCommentKey('a-->b')).toMatch(/^a-b-[0-9a-f]{8}$/);
    expect([...sanitizeCommentKey('x'.repeat(300))]).toHaveLength(100);
    const nasty = [
      'evil --> <b>',
      'line\nbreak',
      `${'a'.repeat(90)} -- ${'b'.repeat(20)}`,
      '-'.repeat(5) + 'x',
    ];
    for (const key of nasty) {
      const clean = sanitizeCommentKey(key);
      expect(clean, key).not.toMatch(/--|>|\n|^-|-$/);
      expect([...clean].length, key).toBeLessThanOrEqual(100);
    }
  });

  it('experiment names in any script are kept as they are, so existing comments keep matching', () => {
    for (const name of ['实验一', 'Größe_v2', 'эксперимент-1', 'cap_4L_lora', 'हिन्दी']) {
      expect(defaultCommentKey(name)).toBe(name);
    }
  });

  it('distinct experiment names never share a comment key', () => {
    const names = [
      '实验一',
      '实验二',
      'cap lora',
      'cap-lora',
      'cap_lora',
      'cap  lora',
      `${'a'.repeat(100)}_x`,
      `${'a'.repeat(100)}_y`,
      '***',
      '???',
    ];
    const keys = names.map(defaultCommentKey);
    expect(new Set(keys).size).toBe(names.length);
    // Stable: the next run of the same experiment finds the same comment.
    expect(names.map(defaultCommentKey)).toEqual(keys);
  });

  it('the default artifact name is unique per experiment, job and run attempt, and valid', () => {
    expect(defaultArtifactName('cap_4L_lora', 'summarize', 2)).toBe(
      'summary-cap_4L_lora-summarize-attempt-2',
    );
    expect(defaultArtifactName('a/b: c', 'job', 1)).toBe('summary-a-b-c-job-attempt-1');
  });
});
