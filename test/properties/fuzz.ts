// `npm run fuzz [-- --seconds N] [--seed S]`: the property checks of `npm test`
// (test/properties/properties.ts) run for N seconds in all (default 60), split evenly between them.
// Prints, per property, the cases run and the failures (with the shrunk counterexample); exits 1 on
// any failure.
import fc from 'fast-check';
import { cleanScratch, PROPERTIES } from './properties.js';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? Number.NaN : Number(process.argv[index + 1]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const seconds = option('seconds', 60);
const baseSeed = option('seed', Date.now() % 2 ** 31);
const perProperty = (seconds * 1000) / PROPERTIES.length;
let failures = 0;
let total = 0;
console.log(`fuzz: ${PROPERTIES.length} properties, ${seconds} s in all, seed ${baseSeed}`);
for (const [index, { name, property }] of PROPERTIES.entries()) {
  const deadline = Date.now() + perProperty;
  let runs = 0;
  let failed = 0;
  let round = 0;
  // Several rounds with fresh seeds: one fc.check shrinks and stops at its first failure.
  while (Date.now() < deadline) {
    const seed = (baseSeed + index * 7919 + round * 104729) % 2 ** 31;
    round += 1;
    const result = await fc.check(property, {
      numRuns: Number.MAX_SAFE_INTEGER,
      interruptAfterTimeLimit: Math.max(1, deadline - Date.now()),
      seed,
    });
    runs += result.numRuns;
    if (result.failed) {
      failed += 1;
      console.log(`  FAILURE in "${name}" (seed ${seed}, path ${result.counterexamplePath ?? '?'}):`);
      console.log(`    ${fc.stringify(result.counterexample).slice(0, 2000)}`);
      console.log(`    ${String(result.errorInstance).split('\n').slice(0, 6).join('\n    ')}`);
    }
  }
  total += runs;
  failures += failed;
  console.log(`${name}: ${runs} cases, ${failed} failures`);
}
cleanScratch();
console.log(`fuzz: ${total} cases in all, ${failures} failures`);
process.exitCode = failures > 0 ? 1 : 0;
