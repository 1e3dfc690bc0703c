import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/core/languageService';
import { NoteTypeError } from '../../server/src/core/schema/noteTypes';
import { doc, summarize } from '../support/fixtures';

/** A note type the engine has never seen, defined by a schema alone. */
const memoSchema = {
  'x-nota-type': 'memo',
  type: 'object',
  properties: {
    frontmatter: {
      type: 'object',
      required: ['type', 'aan', 'kenmerk'],
      additionalProperties: false,
      properties: {
        type: { const: 'memo' },
        aan: { type: 'array', minItems: 1, items: { type: 'string', 'x-nota-portfolio-holder': true } },
        kenmerk: { type: 'string', pattern: '^\\d{4}-\\d{10}$', 'x-nota-finding': 'reference-invalid' },
        gedateerd: { type: 'string', 'x-nota-date': true },
      },
    },
  },
  'x-nota-sections': {
    sections: [
      { id: 'vraag', title: 'Vraag', required: true },
      { id: 'advies', title: 'Advies', required: true },
    ],
  },
  'x-nota-addressees': { field: 'aan', section: 'advies' },
};

describe('note types come from schemas alone', () => {
  const service = createLanguageService({ extraNoteTypes: [{ schema: memoSchema, origin: 'test' }] });

  it('compiles every built-in type (they are compiled when first needed, so this is where a broken one shows)', () => {
    const types = createLanguageService().noteTypes.all();
    assert.deepEqual(types.map((t) => t.name).sort(), ['beslisnota', 'informatienota']);
    for (const type of types) assert.equal(typeof type.validate, 'function', type.name);
  });

  it('checks a note of a new type by its schema', () => {
    const text = '---\ntype: memo\naan:\n  - SJenV\nkenmerk: 2013-0000746309\ngedateerd: 2026-02-30\n---\n\n## 1. Advies\n\nSJenV besluit.\n\n## 2. Vraag\n\nWaarom?\n';
    const findings = service.check(doc('file:///m.md', text), { locale: 'en' });
    assert.deepEqual(summarize(findings ?? []), ['6:12 date-invalid', '9:1 section-order']);
  });

  it('applies the new type\'s required sections, reference pattern and addressee rule', () => {
    const text = '---\ntype: memo\naan:\n  - MJenV\nkenmerk: "12"\n---\n\n## 1. Vraag\n\nWaarom?\n\n## 2. Advies\n\nNiemand.\n';
    const findings = service.check(doc('file:///m2.md', text), { locale: 'nl' }) ?? [];
    assert.deepEqual(summarize(findings), ['4:5 portfolio-holder-missing', '5:10 reference-invalid']);
  });

  it('rejects a schema without a type name or with a broken sections keyword', () => {
    assert.throws(() => service.noteTypes.add({ type: 'object' }, 'test'), NoteTypeError);
    assert.throws(() => service.noteTypes.add({ 'x-nota-type': 'x', 'x-nota-sections': { sections: 'no' } }, 'test'), NoteTypeError);
    assert.throws(() => service.noteTypes.add({ 'x-nota-type': 'y', type: 'object', properties: { a: { type: 'nonsense' } } }, 'test'), NoteTypeError);
  });

  it('says why a schema is not a note type', () => {
    const types = createLanguageService().noteTypes;
    const why = (schema: unknown) => {
      try {
        types.add(schema, '/ws/.nota/types/x.schema.json');
        return 'accepted';
      } catch (error) {
        assert.ok(error instanceof NoteTypeError);
        return error.message;
      }
    };
    for (const schema of [[], null, 'memo']) assert.equal(why(schema), 'a note type schema must be a JSON object');
    for (const name of ['Memo', '9a', 'memo type', '', 7]) assert.equal(why({ 'x-nota-type': name }), 'a note type schema needs "x-nota-type": a lower-case name such as "beslisnota"');
    assert.equal(why({ 'x-nota-type': 'a', type: 12 }), 'not a valid JSON schema: /type must be equal to one of the allowed values');
    assert.equal(why({ 'x-nota-type': 'b', properties: { x: { $ref: '#/nope' } } }), 'the schema does not compile: can\'t resolve reference #/nope from id #');
    assert.equal(why({ 'x-nota-type': 'c-2' }), 'accepted');
  });

  it('takes a type\'s title and description from its schema, and lets a later schema with the same $id replace it', () => {
    const types = createLanguageService().noteTypes;
    const schema = { $id: 'nota:x', 'x-nota-type': 'x', title: 'X', description: 'Iets' };
    assert.deepEqual([types.add(schema, 'a').title, types.add({ ...schema, title: 'Y' }, 'b').title], ['X', 'Y']);
    assert.deepEqual([types.get('x')?.title, types.get('x')?.description, types.get('x')?.origin], ['Y', 'Iets', 'b']);
    const bare = types.add({ 'x-nota-type': 'kaal' }, 'c');
    assert.deepEqual([bare.title, bare.description], ['kaal', '']);
    types.remove('x');
    assert.equal(types.get('x'), undefined);
  });
});
