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
} from '../../../src/sinks/github/constants.js';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const actionYml = parse(readFileSync(new URL('../../../action.yml', import.meta.url), 'utf8')) as {
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

/** Every ```yaml block of the README, with the line it starts on (for the failure message). */
function yamlBlocks(): Array<{ line: number; text: string }> {
  return [...readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((match) => ({
    line: readme.slice(0, match.index).split('\n').length,
    text: match[1]!,
  }));
}

type Step = { uses?: unknown; run?: unknown };
type Job = { 'runs-on'?: unknown; steps?: unknown };

function expectSteps(steps: unknown, where: string): void {
  expect(Array.isArray(steps), `${where}: steps is a list`).toBe(true);
  for (const step of steps as Step[]) {
    expect(
      typeof step === 'object' &&
        step !== null &&
        (typeof step.uses === 'string' || typeof step.run === 'string'),
      `${where}: every step has uses or run (${JSON.stringify(step)})`,
    ).toBe(true);
  }
}

function expectJobs(jobs: unknown, where: string): void {
  expect(
    typeof jobs === 'object' && jobs !== null && !Array.isArray(jobs),
    `${where}: jobs is a mapping`,
  ).toBe(true);
  for (const [name, job] of Object.entries(jobs as Record<string, Job>)) {
    expect(job['runs-on'], `${where}: job ${name} has runs-on`).toBeDefined();
    expectSteps(job.steps, `${where}: job ${name}`);
  }
}

describe('README: the workflow examples', () => {
  const blocks = yamlBlocks();

  it('has the examples (a complete workflow, the matrix, the two fork workflows)', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
  });

  it.each(blocks.map((block) => [block.line, block.text] as const))(
    'the yaml block at README line %i parses and has the shape of a workflow, its jobs or its steps',
    (line, text) => {
      const where = `README line ${line}`;
      let document: unknown;
      expect(() => (document = parse(text, { prettyErrors: true })), where).not.toThrow();
      expect(typeof document === 'object' && document !== null, `${where}: a mapping or a list`).toBe(true);
      if (Array.isArray(document)) return expectSteps(document, where);
      const mapping = document as Record<string, unknown>;
      if ('on' in mapping) {
        expect(mapping.jobs, `${where}: a workflow with on: also has jobs:`).toBeDefined();
        return expectJobs(mapping.jobs, where);
      }
      if ('jobs' in mapping) return expectJobs(mapping.jobs, where);
      // A fragment of a workflow's jobs: each value is a job.
      expectJobs(mapping, where);
    },
  );
});

/** Every `env:` name defined anywhere in a parsed document. */
function envNames(node: unknown, names = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) envNames(item, names);
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'env' && typeof value === 'object' && value !== null)
        for (const name of Object.keys(value)) names.add(name);
      envNames(value, names);
    }
  }
  return names;
}

describe('README: the workflow_run recipe for forks', () => {
  const blocks = yamlBlocks();

  it.each(blocks.map((block) => [block.line, block.text] as const))(
    'every ${{ env.X }} of the yaml block at README line %i is defined in it',
    (line, text) => {
      const defined = envNames(parse(text));
      const used = [...text.matchAll(/\$\{\{[^}]*\benv\.([A-Za-z_][A-Za-z0-9_]*)/g)].map(
        (match) => match[1]!,
      );
      for (const name of used)
        expect(defined.has(name), `README line ${line}: env.${name} is never defined`).toBe(true);
    },
  );

  it('comments only after a pull request run, on a pull request whose head is the commit the experiment ran on', () => {
    const recipe = blocks
      .map(
        (block) =>
          parse(block.text) as {
            on?: { workflow_run?: unknown };
            jobs?: Record<
              string,
              {
                if?: string;
                steps: Array<{ run?: string; env?: Record<string, string>; with?: Record<string, string> }>;
              }
            >;
          },
      )
      .find((document) => document.on?.workflow_run !== undefined);
    expect(recipe, 'README has a workflow_run workflow').toBeDefined();
    const [job] = Object.values(recipe!.jobs!);
    expect(job!.if).toMatch(/github\.event\.workflow_run\.event == 'pull_request'/);
    const check = job!.steps.find((step) => step.run?.includes('gh api'))!;
    expect(check.run).toMatch(/gh api "repos\/\$REPO\/pulls\/\$number" --jq \.head\.sha/);
    expect(check.env!.HEAD_SHA).toBe('${{ github.event.workflow_run.head_sha }}');
    const action = job!.steps.find((step) => step.with?.['pr-number'] !== undefined)!;
    expect(action.with!['pr-number']).toBe('${{ steps.pr.outputs.number }}');
  });
});
