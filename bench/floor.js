// The floor of `npm run bench`: a minimal reader of an experiment that touches only the bytes a
// correct summary needs, in one thread, with synchronous reads of a warm page cache, and no
// validation, no model, no rendering. The CLI is measured against it the same way (a fresh
// process, wall time, peak RSS): the ratio is what the project's structure costs.
// For each `.eval` (ZIP): the end-of-central-directory record, the central directory, then only
// header.json (accuracy) and summaries.json (targets and answers: the confusion matrix), inflated
// and parsed. For each training output (slurm-*.out): backwards from its end until the last loss
// render, plus the 64 KiB tail a failure shows in. Prints its findings as one JSON line.
// usage: node bench/floor.js EXPERIMENT_DIR
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

const TAIL = 64 * 1024;

function readAt(fd, position, length) {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return buffer.subarray(0, done);
}

/** The central directory's members that matter: name -> {method, compressed, offset}. */
function centralDirectory(fd, size) {
  const tailStart = Math.max(0, size - (TAIL + 22));
  const tail = readAt(fd, tailStart, size - tailStart);
  let eocd = tail.length - 22;
  while (eocd >= 0 && tail.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('no end of central directory');
  let entries = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  if (cdOffset === 0xffffffff || entries === 0xffff) {
    const locator = eocd - 20;
    const zip64 = readAt(fd, Number(tail.readBigUInt64LE(locator + 8)), 56);
    entries = Number(zip64.readBigUInt64LE(32));
    cdSize = Number(zip64.readBigUInt64LE(40));
    cdOffset = Number(zip64.readBigUInt64LE(48));
  }
  const cd =
    cdOffset >= tailStart
      ? tail.subarray(cdOffset - tailStart, cdOffset - tailStart + cdSize)
      : readAt(fd, cdOffset, cdSize);
  const wanted = new Map();
  for (let at = 0, i = 0; i < entries; i++) {
    const nameLength = cd.readUInt16LE(at + 28);
    const extraLength = cd.readUInt16LE(at + 30);
    const name = cd.toString('latin1', at + 46, at + 46 + nameLength);
    if (name === 'header.json' || name === 'summaries.json') {
      let compressed = cd.readUInt32LE(at + 20);
      let offset = cd.readUInt32LE(at + 42);
      // zip64 sizes and offset live in the extra field (id 1), in this order, when 0xffffffff.
      for (let e = at + 46 + nameLength; e < at + 46 + nameLength + extraLength;) {
        const id = cd.readUInt16LE(e);
        const length = cd.readUInt16LE(e + 2);
        if (id === 1) {
          let field = e + 4;
          if (cd.readUInt32LE(at + 24) === 0xffffffff) field += 8;
          if (compressed === 0xffffffff) {
            compressed = Number(cd.readBigUInt64LE(field));
            field += 8;
          }
          if (offset === 0xffffffff) offset = Number(cd.readBigUInt64LE(field));
        }
        e += 4 + length;
      }
      wanted.set(name, { method: cd.readUInt16LE(at + 10), compressed, offset });
    }
    at += 46 + nameLength + extraLength + cd.readUInt16LE(at + 32);
  }
  return wanted;
}

function member(fd, entry) {
  const local = readAt(fd, entry.offset, 30);
  const start = entry.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  const data = readAt(fd, start, entry.compressed);
  if (entry.method === 0) return data;
  if (entry.method === 8) return inflateRawSync(data);
  throw new Error(`compression method ${entry.method} is not in the floor`);
}

function readEval(path, totals) {
  const fd = openSync(path, 'r');
  try {
    const members = centralDirectory(fd, fstatSync(fd).size);
    const header = JSON.parse(member(fd, members.get('header.json')).toString('utf8'));
    const score = header.results.scores[0];
    totals.accuracySum += score.metrics.accuracy.value;
    const summaries = JSON.parse(member(fd, members.get('summaries.json')).toString('utf8'));
    for (const summary of summaries) {
      const answer = summary.scores[score.scorer]?.answer;
      const target = summary.target;
      if (target === '1') totals[answer === '1' ? 'tp' : 'fn']++;
      else if (target === '0') totals[answer === '0' ? 'tn' : 'fp']++;
    }
    totals.samples += summaries.length;
    totals.evalLogs++;
  } finally {
    closeSync(fd);
  }
}

const LOSS = /(\d+)\|(\d+)\|Loss: ([^\s:]+)/g;
const FAILURE =
  /OutOfMemoryError|CANCELLED AT|DUE TO TIME LIMIT|oom-kill|Traceback \(most recent call last\)/;

function readTraining(path, totals) {
  const fd = openSync(path, 'r');
  try {
    let end = fstatSync(fd).size;
    const tail = readAt(fd, Math.max(0, end - TAIL), Math.min(end, TAIL)).toString('latin1');
    if (FAILURE.test(tail)) totals.failures++;
    // A render never spans more than a few hundred bytes: overlap the windows by 1 KiB.
    for (let text = tail; ;) {
      let last = null;
      for (const match of text.matchAll(LOSS)) last = match;
      if (last) {
        totals.lossSum += Number(last[3]);
        totals.trainingLogs++;
        return;
      }
      end -= TAIL - 1024;
      if (end <= 1024) return;
      text = readAt(fd, Math.max(0, end - TAIL), Math.min(end, TAIL)).toString('latin1');
    }
  } finally {
    closeSync(fd);
  }
}

const dir = process.argv[2];
const totals = {
  evalLogs: 0,
  samples: 0,
  accuracySum: 0,
  tp: 0,
  tn: 0,
  fp: 0,
  fn: 0,
  trainingLogs: 0,
  lossSum: 0,
  failures: 0,
};
readFileSync(join(dir, 'experiment_summary.yaml'), 'utf8');
for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const path = join(entry.parentPath ?? entry.path, entry.name);
  if (entry.name.endsWith('.eval')) readEval(path, totals);
  else if (/^slurm-\d+\.out$/.test(entry.name)) readTraining(path, totals);
}
console.log(JSON.stringify(totals));
