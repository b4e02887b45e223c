// `npm run bench`: runs every benchmark in turn. Benchmarks print their own figures; they are not
// tests (speed and memory depend on the machine) and generate their data under bench/.data/.
const benches: Array<{ name: string; load: () => Promise<{ run: () => Promise<void> }> }> = [
  { name: 'eval-reader', load: () => import('./eval-reader.bench.js') },
  { name: 'training-log', load: () => import('./training-log.bench.js') },
  { name: 'render', load: () => import('./render.bench.js') },
  { name: 'pipeline', load: () => import('./pipeline.bench.js') },
  { name: 'hostile-yaml', load: () => import('./hostile-yaml.bench.js') },
  { name: 'watch', load: () => import('./watch.bench.js') },
];

for (const bench of benches) {
  console.log(`\n== ${bench.name}`);
  const { run } = await bench.load();
  await run();
}
