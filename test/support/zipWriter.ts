/**
 * A small zip writer for test files (Word documents, zip bombs): entries
 * deflated with zlib or stored, and, for hostile archives, sizes in the
 * directory that may lie.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipInput {
  name: string;
  data: string | Uint8Array;
  /** Store instead of deflate. */
  store?: boolean;
  /** Write this uncompressed size into the headers instead of the real one (a lying entry). */
  declaredSize?: number;
  /** Raw deflate data to write as the entry's content, instead of compressing `data`. */
  compressed?: Uint8Array;
  /** Write this compressed size into the central directory instead of the real one. */
  declaredCompressedSize?: number;
  /** Write this compression method into the headers (12 is bzip2, which Word never uses). */
  method?: number;
  /** General purpose flags (1: encrypted, 8: sizes in a data descriptor, 0x800: UTF-8 name). */
  flags?: number;
  /** An extra field in both headers, and a comment in the central directory (real archives have them). */
  extra?: Uint8Array;
  comment?: string;
}

/** `comment`: bytes after the end record, as the archive's comment. */
export function zip(entries: readonly ZipInput[], options: { comment?: Uint8Array } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data);
    const content = entry.compressed ? Buffer.from(entry.compressed) : entry.store ? data : deflateRawSync(data);
    const method = entry.method ?? (entry.store && !entry.compressed ? 0 : 8);
    const flags = entry.flags ?? 0;
    const extra = Buffer.from(entry.extra ?? new Uint8Array());
    const comment = Buffer.from(entry.comment ?? '', 'utf8');
    const name = Buffer.from(entry.name, 'utf8');
    const size = entry.declaredSize ?? data.length;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(content.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    locals.push(local, name, extra, content);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(entry.declaredCompressedSize ?? content.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt16LE(comment.length, 32);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name, extra, comment);
    offset += local.length + name.length + extra.length + content.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  const comment = Buffer.from(options.comment ?? new Uint8Array());
  end.writeUInt16LE(Math.min(comment.length, 0xffff), 20);
  return new Uint8Array(Buffer.concat([...locals, directory, end, comment]));
}
