/**
 * How deep a workspace JSON file nests (core/workspace/jsonDepth.ts), read
 * before the file is parsed: a level closed by `}` or `]` no longer counts,
 * and brackets in strings or comments are no levels at all.
 */
import assert from 'node:assert/strict';
import { MAX_JSON_DEPTH, tooDeepAt } from '../../server/src/core/workspace/jsonDepth';

describe('the nesting depth of a workspace JSON file', () => {
  it('allows exactly the limit and refuses at the first bracket beyond it, brace or bracket', () => {
    assert.equal(MAX_JSON_DEPTH, 200);
    assert.equal(tooDeepAt(`${'['.repeat(200)}${']'.repeat(200)}`), undefined);
    assert.equal(tooDeepAt(`${'['.repeat(201)}${']'.repeat(201)}`), 200);
    assert.equal(tooDeepAt(`${'{"a":'.repeat(201)}1${'}'.repeat(201)}`), 5 * 200);
    assert.equal(tooDeepAt('[[[', 2), 2);
    assert.equal(tooDeepAt('[[', 2), undefined);
  });

  it('counts a closed level no more: many siblings, objects and lists, stay at their depth', () => {
    const siblings = `{"types": [${'{"a": 1}, '.repeat(300)}${'[1, 2], '.repeat(300)}0]}`;
    assert.equal(tooDeepAt(siblings), undefined);
    assert.equal(tooDeepAt(`[${'{}'.repeat(5)}]`, 2), undefined);
    assert.equal(tooDeepAt(`[${'[]'.repeat(5)}]`, 2), undefined);
    // After levels are closed, a new deep run counts from where it stands.
    assert.equal(tooDeepAt('[[]] [[[]]]', 2), 7);
  });

  it('does not count brackets in strings or comments', () => {
    assert.equal(tooDeepAt(`{"a": "${'['.repeat(300)}", /* ${'{'.repeat(300)} */ "b": 1}`), undefined);
    assert.equal(tooDeepAt('// [[[\n["[["]', 1), undefined);
  });
});
