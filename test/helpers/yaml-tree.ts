// Both YAML readers' nodes as plain data to compare: kind, value, line of each node, key order,
// and what toJSON() gives. Used by the differential tests of src/sources/experiment/yaml-plain.ts.
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { parsePlainYaml } from '../../src/sources/experiment/yaml-plain.js';

export type Tree =
  | { kind: 'scalar'; line: number; value: unknown }
  | { kind: 'map'; line: number; pairs: Array<[Tree, Tree | null]> }
  | { kind: 'seq'; line: number; items: Array<Tree | null> }
  | { kind: 'other'; what: string };

export function tree(node: unknown, lines: LineCounter): Tree | null {
  if (node === null || node === undefined) return null;
  const line = (n: { range?: [number, number, number] | null }): number =>
    n.range ? lines.linePos(n.range[0]).line : -1;
  if (isScalar(node)) {
    // NaN is compared as a string: toEqual treats NaN as equal to NaN anyway, but -0 is kept apart.
    const value = typeof node.value === 'number' && Number.isNaN(node.value) ? 'NaN' : node.value;
    return { kind: 'scalar', line: line(node), value: Object.is(value, -0) ? '-0' : value };
  }
  if (isMap(node)) {
    return {
      kind: 'map',
      line: line(node),
      pairs: node.items.map((pair) => [tree(pair.key, lines)!, tree(pair.value, lines)]),
    };
  }
  if (isSeq(node))
    return { kind: 'seq', line: line(node), items: node.items.map((item) => tree(item, lines)) };
  return { kind: 'other', what: String(node) };
}

/** The yaml library's reading: its tree, its JSON, its errors and warnings. */
export function libraryReading(text: string): {
  tree: Tree | null;
  json: string;
  problems: string[];
} {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  return {
    tree: tree(doc.contents, lines),
    json: JSON.stringify(doc.contents?.toJSON() ?? null),
    problems: [...doc.errors, ...doc.warnings].map((problem) => problem.message),
  };
}

/** The plain reader's reading, or null when it leaves the text to the library. */
export function plainReading(text: string): { tree: Tree | null; json: string } | null {
  const plain = parsePlainYaml(text);
  if (!plain) return null;
  const lines = new LineCounter();
  for (const start of plain.lineStarts) lines.addNewLine(start);
  return { tree: tree(plain.root, lines), json: JSON.stringify(plain.root.toJSON()) };
}
