// Golden files: rendered output compared with a checked-in file, so a change in rendering shows up as
// a readable diff. UPDATE_GOLDEN=1 rewrites them.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';

/** Compares `actual` with `goldenDir/name` (tests keep their golden files in `__golden__` beside them). */
export async function expectGolden(goldenDir: string, name: string, actual: string): Promise<void> {
  const file = path.join(goldenDir, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    await mkdir(goldenDir, { recursive: true });
    await writeFile(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`No golden file ${file}: run the tests once with UPDATE_GOLDEN=1`);
  expect(actual, `differs from ${path.relative(process.cwd(), file)} (UPDATE_GOLDEN=1 rewrites it)`).toBe(
    await readFile(file, 'utf8'),
  );
}
