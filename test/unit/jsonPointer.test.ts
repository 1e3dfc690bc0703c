/**
 * JSON pointers into the note model (RFC 6901): how findings and outline
 * entries name a place in the frontmatter, and the value found there.
 */
import assert from 'node:assert/strict';
import { escapePointerToken, unescapePointerToken, valueAtPointer } from '../../server/src/core/model/jsonPointer';

describe('JSON pointers', () => {
  const model = { frontmatter: { onderwerp: 'Subsidie', 'a/b~c': 1, aan: ['minister van Financiën'], leeg: null } };

  it('name the value at a path through objects and lists, keys with / and ~ written as ~1 and ~0', () => {
    assert.equal(escapePointerToken('a/b~c'), 'a~1b~0c');
    assert.equal(unescapePointerToken('a~1b~0c'), 'a/b~c');
    assert.equal(unescapePointerToken('~01'), '~1', '~01 is a ~ followed by 1, not a /');
    assert.equal(valueAtPointer(model, ''), model);
    assert.equal(valueAtPointer(model, '/frontmatter/onderwerp'), 'Subsidie');
    assert.equal(valueAtPointer(model, `/frontmatter/${escapePointerToken('a/b~c')}`), 1);
    assert.equal(valueAtPointer(model, '/frontmatter/aan/0'), 'minister van Financiën');
    assert.equal(valueAtPointer(model, '/frontmatter/leeg'), null);
  });

  it('lead nowhere, without failing, through a missing value, null or text', () => {
    assert.equal(valueAtPointer(model, '/frontmatter/ontbreekt/diep'), undefined);
    assert.equal(valueAtPointer(model, '/frontmatter/leeg/diep'), undefined);
    // Text has no fields: not its length, nor its characters.
    assert.equal(valueAtPointer(model, '/frontmatter/onderwerp/length'), undefined);
    assert.equal(valueAtPointer(model, '/frontmatter/onderwerp/0'), undefined);
    assert.equal(valueAtPointer(undefined, '/frontmatter'), undefined);
  });
});
