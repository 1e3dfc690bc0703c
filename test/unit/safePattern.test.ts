import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/core/languageService';
import { readWorkspaceConfig } from '../../server/src/core/workspace/workspaceConfig';
import { NoteTypeError } from '../../server/src/core/schema/noteTypes';
import { isPathologicalPattern } from '../../server/src/core/schema/safePattern';

const refusal = (pattern: string) => `the pattern ${JSON.stringify(pattern)} can take exponential time (a repeated group that repeats inside); rewrite it without nested repetition`;

/** What adding a workspace schema says: "accepted", or the reason it is refused. */
function verdict(schema: Record<string, unknown>): string {
  try {
    createLanguageService().noteTypes.add({ 'x-nota-type': 'memo', ...schema }, '/ws/.nota/types/memo.schema.json');
    return 'accepted';
  } catch (error) {
    assert.ok(error instanceof NoteTypeError, String(error));
    return error.message;
  }
}

/** A schema whose `frontmatter.kenmerk` lies `depth` levels of `properties` deeper than the frontmatter. */
function nested(depth: number, leaf: Record<string, unknown>): Record<string, unknown> {
  let schema = leaf;
  for (let i = 0; i < depth; i++) schema = { type: 'object', properties: { deel: schema } };
  return { type: 'object', properties: { frontmatter: schema } };
}

describe('patterns that can take exponential time', () => {
  it('refuses a repetition of a range with no upper bound or one above 1', () => {
    for (const bad of ['(a+){0,}', '(a+){10,20}', '(a+){0,10}', '(a+){1,2}']) assert.ok(isPathologicalPattern(bad), bad);
  });

  it('accepts a group matched at most once, however the count is written', () => {
    for (const fine of ['(a+){0,1}', '(a+){1,1}', '(a+){0,0}', '(a+){3}']) assert.ok(!isPathologicalPattern(fine), fine);
  });

  it('judges a group by the quantifier right after it, not by a later one', () => {
    assert.ok(!isPathologicalPattern('(a+)?b{2,3}'));
    assert.ok(!isPathologicalPattern('(a+)b{2,}'));
    assert.ok(isPathologicalPattern('(a+){2,}b{0,1}'));
  });

  it('sees a quantifier inside a group within the repeated group', () => {
    assert.ok(isPathologicalPattern('((a+))+'));
    assert.ok(isPathologicalPattern('^((\\w+)\\s?)*$'));
    assert.ok(!isPathologicalPattern('((a))+'));
    assert.ok(!isPathologicalPattern('^(?:(\\d)\\.)+$'));
  });

  it('reads brackets inside a character class as characters, up to the closing bracket', () => {
    assert.ok(!isPathologicalPattern('[ab(c+)+]'));
    assert.ok(!isPathologicalPattern('^[0-9 (+)-]+$'));
    assert.ok(isPathologicalPattern('^[a-z](\\w+)+$'));
    assert.ok(isPathologicalPattern('[\\]](a+)+'));
  });
});

describe('a workspace schema with such a pattern is refused wherever the pattern stands', () => {
  it('says so, naming the pattern, as a problem of the schema file', () => {
    const service = createLanguageService();
    const text = JSON.stringify({ 'x-nota-type': 'memo', ...nested(0, { type: 'object', properties: { kenmerk: { type: 'string', pattern: '^(\\d+)+$' } } }) });
    const problems = service.configure(readWorkspaceConfig([{ kind: 'note-type', path: '/ws/.nota/types/memo.schema.json', text }]));
    assert.deepEqual(problems.map((p) => [p.path, p.message]), [['/ws/.nota/types/memo.schema.json', `not a valid note type: ${refusal('^(\\d+)+$')}`]]);
    assert.equal(service.noteTypes.get('memo'), undefined);
  });

  it('in a property, an array of subschemas, a definition, or as a key of patternProperties', () => {
    assert.equal(verdict(nested(1, { type: 'string', pattern: '(a+)+' })), refusal('(a+)+'));
    assert.equal(verdict({ properties: { aan: { type: 'array', items: [{ type: 'string' }, { type: 'string', pattern: '^(\\w*)*$' }] } } }), refusal('^(\\w*)*$'));
    assert.equal(verdict({ anyOf: [{ required: ['a'] }, { properties: { a: { pattern: '(x|xy){2,}' } } }] }), refusal('(x|xy){2,}'));
    assert.equal(verdict({ $defs: { kenmerk: { type: 'string', pattern: '(.*){2,}' } } }), refusal('(.*){2,}'));
    assert.equal(verdict({ properties: { frontmatter: { patternProperties: { '^x-': {}, '^(a|aa)+$': { type: 'string' } } } } }), refusal('^(a|aa)+$'));
  });

  it('however deeply it is nested', () => {
    assert.equal(verdict(nested(100, { type: 'string', pattern: '(a+)+' })), refusal('(a+)+'));
    assert.equal(verdict(nested(100, { type: 'string', pattern: '^[0-9]{7}$' })), 'accepted');
  });

  it('while text that only looks like a pattern, and keywords named like it, are no patterns', () => {
    assert.equal(verdict({ description: 'Geen (a+)+ hier', examples: ['(a+)+'], properties: { pattern: { type: 'string', default: '(a+)+' } } }), 'accepted');
    assert.equal(verdict({ properties: { patternProperties: { type: 'object' }, x: { enum: [null, 'a'], default: null } } }), 'accepted');
    assert.equal(verdict({ properties: { frontmatter: { properties: { '(a+)+': { type: 'string' } }, required: ['(a+)+'] } } }), 'accepted');
  });

  it('and a pattern keyword of the wrong type is reported by the schema check, not a crash', () => {
    assert.equal(verdict({ properties: { x: { pattern: null } } }), 'not a valid JSON schema: /properties/x/pattern must be string');
    assert.equal(verdict({ properties: { x: { patternProperties: null } } }), 'not a valid JSON schema: /properties/x/patternProperties must be object');
  });
});
