import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLossCurve } from '../../../src/sources/slurm/loss-curve.js';
import { buildTrainingLog } from '../../../scripts/lib/training-log.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
const write = (name: string, text: string | Buffer): string => {
  const path = join(dir(), name);
  writeFileSync(path, text);
  return path;
};
const loss = (step: number): number => 2 / Math.sqrt(step);

describe('readLossCurve', () => {
  it('reads a small log whole: one point per step, the last render of each step', async () => {
    const path = write('small.out', buildTrainingLog({ jobId: '1', epochs: 2, stepsPerEpoch: 25, loss }));
    const curve = await readLossCurve(path);
    expect(curve.error).toBeNull();
    expect(curve.points.map((p) => p.step)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(curve.points[49]).toEqual({ epoch: 2, step: 50, loss: loss(50) });
    expect(curve.divergedAt).toBeNull();
    expect(curve.bytesRead).toBe(curve.fileSize);
  });

  it('thins a small log with many steps to maxPoints, first and last kept', async () => {
    const path = write('thin.out', buildTrainingLog({ jobId: '1', epochs: 1, stepsPerEpoch: 200, loss }));
    const curve = await readLossCurve(path, { maxPoints: 60, windowBytes: 1024 * 1024 });
    expect(curve.points).toHaveLength(60);
    expect(curve.points[0]!.step).toBe(1);
    expect(curve.points[59]!.step).toBe(200);
  });

  it('reads a large log in windows: ≤ 60 points, a small share of the bytes, the final value kept', async () => {
    // 2 × 15,000 steps ≈ 2.9 MB; 60 windows of 2 KiB = 120 KiB.
    const path = write('large.out', buildTrainingLog({ jobId: '1', epochs: 2, stepsPerEpoch: 15_000, loss }));
    const curve = await readLossCurve(path);
    expect(curve.fileSize).toBeGreaterThan(2_500_000);
    expect(curve.bytesRead).toBeLessThanOrEqual(60 * 2 * 1024);
    expect(curve.points.length).toBeGreaterThan(50);
    expect(curve.points.length).toBeLessThanOrEqual(60);
    const steps = curve.points.map((p) => p.step);
    expect(steps).toEqual([...steps].sort((x, y) => x - y));
    expect(curve.points.at(-1)).toEqual({ epoch: 2, step: 30_000, loss: loss(30_000) });
    for (const point of curve.points) expect(point.loss).toBe(loss(point.step));
    // Spread over the run: the first point is in the first few hundred steps, gaps are even.
    expect(steps[0]).toBeLessThan(600);
    expect(curve.points.some((p) => p.epoch === 1) && curve.points.some((p) => p.epoch === 2)).toBe(true);
  });

  it('locates a divergence (nan) to within a window by bisection', async () => {
    const diverging = (step: number): number => (step < 13_017 ? loss(step) : NaN);
    // Python prints a nan loss as `nan`.
    const text = buildTrainingLog({ jobId: '1', epochs: 1, stepsPerEpoch: 30_000, loss: diverging });
    const path = write('nan.out', text.replaceAll('Loss: NaN', 'Loss: nan'));
    const curve = await readLossCurve(path);
    expect(curve.divergedAt).not.toBeNull();
    expect(curve.divergedAt!.loss).toBeNaN();
    // Bisection narrows it to within a window (2 KiB ≈ 20 renders) of step 13,017.
    expect(curve.divergedAt!.step).toBeGreaterThanOrEqual(13_017);
    expect(curve.divergedAt!.step).toBeLessThan(13_017 + 100);
    expect(curve.points.some((p) => p.step === curve.divergedAt!.step)).toBe(true);
    expect(curve.points.length).toBeLessThanOrEqual(60);
    for (const point of curve.points) expect(Number.isNaN(point.loss)).toBe(point.step >= 13_017);
    expect(curve.bytesRead).toBeLessThan(700 * 1024);
  });

  it('marks inf as divergence in a small log too', async () => {
    const text = buildTrainingLog({
      jobId: '1',
      epochs: 1,
      stepsPerEpoch: 10,
      loss: (s) => (s >= 7 ? Infinity : 1),
    });
    const curve = await readLossCurve(write('inf.out', text.replaceAll('Infinity', 'inf')));
    expect(curve.divergedAt).toEqual({ epoch: 1, step: 7, loss: Infinity });
  });

  it('survives garbage and truncated windows, and finds the final render behind a long traceback', async () => {
    const log = buildTrainingLog({ jobId: '1', epochs: 1, stepsPerEpoch: 20_000, loss, ending: 'cuda-oom' });
    const middle = Math.floor(log.length / 2);
    const garbage = Buffer.alloc(300_000);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919) % 256;
    const traceback = 'Traceback (most recent call last):\n' + '  File "x.py", line 1, in f\n'.repeat(2_000);
    const path = write(
      'garbage.out',
      Buffer.concat([Buffer.from(log.slice(0, middle)), garbage, Buffer.from(log.slice(middle) + traceback)]),
    );
    const curve = await readLossCurve(path);
    expect(curve.error).toBeNull();
    expect(curve.points.at(-1)).toEqual({ epoch: 1, step: 20_000, loss: loss(20_000) });
    for (const point of curve.points) expect(point.loss).toBe(loss(point.step));
    expect(curve.points.length).toBeGreaterThan(40);
    expect(curve.points.length).toBeLessThanOrEqual(60);
  });

  it('gives no points for a log without loss renders or an empty file', async () => {
    const crashed = buildTrainingLog({
      jobId: '1',
      epochs: 1,
      stepsPerEpoch: 5,
      loss,
      stopAfterStep: 0,
      ending: 'python-error',
    });
    expect((await readLossCurve(write('crashed.out', crashed))).points).toEqual([]);
    const empty = await readLossCurve(write('empty.out', ''));
    expect(empty).toMatchObject({ points: [], divergedAt: null, error: null, fileSize: 0 });
  });

  it('names the file and the problem when it cannot be read', async () => {
    const missing = await readLossCurve(join(dir(), 'nope.out'));
    expect(missing.error).toMatch(/nope\.out/);
    expect(missing.error).toMatch(/no such file/i);
    const folder = join(dir(), 'a-dir.out');
    mkdirSync(folder);
    const isDir = await readLossCurve(folder);
    expect(isDir.error).toMatch(/a-dir\.out/);
    expect(isDir.points).toEqual([]);
  });
});
