import { run } from './sinks/github/action.js';

await run();
