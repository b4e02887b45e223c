import { describe, expect, it } from 'vitest';
import { workflowLogText } from '../../../src/sinks/github/runtime.js';

describe('workflow log text', () => {
  it('cannot start a workflow command on a new line, nor carry escape sequences', () => {
    const name = 'exp\n::add-mask::x\r\n::stop-commands::t\u001b[2J';
    const text = workflowLogText(`Summarized ${name}: 1 of 2 runs complete`);
    expect(text.split(/\r?\n/)).toHaveLength(1);
    expect(text).not.toMatch(/^::/m);
    expect(text).not.toContain('\u001b');
    expect(workflowLogText('::error::boom')).toBe(' ::error::boom');
  });
});
