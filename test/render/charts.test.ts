import { describe, expect, it } from 'vitest';
import {
  mermaidLabel,
  mermaidNumber,
  renderCharts,
  renderLossChart,
  renderMetricChart,
  type LossChartRun,
  type MetricChart,
} from '../../src/render/charts.js';

const NASTY_NAMES = [
  'say "hi" | [x] (y) {z}',
  '<script>alert(1)</script> & #quot; #1; next',
  'run;ends; here %% comment',
  'µs → ms ≥ 5 Δt 🚀 名前',
  'x'.repeat(200),
  'line\nbreak\r\tand\u2028sep',
  '`**bold**` @someone #12',
  'a, b, c --> d',
];

/** Every statement of an xychart body, checked against the grammar the mermaid notes describe. */
function checkChart(markdown: string): { lines: string[][]; categories: number } {
  const body = /```mermaid\n---\n[\s\S]*?\n---\nxychart-beta\n([\s\S]*?)\n```/.exec(markdown);
  expect(body, markdown).not.toBeNull();
  const lines: string[][] = [];
  let categories = -1;
  const label = String.raw`"[^"\n]*"`;
  for (const statement of body![1]!.split('\n')) {
    // Labels hold no raw <, # or ; (only the entities the chart writer makes).
    for (const quoted of statement.match(/"[^"]*"/g) ?? []) {
      expect(quoted.replace(/#(?:quot|lt|35|59);/g, '')).not.toMatch(/[<#;]/);
    }
    if (new RegExp(`^  title ${label}$`).test(statement)) continue;
    if (new RegExp(`^  y-axis ${label} -?[0-9.]+ --> -?[0-9.]+$`).test(statement)) continue;
    const numericX = new RegExp(`^  x-axis ${label} (-?[0-9.]+) --> (-?[0-9.]+)$`).exec(statement);
    if (numericX) {
      categories = 50;
      continue;
    }
    const bandX = new RegExp(`^  x-axis ${label} \\[((?:${label}, )*${label})\\]$`).exec(statement);
    if (bandX) {
      categories = bandX[1]!.split('", "').length;
      continue;
    }
    const line = new RegExp(`^  line ${label} \\[(-?[0-9.]+(?:, -?[0-9.]+)*)\\]$`).exec(statement);
    expect(line, `not a valid statement: ${statement}`).not.toBeNull();
    lines.push(line![1]!.split(', '));
  }
  for (const values of lines) expect(values).toHaveLength(categories);
  return { lines, categories };
}

const curve = (run: string, steps: number, loss: (step: number) => number): LossChartRun => ({
  run,
  points: Array.from({ length: 60 }, (_, i) => {
    const step = Math.round(((i + 1) * steps) / 60);
    return { step, loss: loss(step) };
  }),
  divergedAt: null,
});

describe('mermaid text', () => {
  it('quotes and escapes labels so no name ends or breaks one', () => {
    expect(mermaidLabel('say "hi"')).toBe('"say #quot;hi#quot;"');
    expect(mermaidLabel('<b> #1; x')).toBe('"#lt;b> #35;1#59; x"');
    expect(mermaidLabel('a\nb')).toBe('"a b"');
    expect(mermaidLabel('x'.repeat(200))).toBe(`"${'x'.repeat(39)}…"`);
    expect(mermaidLabel('🚀'.repeat(50))).toBe(`"${'🚀'.repeat(39)}…"`);
  });

  it('writes numbers without exponents', () => {
    expect(mermaidNumber(1e-7)).toBe('0');
    expect(mermaidNumber(-0)).toBe('0');
    expect(mermaidNumber(0.12345678)).toBe('0.123457');
    expect(mermaidNumber(3e21)).toBe('3000000000000000000000');
    expect(mermaidNumber(2.5)).toBe('2.5');
  });
});

describe('renderLossChart', () => {
  it('draws runs of the same length on a step axis, 50 values per line, the final value last', () => {
    const chart = renderLossChart([
      curve('rank4', 500, (s) => 2 / Math.sqrt(s)),
      curve('rank8', 500, (s) => 1 / Math.sqrt(s)),
    ]);
    const { lines } = checkChart(chart);
    // From the first step drawn (500/60 → 8) to the last.
    expect(chart).toContain('x-axis "step" 8 --> 500');
    // 2/√8 = 0.707 at step 8 is more than twice the highest loss after the first 10% of the run
    // (2/√58 = 0.263): the axis tops at 0.3 and the first steps are drawn at the top, as the note says.
    expect(chart).toContain('y-axis "loss" 0 --> 0.3');
    expect(lines[0]![0]).toBe('0.3');
    expect(chart).toContain('Losses above 0.3 (the first steps) are drawn at the top.');
    expect(lines).toHaveLength(2);
    expect(lines[0]!.at(-1)).toBe(mermaidNumber(2 / Math.sqrt(500)));
    expect(chart).toContain('🟦 rank4 · 🟥 rank8');
  });

  it('uses each run’s progress when lengths differ, and shows a divergence at the top', () => {
    const diverged = curve('rank16', 300, (s) => (s >= 150 ? NaN : 1));
    diverged.divergedAt = { step: 150, loss: NaN };
    const chart = renderLossChart([curve('rank4', 500, () => 0.5), diverged]);
    const { lines } = checkChart(chart);
    expect(chart).toContain('x-axis "% of each run" 0 --> 100');
    expect(lines[1]!.slice(-5)).toEqual(['1', '1', '1', '1', '1']);
    expect(chart).toContain('rank16 (diverged: loss nan at step 150, drawn at the top from there)');
    expect(chart).toContain('the x axis is each run’s progress');
  });

  it('summarises many runs: the 8 lowest final losses, with a note', () => {
    const runs = Array.from({ length: 120 }, (_, i) => curve(`run ${i}`, 400, () => 1 + i / 100));
    const chart = renderLossChart(runs);
    expect(checkChart(chart).lines).toHaveLength(8);
    expect(chart).toContain('112 more run(s) not drawn; shown: the 8 with the lowest final loss.');
    expect(chart).toContain('run 7');
    expect(chart).not.toContain('run 8 ');
  });

  it('counts the runs whose curve was not read among those not drawn', () => {
    const chart = renderLossChart([curve('a', 100, () => 1), curve('b', 100, () => 0.5)], { notRead: 40 });
    expect(chart).toContain('40 more run(s) not drawn; shown: the 2 with the lowest final loss.');
  });

  it('never breaks on hostile names', () => {
    const chart = renderLossChart(NASTY_NAMES.map((name) => curve(name, 100, () => 0.3)));
    checkChart(chart);
    // The legend is markdown: one line, escaped.
    const legend = chart.split('\n').find((line) => line.startsWith('🟦'))!;
    expect(legend).toContain('say "hi" \\| \\[x\\]');
    expect(legend).toContain('&lt;script&gt;');
  });

  it('draws nothing without two points', () => {
    expect(renderLossChart([{ run: 'r', points: [{ step: 1, loss: 1 }], divergedAt: null }])).toBe('');
  });
});

describe('renderMetricChart', () => {
  const chart: MetricChart = {
    task: 'capitalization',
    metric: 'balanced accuracy',
    lines: [
      {
        run: 'rank4',
        control: false,
        values: [
          { epoch: 0, value: 0.7 },
          { epoch: 1, value: 0.8 },
          { epoch: 2, value: 0.85 },
        ],
      },
      {
        run: 'rank8',
        control: false,
        values: [
          { epoch: 0, value: 0.75 },
          { epoch: 2, value: 0.95 },
        ],
      },
      { run: 'base', control: true, values: [{ epoch: 0, value: 0.55 }] },
    ],
  };

  it('draws one line per run, the control flat, interpolating a missing epoch and saying so', () => {
    const text = renderMetricChart(chart);
    const { lines, categories } = checkChart(text);
    expect(categories).toBe(3);
    expect(lines).toEqual([
      ['0.7', '0.8', '0.85'],
      ['0.75', '0.85', '0.95'],
      ['0.55', '0.55', '0.55'],
    ]);
    expect(text).toContain('x-axis "checkpoint epoch" ["0", "1", "2"]');
    expect(text).toContain('y-axis "balanced accuracy" 0.4 --> 1');
    expect(text).toContain('🟥 rank8 (epoch 1 not evaluated: line interpolated)');
    expect(text).toContain('⬛ base (control: not fine-tuned, drawn flat)');
    expect(text).toContain('plotColorPalette: "#2563eb, #dc2626, #111827"');
  });

  it('keeps the best runs when there are hundreds', () => {
    const many: MetricChart = {
      task: 't',
      metric: 'accuracy',
      lines: Array.from({ length: 300 }, (_, i) => ({
        run: `r${i}`,
        control: false,
        values: [
          { epoch: 0, value: i / 300 },
          { epoch: 1, value: i / 300 },
        ],
      })),
    };
    const text = renderMetricChart(many);
    expect(checkChart(text).lines).toHaveLength(8);
    expect(text).toContain('r299');
    expect(text).toContain('292 more run(s) not drawn; shown: the 8 with the highest accuracy.');
  });

  it('draws nothing with fewer than two epochs', () => {
    expect(
      renderMetricChart({
        ...chart,
        lines: [chart.lines[0]!].map((l) => ({ ...l, values: l.values.slice(0, 1) })),
      }),
    ).toBe('');
  });
});

describe('renderCharts', () => {
  it('puts the charts in a collapsible section, hostile task names included', () => {
    const text = renderCharts({
      loss: [curve('rank4', 100, () => 1), curve('rank8', 100, () => 0.5)],
      metrics: NASTY_NAMES.map((task) => ({ task, metric: 'accuracy', lines: chart2(task) })),
    });
    expect(text.startsWith('<details>\n<summary>Charts</summary>\n')).toBe(true);
    expect(text.endsWith('\n</details>')).toBe(true);
    expect(text.match(/```mermaid/g)).toHaveLength(1 + NASTY_NAMES.length);
    for (const block of text.split('#### ').slice(1)) checkChart(block);
    expect(renderCharts({ loss: [], metrics: [] })).toBe('');
  });
});

function chart2(name: string): MetricChart['lines'] {
  return [
    {
      run: name,
      control: false,
      values: [
        { epoch: 0, value: 0.5 },
        { epoch: 1, value: 0.6 },
      ],
    },
    { run: `${name} control`, control: true, values: [{ epoch: 0, value: 0.4 }] },
  ];
}
