// The README's "Usage as an Action" tables are what users read instead of action.yml: they must
// list every input and output, with action.yml's defaults, and keep the section the fork warning
// links to.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  forkRecipeAnchor,
  forkRecipeHeading,
  Input,
  inputDefaults,
  Output,
} from '../../src/github/constants.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const actionYml = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

/** The rows of the table under a `### {heading}`, as arrays of cell texts. */
function tableUnder(heading: string): string[][] {
  const start = readme.indexOf(`\n### ${heading}\n`);
  expect(start, `README has no "### ${heading}"`).toBeGreaterThan(0);
  const section = readme.slice(start).split(/\n#{2,3} /)[1]!;
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .slice(1)
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
}

/** GitHub's heading anchor: lower case, punctuation other than - and _ dropped, spaces to -. */
function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

describe('README: Usage as an Action', () => {
  it('the inputs table has every input, in action.yml order, with its default', () => {
    const rows = tableUnder('Inputs');
    expect(rows.map((row) => row[0])).toEqual(Object.keys(actionYml.inputs).map((name) => `\`${name}\``));
    for (const [name, default_] of rows.map((row) => [row[0]!.slice(1, -1), row[1]!] as const)) {
      const declared = inputDefaults[name as Input];
      if (name === Input.ExperimentPath) expect(default_).toBe('(required)');
      else if (declared !== '')
        expect({ name, default: default_ }).toEqual({ name, default: `\`${declared}\`` });
      else expect({ name, default: default_ }).not.toEqual({ name, default: '' });
    }
  });

  it('the outputs table has every output', () => {
    const named = tableUnder('Outputs').flatMap((row) => row[0]!.split(',').map((cell) => cell.trim()));
    expect(named.sort()).toEqual(
      Object.values(Output)
        .map((name) => `\`${name}\``)
        .sort(),
    );
  });

  it('has the section the fork / read-only token warning links to', () => {
    expect(readme).toContain(`\n### ${forkRecipeHeading}\n`);
    expect(anchorOf(forkRecipeHeading)).toBe(forkRecipeAnchor);
  });
});
