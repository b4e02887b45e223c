// `npm run bench`: runs every benchmark in turn; each prints its own figures.
const benches: Array<{ name: string; load: () => Promise<{ run: () => Promise<void> }> }> = [
  { name: 'training-log', load: () => import('./training-log.bench.js') },
  { name: 'render', load: () => import('./render.bench.js') },
];

for (const bench of benches) {
  const { run } = await bench.load();
  await run();
}
