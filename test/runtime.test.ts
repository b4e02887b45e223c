import { describe, expect, it } from 'vitest';

describe('test runtime', () => {
  it('runs on Node 24, the runtime the action declares (runs.using: node24)', () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
  });
});
