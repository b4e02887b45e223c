// A small ZIP writer for building .eval archives in tests and for the demo experiment:
// enough of the format inspect-ai writes (local headers, central directory, EOCD), with
// stored, deflate and zstd (method 93) members.
import { crc32, deflateRawSync, zstdCompressSync } from 'node:zlib';

export type ZipMethod = 'stored' | 'deflate' | 'zstd';

export interface ZipMember {
  name: string;
  data: Buffer | string;
  method?: ZipMethod;
}

const METHOD_CODE: Record<ZipMethod, number> = { stored: 0, deflate: 8, zstd: 93 };

function compress(data: Buffer, method: ZipMethod): Buffer {
  if (method === 'stored') return data;
  if (method === 'deflate') return deflateRawSync(data, { level: 5 });
  return zstdCompressSync(data);
}

/** Builds a ZIP archive in memory. Members keep their order; duplicate names are written as given. */
export function buildZip(members: ZipMember[], defaultMethod: ZipMethod = 'deflate'): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  // A fixed DOS timestamp keeps generated archives byte-for-byte reproducible.
  const dosTime = 0x6000;
  const dosDate = 0x5b21;
  for (const member of members) {
    const data = typeof member.data === 'string' ? Buffer.from(member.data, 'utf8') : member.data;
    const method = member.method ?? defaultMethod;
    const body = compress(data, method);
    const name = Buffer.from(member.name, 'utf8');
    const crc = crc32(data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(method === 'zstd' ? 63 : 20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(METHOD_CODE[method], 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x031e, 4);
    central.writeUInt16LE(method === 'zstd' ? 63 : 20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(METHOD_CODE[method], 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(members.length, 8);
  eocd.writeUInt16LE(members.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}
