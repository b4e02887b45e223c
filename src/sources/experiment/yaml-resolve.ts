// YAML as YAML: anchors, aliases and merge keys (`<<: *base`) resolved the way the YAML spec says,
// on the parsed document, so the experiment reader (which walks nodes to report lines) sees the same
// values a YAML loader would. Hostile documents end quickly with one message: a document over the
// size cap, nesting deeper than the cap, an alias bomb (a few lines that expand to billions of
// nodes), or an alias that contains itself. Expanded nodes are shared, not copied, so memory stays
// proportional to the text; the expanded SIZE is counted (memoised per node) and capped.
import {
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  Pair,
  visit,
  type Document,
  type Node,
  type YAMLMap,
} from 'yaml';

export const YAML_LIMITS = {
  /** experiment_summary.yaml files are a few KB; 4 MiB is far beyond any real one. */
  maxBytes: 4 * 1024 * 1024,
  /** Flow collections nested deeper than this are refused before parsing (the parser recurses). */
  maxFlowDepth: 256,
  /** Nodes after expanding every alias. */
  maxExpandedNodes: 200_000,
};

export class YamlLimitError extends Error {
  override name = 'YamlLimitError';
}

/**
 * Checks on the raw text before parsing: size and flow nesting depth (brackets outside quotes and
 * comments). Throws YamlLimitError.
 */
export function checkYamlText(text: string, limits = YAML_LIMITS): void {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxBytes) {
    throw new YamlLimitError(`the document is ${bytes} bytes, over the ${limits.maxBytes}-byte limit`);
  }
  let depth = 0;
  let quote: string | null = null;
  let comment = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (comment) {
      if (char === '\n') comment = false;
      continue;
    }
    if (quote) {
      if (char === quote) quote = null;
      else if (char === '\\' && quote === '"') i += 1;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) comment = true;
    else if (char === '[' || char === '{') {
      depth += 1;
      if (depth > limits.maxFlowDepth) {
        throw new YamlLimitError(`collections are nested more than ${limits.maxFlowDepth} levels deep`);
      }
    } else if ((char === ']' || char === '}') && depth > 0) depth -= 1;
  }
}

function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  return (key.value === '<<' && key.type === 'PLAIN') || typeof key.value === 'symbol';
}

/**
 * Each alias names the last node with its anchor before it (document order). One pass finds them
 * all: yaml's Alias.resolve walks the whole document per alias, quadratic on a file of many aliases.
 */
function aliasTargets(doc: Document): Map<Node, Node> {
  const targets = new Map<Node, Node>();
  const anchors = new Map<string, Node>();
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      const named = anchors.get(node.source);
      if (named) targets.set(node, named);
    } else if (isNode(node) && node.anchor) anchors.set(node.anchor, node);
  });
  return targets;
}

/**
 * `<<: *a` or `<<: [*a, *b]` in `map` (aliases already resolved): keys not in the map itself are
 * added, earlier sources first. Returns the expanded size added (from `sizes`).
 */
function applyMerges(map: YAMLMap, sizes: ReadonlyMap<Node, number>): number {
  if (!map.items.some((pair) => isMergeKey(pair.key))) return 0;
  const keyOf = (key: unknown): unknown => (isScalar(key) ? key.value : key);
  const own = new Set(map.items.filter((pair) => !isMergeKey(pair.key)).map((pair) => keyOf(pair.key)));
  const items: Pair[] = [];
  let added = 0;
  for (const pair of map.items) {
    if (!isMergeKey(pair.key)) {
      items.push(pair as Pair);
      continue;
    }
    const value = pair.value as Node | null;
    for (const source of isSeq(value) ? (value.items as Node[]) : [value]) {
      if (!isMap(source))
        throw new YamlLimitError('a merge key (<<) must name a mapping or a list of mappings');
      for (const merged of source.items) {
        const key = keyOf(merged.key);
        if (own.has(key)) continue;
        own.add(key);
        items.push(new Pair(merged.key, merged.value));
        added += (sizes.get(merged.key as Node) ?? 1) + (sizes.get(merged.value as Node) ?? 1);
      }
    }
  }
  map.items = items;
  return added;
}

/**
 * Replace every alias of `doc` by the node it names and apply merge keys, in place. Throws
 * YamlLimitError for an alias bomb, a self-containing alias or an unknown anchor.
 */
export function resolveYamlAliases(doc: Document, limits = YAML_LIMITS): void {
  const sizes = new Map<Node, number>();
  const active = new Set<Node>();
  const targets = aliasTargets(doc);
  const target = (alias: Node): Node => {
    if (!isAlias(alias)) return alias;
    const resolved = targets.get(alias);
    if (!resolved) throw new YamlLimitError(`the alias *${alias.source} names no anchor before it`);
    return resolved;
  };

  /** Expanded node count of `node`, memoised; resolves its aliases and merges on the way. */
  const expand = (raw: Node | null | undefined): number => {
    if (raw === null || raw === undefined) return 1;
    const node = target(raw);
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (active.has(node)) {
      throw new YamlLimitError(`the alias *${(raw as { source?: string }).source ?? '?'} contains itself`);
    }
    active.add(node);
    let size = 1;
    if (isSeq(node)) {
      node.items = node.items.map((item) => {
        size += expand(item as Node);
        return target(item as Node);
      });
    } else if (isMap(node)) {
      for (const pair of node.items) {
        size += expand(pair.key as Node) + expand(pair.value as Node);
        pair.key = target(pair.key as Node);
        pair.value = pair.value === null ? null : target(pair.value as Node);
      }
      size += applyMerges(node, sizes);
    }
    // Without aliases nothing expands: the size cap on the text already bounds the nodes, and a
    // large plain file (a sweep of thousands of runs) is not a bomb. The quick reader (yaml-plain.ts)
    // reads such a file too, so both readers accept it.
    if (targets.size > 0 && size > limits.maxExpandedNodes) {
      throw new YamlLimitError(
        `aliases expand to more than ${limits.maxExpandedNodes} nodes (an alias bomb?)`,
      );
    }
    active.delete(node);
    sizes.set(node, size);
    return size;
  };

  expand(doc.contents as Node | null);
}
