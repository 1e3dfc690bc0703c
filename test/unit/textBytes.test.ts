/**
 * Bytes and text in the core without Node's Buffer: base64 for documents the
 * language server hands over (export to Word or PDF, import), and decoding
 * the bytes of an imported file in the encoding it declares.
 */
import assert from 'node:assert/strict';
import { fromBase64, toBase64 } from '../../server/src/core/text/base64';
import { decodeBytes } from '../../server/src/core/text/decodeBytes';

/** Bytes 0..255 over and over, `length` of them. */
const bytes = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 7 + (i >> 8)) & 0xff);

describe('bytes and text', () => {
  describe('base64', () => {
    it('writes the standard alphabet with padding, and reads it back', () => {
      assert.equal(toBase64(new Uint8Array()), '');
      assert.equal(toBase64(Uint8Array.from([0x4e])), 'Tg==');
      assert.equal(toBase64(Uint8Array.from([0x4e, 0x6f])), 'Tm8=');
      assert.equal(toBase64(Uint8Array.from([0x4e, 0x6f, 0x74, 0x61])), 'Tm90YQ==');
      assert.equal(toBase64(Uint8Array.from([0xfb, 0xff, 0xbf])), '+/+/');
      assert.deepEqual(fromBase64('Tm90YQ=='), Uint8Array.from([0x4e, 0x6f, 0x74, 0x61]));
      assert.deepEqual(fromBase64('+/+/'), Uint8Array.from([0xfb, 0xff, 0xbf]));
      assert.deepEqual(fromBase64(''), new Uint8Array());
    });

    it('carries every byte value, and documents larger than one chunk of 32 KiB, unchanged', () => {
      for (const length of [256, 0x8000 - 1, 0x8000, 0x8000 + 1, 3 * 0x8000 + 5]) {
        const original = bytes(length);
        const encoded = toBase64(original);
        assert.equal(encoded.length, 4 * Math.ceil(length / 3), `length ${length}`);
        assert.equal(encoded, Buffer.from(original).toString('base64'), `length ${length}`);
        assert.deepEqual(fromBase64(encoded), original, `length ${length}`);
      }
    });
  });

  describe('decodeBytes', () => {
    const utf8 = (text: string) => new TextEncoder().encode(text);

    it('decodes in the encoding given', () => {
      assert.equal(decodeBytes(utf8('Financiën – €'), 'utf-8'), 'Financiën – €');
      assert.equal(decodeBytes(Uint8Array.from([0x46, 0xeb]), 'windows-1252'), 'Fë');
      assert.equal(decodeBytes(Uint8Array.from([0x4e, 0x00, 0xeb, 0x00]), 'utf-16le'), 'Në');
      assert.equal(decodeBytes(Uint8Array.from([0x00, 0x4e, 0x00, 0xeb]), 'utf-16be'), 'Në');
    });

    it('reads Windows-1252 text as Word saves it: euro sign, typographic quotes and dashes, ellipsis', () => {
      const saved = Uint8Array.from([0x80, 0x20, 0x93, 0x4e, 0x6f, 0x74, 0x61, 0x94, 0x20, 0x96, 0x20, 0x97, 0x20, 0x85, 0x20, 0x91, 0x92, 0x20, 0x8a, 0x9a, 0x8c, 0x9c, 0x9f, 0x99, 0xe9, 0xff]);
      assert.equal(decodeBytes(saved, 'windows-1252'), '€ “Nota” – — … ‘’ ŠšŒœŸ™éÿ');
      // The five bytes Windows-1252 leaves free stay the C1 controls (the WHATWG standard's mapping).
      assert.equal(decodeBytes(Uint8Array.from([0x81, 0x8d, 0x8f, 0x90, 0x9d]), 'windows-1252'), '\u0081\u008d\u008f\u0090\u009d');
      // Every high byte maps to one character: 256 bytes, 256 characters, the table's 32 in the middle.
      const all = decodeBytes(Uint8Array.from({ length: 256 }, (_, i) => i), 'windows-1252');
      assert.equal(all.length, 256);
      assert.equal(all.slice(0, 0x80), String.fromCharCode(...Array.from({ length: 0x80 }, (_, i) => i)));
      assert.equal(all.slice(0xa0), String.fromCharCode(...Array.from({ length: 0x60 }, (_, i) => 0xa0 + i)));
      // A long file is decoded whole, past the size of one run of characters.
      assert.equal(decodeBytes(new Uint8Array(70_000).fill(0x80), 'windows-1252'), '€'.repeat(70_000));
    });

    it('drops a byte order mark, as a text file\'s reader expects', () => {
      assert.equal(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x4e]), 'utf-8'), 'N');
    });

    it('turns bytes that are not valid into U+FFFD, or throws when asked to be strict', () => {
      const invalid = Uint8Array.from([0x4e, 0xe9, 0x4e]);
      assert.equal(decodeBytes(invalid, 'utf-8'), 'N\uFFFDN');
      assert.equal(decodeBytes(invalid, 'utf-8', {}), 'N\uFFFDN');
      assert.equal(decodeBytes(invalid, 'utf-8', { fatal: false }), 'N\uFFFDN');
      assert.throws(() => decodeBytes(invalid, 'utf-8', { fatal: true }), TypeError);
      assert.equal(decodeBytes(utf8('Geldig'), 'utf-8', { fatal: true }), 'Geldig');
    });
  });
});
