// Experiment directories for end-to-end tests, laid out the way cruijff_kit lays them out:
// experiment_summary.yaml, {run}/eval/logs/*.eval, {run}/eval/slurm-*.out, and the training
// outputs in {output.base_directory}/ck-out-{run}/ (or {run}/ when training failed).
import { cpSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Every file of a test tree gets this modification time, so the summaries do not depend on the clock. */
export const TREE_MTIME = new Date('2026-03-16T12:00:00Z');
/** The clock of the end-to-end tests: two hours after the files were last written. */
export const TEST_NOW = new Date('2026-03-16T14:00:05Z');

export interface TreeRun {
  name: string;
  type: 'fine-tuned' | 'control';
  visLabel?: string;
  tasks?: string[];
  /** Evaluated checkpoint epochs; default [0, 1] for fine-tuned runs, null for control. */
  epochs?: number[] | null;
}

const quote = (text: string): string => JSON.stringify(text);

export function experimentYaml(spec: {
  name: string;
  runs: TreeRun[];
  tasks: string[];
  epochs?: number;
}): string {
  const lines = [
    'experiment:',
    `  name: ${quote(spec.name)}`,
    `  question: "Does the LoRA rank matter?"`,
    'controls:',
    `  epochs: ${spec.epochs ?? 2}`,
    'output:',
    '  base_directory: "ck-outputs"',
    '  checkpoint_pattern: "ck-out-{run_name}/epoch_{N}"',
    'runs:',
  ];
  for (const run of spec.runs) {
    lines.push(
      `  - name: ${quote(run.name)}`,
      `    type: ${quote(run.type)}`,
      '    model: "Llama-3.2-1B-Instruct"',
    );
    lines.push(run.type === 'control' ? '    parameters: {}' : '    parameters:\n      lora_rank: 4');
  }
  lines.push('evaluation:', '  scorer:', '    - name: "match"', '  tasks:');
  for (const task of spec.tasks) lines.push(`    - name: ${quote(task)}`);
  lines.push('  matrix:');
  for (const run of spec.runs) {
    const epochs = run.epochs === undefined ? (run.type === 'control' ? null : [0, 1]) : run.epochs;
    lines.push(`    - run: ${quote(run.name)}`);
    if (run.visLabel) lines.push(`      vis_label: ${quote(run.visLabel)}`);
    lines.push(`      tasks: [${(run.tasks ?? spec.tasks).map(quote).join(', ')}]`);
    lines.push(`      epochs: ${epochs === null ? 'null' : `[${epochs.join(', ')}]`}`);
  }
  return lines.join('\n') + '\n';
}

/** Writes `files` (relative path → content) below `root`, every file with TREE_MTIME. */
export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [relative, content] of Object.entries(files)) {
    const path = join(root, relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    utimesSync(path, TREE_MTIME, TREE_MTIME);
  }
}

/** inspect's log file name for a task (underscores become hyphens in the name's task part). */
export function logFileName(created: string, task: string, id: string): string {
  return `${created}_${task.replaceAll('_', '-')}_${id}.eval`;
}

/** An eval job's SLURM output as inspect prints it at 80 columns: the Log: path folded. */
export function evalJobOutput(task: string, model: string, logFile: string): string {
  const line = `Log: logs/${logFile}`;
  const folded = line.match(/.{1,80}/g)!.join('\n');
  return `${task} (20 samples): ${model}\n\nmatch\naccuracy  0.800\nstderr    0.092\n\n${folded}\n`;
}

const DEMO = join(import.meta.dirname, '..', '..', 'examples', 'demo');
const DEMO_OUTPUTS = new Set(['summary.md', 'summary.json', 'logs']);

/** A copy of examples/demo as a fresh clone has it: without the outputs of an earlier run. */
export function copyDemo(destination: string): string {
  cpSync(DEMO, destination, {
    recursive: true,
    filter: (source) => source === DEMO || !DEMO_OUTPUTS.has(relative(DEMO, source)),
  });
  return destination;
}
