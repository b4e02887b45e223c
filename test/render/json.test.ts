import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/render/json.js';
import { completeSweep, partialSweep } from '../fixtures/summaries.js';

describe('summary.json', () => {
  it('has schema 1, the documented fields in order, 2-space indent and a trailing newline', () => {
    const text = renderJson(completeSweep());
    expect(text.endsWith('}\n')).toBe(true);
    expect(
      text.startsWith('{\n  "schema": 1,\n  "experiment": {\n    "name": "cap_lora_rank_2026-03-16",'),
    ).toBe(true);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual([
      'schema',
      'experiment',
      'generated',
      'complete',
      'total',
      'runs',
      'training',
      'evaluations',
      'best',
      'incomplete',
      'warnings',
    ]);
    const evaluations = parsed['evaluations'] as Array<Record<string, unknown>>;
    expect(Object.keys(evaluations[0] ?? {}).slice(0, 10)).toEqual([
      'run',
      'task',
      'epoch',
      'accuracy',
      'balanced_accuracy',
      'f1',
      'samples',
      'stderr',
      'status',
      'log',
    ]);
  });

  it('writes the same text whatever order the model built its objects in', () => {
    const summary = completeSweep();
    const shuffled = JSON.parse(JSON.stringify(summary), (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    ) as typeof summary;
    // The researcher's parameters keep the YAML's order, so put them back as they were.
    shuffled.runs.forEach((run, index) => (run.parameters = summary.runs[index]?.parameters ?? {}));
    expect(renderJson(shuffled)).toBe(renderJson(summary));
  });

  it('turns a nan or infinite loss into null and keeps fields added later after the documented ones', () => {
    const summary = partialSweep();
    const first = summary.training[0];
    if (!first) throw new Error('fixture has training rows');
    first.final_loss = Number.NaN;
    first.duration_s = Number.POSITIVE_INFINITY;
    (first as unknown as Record<string, unknown>)['a_new_field'] = 1;
    const parsed = JSON.parse(renderJson(summary)) as { training: Array<Record<string, unknown>> };
    expect(parsed.training[0]?.['final_loss']).toBeNull();
    expect(parsed.training[0]?.['duration_s']).toBeNull();
    expect(Object.keys(parsed.training[0] ?? {}).at(-1)).toBe('a_new_field');
  });

  it('leaves out optional fields the model does not have instead of writing undefined', () => {
    const parsed = JSON.parse(renderJson(completeSweep())) as {
      runs: Array<{ finetune: Record<string, unknown> }>;
    };
    const control = parsed.runs[2]?.finetune;
    expect(control).toEqual({ status: 'N/A' });
  });
});

describe('summary.json with control characters in names', () => {
  it('is strict JSON with no raw control, DEL, C1 or line-separator character, and keeps the name verbatim', () => {
    const summary = completeSweep();
    const name = 'a\u0000b\u001bc\u007fd\u0085e\u009bf\u2028g\u2029h\ud800i';
    summary.experiment.name = name;
    const json = renderJson(summary);
    // eslint-disable-next-line no-control-regex
    expect(json.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    expect((JSON.parse(json) as { experiment: { name: string } }).experiment.name).toBe(name);
  });
});
