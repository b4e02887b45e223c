// Property-based checks in `npm test`: a bounded number of cases each, and a time limit, so the
// suite stays fast on a shared machine. `npm run fuzz` runs the same properties for longer.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { completeSweep } from '../fixtures/summaries.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { cleanScratch, markdownProblems, PROPERTIES } from './properties.js';

afterAll(cleanScratch);

describe('properties (fast-check)', () => {
  it('the markdown checker finds nothing in an ordinary summary (so what it finds is real)', () => {
    expect(markdownProblems(renderMarkdown(completeSweep()))).toEqual([]);
  });

  it('the markdown checker catches a raw hostile name', () => {
    expect(markdownProblems('| Run |\n|-----|\n| @octocat | x |\n\n- # Big\n')).toEqual(
      expect.arrayContaining([expect.stringContaining('table'), 'mention: @octocat', 'block: - # Big']),
    );
  });

  for (const { name, property } of PROPERTIES) {
    it(
      name,
      async () => {
        await fc.assert(property, {
          numRuns: 150,
          interruptAfterTimeLimit: 8_000,
          seed: Number(process.env.FC_SEED ?? 42),
        });
      },
      30_000,
    );
  }
});
