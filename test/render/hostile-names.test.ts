// The hostile names, end to end through summary.md and the PR comment: none pings, links or
// starts a block; the tables keep their columns and the comment's marker stays the only comment.
import { describe, expect, it } from 'vitest';
import { buildCommentBody, commentMarker } from '../../src/sinks/github/comment.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { partialSweep } from '../fixtures/summaries.js';
import { markdownProblems } from '../properties/properties.js';
import { liveAutolinks } from './autolinks.js';

const NAMES = [
  '@octocat',
  '@github/security',
  '#12',
  'owner/repo#1',
  'GH-1',
  'www.example.com',
  'admin@example.com',
  '# Big',
  '1. x',
  '> q',
  'a|b`c<!--d-->',
];

function hostileSummary() {
  const summary = partialSweep();
  summary.runs.forEach((run, index) => {
    const name = NAMES[index % NAMES.length]!;
    for (const row of summary.training) if (row.run === run.name) row.run = name;
    for (const row of summary.evaluations) if (row.run === run.name) row.run = name;
    for (const row of summary.incomplete) if (row.run === run.name) row.run = name;
    for (const row of summary.best) if (row.run === run.name) row.run = name;
    run.name = name;
  });
  summary.warnings = NAMES.map((name) => ({
    level: 'warning',
    file: null,
    message: `"${name}" is not a plain folder name`,
  }));
  summary.incomplete.forEach((row, index) => (row.notes = NAMES[(index + 3) % NAMES.length]!));
  return summary;
}

describe('hostile run names in summary.md and the PR comment', () => {
  it('the raw names would be live (the check can fail)', () => {
    expect(liveAutolinks(NAMES.join(' ')).length).toBeGreaterThanOrEqual(7);
  });

  it('nothing is live, no block starts, every table whole', () => {
    const markdown = renderMarkdown(hostileSummary());
    expect(markdownProblems(markdown)).toEqual([]);
    const marker = commentMarker('exp');
    const body = buildCommentBody('exp', (options) => renderMarkdown(hostileSummary(), options), '*footer*');
    expect(body.indexOf('-->')).toBe(marker.length - 3);
    expect(markdownProblems(body.slice(marker.length))).toEqual([]);
  });
});
