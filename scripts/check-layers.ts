// Checks the architecture of src/: imports only go down the layers, nothing imports in a circle,
// and only the GitHub sink imports @actions/*. Run by `npm run lint`; the layer table below is the
// one place the rule is written (README "Architecture" describes it).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Lowest first. A file may import its own layer and any layer below it, never one above. */
export const LAYERS: ReadonlyArray<{ name: string; holds: (file: string) => boolean }> = [
  { name: 'util', holds: (f) => f.startsWith('src/util/') },
  { name: 'diagnostic', holds: (f) => f === 'src/diagnostic.ts' },
  { name: 'sources', holds: (f) => f.startsWith('src/sources/') },
  { name: 'model', holds: (f) => f.startsWith('src/model/') },
  { name: 'render', holds: (f) => f.startsWith('src/render/') },
  { name: 'pipeline', holds: (f) => f.startsWith('src/pipeline/') },
  { name: 'sinks', holds: (f) => f.startsWith('src/sinks/') },
  { name: 'cli', holds: (f) => f.startsWith('src/cli/') },
  { name: 'entry', holds: (f) => f === 'src/index.ts' },
];

const GITHUB_SINK = 'src/sinks/github/';

/** Module specifiers of every import, `export … from` and dynamic import() of a file. */
export function importsOf(text: string): string[] {
  const found: string[] = [];
  const pattern =
    /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;(=])import\s*\(?\s*['"]([^'"]+)['"]/gm;
  for (const match of text.matchAll(pattern)) found.push((match[1] ?? match[2])!);
  return found;
}

function layerOf(file: string): number {
  return LAYERS.findIndex((layer) => layer.holds(file));
}

/** Problems in a set of files of src/ and scripts/ (paths relative to the repository, `/`-separated). */
export function checkLayers(files: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const graph = new Map<string, string[]>();
  for (const [file, text] of files) {
    if (file.startsWith('scripts/')) {
      for (const specifier of importsOf(text).filter((s) => /^(?:\.\.\/)+test\//.test(s))) {
        problems.push(
          `${file}: imports ${specifier}; scripts/ imports nothing from test/ (share code in scripts/lib/)`,
        );
      }
      continue;
    }
    const from = layerOf(file);
    if (from < 0) problems.push(`${file}: not in any layer of scripts/check-layers.ts; put it in one`);
    const edges: string[] = [];
    for (const specifier of importsOf(text)) {
      if (specifier.startsWith('@actions/') && !file.startsWith(GITHUB_SINK)) {
        problems.push(`${file}: imports ${specifier}; only ${GITHUB_SINK} talks to GitHub`);
      }
      if (!specifier.startsWith('.')) continue;
      const target = path.posix.join(path.posix.dirname(file), specifier).replace(/\.js$/, '.ts');
      edges.push(target);
      const to = layerOf(target);
      if (from >= 0 && to > from) {
        problems.push(
          `${file}: imports ${specifier} (${LAYERS[to]!.name}), a layer above ${LAYERS[from]!.name}; ` +
            `imports only go down: ${LAYERS.map((l) => l.name)
              .reverse()
              .join(' → ')}`,
        );
      }
    }
    graph.set(file, edges);
  }
  for (const cycle of cycles(graph)) problems.push(`import cycle: ${cycle.join(' → ')}`);
  return problems;
}

/** One cycle per strongly connected component of more than one file (or a file importing itself). */
function cycles(graph: ReadonlyMap<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node))
      found.push([...component.reverse(), node]);
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}

/** Every .ts file under src/ and every .ts and .js file under scripts/ of the repository at `root`. */
export function readSources(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const entries = ['src', 'scripts'].flatMap((dir) =>
    readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true }),
  );
  for (const entry of entries) {
    if (
      !entry.isFile() ||
      !/\.[jt]s$/.test(entry.name) ||
      (entry.name.endsWith('.js') && !entry.parentPath.includes('scripts'))
    )
      continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(root, full).split(path.sep).join('/'), readFileSync(full, 'utf8'));
  }
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const problems = checkLayers(readSources(root));
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) {
    console.error(`check-layers: ${problems.length} problem(s); see the Architecture section of README.md`);
    process.exit(1);
  }
}
