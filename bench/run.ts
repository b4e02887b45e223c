// `npm run bench [NAME...]`: runs every benchmark (or the named ones) in turn. Benchmarks print
// their own figures; they are not tests (speed and memory depend on the machine) and generate their
// data under bench/.data/. `cli` is the CLI against the floor (see bench/cli.bench.ts).
const benches: Array<{ name: string; load: () => Promise<{ run: () => Promise<void> }> }> = [
  { name: 'cli', load: () => import('./cli.bench.js') },
  { name: 'eval-reader', load: () => import('./eval-reader.bench.js') },
  { name: 'training-log', load: () => import('./training-log.bench.js') },
  { name: 'render', load: () => import('./render.bench.js') },
  { name: 'pipeline', load: () => import('./pipeline.bench.js') },
  { name: 'hostile-yaml', load: () => import('./hostile-yaml.bench.js') },
  { name: 'watch', load: () => import('./watch.bench.js') },
  { name: 'baseline', load: () => import('./baseline.bench.js') },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !benches.some((bench) => bench.name === name));
if (unknown.length > 0) {
  console.error(`unknown bench ${unknown.join(', ')}; known: ${benches.map((b) => b.name).join(', ')}`);
  process.exit(2);
}
for (const bench of benches.filter((b) => wanted.length === 0 || wanted.includes(b.name))) {
  console.log(`\n== ${bench.name}`);
  const { run } = await bench.load();
  await run();
}
