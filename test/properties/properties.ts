// The property-based checks (fast-check), shared by `npm test` (a bounded number of cases) and
// `npm run fuzz` (as many cases as fit in a given time). Each property is async and throws on a
// counterexample; fast-check shrinks it to a small one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { buildCommentBody, commentMarker } from '../../src/sinks/github/comment.js';
import type { ExperimentSummary } from '../../src/model/summary.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderJson } from '../../src/render/json.js';
import { ZipArchive, ZipError } from '../../src/sources/inspect/zip/index.js';
import { readFinalLoss } from '../../src/sources/slurm/training-log.js';
import { completeSweep, partialSweep } from '../fixtures/summaries.js';
import { buildEvalLog } from '../../scripts/lib/eval-log.js';
import { blockStarts, liveAutolinks } from '../render/autolinks.js';
import { tables, withoutCodeSpans } from '../render/gfm.js';
import { libraryReading, plainReading } from '../helpers/yaml-tree.js';

export interface PropertyCase {
  name: string;
  property: fc.IAsyncProperty<unknown[]> | fc.IProperty<unknown[]>;
}

// ---------------------------------------------------------------------------------------------
// Markdown on arbitrary names.

/** Fragments that try every trick, mixed with arbitrary Unicode (controls, bidi, surrogates included). */
const HOSTILE = [
  '@octocat',
  '@org/team',
  '#12',
  'owner/repo#1',
  'GH-1',
  'www.example.com',
  'https://x.example',
  'admin@example.com',
  '# Big',
  '1. x',
  '> q',
  '- l',
  '+ l',
  '|',
  '\n',
  '\r',
  '`',
  '``',
  '<',
  '>',
  '-->',
  '<!--',
  '&amp;',
  '&#64;',
  '\\',
  '*',
  '_',
  '[a](b)',
  '![i](x)',
  '$m$',
  '~~',
  '\u0000',
  '\u001b[2J',
  '\u202e',
  '\u2066',
  '\u2028',
  '\uFFFD',
  '\ud800',
  'deadbeef123',
  '   ',
  '    code',
  '\t',
  ':+1:',
  '<img src=x>',
  '<details>',
  'mailto:a@b.c',
];
export const hostileName = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 6 })), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => parts.join(''));

const HEADINGS = new Set([
  '# Experiment Summary',
  '## Run Status',
  '## Training Results',
  '## Evaluation Results',
  '## Incomplete Runs',
  '## Troubleshooting',
  '## Next Steps',
  '## Warnings',
]);

/** A summary whose every name and message comes from `names`. */
function summaryWith(names: string[]): ExperimentSummary {
  const summary = partialSweep();
  const pick = (i: number): string => names[i % names.length] ?? 'x';
  let i = 0;
  const rename = new Map<string, string>();
  const nameOf = (old: string): string => {
    if (!rename.has(old)) rename.set(old, pick(i++));
    return rename.get(old)!;
  };
  summary.experiment.name = pick(i++);
  for (const run of summary.runs) {
    run.name = nameOf(run.name);
    if (run.finetune.reason) run.finetune.reason = pick(i++);
  }
  for (const row of summary.training) row.run = nameOf(row.run);
  for (const row of summary.evaluations) {
    row.run = nameOf(row.run);
    row.task = nameOf(row.task);
    if (row.error) row.error = pick(i++);
  }
  for (const row of summary.best) {
    row.run = nameOf(row.run);
    row.task = nameOf(row.task);
  }
  for (const row of summary.incomplete) {
    row.run = nameOf(row.run);
    row.notes = pick(i++);
  }
  summary.warnings = names.map((name, k) => ({ level: 'warning', file: k % 2 ? name : null, message: name }));
  return summary;
}

/** Trusted HTML lines the renderer writes itself (the collapsible charts section). */
const TRUSTED_HTML = new Set(['<details>', '</details>', '<summary>Charts</summary>']);

/**
 * The markdown with fenced code blocks (the mermaid charts) replaced by one placeholder line each:
 * GitHub links nothing inside them. A fence that is never closed is a problem of its own.
 */
function withoutFences(markdown: string, problems: string[]): string {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const opener = /^(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === null && opener) {
      fence = opener;
      out.push('<fence/>');
    } else if (fence !== null && line.startsWith(fence) && line.trim() === fence) fence = null;
    else if (fence === null) out.push(line);
  }
  if (fence !== null) problems.push('a code fence is never closed');
  return out.join('\n');
}

/** Everything wrong with a rendered summary: broken tables, live links, blocks, unsafe characters. */
export function markdownProblems(markdown: string): string[] {
  const problems: string[] = [];
  try {
    tables(markdown);
  } catch (error) {
    problems.push(`table: ${(error as Error).message}`);
  }
  const prose = withoutFences(markdown, problems);
  problems.push(...liveAutolinks(prose));
  for (const line of prose.split('\n')) {
    if (line === '<fence/>' || TRUSTED_HTML.has(line)) continue;
    // Chart headings (`#### {task}: …`) are the renderer's; the task in them is escaped.
    const heading = HEADINGS.has(line) || /^#### \S/.test(line);
    if (line.startsWith('#') ? !heading : blockStarts(line).length > 0) problems.push(`block: ${line}`);
    if (/^\s*(?:<|>)/.test(line)) problems.push(`html or quote: ${line}`);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029\uFFFD]/.test(markdown))
    problems.push('control, bidi or U+FFFD character');
  // Code spans show their text literally; everywhere else no tag or comment may open or close.
  const html = withoutCodeSpans(prose).replaceAll('<code/>', '').replaceAll('<fence/>', '');
  const untrusted = html
    .split('\n')
    .filter((line) => !TRUSTED_HTML.has(line))
    .join('\n');
  if (/<!--|-->|<[a-z!/]/i.test(untrusted)) problems.push('HTML tag or comment');
  return problems;
}

const markdownOnArbitraryNames = fc.property(
  fc.array(hostileName, { minLength: 1, maxLength: 8 }),
  (names) => {
    const summary = summaryWith(names);
    const markdown = renderMarkdown(summary);
    const problems = markdownProblems(markdown);
    if (problems.length > 0) throw new Error(`${problems.join('\n')}\n---\n${markdown}`);
    // The PR comment: its hidden marker is the only comment and is never closed early.
    const marker = commentMarker('key');
    const body = buildCommentBody('key', (options) => renderMarkdown(summary, options), '*footer*');
    if (
      !body.startsWith(marker) ||
      body.indexOf('-->') !== marker.length - 3 ||
      withoutCodeSpans(body).lastIndexOf('<!--') !== 0
    )
      throw new Error(`comment marker broken:\n${body}`);
    // summary.json: strict JSON, names verbatim, no raw control characters.
    const json = renderJson(summary);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(json.replace(/\n/g, '')))
      throw new Error('raw control in JSON');
    const parsed = JSON.parse(json) as { experiment: { name: string } };
    if (parsed.experiment.name !== summary.experiment.name) throw new Error('JSON changed the name');
  },
);

// ---------------------------------------------------------------------------------------------
// ZIP reader on truncations and byte flips.

const validArchive = buildEvalLog({
  task: 'capitalization',
  model: 'm',
  created: '2026-03-16T13:00:00+00:00',
  samples: Array.from({ length: 6 }, (_, k) => ({
    id: k + 1,
    target: String(k % 2),
    prediction: String(k % 3 === 0 ? 1 : 0),
  })),
  method: 'deflate',
});

let scratch: string | null = null;
function scratchFile(bytes: Buffer): string {
  scratch ??= mkdtempSync(path.join(tmpdir(), 'summarize-fuzz-'));
  const file = path.join(scratch, `${process.pid}-${Math.random().toString(36).slice(2)}.eval`);
  writeFileSync(file, bytes);
  return file;
}
export function cleanScratch(): void {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = null;
}

const damagedArchive = fc.oneof(
  fc.nat({ max: validArchive.length }).map((cut) => validArchive.subarray(0, cut)),
  fc
    .array(fc.tuple(fc.nat({ max: validArchive.length - 1 }), fc.integer({ min: 1, max: 255 })), {
      minLength: 1,
      maxLength: 8,
    })
    .map((flips) => {
      const copy = Buffer.from(validArchive);
      for (const [at, xor] of flips) copy[at] = (copy[at] ?? 0) ^ xor;
      return copy;
    }),
  fc.uint8Array({ maxLength: 512 }).map((bytes) => Buffer.from(bytes)),
);

const zipOnDamage = fc.asyncProperty(damagedArchive, async (bytes) => {
  const file = scratchFile(bytes);
  const before = process.memoryUsage().arrayBuffers;
  try {
    const archive = await ZipArchive.open(file, { maxMemberBytes: 1024 * 1024 });
    try {
      for (const name of archive.entries.keys()) {
        try {
          await archive.read(name);
        } catch (error) {
          if (!(error instanceof ZipError)) throw error;
        }
      }
    } finally {
      await archive.close();
    }
  } catch (error) {
    if (!(error instanceof ZipError)) throw new Error(`not a ZipError: ${String(error)}`, { cause: error });
  } finally {
    rmSync(file, { force: true });
  }
  // Members are capped at 1 MiB here: nothing close to 64 MiB may stay allocated.
  if (process.memoryUsage().arrayBuffers - before > 64 * 1024 * 1024)
    throw new Error('allocated beyond the cap');
});

// ---------------------------------------------------------------------------------------------
// Loss parser on tqdm / ANSI / \r streams, against the render the generator knows it wrote last.

const render = fc.record({
  epoch: fc.integer({ min: 1, max: 9 }),
  step: fc.integer({ min: 1, max: 99999 }),
  loss: fc.oneof(fc.double({ min: 0, max: 20, noNaN: true }), fc.constant(Number.NaN)),
  total: fc.integer({ min: 1, max: 5000 }),
});
type Render = { epoch: number; step: number; loss: number; total: number };
const text = (r: Render): string => {
  const loss = Number.isNaN(r.loss) ? 'nan' : String(r.loss);
  return `${r.epoch}|${r.step}|Loss: ${loss}: ${Math.min(100, r.step)}%|█▌        | ${Math.min(r.step, r.total)}/${r.total} [00:01<00:02,  2.22it/s]`;
};
/** Noise tqdm and torchtune write between renders; none of it holds `N|N|Loss:`. */
const noise = fc.constantFrom(
  '\r',
  '\n',
  '\r\n',
  '\x1b[A',
  '\n\r',
  'Map: 100%|██████████| 10/10 [00:00<00:00]',
  'Setting pad_token_id',
  'INFO:torchtune.utils._logging:Memory stats',
  '  0%|          | 0/250 [00:00<?, ?it/s]',
  'Step 1 | loss:1.5 ',
  'Packing dataset: 12%|',
  '|',
  'Loss:',
  '1|',
  '',
);
const stream = fc.array(fc.tuple(fc.option(render, { nil: undefined }), noise), {
  minLength: 1,
  maxLength: 40,
});

const lossAgreesWithReference = fc.asyncProperty(
  stream,
  fc.integer({ min: 1, max: 300 }),
  async (parts, chunkSize) => {
    const body = parts.map(([r, n]) => (r ? text(r) : '') + n).join('');
    const last = [...parts].reverse().find(([r]) => r !== undefined)?.[0];
    const file = scratchFile(Buffer.from(body, 'utf8'));
    try {
      const found = await readFinalLoss(file, { chunkSize });
      if (!last) {
        if (found !== null) throw new Error(`found a loss in ${JSON.stringify(body)}`);
        return;
      }
      const same =
        found !== null &&
        found.epochs === last.epoch &&
        found.totalSteps === last.step &&
        Object.is(found.finalLoss, last.loss);
      if (!same)
        throw new Error(
          `expected ${JSON.stringify(last)}, got ${JSON.stringify(found)} in ${JSON.stringify(body)}`,
        );
    } finally {
      rmSync(file, { force: true });
    }
  },
);

// ---------------------------------------------------------------------------------------------
// The quick YAML reader against the yaml library, on generated documents and damaged ones.

/** Plain scalars of every type the core schema has, and look-alikes the reader must read as strings. */
// prettier-ignore
const YAML_PLAIN = [
  'x', 'rank4', 'Llama-3.2-1B', 'yes', 'No', 'null', 'Null', 'nULL', '~', 'true', 'TRUE', 'tRUE', '0', '007',
  '-1', '+1', '1_000', '0x1F', '0xG', '0o17', '0o8', '1e3', '1E-3', '.5', '5.', '-.inf', '.NaN', 'nan',
  '12:30', '2026-03-16', 'a:b', 'a#b', "it's", 'a b  c', '-x', '/path/to', 'http://x.y:1/z', 'a]', 'a,b',
  'é', 'x{y}', 'x\u00a0', '\u2003x', 'x\u3000', '\u00a0',
];
/** Text that only the library may read: indicators, comments, a key inside a value. */
// prettier-ignore
const YAML_INDICATORS = [
  'a #b', '{x}', '@x', '`x`', '%x', '!x', '&x', '*x', '|', '>', '?x', ':x', '-', '- x', 'a: b', 'a:', '"',
  "'", '#', '\\', '\u00a0',
];
type YamlValue =
  { scalar: string } | { flow: string[] } | { map: Array<[string, YamlValue]> } | { list: YamlValue[] };

/**
 * Documents whose parts are mostly what the quick reader reads (so that it answers often and its
 * answers are checked), with one tricky part in `1 + odds` (so that it must see what to leave).
 */
function yamlValues(odds: number): { value: fc.Arbitrary<YamlValue>; key: fc.Arbitrary<string> } {
  const tricky = <T>(common: fc.Arbitrary<T>, rare: fc.Arbitrary<T>): fc.Arbitrary<T> =>
    fc.oneof({ arbitrary: common, weight: odds }, { arbitrary: rare, weight: 1 });
  const plain = tricky(fc.constantFrom(...YAML_PLAIN), fc.constantFrom(...YAML_INDICATORS));
  const quoted = tricky(
    fc.oneof(
      fc.string({ maxLength: 8 }).map((text) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`),
      fc.string({ maxLength: 8 }).map((text) => `'${text.replace(/'/g, "''")}'`),
      fc.constantFrom('"\\u00e9"', '"\\t"', '"\\/"', '"\\n"'),
    ),
    fc.constantFrom('"\\x41"', '"\\ud800"', '"a', "'a", '"a" b', '"a"#c', "'a'b"),
  );
  // In a flow list, commas, brackets, colons and quotes mean something: those are the rare part.
  const flowItem = tricky(
    fc.oneof(fc.constantFrom(...YAML_PLAIN.filter((text) => !/[:,[\]{}'#]/.test(text))), quoted),
    fc.constantFrom(...YAML_PLAIN, ...YAML_INDICATORS),
  );
  const key = tricky(
    fc.constantFrom('name', 'type', 'runs', 'lora_rank', 'a.b', 'a-b', '_x', 'k', 'x'),
    fc.constantFrom('null', 'True', '1', '"q"', 'a b', '<<', 'k '),
  );
  const value = fc.letrec<{ value: YamlValue }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.oneof(plain, quoted, fc.constant('')).map((scalar) => ({ scalar })),
      fc.array(flowItem, { maxLength: 4 }).map((flow) => ({ flow })),
      fc
        .uniqueArray(fc.tuple(key, tie('value')), { minLength: 1, maxLength: 4, selector: ([name]) => name })
        .chain((map) =>
          // Now and then a duplicate key, which the library refuses.
          tricky(fc.constant<YamlValue>({ map }), fc.constant<YamlValue>({ map: [...map, map[0]!] })),
        ),
      fc.array(tie('value'), { minLength: 1, maxLength: 4 }).map((list) => ({ list })),
    ),
  })).value;
  return { value, key };
}

interface YamlStyle {
  step: number;
  listUnderKey: boolean;
  comments: boolean;
}

function renderYaml(value: YamlValue, indent: number, style: YamlStyle): string[] {
  const pad = ' '.repeat(indent);
  const inline = (v: YamlValue): string | null =>
    'scalar' in v ? v.scalar : 'flow' in v ? `[${v.flow.join(', ')}]` : null;
  if ('map' in value) {
    return value.map.flatMap(([key, v]) => {
      const text = inline(v);
      if (text !== null)
        return [`${pad}${key}:${text === '' ? '' : ` ${text}`}${style.comments ? ' # c' : ''}`];
      const childIndent = 'list' in v && style.listUnderKey ? indent : indent + style.step;
      return [
        `${pad}${key}:`,
        ...(style.comments ? [`${' '.repeat(childIndent)}# note`] : []),
        ...renderYaml(v, childIndent, style),
      ];
    });
  }
  if ('list' in value) {
    return value.list.flatMap((v) => {
      const text = inline(v);
      if (text !== null) return [`${pad}-${text === '' ? '' : ` ${text}`}`];
      const lines = renderYaml(v, indent + style.step, style);
      // A mapping item starts on the dash's line when it can: `- name: x`.
      if ('map' in v && style.step >= 2) return [`${pad}- ${lines[0]!.slice(indent + 2)}`, ...lines.slice(1)];
      return [`${pad}-`, ...lines];
    });
  }
  return [`${pad}${inline(value) ?? ''}`];
}

const yamlStyle = fc.record({
  step: fc.integer({ min: 1, max: 4 }),
  listUnderKey: fc.boolean(),
  comments: fc.boolean(),
});

export const yamlDocument = fc.oneof(fc.constant(40), fc.constant(8)).chain((odds) => {
  const { value, key } = yamlValues(odds);
  return fc
    .tuple(
      fc.uniqueArray(fc.tuple(key, value), { minLength: 1, maxLength: 4, selector: ([name]) => name }),
      yamlStyle,
    )
    .map(([map, style]) => `${renderYaml({ map }, 0, style).join('\n')}\n`);
});

/** A document, sometimes damaged: characters that mean something in YAML put in or taken out. */
export const yamlText = fc.oneof(
  yamlDocument,
  fc
    .tuple(
      yamlDocument,
      fc.array(
        fc.tuple(
          fc.nat(),
          fc.constantFrom(
            ' ',
            '\n',
            '\t',
            ':',
            '-',
            '#',
            '"',
            "'",
            '[',
            ']',
            '{',
            ',',
            '&',
            '*',
            '|',
            '\r',
            '',
          ),
        ),
        {
          minLength: 1,
          maxLength: 3,
        },
      ),
      fc.boolean(),
    )
    .map(([text, edits, remove]) =>
      edits.reduce((out, [at, char]) => {
        const i = at % (out.length + 1);
        return remove ? out.slice(0, i) + out.slice(i + 1) : out.slice(0, i) + char + out.slice(i);
      }, text),
    ),
);

/** Whenever the quick reader answers, the library reads the same nodes, values and lines, without a problem. */
const plainYamlAgrees = fc.property(yamlText, (text) => {
  const plain = plainReading(text);
  if (!plain) return;
  const library = libraryReading(text);
  const same =
    library.problems.length === 0 &&
    JSON.stringify(plain.tree) === JSON.stringify(library.tree) &&
    plain.json === library.json;
  if (!same) {
    throw new Error(
      `the quick reader and the library differ on ${JSON.stringify(text)}:\n` +
        `quick ${JSON.stringify(plain.tree)}\nlibrary ${JSON.stringify(library.tree)} ${library.problems.join('; ')}`,
    );
  }
});

export const PROPERTIES: PropertyCase[] = [
  {
    name: 'markdown on arbitrary names: tables whole, nothing live, marker intact, JSON strict',
    property: markdownOnArbitraryNames,
  },
  {
    name: 'ZIP reader on truncations and byte flips: only ZipErrors, memory within caps',
    property: zipOnDamage,
  },
  {
    name: 'loss parser on tqdm/ANSI/\\r streams agrees with the render written last',
    property: lossAgreesWithReference,
  },
  {
    name: 'quick YAML reader: where it answers, the yaml library reads the same nodes, values and lines',
    property: plainYamlAgrees,
  },
];

export { completeSweep };
