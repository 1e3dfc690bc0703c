import assert from 'node:assert/strict';
import { baseName, relativePath, resolveInFolder, uriKey } from '../../server/src/workspace/uris';

describe('workspace URIs (without Node\'s url module)', () => {
  it('gives every spelling of a file the same key', () => {
    assert.equal(uriKey('file:///c%3A/Notes/a%20b.md'), uriKey('file:///C:/Notes/a b.md'));
    assert.equal(uriKey('FILE:///x/a.md'), uriKey('file:///x/a.md'));
    assert.notEqual(uriKey('file:///x/a.md'), uriKey('file:///x/A.md'));
    assert.equal(uriKey('untitled:Untitled-1'), 'untitled://Untitled-1');
    assert.equal(uriKey('not a uri'), 'not a uri');
  });

  it('finds the path of a file in a folder, and nothing outside it', () => {
    assert.equal(relativePath('file:///ws', 'file:///ws/notes/a%20b.md'), 'notes/a b.md');
    assert.equal(relativePath('file:///ws/', 'file:///ws/a.md'), 'a.md');
    assert.equal(relativePath('vscode-remote://host:1/ws', 'vscode-remote://host:1/ws/a.md'), 'a.md');
    assert.equal(relativePath('file:///ws', 'file:///wsx/a.md'), undefined);
    assert.equal(relativePath('file:///ws', 'file:///ws'), undefined);
    assert.equal(relativePath('file:///ws', 'vscode-remote://host/ws/a.md'), undefined);
  });

  it('resolves a setting\'s path against the folder, encoding it as a URI', () => {
    assert.equal(resolveInFolder('file:///ws', 'schemas/extra.schema.json'), 'file:///ws/schemas/extra.schema.json');
    assert.equal(resolveInFolder('file:///ws/sub', '../x y.json'), 'file:///ws/x%20y.json');
    assert.equal(resolveInFolder('file:///ws', '/abs/x.json'), 'file:///abs/x.json');
    assert.equal(resolveInFolder('file:///c%3A/ws', 'a\\b.json'), 'file:///c:/ws/a/b.json');
    assert.equal(resolveInFolder('vscode-remote://host:1/ws', '.nota/types'), 'vscode-remote://host:1/ws/.nota/types');
  });

  it('names a file by the last part of its path', () => {
    assert.equal(baseName('file:///ws/notes/a%20b.md'), 'a b.md');
    assert.equal(baseName('untitled:Untitled-1'), 'Untitled-1');
  });
});
