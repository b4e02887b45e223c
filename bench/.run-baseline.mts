import { run } from './baseline.bench.ts';
await run();
