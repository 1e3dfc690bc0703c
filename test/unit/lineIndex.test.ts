import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/core/text/lineIndex';

describe('LineIndex', () => {
  it('counts \\n, \\r\\n and a lone \\r as line breaks', () => {
    const lines = new LineIndex('a\nb\r\nc\rd');
    assert.equal(lines.lineCount, 4);
    assert.deepEqual(lines.positionAt(2), { line: 1, character: 0 });
    assert.deepEqual(lines.positionAt(5), { line: 2, character: 0 });
    assert.deepEqual(lines.positionAt(7), { line: 3, character: 0 });
  });

  it('never places a position between \\r and \\n', () => {
    const lines = new LineIndex('ab\r\ncd');
    assert.deepEqual(lines.positionAt(3), { line: 0, character: 2 });
    assert.equal(lines.lineEnd(0), 2);
  });

  it('counts UTF-16 code units, as LSP does', () => {
    const text = 'é🎉x';
    const lines = new LineIndex(text);
    assert.deepEqual(lines.positionAt(text.indexOf('x')), { line: 0, character: 3 });
  });

  it('clamps offsets and positions outside the text', () => {
    const lines = new LineIndex('ab\ncd');
    assert.deepEqual(lines.positionAt(-5), { line: 0, character: 0 });
    assert.deepEqual(lines.positionAt(99), { line: 1, character: 2 });
    assert.equal(lines.offsetAt({ line: 9, character: 0 }), 5);
    assert.equal(lines.offsetAt({ line: 0, character: 99 }), 2);
  });

  it('round-trips every offset of a mixed text', () => {
    const text = 'één\r\n🎉 twee\rdrie\n\nvier';
    const lines = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
      assert.equal(lines.offsetAt(lines.positionAt(offset)), offset, `offset ${offset}`);
    }
  });
});
