// `npm run bench`: runs every benchmark in turn. Benchmarks print their own figures; they are not
// tests (speed and memory depend on the machine) and generate their data under bench/.data/.
const benches = ['./eval-reader.bench.js'];

for (const name of benches) {
  const bench = (await import(name)) as { run: () => Promise<void> };
  console.log(`\n== ${name.replace(/^\.\//, '').replace(/\.js$/, '')}`);
  await bench.run();
}
