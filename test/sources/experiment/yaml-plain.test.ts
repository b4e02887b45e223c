// The quick reader of plain YAML answers only where it agrees with the yaml library (nodes, values,
// lines, key order), and leaves everything else to it. Generated documents: test/properties.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvePlain } from '../../../src/sources/experiment/yaml-plain.js';
import { libraryReading, plainReading } from '../../helpers/yaml-tree.js';

const root = path.resolve(import.meta.dirname, '../../..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => path.join(dir, name));
}

/** Asserts the plain reader agrees with the library; returns whether it answered. */
function agrees(text: string): boolean {
  const plain = plainReading(text);
  if (!plain) return false;
  const library = libraryReading(text);
  expect(library.problems).toEqual([]);
  expect(plain.tree).toEqual(library.tree);
  expect(plain.json).toBe(library.json);
  return true;
}

describe('parsePlainYaml', () => {
  it('reads every experiment_summary.yaml fixture and the demo itself, exactly as the library does', () => {
    const files = [...yamlFiles(path.join(root, 'test/fixtures')), ...yamlFiles(path.join(root, 'examples'))];
    const summaries = files.filter((file) => path.basename(file).startsWith('experiment_summary'));
    expect(summaries.length).toBeGreaterThanOrEqual(4);
    for (const file of summaries) expect(agrees(readFileSync(file, 'utf8')), file).toBe(true);
    // The other YAML fixtures (torchtune and eval configs) agree wherever the reader answers.
    for (const file of files) agrees(readFileSync(file, 'utf8'));
  });

  it('reads the shapes these files use, with lines and types as the library gives them', () => {
    const text = [
      '# comment',
      'experiment:',
      '  name: "a \\"quoted\\" name \\u00e9" # trailing',
      "  question: 'it''s'",
      '  date: 2026-03-16',
      'variables:',
      '  lora_rank: [4, 8, "16", sixteen words, -2.5, .inf, 1e3, 0x1F, 0o17, ~]',
      '  empty: []',
      '  none: {}',
      '  nothing:',
      'runs:',
      '- name: r1',
      '  parameters:',
      '    lr: 1.0e-4',
      '    flag: True',
      '    off: FALSE',
      '    tag: v1#2',
      '    url: http://example.com:8080/x',
      '  tasks:',
      '  - t1',
      '  -   t2',
      '-',
      '  name: r2',
      '- plain value',
      'evaluation:',
      '  tasks:',
      '    -   name: indented',
      '        epochs: [0, 1]',
      '',
    ].join('\n');
    expect(agrees(text)).toBe(true);
    const plain = plainReading(text)!;
    expect(JSON.parse(plain.json)).toMatchObject({
      experiment: { name: 'a "quoted" name é', question: "it's", date: '2026-03-16' },
      variables: { lora_rank: [4, 8, '16', 'sixteen words', -2.5, null, 1000, 31, 15, null], nothing: null },
      runs: [
        { name: 'r1', parameters: { lr: 0.0001, flag: true, off: false, tag: 'v1#2' } },
        { name: 'r2' },
        'plain value',
      ],
    });
  });

  it('leaves everything outside its subset to the library', () => {
    const declined = [
      'a: &x 1\nb: *x\n', // anchors and aliases
      'base: &b {x: 1}\nrun:\n  <<: *b\n', // merge keys, flow mappings
      'a: !!str 1\n', // tags
      'a: |\n  text\n', // block scalars
      'a: >\n  folded\n',
      'a: first\n  continued\n', // multi-line plain scalars
      'a: "open\n  quote"\n',
      'a: 1\na: 2\n', // duplicate keys (an error in the library)
      'a:\tb\n', // tabs
      'a: 1\r\nb: 2\r\n', // CRLF
      '---\na: 1\n', // document markers
      'a: b: c\n', // an error
      '"quoted key": 1\n',
      '? complex\n: key\n',
      'null: 1\n', // a key that is not a string
      '- a\n- b\n', // a list at the root
      'just text\n',
      '  a: 1\n', // an indented root
      'a: [1, [2]]\n',
      'a: [1, 2,]\n',
      'a: "\\x41"\n', // an escape outside the common ones
      'a: "\\ud83d\\ude00"\n', // surrogates
      'a:\n  - x\n   y: 1\n',
      '',
      '# only a comment\n',
    ];
    for (const text of declined) expect(plainReading(text), JSON.stringify(text)).toBeNull();
  });

  it('leaves to the library what the library refuses for its size: a key over 1,024 characters, deep nesting', () => {
    // Found by an independent review: the library refuses both, so the reader must not answer.
    expect(agrees(`${'k'.repeat(1000)}: 1\n`)).toBe(true);
    expect(plainReading(`${'k'.repeat(1025)}: 1\n`)).toBeNull();
    expect(plainReading(`r:\n- ${'k'.repeat(1025)}: 1\n`)).toBeNull();
    expect(libraryReading(`${'k'.repeat(1025)}: 1\n`).problems).not.toEqual([]);
    const nestedMaps = (depth: number) =>
      Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + '\n';
    const nestedLists = (depth: number) =>
      'k:\n' + Array.from({ length: depth }, (_, i) => `${' '.repeat(2 * i)}- k:`).join('\n') + '\n';
    expect(agrees(nestedMaps(60))).toBe(true);
    expect(agrees(nestedLists(30))).toBe(true);
    // Nesting the library overflows its stack on (~1,000 levels on a cold start): never a RangeError here.
    for (const text of [nestedMaps(65), nestedMaps(5000), nestedLists(5000)]) {
      expect(plainReading(text)).toBeNull();
    }
  });

  it('resolves plain scalars as the YAML 1.2 core schema does', () => {
    const cases: Array<[string, unknown]> = [
      ['', null],
      ['~', null],
      ['Null', null],
      ['nULL', 'nULL'],
      ['yes', 'yes'],
      ['TRUE', true],
      ['tRUE', 'tRUE'],
      ['007', 7],
      ['+12', 12],
      ['-0', -0],
      ['1_000', '1_000'],
      ['0o17', 15],
      ['0O17', '0O17'],
      ['0xff', 255],
      ['.5', 0.5],
      ['5.', 5],
      ['1e3', 1000],
      ['-.Inf', Number.NEGATIVE_INFINITY],
      ['.NaN', Number.NaN],
      ['nan', 'nan'],
      ['12:30', '12:30'],
      ['2026-03-16', '2026-03-16'],
    ];
    // YAML's spaces are spaces: a no-break space or an em space is text.
    cases.push(['\u00a0', '\u00a0'], ['x\u2003', 'x\u2003']);
    for (const [text, value] of cases) {
      expect(resolvePlain(text), text).toStrictEqual(value);
      if (text !== '') expect(agrees(`k: ${text}\n`), text).toBe(true);
    }
  });
});
