import { describe, expect, it } from 'vitest';
import { diagnosticsForDisplay, type Diagnostic } from '../src/diagnostic.js';

describe('diagnosticsForDisplay', () => {
  it('shows files relative to the experiment, drops the absolute path from messages, and keeps each once', () => {
    const diagnostics: Diagnostic[] = [
      { level: 'error', file: '/x/exp/r1/slurm-1.out', message: '/x/exp/r1/slurm-1.out: permission denied' },
      { level: 'error', file: '/x/exp/r1/slurm-1.out', message: '/x/exp/r1/slurm-1.out: permission denied' },
      { level: 'warning', file: '/elsewhere/log.eval', message: 'read /elsewhere/log.eval twice' },
      { level: 'warning', file: null, message: 'sacct is not installed' },
      { level: 'warning', file: 'experiment_summary.yaml', line: 3, message: 'runs[0].type: missing' },
    ];
    expect(diagnosticsForDisplay('/x/exp', diagnostics)).toEqual([
      { level: 'error', file: 'r1/slurm-1.out', message: 'permission denied' },
      { level: 'warning', file: '/elsewhere/log.eval', message: 'read /elsewhere/log.eval twice' },
      { level: 'warning', file: null, message: 'sacct is not installed' },
      { level: 'warning', file: 'experiment_summary.yaml', line: 3, message: 'runs[0].type: missing' },
    ]);
  });
});
