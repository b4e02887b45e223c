// Every input of the action, read once into one typed, validated object. Nothing else reads inputs.
import { createHash } from 'node:crypto';
import type { SacctSetting } from '../../sources/slurm/sacct.js';
import type { SqueueSetting } from '../../sources/slurm/squeue.js';
import { parseDuration } from '../../util/duration.js';
import { commentModes, failOnValues, Input } from './constants.js';

export type CommentMode = (typeof commentModes)[number];
export type FailOn = (typeof failOnValues)[number];

export interface ActionInputs {
  /** The experiment directory, or the path of its experiment_summary.yaml. */
  experimentPath: string;
  /** Empty when the workflow passes no token: comments are then skipped with a warning. */
  githubToken: string;
  jobSummary: boolean;
  comment: CommentMode;
  /** Already sanitised for the hidden marker; null = derive it from the experiment name. */
  commentKey: string | null;
  /** An explicit pull request; null = find it from the event and the commit. */
  prNumber: number | null;
  artifact: boolean;
  /** null = the default, unique per experiment, job and run attempt. */
  artifactName: string | null;
  /** null = the repository's default retention. */
  retentionDays: number | null;
  sacct: SacctSetting;
  squeue: SqueueSetting;
  /** Set with `wait: true`: watch until no run is RUNNING or PENDING (live mode). */
  wait: { intervalMs: number; timeoutMs: number | null } | null;
  failOn: FailOn;
  /** Mermaid charts in the summary, the job summary and the comment. */
  charts: boolean;
}

/** A bad input: the message names the input and what it accepts. */
export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0] : `Bad inputs:\n- ${problems.join('\n- ')}`);
    this.name = 'InputError';
  }
}

/** How an input is read: trimmed, '' when not given (the contract of @actions/core getInput). */
export type GetInput = (name: string) => string;

const trueValues = ['true', 'True', 'TRUE'];
const falseValues = ['false', 'False', 'FALSE'];

/**
 * Reads and validates all inputs. Collects every problem before throwing, so one failed run shows
 * all of them. `getInput` returns '' for inputs the workflow does not set (action.yml defaults are
 * applied by the runner before the action starts; the fallbacks below cover local runs).
 */
export function readActionInputs(getInput: GetInput): ActionInputs {
  const reader = new InputReader(getInput);
  const experimentPath = reader.read(Input.ExperimentPath);
  if (experimentPath === '') {
    reader.problems.push(
      `Input '${Input.ExperimentPath}' is required: the experiment directory (holding experiment_summary.yaml) or the path of that file.`,
    );
  }
  const commentKey = readCommentKey(reader);
  const artifactName = readArtifactName(reader);
  const inputs: ActionInputs = {
    experimentPath,
    githubToken: reader.read(Input.GitHubToken),
    jobSummary: reader.boolean(Input.JobSummary, true),
    comment: reader.choice(Input.Comment, commentModes, 'auto'),
    commentKey,
    prNumber: reader.positiveInteger(
      Input.PrNumber,
      Number.MAX_SAFE_INTEGER,
      'a pull request number such as 42',
    ),
    artifact: reader.boolean(Input.Artifact, true),
    artifactName,
    retentionDays: reader.positiveInteger(
      Input.RetentionDays,
      400,
      'a whole number of days from 1 to 400 (capped by the repository setting), or empty for the repository default',
    ),
    sacct: readSacct(reader),
    squeue: readSqueue(reader),
    wait: readWait(reader),
    failOn: reader.choice(Input.FailOn, failOnValues, 'never'),
    charts: reader.boolean(Input.Charts, true),
  };
  if (reader.problems.length > 0) throw new InputError(reader.problems);
  return inputs;
}

/** Reads inputs by kind, collecting every problem so that one run reports them all. */
class InputReader {
  readonly problems: string[] = [];
  constructor(private readonly getInput: GetInput) {}

  read(input: Input): string {
    return this.getInput(input).trim();
  }

  boolean(input: Input, fallback: boolean): boolean {
    const value = this.read(input);
    if (value === '') return fallback;
    if (trueValues.includes(value)) return true;
    if (falseValues.includes(value)) return false;
    this.problems.push(`Input '${input}' must be true or false (got '${value}').`);
    return fallback;
  }

  choice<T extends string>(input: Input, allowed: readonly T[], fallback: T): T {
    const value = this.read(input);
    if (value === '') return fallback;
    const match = allowed.find((candidate) => candidate === value.toLowerCase());
    if (match !== undefined) return match;
    this.problems.push(`Input '${input}' must be one of ${allowed.join(', ')} (got '${value}').`);
    return fallback;
  }

  positiveInteger(input: Input, max: number, what: string): number | null {
    const value = this.read(input).replace(/^#/, '');
    if (value === '') return null;
    const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(number) || number < 1 || number > max) {
      this.problems.push(`Input '${input}' must be ${what} (got '${this.read(input)}').`);
      return null;
    }
    return number;
  }
}

function readCommentKey(reader: InputReader): string | null {
  const input = reader.read(Input.CommentKey);
  if (input === '') return null;
  const commentKey = sanitizeCommentKey(input);
  if (commentKey !== '') return commentKey;
  reader.problems.push(
    `Input '${Input.CommentKey}' must contain at least one letter or digit (got '${input}').`,
  );
  return null;
}

function readArtifactName(reader: InputReader): string | null {
  const input = reader.read(Input.ArtifactName);
  if (input === '') return null;
  const forbidden = [...new Set(input.match(forbiddenArtifactNameCharacters) ?? [])];
  if (forbidden.length === 0) return input;
  reader.problems.push(
    `Input '${Input.ArtifactName}' must not contain ${forbidden.map(describeCharacter).join(', ')} (got '${input}'); artifact names cannot contain " : < > | * ? \\ / or line breaks.`,
  );
  return null;
}

function readSacct(reader: InputReader): SacctSetting {
  const input = reader.read(Input.Sacct);
  if (input === '' || input.toLowerCase() === 'auto') return { mode: 'auto' };
  if (input.toLowerCase() === 'off') return { mode: 'off' };
  return { mode: 'path', path: input };
}

function readSqueue(reader: InputReader): SqueueSetting {
  const input = reader.read(Input.Squeue);
  if (input === '' || input.toLowerCase() === 'auto') return { mode: 'auto' };
  if (input.toLowerCase() === 'off') return { mode: 'off' };
  return { mode: 'path', path: input };
}

/** wait, wait-interval (default 5m) and wait-timeout (default none); durations are checked even without wait. */
function readWait(reader: InputReader): ActionInputs['wait'] {
  const duration = (input: Input, fallback: string): number | null => {
    const given = reader.read(input);
    const value = given || fallback;
    if (value === '') return null;
    const seconds = parseDuration(value);
    if (seconds instanceof Error || seconds <= 0) {
      reader.problems.push(
        `Input '${input}' must be a duration such as 30s, 5m, 2h or a number of seconds (got '${given}').`,
      );
      return null;
    }
    return seconds;
  };
  const waiting = reader.boolean(Input.Wait, false);
  const interval = duration(Input.WaitInterval, '5m');
  const timeout = duration(Input.WaitTimeout, '');
  if (!waiting) return null;
  return { intervalMs: (interval ?? 300) * 1000, timeoutMs: timeout === null ? null : timeout * 1000 };
}

// Characters GitHub refuses in artifact names (the same list @actions/artifact validates).
const forbiddenArtifactNameCharacters = /[":<>|*?\r\n\\/]/g;

function describeCharacter(character: string): string {
  if (character === '\n') return 'a line break';
  if (character === '\r') return 'a carriage return';
  return `'${character}'`;
}

/** Longest comment key, in characters (code points), the hash suffix included. */
export const maxCommentKeyLength = 100;

// Kept as they are: letters, combining marks and digits of any script, and `. _ - / : @ + =`.
const commentKeyUnsafe = /[^\p{L}\p{M}\p{N}._/:@+=-]+/gu;

/**
 * Makes a comment key safe inside `<!-- summarize-experiment:{key} -->`: letters and digits of any
 * script and `. _ - / : @ + =` survive, other runs of characters become one '-', and runs of '-'
 * collapse, so the key can never contain `--`, `>` or a line break and never ends the HTML comment
 * early. A key that is already clean and short enough is kept exactly (so existing comments keep
 * matching); one that had to be changed or cut gets `-` and 8 hex digits of the SHA-256 of the key
 * as given, so `cap lora` and `cap-lora`, or two long names sharing their first 100 characters, stay
 * two comments. '' when no letter, digit or kept sign is left.
 */
export function sanitizeCommentKey(key: string): string {
  const clean = key
    .normalize('NFKC')
    .replace(commentKeyUnsafe, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
  if (clean === '') return '';
  const characters = [...clean];
  if (clean === key && characters.length <= maxCommentKeyLength) return clean;
  const suffix = `-${shortHash(key)}`;
  const kept = characters
    .slice(0, maxCommentKeyLength - suffix.length)
    .join('')
    .replace(/-+$/, '');
  return `${kept}${suffix}`;
}

/** 8 hex digits of the SHA-256 of the text: stable across runs, enough to tell keys apart. */
function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);
}

/**
 * The comment key when the input is empty: the experiment name, so two experiments get two comments
 * (two names with nothing usable in them still differ by their hash).
 */
export function defaultCommentKey(experimentName: string): string {
  const key = sanitizeCommentKey(experimentName);
  if (key !== '') return key;
  return experimentName === '' ? 'experiment' : `experiment-${shortHash(experimentName)}`;
}

/**
 * The artifact name when the input is empty: unique per experiment, job and run attempt, because
 * artifact names are immutable within a workflow run (a second upload under one name is a 409).
 */
export function defaultArtifactName(experimentName: string, job: string, runAttempt: number): string {
  const clean = (text: string) =>
    text
      .replace(forbiddenArtifactNameCharacters, '-')
      .replace(/\s+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-+|-+$/g, '');
  const parts = [
    'summary',
    clean(experimentName) || 'experiment',
    clean(job) || 'job',
    `attempt-${runAttempt}`,
  ];
  return parts.join('-');
}
