import { describe, expect, it } from 'vitest';
import { actionOutputs, failOnVerdict } from '../../../src/sinks/github/outputs.js';
import { experimentSummary } from './summary-fixture.js';

const files = { markdown: '/x/summary.md', json: '/x/summary.json' };

describe('the action outputs', () => {
  it('best-* come from the first task of the Best table; comment and artifact from the sinks', () => {
    const outputs = actionOutputs({
      summary: experimentSummary(),
      files,
      comment: {
        action: 'updated',
        id: 55,
        url: 'https://github.com/o/r/pull/7#issuecomment-55',
        pullRequest: 7,
      },
      artifact: {
        uploaded: true,
        id: 9,
        url: 'https://github.com/o/r/actions/runs/1/artifacts/9',
        name: 'a',
        size: 100,
      },
    });
    expect(outputs).toEqual({
      'summary-path': '/x/summary.md',
      'summary-json-path': '/x/summary.json',
      complete: '2',
      total: '3',
      'best-run': 'rank4',
      'best-epoch': '2',
      'best-metric': 'balanced_accuracy',
      'best-value': '0.8125',
      'comment-id': '55',
      'comment-url': 'https://github.com/o/r/pull/7#issuecomment-55',
      'artifact-id': '9',
      'artifact-url': 'https://github.com/o/r/actions/runs/1/artifacts/9',
      'wait-result': '',
    });
  });

  it('wait-result says how a watch ended', () => {
    const watched = (state: 'finished' | 'timed-out' | 'stopped' | 'watching') =>
      actionOutputs({
        summary: experimentSummary({
          watch: { state, started: '2026-12-07T12:00:00.000Z', checks: 3, interval_s: 300 },
        }),
        files,
        comment: null,
        artifact: null,
      })['wait-result'];
    expect(watched('finished')).toBe('finished');
    expect(watched('timed-out')).toBe('timed-out');
    expect(watched('stopped')).toBe('stopped');
    expect(watched('watching')).toBe('');
  });

  it('nothing evaluated, no comment, no artifact: those outputs are empty strings', () => {
    const outputs = actionOutputs({
      summary: experimentSummary({ best: [] }),
      files,
      comment: { action: 'skipped', reason: 'comment: off' },
      artifact: { uploaded: false, reason: 'GHES' },
    });
    expect(outputs['best-run']).toBe('');
    expect(outputs['best-epoch']).toBe('');
    expect(outputs['best-value']).toBe('');
    expect(outputs['comment-id']).toBe('');
    expect(outputs['artifact-url']).toBe('');
  });

  it('a control run as best has an empty best-epoch', () => {
    const outputs = actionOutputs({
      summary: experimentSummary({
        best: [{ task: 't', run: 'base', epoch: null, metric: 'accuracy', value: 0.5 }],
      }),
      files,
      comment: null,
      artifact: null,
    });
    expect(outputs['best-epoch']).toBe('');
  });
});

describe('fail-on', () => {
  it('never: a timed-out run does not fail the step', () => {
    expect(failOnVerdict(experimentSummary(), 'never')).toBeNull();
  });

  it('incomplete: fails while any run has not finished every stage', () => {
    expect(failOnVerdict(experimentSummary(), 'incomplete')).toBe(
      'fail-on: incomplete — 1 of 3 runs are not complete.',
    );
    expect(failOnVerdict(experimentSummary({ complete: 3 }), 'incomplete')).toBeNull();
  });

  it('failed: a TIMEOUT fine-tuning fails the step, a run still RUNNING does not', () => {
    expect(failOnVerdict(experimentSummary(), 'failed')).toBe(
      'fail-on: failed — 1 failed stage: rank8 fine-tuning TIMEOUT.',
    );
    const running = experimentSummary();
    running.runs[1]!.finetune.status = 'RUNNING';
    expect(failOnVerdict(running, 'failed')).toBeNull();
  });

  it('failed: an evaluation log that ended in error fails the step', () => {
    const summary = experimentSummary();
    summary.runs[1]!.finetune.status = 'COMPLETED';
    summary.evaluations[2]!.status = 'error';
    expect(failOnVerdict(summary, 'failed')).toMatch(/rank4 evaluation of sentiment error/);
  });
});
