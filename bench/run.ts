// `npm run bench`: each benchmark module in turn; each prints its own figures.
const benches = ['./render.bench.js'];

for (const name of benches) {
  const bench = (await import(name)) as { run: () => Promise<void> };
  await bench.run();
}
