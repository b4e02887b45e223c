import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  ZipArchive,
  ZipError,
  withZipArchive,
  type ZipReadOptions,
} from '../../../src/sources/inspect/zip/index.js';
import { splitZstdFrames } from '../../../src/sources/inspect/zstd.js';
import { buildZip, zstdFrames, type ZipMemberSpec } from '../../../scripts/lib/zip-writer.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir('zip-test-');
let counter = 0;

function writeArchive(members: ZipMemberSpec[], options: Parameters<typeof buildZip>[1] = {}): string {
  const path = join(tempDir(), `archive-${++counter}.zip`);
  writeFileSync(path, buildZip(members, options));
  return path;
}

async function readAll(path: string, options: ZipReadOptions = {}): Promise<Record<string, string>> {
  return withZipArchive(path, options, async (archive) => {
    const out: Record<string, string> = {};
    for (const name of archive.entries.keys()) out[name] = await archive.readText(name);
    return out;
  });
}

async function zipError(promise: Promise<unknown>): Promise<ZipError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ZipError) return error;
    throw new Error(`expected a ZipError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected a ZipError, got success');
}

const longText = Array.from({ length: 4000 }, (_, i) => `line ${i}: ${'lorem ipsum '.repeat(i % 7)}`).join(
  '\n',
);

describe('ZipArchive', () => {
  it('reads stored, deflate and zstd members by name', async () => {
    const path = writeArchive([
      { name: 'stored.json', data: '{"a":1}', method: 0 },
      { name: 'deflate.json', data: longText, method: 8 },
      { name: 'zstd.json', data: longText, method: 93 },
      { name: 'empty.json', data: '', method: 8 },
    ]);
    expect(await readAll(path)).toEqual({
      'stored.json': '{"a":1}',
      'deflate.json': longText,
      'zstd.json': longText,
      'empty.json': '',
    });
  });

  for (const zstdDecoder of ['node', 'fzstd'] as const) {
    it(`decodes every frame of a zstd member written as several frames (${zstdDecoder} decoder)`, async () => {
      const compressed = zstdFrames(Buffer.from(longText), 10_000, true);
      expect(splitZstdFrames(compressed).length).toBeGreaterThan(5);
      const path = writeArchive([
        { name: 'multi.json', data: longText, method: 93, zstdFrameSize: 10_000, zstdSkippableFrame: true },
        { name: 'hello.txt', data: 'hello world', method: 93, zstdFrameSize: 6 },
      ]);
      expect(await readAll(path, { zstdDecoder })).toEqual({
        'multi.json': longText,
        'hello.txt': 'hello world',
      });
    });
  }

  it('reads a ZIP64 archive (sizes and offsets in 0x0001 extra fields, ZIP64 end records)', async () => {
    const path = writeArchive(
      [
        { name: 'a.json', data: longText, method: 8, zip64: true },
        { name: 'b.json', data: '[1,2,3]', method: 0, zip64: true },
      ],
      { zip64: true },
    );
    expect(await readAll(path)).toEqual({ 'a.json': longText, 'b.json': '[1,2,3]' });
  });

  it('with duplicate member names, the last central-directory entry wins', async () => {
    const path = writeArchive([
      { name: 'samples/1_epoch_1.json', data: '{"try":1}' },
      { name: 'other.json', data: '{}' },
      { name: 'samples/1_epoch_1.json', data: '{"try":2}', method: 0 },
    ]);
    await withZipArchive(path, {}, async (archive) => {
      expect(archive.entries.size).toBe(2);
      expect(await archive.readText('samples/1_epoch_1.json')).toBe('{"try":2}');
    });
  });

  it('finds members by name without listing them: the last duplicate, a UTF-8 name, a missing one', async () => {
    const path = writeArchive([
      { name: 'samples/1_epoch_1.json', data: '{"try":1}' },
      { name: 'samples/é_epoch_1.json', data: '{"accent":true}' },
      { name: 'samples/1_epoch_1.json', data: '{"try":2}', method: 0 },
    ]);
    await withZipArchive(path, {}, async (archive) => {
      // Looked up before anything lists the directory: the lazy path.
      expect(archive.has('samples/1_epoch_10.json')).toBe(false);
      expect(await archive.readText('samples/1_epoch_1.json')).toBe('{"try":2}');
      expect(await archive.readText('samples/é_epoch_1.json')).toBe('{"accent":true}');
      expect([...archive.entries.keys()]).toEqual(['samples/1_epoch_1.json', 'samples/é_epoch_1.json']);
      expect(archive.entries.get('samples/1_epoch_1.json')?.method).toBe(0);
    });
  });

  it('ignores dead bytes of a member dropped from the central directory and re-appended', async () => {
    // A header-only edit: the old header.json stays in the file, only the new one is in the CD.
    const path = writeArchive([
      { name: '_journal/start.json', data: '{"v":"start"}' },
      { name: 'header.json', data: '{"status":"old"}', dead: true },
      { name: 'header.json', data: '{"status":"new"}' },
    ]);
    expect(await readAll(path)).toEqual({
      '_journal/start.json': '{"v":"start"}',
      'header.json': '{"status":"new"}',
    });
  });

  it("skips the local header using the local header's own extra length", async () => {
    const extra = Buffer.alloc(4 + 9);
    extra.writeUInt16LE(0xcafe, 0);
    extra.writeUInt16LE(9, 2);
    const path = writeArchive([{ name: 'x.json', data: '{"x":true}', localExtra: extra }]);
    expect(await readAll(path)).toEqual({ 'x.json': '{"x":true}' });
  });

  it('finds the end record before an archive comment', async () => {
    const path = writeArchive([{ name: 'a.txt', data: 'alpha' }], {
      comment: 'written by a test; PK\u0005\u0006 inside',
    });
    expect(await readAll(path)).toEqual({ 'a.txt': 'alpha' });
  });

  it('refuses a member that decompresses beyond its declared size (deflate bomb) without inflating it all', async () => {
    const zeros = Buffer.alloc(64 * 1024 * 1024);
    const path = writeArchive([
      { name: 'bomb.json', data: zeros, method: 8, declaredSize: 1000, deflateLevel: 9 },
    ]);
    const error = await zipError(readAll(path));
    expect(error.problem).toBe('too-large');
    expect(error.message).toContain(path);
    expect(error.message).toContain('bomb.json');
    expect(error.message).toMatch(/more than the declared 1000 bytes/);
  });

  for (const zstdDecoder of ['node', 'fzstd'] as const) {
    it(`refuses a zstd bomb whose frames carry no content size (${zstdDecoder} decoder)`, async () => {
      const compress = (zlib as unknown as { zstdCompressSync: (b: Buffer, o: object) => Buffer })
        .zstdCompressSync;
      const contentSizeFlag = (zlib.constants as Record<string, number>)['ZSTD_c_contentSizeFlag']!;
      const frame = compress(Buffer.alloc(32 * 1024 * 1024), { params: { [contentSizeFlag]: 0 } });
      expect(splitZstdFrames(frame)[0]!.contentSize).toBeNull();
      const path = join(tempDir(), `zstd-bomb-${zstdDecoder}.zip`);
      // Store the crafted frame as a method-93 member whose entry declares 2048 bytes.
      const archive = buildZip([{ name: 'bomb.json', data: frame, method: 0, declaredSize: 2048 }]);
      patchMethod(archive, 93);
      writeFileSync(path, archive);
      const error = await zipError(readAll(path, { zstdDecoder }));
      expect(error.problem).toBe('too-large');
      expect(error.message).toMatch(/more than the declared 2048 bytes/);
    });
  }

  it('refuses a zstd frame whose declared content size exceeds the entry before decoding it', async () => {
    const path = join(tempDir(), 'zstd-fcs.zip');
    const archive = buildZip([
      { name: 'big.json', data: zstdFrames(Buffer.alloc(100_000), 100_000), method: 0, declaredSize: 10 },
    ]);
    patchMethod(archive, 93);
    writeFileSync(path, archive);
    expect((await zipError(readAll(path))).problem).toBe('too-large');
  });

  it('refuses a member whose declared size exceeds the configured cap, naming the limit', async () => {
    const path = writeArchive([{ name: 'samples/huge.json', data: 'x'.repeat(2048), method: 8 }]);
    const error = await zipError(readAll(path, { maxMemberBytes: 1024 }));
    expect(error.problem).toBe('too-large');
    expect(error.message).toMatch(/declared size 2048 bytes exceeds the 1024-byte limit/);
  });

  it('reports a CRC mismatch as corruption', async () => {
    const archive = buildZip([{ name: 'a.txt', data: 'abcdef', method: 0 }]);
    archive[30 + 'a.txt'.length] = 'z'.charCodeAt(0);
    const path = join(tempDir(), 'crc.zip');
    writeFileSync(path, archive);
    const error = await zipError(readAll(path));
    expect(error.problem).toBe('corrupt');
    expect(error.message).toContain('CRC-32');
  });

  it('a file truncated at any offset gives a ZipError naming the file, never a crash', async () => {
    const whole = buildZip([
      { name: '_journal/start.json', data: '{"version":2}' },
      { name: 'samples/1_epoch_1.json', data: longText.slice(0, 3000), method: 93 },
      { name: 'header.json', data: '{"status":"success"}', method: 0 },
    ]);
    const path = join(tempDir(), 'truncated.zip');
    const problems = new Set<string>();
    for (let length = 0; length < whole.length; length += 7) {
      writeFileSync(path, whole.subarray(0, length));
      const error = await zipError(readAll(path));
      expect(error.message.startsWith(`${path}: `)).toBe(true);
      problems.add(error.problem);
    }
    expect([...problems].sort()).toEqual(['not-a-zip', 'truncated']);
  });

  it('a member whose data was cut off is reported as truncated even when the directory survives', async () => {
    // The central directory claims more bytes than the file holds for the member.
    const archive = buildZip([{ name: 'a.txt', data: 'x'.repeat(100), method: 0 }]);
    const cdStart = archive.length - 22 - (46 + 'a.txt'.length);
    archive.writeUInt32LE(5000, cdStart + 20);
    archive.writeUInt32LE(5000, cdStart + 24);
    const path = join(tempDir(), 'cut-member.zip');
    writeFileSync(path, archive);
    const error = await zipError(readAll(path));
    expect(error.problem).toBe('truncated');
    expect(error.message).toContain('a.txt');
  });

  it('a file that is not a ZIP archive is named as such', async () => {
    const path = join(tempDir(), 'notes.eval');
    writeFileSync(path, 'just some text, long enough to hold an end record but it has none\n'.repeat(20));
    const error = await zipError(ZipArchive.open(path));
    expect(error.problem).toBe('not-a-zip');
    expect(error.message).toBe(`${path}: not a ZIP archive`);
  });

  it('an empty file, a missing file and a directory each get their own problem', async () => {
    const empty = join(tempDir(), 'empty.eval');
    writeFileSync(empty, '');
    expect((await zipError(ZipArchive.open(empty))).problem).toBe('not-a-zip');
    expect((await zipError(ZipArchive.open(join(tempDir(), 'nope.eval')))).message).toMatch(
      /nope\.eval: no such file$/,
    );
    const dir = join(tempDir(), 'dir.eval');
    mkdirSync(dir);
    expect((await zipError(ZipArchive.open(dir))).problem).toBe('not-a-file');
  });

  it('a ZIP64 entry without its extra field is corrupt when read, and the other members still read', async () => {
    const bytes = buildZip([
      { name: 'a.json', data: longText, method: 8, zip64: true },
      { name: 'b.json', data: '[1,2,3]', method: 0 },
    ]);
    // a.json's central-directory entry: its extra field id 0x0001 (ZIP64) renamed to 0x9999.
    const cd = bytes.lastIndexOf(Buffer.from('a.json')); // the last copy of the name is the directory's
    expect(bytes.readUInt16LE(cd + 6)).toBe(0x0001);
    bytes.writeUInt16LE(0x9999, cd + 6);
    const path = join(tempDir(), `archive-${++counter}.zip`);
    writeFileSync(path, bytes);
    await withZipArchive(path, {}, async (archive) => {
      expect(await archive.readText('b.json')).toBe('[1,2,3]');
      const error = await zipError(archive.readText('a.json'));
      expect(error.problem).toBe('corrupt');
      expect(error.message).toContain('a.json has ZIP64 sizes but no ZIP64 extra field');
    });
  });

  it('after close, names already looked up are known and new ones are refused (the directory is freed)', async () => {
    const path = writeArchive([
      { name: 'a.json', data: longText, method: 8 },
      { name: 'b.json', data: '{}', method: 0 },
    ]);
    const archive = await ZipArchive.open(path);
    expect(await archive.readText('a.json')).toBe(longText);
    await archive.close();
    expect(archive.has('a.json')).toBe(true);
    expect(() => archive.has('b.json')).toThrow(ZipError);
    expect(() => archive.has('b.json')).toThrow(/archive is closed/);
    await archive.close();
  });

  it('asking for a member that is not there names the member', async () => {
    const path = writeArchive([{ name: 'a.txt', data: 'alpha' }]);
    const error = await zipError(withZipArchive(path, {}, (archive) => archive.read('header.json')));
    expect(error.problem).toBe('no-such-member');
    expect(error.message).toBe(`${path}: header.json: no such member in the archive`);
  });
});

/** Rewrite the compression method of the first (only) member in both headers. */
function patchMethod(archive: Buffer, method: number): void {
  archive.writeUInt16LE(method, 8);
  const eocd = archive.length - 22;
  const cdOffset = archive.readUInt32LE(eocd + 16);
  archive.writeUInt16LE(method, cdOffset + 10);
}
