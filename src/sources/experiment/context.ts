// What every section reader of experiment_summary.yaml shares: the file, line numbers, the warnings
// so far, and small helpers over YAML nodes.
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { Diagnostic } from '../../diagnostic.js';
import { ExperimentError, HOW_TO_POINT } from './types.js';
import { parsePlainYaml } from './yaml-plain.js';
import { checkYamlText, resolveYamlAliases, YamlLimitError } from './yaml-resolve.js';

/** What every section reader shares: the file named in messages, its line numbers, the warnings so far. */
export class ReadContext {
  readonly lineCounter = new LineCounter();
  readonly warnings: Diagnostic[] = [];
  /** Warnings name the file as the researcher knows it, errors by its absolute path. */
  private readonly fileLabel: string;

  constructor(
    /** The YAML file, absolute. */
    readonly file: string,
  ) {
    this.fileLabel = path.basename(file);
  }

  lineAt(offset: number | undefined): number | undefined {
    return offset === undefined ? undefined : this.lineCounter.linePos(offset).line;
  }

  lineOf(node: unknown): number | undefined {
    return node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)
      ? this.lineAt(node.range[0] as number)
      : undefined;
  }

  /** A problem with one key: the message starts with the key path, the line is the node's. */
  warn(key: string, node: unknown, message: string): void {
    this.push(this.lineOf(node), `${key}: ${message}`, key);
  }

  /** A problem the YAML parser tolerated; it has a position but no key. */
  warnYaml(offset: number | undefined, message: string): void {
    this.push(this.lineAt(offset), `YAML: ${message}`);
  }

  /** No summary can be made; `file:line:` first, so an editor or terminal can jump there. */
  fatal(message: string, line: number | undefined): ExperimentError {
    return new ExperimentError(`${this.file}${line ? `:${line}` : ''}: ${message}`, this.file, line);
  }

  private push(line: number | undefined, message: string, key?: string): void {
    this.warnings.push({
      level: 'warning',
      file: this.fileLabel,
      ...(line === undefined ? {} : { line }),
      ...(key === undefined ? {} : { key }),
      message,
    });
  }
}

/** The top-level mapping; fatal when the text does not parse or holds no mapping. */
export function readRoot(context: ReadContext, text: string): YAMLMap {
  const source = text.replace(/^\uFEFF/, '');
  try {
    checkYamlText(source);
  } catch (error) {
    throw context.fatal(`YAML refused: ${(error as Error).message}`, undefined);
  }
  // The plain YAML these files are written in is read by a small reader that is fast on a cold
  // start; anything else (and every error) by the yaml library (see yaml-plain.ts).
  const plain = parsePlainYaml(source);
  if (plain) {
    for (const start of plain.lineStarts) context.lineCounter.addNewLine(start);
    return plain.root;
  }
  const doc = parseDocument(source, {
    lineCounter: context.lineCounter,
    prettyErrors: false,
  });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = context.lineAt(firstError.pos[0]);
    throw context.fatal(`YAML does not parse: ${firstLine(firstError.message)}`, line);
  }
  try {
    resolveYamlAliases(doc);
  } catch (error) {
    if (!(error instanceof YamlLimitError)) throw error;
    throw context.fatal(`YAML refused: ${error.message}`, undefined);
  }
  for (const warning of doc.warnings) context.warnYaml(warning.pos[0], firstLine(warning.message));
  const root = doc.contents;
  if (!isMap(root)) {
    const what = root === null ? 'is empty' : `is a ${describe(root)}, not a mapping`;
    // The whole file is wrong, not one line of it: the message names no line (the error keeps it).
    throw new ExperimentError(
      `${context.file}: the YAML ${what}, so it has no runs: ${HOW_TO_POINT}`,
      context.file,
      context.lineOf(root),
    );
  }
  return root;
}

export function child(map: YAMLMap, key: string): Node | null | undefined {
  for (const pair of map.items) {
    const pairKey = isScalar(pair.key) ? pair.key.value : pair.key;
    if (pairKey === key) return (pair.value as Node | null) ?? null;
  }
  return undefined;
}

export function optionalString(
  context: ReadContext,
  map: YAMLMap,
  key: string,
  keyPath: string,
): string | null {
  const node = child(map, key);
  if (node === undefined || node === null || isNullScalar(node)) return null;
  const text = scalarText(node);
  if (text === null) {
    context.warn(keyPath, node, `expected a string, got ${describeValue(node)}: ignored`);
    return null;
  }
  return text;
}

/** A scalar's value as text (numbers and booleans too); null for anything else. */
export function scalarText(node: unknown): string | null {
  if (!isScalar(node)) return null;
  const value = node.value;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return null;
}

/** A count of epochs or a 0-based epoch number. */
export function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

export function isStringScalar(node: unknown): boolean {
  return isScalar(node) && typeof node.value === 'string';
}

export function isNullScalar(node: unknown): boolean {
  return node === null || (isScalar(node) && node.value === null);
}

export function describe(node: unknown): string {
  if (isMap(node)) return 'mapping';
  if (isSeq(node)) return 'list';
  if (isScalar(node)) return node.value === null ? 'null' : typeof node.value;
  return 'value';
}

export function describeValue(node: unknown): string {
  if (node === undefined || node === null) return 'nothing';
  if (isScalar(node)) {
    if (node.value === null) return 'null';
    if (typeof node.value === 'string') return `the string ${JSON.stringify(truncate(node.value, 60))}`;
    return `${typeof node.value} ${String(node.value)}`;
  }
  return `a ${describe(node)}`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').trim();
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
