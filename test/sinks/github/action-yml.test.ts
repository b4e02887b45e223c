// action.yml and the code must agree on every input, output and default.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Input, inputDefaults, Output } from '../../../src/sinks/github/constants.js';

interface ActionYml {
  name: string;
  description: string;
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
}

const actionYml = parse(readFileSync(new URL('../../../action.yml', import.meta.url), 'utf8')) as ActionYml;

describe('action.yml', () => {
  it('declares exactly the inputs the code reads', () => {
    expect(Object.keys(actionYml.inputs).sort()).toEqual(Object.values(Input).sort());
  });

  it('declares exactly the outputs the code sets', () => {
    expect(Object.keys(actionYml.outputs).sort()).toEqual(Object.values(Output).sort());
  });

  it('has the defaults the code assumes, and only experiment-path is required', () => {
    for (const input of Object.values(Input)) {
      const declared = actionYml.inputs[input]!;
      expect({ input, default: declared.default ?? '' }).toEqual({ input, default: inputDefaults[input] });
      expect({ input, required: declared.required === true }).toEqual({
        input,
        required: input === Input.ExperimentPath,
      });
    }
  });

  it('documents every input and output', () => {
    for (const [name, input] of Object.entries(actionYml.inputs))
      expect(input.description, name).toMatch(/\w{3}/);
    for (const [name, output] of Object.entries(actionYml.outputs))
      expect(output.description, name).toMatch(/\w{3}/);
  });

  it('runs dist/index.js on Node 24 and has branding', () => {
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(actionYml.branding.icon).toMatch(/^[a-z0-9-]+$/);
    // The only colours the Marketplace accepts.
    expect(['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']).toContain(
      actionYml.branding.color,
    );
  });

  it('has a name and a description the Marketplace accepts (it refuses descriptions of 125 characters or more)', () => {
    expect(actionYml.name).toMatch(/\w/);
    expect(actionYml.description.length).toBeGreaterThan(20);
    expect(actionYml.description.length).toBeLessThan(125);
  });
});
