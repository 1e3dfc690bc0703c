/**
 * The zip container of a Word file, on small hand-made archives: entries
 * stored and deflated, extra fields and comments as real archives have
 * them, and every damaged or hostile archive refused with the exact error
 * and its arguments, at the exact limits (entries, declared sizes, ratio,
 * total), before anything is inflated where the directory tells.
 */
import assert from 'node:assert/strict';
import { InflateLimitError, ZipArchive, type InflateRaw } from '../../server/src/core/import/docx/zip';
import { nodeEnvironment } from '../../server/src/import/engine';
import { failsWith } from '../support/importErrors';
import { zip, type ZipInput } from '../support/zipWriter';

const inflate = nodeEnvironment('').inflateRaw;
const MB = 1024 * 1024;
/** Inflates to the declared size without allocating more than asked: for entries that declare megabytes. */
const zeros: InflateRaw = (_data, maxBytes) => new Uint8Array(maxBytes);
const text = (bytes: Uint8Array | undefined) => (bytes === undefined ? undefined : Buffer.from(bytes).toString('utf8'));

const fails = failsWith;

const open = (entries: readonly ZipInput[], inflateRaw: InflateRaw = inflate) => new ZipArchive(zip(entries), inflateRaw);

/** The archive with its end record changed: `count` entries, a directory of `size` bytes at `offset`. */
function patchEnd(bytes: Uint8Array, change: { count?: number; size?: number; offset?: number }): Uint8Array {
  const copy = new Uint8Array(bytes);
  const view = new DataView(copy.buffer);
  const end = copy.length - 22;
  if (change.count !== undefined) view.setUint16(end + 10, change.count, true);
  if (change.size !== undefined) view.setUint32(end + 12, change.size, true);
  if (change.offset !== undefined) view.setUint32(end + 16, change.offset, true);
  return copy;
}

/**
 * One stored entry "a" whose local header lies after the end record (in the
 * archive's comment), at the very end of the file: its data ends exactly at
 * the last byte, or `compressedSize` bytes later.
 */
function localAtTheEnd(compressedSize: number, headerOffset?: number): Uint8Array {
  const bytes = new Uint8Array(46 + 1 + 22 + 30);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x02014b50, true);
  view.setUint32(20, compressedSize, true);
  view.setUint32(24, compressedSize, true);
  view.setUint16(28, 1, true);
  view.setUint32(42, headerOffset ?? 47 + 22, true);
  bytes[46] = 0x61;
  view.setUint32(47, 0x06054b50, true);
  view.setUint16(47 + 8, 1, true);
  view.setUint16(47 + 10, 1, true);
  view.setUint32(47 + 12, 47, true);
  view.setUint16(47 + 20, 30, true);
  view.setUint32(69, 0x04034b50, true);
  return bytes;
}

describe('Word zip container', () => {
  it('reads stored and deflated entries by name, past extra fields and comments, with UTF-8 names', () => {
    const archive = open([
      { name: '[Content_Types].xml', data: '<Types/>', extra: new Uint8Array([1, 0, 3, 0, 9, 9, 9]), comment: 'opmerking', flags: 0x808 },
      { name: 'word/document.xml', data: '<w:document>Één</w:document>', extra: new Uint8Array([7, 7]) },
      { name: 'word/bijlage-één.xml', data: '<a/>', store: true },
    ]);
    assert.deepEqual(archive.names(), ['[Content_Types].xml', 'word/document.xml', 'word/bijlage-één.xml']);
    assert.equal(text(archive.read('[Content_Types].xml')), '<Types/>');
    assert.equal(text(archive.read('word/document.xml')), '<w:document>Één</w:document>');
    assert.equal(text(archive.read('word/bijlage-één.xml')), '<a/>');
    assert.equal(archive.has('word/document.xml'), true);
    assert.equal(archive.has('word/styles.xml'), false);
    assert.equal(archive.read('word/styles.xml'), undefined);
  });

  it('reads an empty archive as one without entries, and an entry without a name at the end of the directory', () => {
    assert.deepEqual(open([]).names(), []);
    assert.deepEqual(open([{ name: 'a.xml', data: '<a/>' }, { name: '', data: '', store: true }]).names(), ['a.xml', '']);
  });

  it('finds the end record behind a comment of up to 65,535 bytes, and no further', () => {
    const entries = [{ name: 'a.xml', data: '<a/>' }];
    assert.equal(text(new ZipArchive(zip(entries, { comment: new Uint8Array(65_535) }), inflate).read('a.xml')), '<a/>');
    fails(() => new ZipArchive(zip(entries, { comment: new Uint8Array(65_536) }), inflate), 'docx-truncated', {});
  });

  it('takes the last end record, not one inside a stored entry (a zip in the zip)', () => {
    const inner = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Uint8Array(18)]);
    const archive = open([{ name: 'word/embeddings/leeg.zip', data: inner, store: true }, { name: 'word/document.xml', data: '<a/>' }]);
    assert.deepEqual(archive.names(), ['word/embeddings/leeg.zip', 'word/document.xml']);
    assert.deepEqual(archive.read('word/embeddings/leeg.zip'), inner);
  });

  it('refuses what is no zip archive, or one whose directory is cut off or wrong', () => {
    fails(() => new ZipArchive(new TextEncoder().encode('Dit is platte tekst met de extensie .docx.'), inflate), 'docx-truncated', {});
    fails(() => new ZipArchive(new Uint8Array(0), inflate), 'docx-truncated', {});
    const bytes = zip([{ name: 'a.xml', data: '<a/>' }]);
    const directorySize = 46 + 'a.xml'.length;
    fails(() => new ZipArchive(patchEnd(bytes, { size: directorySize + 1 }), inflate), 'docx-truncated', {});
    fails(() => new ZipArchive(patchEnd(bytes, { count: 2 }), inflate), 'docx-truncated', {});
    // A second directory entry that is 50 bytes of something else.
    const end = bytes.length - 22;
    const padded = new Uint8Array([...bytes.subarray(0, end), ...new Uint8Array(50), ...bytes.subarray(end)]);
    fails(() => new ZipArchive(patchEnd(padded, { count: 2, size: directorySize + 50 }), inflate), 'docx-truncated', {});
    // A second directory entry that starts as one but is cut off 24 bytes on, right before the end record.
    const cut = new Uint8Array([...bytes.subarray(0, end), 0x50, 0x4b, 0x01, 0x02, ...new Uint8Array(20), ...bytes.subarray(end)]);
    fails(() => new ZipArchive(patchEnd(cut, { count: 2, size: directorySize + 24 }), inflate), 'docx-truncated', {});
  });

  it('refuses more than 2000 entries, and zip64 archives, before reading the directory', () => {
    const bytes = zip([{ name: 'a.xml', data: '<a/>' }]);
    fails(() => new ZipArchive(patchEnd(bytes, { count: 2001 }), inflate), 'zip-bomb-entries', { count: 2001, limit: 2000 });
    fails(() => new ZipArchive(patchEnd(bytes, { count: 0xffff }), inflate), 'zip-bomb-entries', { count: '65535+', limit: 2000 });
    fails(() => new ZipArchive(patchEnd(bytes, { offset: 0xffffffff }), inflate), 'zip-bomb-entries', { count: '65535+', limit: 2000 });
    const many = open(Array.from({ length: 2000 }, (_, i) => ({ name: `word/media/${i}.xml`, data: '', store: true })));
    assert.equal(many.names().length, 2000);
    assert.equal(many.names()[1999], 'word/media/1999.xml');
  });

  it('refuses an encrypted entry and a compression Word does not use; accepts the usual flags', () => {
    fails(() => open([{ name: 'a.xml', data: '<a/>', flags: 1 }]), 'docx-encrypted', {});
    fails(() => open([{ name: 'a.xml', data: '<a/>', flags: 0x809 }]), 'docx-encrypted', {});
    fails(() => open([{ name: 'word/document.xml', data: '<a/>', method: 12 }]), 'docx-corrupt', { part: 'word/document.xml' });
    assert.equal(text(open([{ name: 'a.xml', data: '<a/>', flags: 0x808 }]).read('a.xml')), '<a/>');
  });

  it('refuses an entry that declares more than 64 MB, or a zip64 size, before inflating anything', () => {
    const declared = (size: number, compressed = size): ZipInput => ({ name: 'word/media/film.xml', data: 'x', declaredSize: size, declaredCompressedSize: compressed });
    assert.deepEqual(open([declared(64 * MB)]).names(), ['word/media/film.xml']);
    fails(() => open([declared(64 * MB + 1)]), 'zip-bomb-declared', { part: 'word/media/film.xml', size: 64 * MB + 1 });
    fails(() => open([declared(0xffffffff)]), 'zip-bomb-declared', { part: 'word/media/film.xml', size: 0xffffffff });
    fails(() => open([declared(1, 0xffffffff)]), 'zip-bomb-declared', { part: 'word/media/film.xml', size: 1 });
  });

  it('refuses an entry above 1 MB that would inflate more than 200 times', () => {
    const declared = (size: number, compressed: number): ZipInput => ({ name: 'word/document.xml', data: 'x', declaredSize: size, declaredCompressedSize: compressed });
    assert.equal(open([declared(MB, 1)]).names().length, 1, 'up to 1 MB any ratio');
    assert.equal(open([declared(1000, 1)]).names().length, 1);
    assert.equal(open([declared(2_000_000, 10_000)]).names().length, 1, 'exactly 200 times');
    fails(() => open([declared(MB + 1, 10)]), 'zip-bomb-ratio', { part: 'word/document.xml', ratio: 104858 });
    fails(() => open([declared(2_000_000, 9_999)]), 'zip-bomb-ratio', { part: 'word/document.xml', ratio: 200 });
    fails(() => open([declared(2 * MB, 0)]), 'zip-bomb-ratio', { part: 'word/document.xml', ratio: 2 * MB });
  });

  it('refuses entries that together declare more than 192 MB', () => {
    const declared = (name: string, size: number): ZipInput => ({ name, data: 'x', declaredSize: size, declaredCompressedSize: size });
    const full = [declared('a', 64 * MB), declared('b', 64 * MB), declared('c', 64 * MB)];
    assert.equal(open(full).names().length, 3);
    fails(() => open([...full, declared('d', 1)]), 'zip-bomb-total', { limit: 192 });
  });

  it('reads a part of up to 16 MB and refuses a larger one when it is read', () => {
    const archive = open([
      { name: 'word/document.xml', data: '', declaredSize: 16 * MB, compressed: new Uint8Array(100_000) },
      { name: 'word/styles.xml', data: '', declaredSize: 16 * MB + 1, compressed: new Uint8Array(100_000) },
    ], zeros);
    assert.equal(archive.read('word/document.xml')?.length, 16 * MB);
    fails(() => archive.read('word/styles.xml'), 'zip-bomb-declared', { part: 'word/styles.xml', size: 16 * MB + 1 });
  });

  it('stops when the parts read come to more than 48 MB together', () => {
    const archive = open([
      { name: 'word/document.xml', data: '', declaredSize: 16 * MB, compressed: new Uint8Array(100_000) },
      { name: 'word/styles.xml', data: 'x', store: true },
    ], zeros);
    for (let i = 0; i < 3; i++) assert.equal(archive.read('word/document.xml')?.length, 16 * MB);
    fails(() => archive.read('word/styles.xml'), 'zip-bomb-total', { limit: 48 });
  });

  it('refuses an entry that inflates past its declared size, or to less, or not at all', () => {
    const liar: InflateRaw = () => {
      throw new InflateLimitError('past the cap');
    };
    fails(() => open([{ name: 'word/document.xml', data: '<a/>' }], liar).read('word/document.xml'), 'zip-bomb-lies', { part: 'word/document.xml', size: 4 });
    fails(() => open([{ name: 'word/document.xml', data: '<a/>', declaredSize: 3 }]).read('word/document.xml'), 'zip-bomb-lies', { part: 'word/document.xml', size: 3 });
    fails(() => open([{ name: 'word/document.xml', data: '<a/>', declaredSize: 5 }]).read('word/document.xml'), 'docx-corrupt', { part: 'word/document.xml' });
    fails(() => open([{ name: 'word/document.xml', data: '<a/>', declaredSize: 5, store: true }]).read('word/document.xml'), 'docx-corrupt', { part: 'word/document.xml' });
    fails(() => open([{ name: 'word/document.xml', data: '<a/>', compressed: new Uint8Array([0xff, 0xff, 0xff]) }]).read('word/document.xml'), 'docx-corrupt', { part: 'word/document.xml' });
  });

  it('refuses an entry whose local header is missing, cut off or whose data runs past the end', () => {
    const bytes = zip([{ name: 'a.xml', data: '<a/>', store: true }]);
    const at = (offset: number) => {
      const copy = new Uint8Array(bytes);
      new DataView(copy.buffer).setUint32(bytes.length - 22 - (46 + 5) + 42, offset, true);
      return new ZipArchive(copy, inflate);
    };
    fails(() => at(1).read('a.xml'), 'docx-corrupt', { part: 'a.xml' });
    fails(() => at(bytes.length - 2).read('a.xml'), 'docx-corrupt', { part: 'a.xml' });
    fails(() => at(bytes.length + 100).read('a.xml'), 'docx-corrupt', { part: 'a.xml' });
    // A header whose 30 bytes end at the last byte of the file, with data of 0 bytes or 1 byte too many.
    assert.deepEqual(new ZipArchive(localAtTheEnd(0), inflate).read('a'), new Uint8Array(0));
    fails(() => new ZipArchive(localAtTheEnd(1), inflate).read('a'), 'docx-truncated', {});
    fails(() => new ZipArchive(localAtTheEnd(0, 47 + 22 + 1), inflate).read('a'), 'docx-corrupt', { part: 'a' });
  });
});
