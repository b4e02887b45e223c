// A quick reader for the plain YAML that experiment_summary.yaml files are written in: block
// mappings and lists, one-line scalars (plain, "double" and 'single' quoted), one-line lists of
// scalars (`[4, 8]`), `{}`/`[]`, and comments. It builds the yaml library's own nodes (with their
// offsets), so the section readers cannot tell which reader ran.
//
// Why: the yaml library is correct on all of YAML, but its first run in a process is slow (~90 ms
// for a 22 KB file of 2,000 evaluations, ~15 ms for a small one, before its code is compiled), and
// every run of this tool is a first run. This reader is small and line-based, so it is fast cold.
//
// It returns null for anything outside that subset, and the yaml library reads the text instead:
// anchors, aliases, tags, block scalars, multi-line scalars, flow mappings, escapes other than
// the common ones, tabs, CRLF, duplicate keys, keys that are not plain words (or over 1,000
// characters), nesting past 64 levels, a root that is not a mapping, and anything it does not
// recognise. Errors and warnings therefore always come from the yaml library. Whenever this reader
// answers, its nodes, values and lines equal the library's: test/sources/experiment/yaml-plain.test.ts
// checks it on the fixtures and chosen cases, test/properties on generated and damaged documents.
import { Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';

interface Line {
  /** Column of the first character of `text`. */
  indent: number;
  /** Offset of the first character of `text` in the document. */
  start: number;
  /** The line from its indentation on, without trailing spaces. */
  text: string;
}

/** Not in the subset: the caller falls back to the yaml library. */
class NotPlain extends Error {}

const NOT_PLAIN = new NotPlain();

/** A mapping key this reader accepts: a plain word that the core schema reads as a string. */
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_.-]*):(?: +(.*))?$/;
const NOT_STRING_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
/** The yaml library refuses an implicit key over 1,024 characters; longer ones are left to it. */
const MAX_KEY_LENGTH = 1000;
/**
 * Deeper nesting is left to the library, which turns its own stack overflow (at ~1,000 levels on a
 * cold start) into an error; this reader's recursion stays far from the stack's end.
 */
const MAX_DEPTH = 64;
/** Characters anywhere in the text that send it to the yaml library. */
// eslint-disable-next-line no-control-regex
const UNUSUAL = /[\t\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\u2028\u2029]/;
/** A character that cannot start a plain scalar in block context (a YAML indicator). */
const INDICATOR_START = /^(?:[?:,[\]{}#&*!|>'"%@`]|-(?: |$))/;
/** A plain item of a one-line flow list: no indicators, quotes or colons anywhere. */
const FLOW_ITEM = /^(?:[A-Za-z0-9_./~+]|-(?=[0-9.]))[^,[\]{}#:"'&*!|>%@`]*$/;
/** What may follow a quoted scalar or a flow list on its line: spaces, then a comment. */
const LINE_REST = /^(?: +#.*| *)$/;

/** The YAML 1.2 core schema's plain scalars, in the yaml library's order (yaml/dist/schema/core). */
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/**
 * The document's top-level mapping and its line starts (for a LineCounter), or null when the text
 * is not in the subset this reader handles.
 */
export function parsePlainYaml(text: string): { root: YAMLMap; lineStarts: number[] } | null {
  if (UNUSUAL.test(text)) return null;
  const lines: Line[] = [];
  const lineStarts: number[] = [];
  for (let start = 0; start <= text.length;) {
    lineStarts.push(start);
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    let indent = start;
    while (indent < end && text.charCodeAt(indent) === 32) indent += 1;
    const content = withoutTrailingSpaces(text.slice(indent, end));
    if (content !== '' && !content.startsWith('#')) {
      lines.push({ indent: indent - start, start: indent, text: content });
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  if (lines.length === 0 || lines[0]!.indent !== 0) return null;
  try {
    const reader = new PlainReader(lines);
    const root = reader.block(0);
    if (!(root instanceof YAMLMap) || reader.at < lines.length) return null;
    return { root, lineStarts };
  } catch (error) {
    if (error instanceof NotPlain) return null;
    throw error;
  }
}

class PlainReader {
  at = 0;

  constructor(private readonly lines: Line[]) {}

  /** Mappings and lists open around the current line. */
  private depth = 0;

  /** The mapping or list whose first line is the next one, at `indent`. */
  block(indent: number): YAMLMap | YAMLSeq {
    const line = this.lines[this.at];
    if (!line || line.indent !== indent) throw NOT_PLAIN;
    return isListItem(line.text) ? this.list(indent) : this.mapping(indent);
  }

  private nested<T>(read: () => T): T {
    if (this.depth >= MAX_DEPTH) throw NOT_PLAIN;
    this.depth += 1;
    try {
      return read();
    } finally {
      this.depth -= 1;
    }
  }

  private mapping(indent: number): YAMLMap {
    return this.nested(() => this.mappingAt(indent));
  }

  private list(indent: number): YAMLSeq {
    return this.nested(() => this.listAt(indent));
  }

  private mappingAt(indent: number): YAMLMap {
    const map = new YAMLMap();
    const keys = new Set<string>();
    const first = this.lines[this.at]!;
    for (
      let line = first;
      line && line.indent === indent && !isListItem(line.text);
      line = this.lines[this.at]!
    ) {
      const match = KEY_LINE.exec(line.text);
      if (!match) throw NOT_PLAIN;
      const name = match[1]!;
      if (NOT_STRING_KEY.test(name) || name.length > MAX_KEY_LENGTH || keys.has(name)) throw NOT_PLAIN;
      keys.add(name);
      const key = scalar(name, 'PLAIN', line.start, line.start + name.length);
      const rest = match[2] ?? '';
      this.at += 1;
      const valueStart = line.start + line.text.length - rest.length;
      map.items.push(new Pair(key, this.valueAfter(line, indent, rest, valueStart, true)));
    }
    map.range = [first.start, first.start, first.start];
    return map;
  }

  private listAt(indent: number): YAMLSeq {
    const seq = new YAMLSeq();
    const first = this.lines[this.at]!;
    for (
      let line = first;
      line && line.indent === indent && isListItem(line.text);
      line = this.lines[this.at]!
    ) {
      const rest = line.text.slice(1).replace(/^ +/, '');
      const column = line.indent + line.text.length - rest.length;
      const restStart = line.start + line.text.length - rest.length;
      if (rest !== '' && !rest.startsWith('#') && KEY_LINE.test(rest)) {
        // `- name: x`: a mapping whose keys line up with `name`; its first line is the rest of this one.
        this.lines[this.at] = { indent: column, start: restStart, text: rest };
        seq.items.push(this.mapping(column));
      } else {
        this.at += 1;
        seq.items.push(this.valueAfter(line, indent, rest, restStart, false));
      }
    }
    seq.range = [first.start, first.start, first.start];
    return seq;
  }

  /**
   * The value after `key:` or `-` on `line`: inline (`rest`), or the block on the lines below. A
   * mapping's value may be a list at the key's own indent.
   */
  private valueAfter(line: Line, indent: number, rest: string, restStart: number, inMapping: boolean): Node {
    const next = this.lines[this.at];
    if (rest === '' || rest.startsWith('#')) {
      if (next && next.indent > indent) return this.block(next.indent);
      if (inMapping && next && next.indent === indent && isListItem(next.text)) return this.list(indent);
      // Nothing: null. The yaml library places it where the line ends.
      const end = line.start + line.text.length - rest.length;
      return scalar(null, 'PLAIN', end, end);
    }
    if (next && next.indent > indent) throw NOT_PLAIN; // a scalar continued on the next line
    return inlineValue(rest, restStart);
  }
}

/** YAML's white space is the space and the tab (refused here), not the other Unicode spaces that trim() removes. */
function withoutTrailingSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end -= 1;
  return text.slice(0, end);
}

function isListItem(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

function scalar(value: unknown, type: Scalar.Type, start: number, end: number): Scalar {
  const node = new Scalar(value);
  node.type = type;
  node.range = [start, end, end];
  return node;
}

/** A value on the key's line: a quoted or plain scalar, `[a, b]`, `[]` or `{}`. */
function inlineValue(rest: string, start: number): Node {
  const first = rest[0];
  if (first === '"' || first === "'") {
    const quoted = readQuoted(rest, 0);
    if (!LINE_REST.test(rest.slice(quoted.end))) throw NOT_PLAIN;
    return scalar(quoted.value, first === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', start, start + quoted.end);
  }
  if (first === '[') return flowList(rest, start);
  if (first === '{') {
    if (!/^\{ *\}/.test(rest) || !LINE_REST.test(rest.slice(rest.indexOf('}') + 1))) throw NOT_PLAIN;
    const map = new YAMLMap();
    map.flow = true;
    map.range = [start, start + rest.indexOf('}') + 1, start + rest.indexOf('}') + 1];
    return map;
  }
  if (INDICATOR_START.test(rest)) throw NOT_PLAIN;
  const comment = rest.indexOf(' #');
  const plain = withoutTrailingSpaces(comment === -1 ? rest : rest.slice(0, comment));
  if (plain.includes(': ') || plain.endsWith(':')) throw NOT_PLAIN;
  return scalar(resolvePlain(plain), 'PLAIN', start, start + plain.length);
}

/** `[a, "b", 3]` on one line: scalars only. */
function flowList(rest: string, start: number): YAMLSeq {
  const seq = new YAMLSeq();
  seq.flow = true;
  let at = 1;
  const skipSpaces = (): void => {
    while (rest[at] === ' ') at += 1;
  };
  skipSpaces();
  if (rest[at] === ']') {
    at += 1;
  } else {
    for (;;) {
      skipSpaces();
      const itemStart = at;
      if (rest[at] === '"' || rest[at] === "'") {
        const quoted = readQuoted(rest, at);
        seq.items.push(
          scalar(
            quoted.value,
            rest[at] === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE',
            start + at,
            start + quoted.end,
          ),
        );
        at = quoted.end;
      } else {
        let end = at;
        while (end < rest.length && rest[end] !== ',' && rest[end] !== ']') end += 1;
        const plain = withoutTrailingSpaces(rest.slice(at, end));
        if (!FLOW_ITEM.test(plain)) throw NOT_PLAIN;
        seq.items.push(
          scalar(resolvePlain(plain), 'PLAIN', start + itemStart, start + itemStart + plain.length),
        );
        at = end;
      }
      skipSpaces();
      if (rest[at] === ']') {
        at += 1;
        break;
      }
      if (rest[at] !== ',') throw NOT_PLAIN;
      at += 1;
    }
  }
  if (!LINE_REST.test(rest.slice(at))) throw NOT_PLAIN;
  seq.range = [start, start + at, start + at];
  return seq;
}

/**
 * A quoted scalar starting at `from` and ending on the same line; only the common escapes. The text
 * between escapes is taken in one slice, not a character at a time.
 */
function readQuoted(text: string, from: number): { value: string; end: number } {
  const quote = text[from];
  let value = '';
  let run = from + 1;
  for (let at = from + 1; at < text.length;) {
    const char = text[at]!;
    if (char === quote) {
      value += text.slice(run, at);
      if (quote === "'" && text[at + 1] === "'") {
        value += "'";
        at += 2;
        run = at;
        continue;
      }
      return { value, end: at + 1 };
    }
    if (char === '\\' && quote === '"') {
      value += text.slice(run, at);
      const escape = text[at + 1];
      const simple = escape === undefined ? undefined : SIMPLE_ESCAPES[escape];
      if (simple !== undefined) {
        value += simple;
        at += 2;
        run = at;
        continue;
      }
      const hex = /^u([0-9a-fA-F]{4})/.exec(text.slice(at + 1, at + 6));
      const code = hex ? Number.parseInt(hex[1]!, 16) : -1;
      // Surrogate halves are left to the yaml library.
      if (code < 0 || (code >= 0xd800 && code <= 0xdfff)) throw NOT_PLAIN;
      value += String.fromCharCode(code);
      at += 6;
      run = at;
      continue;
    }
    at += 1;
  }
  throw NOT_PLAIN; // not closed on this line
}

const SIMPLE_ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t' };

/** A plain scalar's value under the YAML 1.2 core schema, as the yaml library resolves it. */
export function resolvePlain(text: string): unknown {
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (INT_OCT.test(text)) return Number.parseInt(text.slice(2), 8);
  if (INT.test(text)) return Number.parseInt(text, 10);
  if (INT_HEX.test(text)) return Number.parseInt(text.slice(2), 16);
  if (FLOAT_NAN.test(text)) {
    if (text.slice(-3).toLowerCase() === 'nan') return Number.NaN;
    return text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return Number.parseFloat(text);
  return text;
}
