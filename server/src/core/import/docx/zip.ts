/**
 * The zip container of a Word file, read with suspicion. The central
 * directory is checked before anything is inflated: entry count, declared
 * sizes, their total and each entry's compression ratio (a zip bomb
 * declares gigabytes, or a ratio no document has). Then every entry that is
 * read is inflated with a cap at its declared size, so an entry that lies
 * about its size is stopped as soon as it passes it.
 *
 * Inflating is done by the caller's `inflateRaw` (node:zlib in Node, a
 * DecompressionStream in a browser), so this module stays free of I/O.
 */
import { ImportError } from '../importError';
import { IMPORT_LIMITS } from '../limits';
import { decodeBytes } from '../../text/decodeBytes';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/** Thrown by an InflateRaw whose output would pass its cap. */
export class InflateLimitError extends Error {}

/** Inflates raw deflate data; must throw InflateLimitError once the output would exceed `maxBytes`. */
export type InflateRaw = (data: Uint8Array, maxBytes: number) => Uint8Array;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();
  private inflated = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly inflateRaw: InflateRaw,
  ) {
    for (const entry of readCentralDirectory(bytes)) this.entries.set(entry.name, entry);
    checkBomb([...this.entries.values()]);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The entry's bytes, inflated with a cap; undefined when there is no such entry. */
  read(name: string): Uint8Array | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    if (entry.size > IMPORT_LIMITS.maxXmlPartBytes) throw new ImportError('zip-bomb-declared', { part: name, size: entry.size });
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.length || view.getUint32(at, true) !== LOCAL) throw new ImportError('docx-corrupt', { part: name });
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw new ImportError('docx-truncated', {});
    const data = this.bytes.subarray(start, end);
    let output: Uint8Array;
    if (entry.method === 0) output = data;
    else {
      try {
        output = this.inflateRaw(data, entry.size);
      } catch (error) {
        throw error instanceof InflateLimitError ? new ImportError('zip-bomb-lies', { part: name, size: entry.size }) : new ImportError('docx-corrupt', { part: name });
      }
    }
    if (output.length !== entry.size) throw new ImportError('docx-corrupt', { part: name });
    this.inflated += output.length;
    if (this.inflated > IMPORT_LIMITS.maxInflatedBytes) throw new ImportError('zip-bomb-total', { limit: IMPORT_LIMITS.maxInflatedBytes / 1024 / 1024 });
    return output;
  }
}

function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus a comment of at most 65,535.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ImportError('docx-truncated', {});
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw new ImportError('zip-bomb-entries', { count: '65535+', limit: IMPORT_LIMITS.maxZipEntries });
  if (count > IMPORT_LIMITS.maxZipEntries) throw new ImportError('zip-bomb-entries', { count, limit: IMPORT_LIMITS.maxZipEntries });
  if (offset + size > eocd) throw new ImportError('docx-truncated', {});
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) throw new ImportError('docx-truncated', {});
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    entries.push({
      name: decodeBytes(nameBytes, 'utf-8'),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Refuses an archive whose directory promises more than a note can hold, before a byte is inflated. */
function checkBomb(entries: readonly ZipEntry[]): void {
  let total = 0;
  for (const entry of entries) {
    if (entry.flags & 1) throw new ImportError('docx-encrypted', {});
    if (entry.method !== 0 && entry.method !== 8) throw new ImportError('docx-corrupt', { part: entry.name });
    // A zip64 size (0xffffffff) is past maxEntryBytes too; a zip64 compressed size needs its own check.
    if (entry.size > IMPORT_LIMITS.maxEntryBytes || entry.compressedSize === 0xffffffff) throw new ImportError('zip-bomb-declared', { part: entry.name, size: entry.size });
    const ratio = entry.size / Math.max(1, entry.compressedSize);
    if (entry.size > IMPORT_LIMITS.ratioCheckFromBytes && ratio > IMPORT_LIMITS.maxRatio) throw new ImportError('zip-bomb-ratio', { part: entry.name, ratio: Math.round(ratio) });
    total += entry.size;
  }
  if (total > IMPORT_LIMITS.maxInflatedBytes * 4) throw new ImportError('zip-bomb-total', { limit: (IMPORT_LIMITS.maxInflatedBytes * 4) / 1024 / 1024 });
}
