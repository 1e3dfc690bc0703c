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

/** The message of the NoteTypeError that `step` throws. */
function problemOf(step: () => unknown): string {
  try {
    step();
  } catch (error) {
    assert.ok(error instanceof NoteTypeError, String(error));
    return error.message;
  }
  assert.fail('no problem reported');
}

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
    for (const sections of [{ sections: 'no' }, [], { sections: [{ title: 'Vraag' }] }]) {
      assert.equal(why({ 'x-nota-type': 'x', 'x-nota-sections': sections }), '"x-nota-sections" must be an object with "sections": [{ "id", "title", ... }]');
    }
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

  it('compiles a built-in type only when a note of its type is first checked, trusting it until then', () => {
    const types = createLanguageService().noteTypes;
    // Neither checked against the meta-schema nor compiled when added: a server start pays for neither.
    const broken = types.add({ 'x-nota-type': 'stuk', type: 12 }, 'builtin');
    assert.equal(broken.name, 'stuk');
    assert.equal(problemOf(() => broken.validate), 'the schema does not compile: type must be JSONType or JSONType[]: 12');
    const unresolved = types.add({ 'x-nota-type': 'los', properties: { x: { $ref: '#/nope' } } }, 'builtin');
    assert.equal(problemOf(() => unresolved.validate), 'the schema does not compile: can\'t resolve reference #/nope from id #');
    // A workspace schema is compiled at once, so its problem is reported with the configuration.
    assert.equal(problemOf(() => types.add({ 'x-nota-type': 'los', properties: { x: { $ref: '#/nope' } } }, '/ws/.nota/types/los.schema.json')), 'the schema does not compile: can\'t resolve reference #/nope from id #');
  });

  it('keeps a schema\'s "format" an annotation: not checked, and nothing printed about it', () => {
    const printed: unknown[] = [];
    const originals = { warn: console.warn, log: console.log, error: console.error };
    console.warn = console.log = console.error = (...args: unknown[]) => printed.push(args);
    try {
      const withFormat = { ...memoSchema, properties: { frontmatter: { ...memoSchema.properties.frontmatter, properties: { ...memoSchema.properties.frontmatter.properties, gedateerd: { type: 'string', format: 'date' } } } } };
      const formatted = createLanguageService({ extraNoteTypes: [{ schema: withFormat, origin: 'test' }] });
      const text = '---\ntype: memo\naan:\n  - SJenV\nkenmerk: 2013-0000746309\ngedateerd: morgen\n---\n\n## 1. Vraag\n\nWaarom?\n\n## 2. Advies\n\nSJenV besluit.\n';
      assert.deepEqual(formatted.check(doc('file:///f.md', text), { locale: 'en' }), []);
    } finally {
      Object.assign(console, originals);
    }
    assert.deepEqual(printed, []);
  });

  it('says so when a type\'s validate is called outside the registry, which gives the keywords their note', () => {
    const checking = createLanguageService();
    const beslisnota = checking.noteTypes.get('beslisnota');
    const outside = () => beslisnota?.validate({ frontmatter: {}, sections: [] });
    assert.throws(outside, { message: 'Nota keywords run only inside NoteTypeRegistry.validate' });
    // Nor does a check leave its note behind for the next call.
    assert.ok((checking.check(doc('file:///b.md', '---\ntype: beslisnota\n---\n\nTekst.\n'), { locale: 'en' }) ?? []).length > 0);
    assert.throws(outside, { message: 'Nota keywords run only inside NoteTypeRegistry.validate' });
  });

  it('lets a keyword for the whole note, placed on a frontmatter field, pass that field by (even an empty one)', () => {
    const misplaced = { ...memoSchema, properties: { frontmatter: { ...memoSchema.properties.frontmatter, properties: { ...memoSchema.properties.frontmatter.properties, bijlage: { 'x-nota-sections': { sections: [{ id: 'x', title: 'X', required: true }] } } } } } };
    const misplacing = createLanguageService({ extraNoteTypes: [{ schema: misplaced, origin: 'test' }] });
    for (const value of ['', ' ~', ' tekst', ' [1]', ' {}']) {
      const text = `---\ntype: memo\naan:\n  - SJenV\nkenmerk: 2013-0000746309\nbijlage:${value}\n---\n\n## 1. Vraag\n\nWaarom?\n\n## 2. Advies\n\nSJenV besluit.\n`;
      assert.deepEqual(misplacing.check(doc(`file:///b${value.length}.md`, text), { locale: 'en' }), [], value);
    }
  });

  it('refuses a schema nested too deeply for the schema check with a problem, not a crash', () => {
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 1000; i++) deep = { type: 'object', properties: { deel: deep } };
    assert.equal(problemOf(() => createLanguageService().noteTypes.add({ 'x-nota-type': 'diep', ...deep }, '/ws/.nota/types/diep.schema.json')), 'not a valid JSON schema: Maximum call stack size exceeded');
  });
});
