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
  /** Set with `wait: true`: watch until no run is RUNNING or PENDING. */
  wait: { intervalMs: number; timeoutMs: number | null } | null;
  failOn: FailOn;
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
  const problems: string[] = [];
  const read = (input: Input): string => getInput(input).trim();

  const experimentPath = read(Input.ExperimentPath);
  if (experimentPath === '') {
    problems.push(
      `Input '${Input.ExperimentPath}' is required: the experiment directory (holding experiment_summary.yaml) or the path of that file.`,
    );
  }

  const readBoolean = (input: Input, fallback: boolean): boolean => {
    const value = read(input);
    if (value === '') return fallback;
    if (trueValues.includes(value)) return true;
    if (falseValues.includes(value)) return false;
    problems.push(`Input '${input}' must be true or false (got '${value}').`);
    return fallback;
  };

  const readChoice = <T extends string>(input: Input, allowed: readonly T[], fallback: T): T => {
    const value = read(input);
    if (value === '') return fallback;
    const match = allowed.find((candidate) => candidate === value.toLowerCase());
    if (match !== undefined) return match;
    problems.push(`Input '${input}' must be one of ${allowed.join(', ')} (got '${value}').`);
    return fallback;
  };

  const readPositiveInteger = (input: Input, max: number, what: string): number | null => {
    const value = read(input).replace(/^#/, '');
    if (value === '') return null;
    const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(number) || number < 1 || number > max) {
      problems.push(`Input '${input}' must be ${what} (got '${read(input)}').`);
      return null;
    }
    return number;
  };

  const commentKeyInput = read(Input.CommentKey);
  let commentKey: string | null = null;
  if (commentKeyInput !== '') {
    commentKey = sanitizeCommentKey(commentKeyInput);
    if (commentKey === '') {
      problems.push(
        `Input '${Input.CommentKey}' must contain at least one letter or digit (got '${commentKeyInput}').`,
      );
      commentKey = null;
    }
  }

  const artifactNameInput = read(Input.ArtifactName);
  let artifactName: string | null = null;
  if (artifactNameInput !== '') {
    const forbidden = [...new Set(artifactNameInput.match(forbiddenArtifactNameCharacters) ?? [])];
    if (forbidden.length > 0) {
      problems.push(
        `Input '${Input.ArtifactName}' must not contain ${forbidden.map(describeCharacter).join(', ')} (got '${artifactNameInput}'); artifact names cannot contain " : < > | * ? \\ / or line breaks.`,
      );
    } else {
      artifactName = artifactNameInput;
    }
  }

  const sacctInput = read(Input.Sacct);
  let sacct: SacctSetting;
  if (sacctInput === '' || sacctInput.toLowerCase() === 'auto') sacct = { mode: 'auto' };
  else if (sacctInput.toLowerCase() === 'off') sacct = { mode: 'off' };
  else sacct = { mode: 'path', path: sacctInput };

  const squeueInput = read(Input.Squeue);
  let squeue: SqueueSetting;
  if (squeueInput === '' || squeueInput.toLowerCase() === 'auto') squeue = { mode: 'auto' };
  else if (squeueInput.toLowerCase() === 'off') squeue = { mode: 'off' };
  else squeue = { mode: 'path', path: squeueInput };

  const readDuration = (input: Input, fallback: string): number | null => {
    const value = read(input) || fallback;
    if (value === '') return null;
    const seconds = parseDuration(value);
    if (seconds instanceof Error || seconds <= 0) {
      problems.push(
        `Input '${input}' must be a duration such as 30s, 5m, 2h or a number of seconds (got '${read(input)}').`,
      );
      return null;
    }
    return seconds;
  };
  const waiting = readBoolean(Input.Wait, false);
  const intervalS = readDuration(Input.WaitInterval, '5m');
  const timeoutS = readDuration(Input.WaitTimeout, '');
  const wait = waiting
    ? { intervalMs: (intervalS ?? 300) * 1000, timeoutMs: timeoutS === null ? null : timeoutS * 1000 }
    : null;

  const inputs: ActionInputs = {
    experimentPath,
    githubToken: read(Input.GitHubToken),
    jobSummary: readBoolean(Input.JobSummary, true),
    comment: readChoice(Input.Comment, commentModes, 'auto'),
    commentKey,
    prNumber: readPositiveInteger(
      Input.PrNumber,
      Number.MAX_SAFE_INTEGER,
      'a pull request number such as 42',
    ),
    artifact: readBoolean(Input.Artifact, true),
    artifactName,
    retentionDays: readPositiveInteger(
      Input.RetentionDays,
      400,
      'a whole number of days from 1 to 400 (capped by the repository setting), or empty for the repository default',
    ),
    sacct,
    squeue,
    wait,
    failOn: readChoice(Input.FailOn, failOnValues, 'never'),
  };
  if (problems.length > 0) throw new InputError(problems);
  return inputs;
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
