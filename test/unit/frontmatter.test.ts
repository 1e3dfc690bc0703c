/**
 * The frontmatter block: when a file is a note, one finding for a missing,
 * unclosed or broken block (never a cascade), where each points, and how
 * values the schema wants as text are read.
 */
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/core/languageService';
import { declaredType, isNotaFileName, typeLineIn } from '../../server/src/core/check/noteType';
import { parseNote } from '../../server/src/core/parse/parseNote';
import { coercePlainScalars } from '../../server/src/core/check/coerce';
import { portfolioHolderValues } from '../../server/src/core/check/portfolioHolderValues';
import { HOSTILE } from '../support/hostile';
import { doc } from '../support/fixtures';

const BODY = '\n## 1. Aanleiding\n\nTekst.\n';

describe('the frontmatter', () => {
  const service = createLanguageService();
  let count = 0;
  // Each check starts afresh: a document left open keeps its findings for the same text.
  const check = (text: string, uri = `file:///fm-${count++}.md`, force = false) => {
    const findings = service.check(doc(uri, text), { locale: 'nl', force }) ?? [];
    service.close(uri);
    return findings;
  };
  const frontmatterFindings = (text: string, uri?: string) =>
    check(text, uri, true).filter((f) => f.code.startsWith('frontmatter')).map((f) => [f.code, f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character, f.data?.reason ?? null]);

  describe('which files are notes', () => {
    it('a file named *.nota.md, in any case, whatever its query or fragment', () => {
      for (const name of ['x.nota.md', 'file:///a/b/X.NOTA.MD', 'file:///x.nota.md?v=1', 'file:///x.nota.md#kop']) assert.equal(isNotaFileName(name), true, name);
      for (const name of ['x.md', 'nota.md', 'x.nota.md.bak', 'x.notamd', 'file:///x.md?y.nota.md', 'file:///x.md#\nkop.nota.md', undefined, '']) assert.equal(isNotaFileName(name), false, String(name));
    });

    it('a file whose frontmatter names a known type, even when the rest of the frontmatter is broken', () => {
      assert.notEqual(service.check(doc('file:///t.md', '---\ntype:  beslisnota  \n---\n'), { locale: 'nl' }), null);
      assert.notEqual(service.check(doc('file:///t.md', '---\ntype: beslisnota\nonderwerp: [kapot\n---\n'), { locale: 'nl' }), null);
      assert.notEqual(service.check(doc('file:///t.md', '---\ntype: "beslisnota"\n\nnooit gesloten\n'), { locale: 'nl' }), null);
      assert.equal(service.check(doc('file:///t.md', '---\ntype: blogpost\n---\n'), { locale: 'nl' }), null);
      assert.equal(service.check(doc('file:///t.md', '# Geen frontmatter\n'), { locale: 'nl' }), null);
      assert.equal(service.check(doc('file:///t.md', 'type: beslisnota\n'), { locale: 'nl' }), null);
    });

    it('reads the type from a `type:` line of broken frontmatter, and only from a line that is just that', () => {
      assert.equal(typeLineIn('a: 1\ntype: informatienota\n'), 'informatienota');
      assert.equal(typeLineIn("type: 'beslisnota'  "), 'beslisnota');
      assert.equal(typeLineIn('type:\tmemo-2'), 'memo-2');
      assert.equal(typeLineIn('onderwerp: [kapot\ntype:   informatienota\n'), 'informatienota');
      for (const text of ['  type: beslisnota', 'type: Beslisnota', 'type: beslis nota', 'type: 2nota', 'soort: beslisnota', 'type: beslisnota x']) assert.equal(typeLineIn(text), undefined, text);
      assert.equal(declaredType(parseNote('---\ntype: "  informatienota "\n---\n')), 'informatienota');
      assert.equal(declaredType(parseNote('---\ntype: 12\n---\n')), undefined);
      assert.equal(declaredType(parseNote('---\ntype: [x\ntype: memo\n---\n')), 'memo');
      // Past the first 4 KB of a frontmatter that is never closed, no type is looked for.
      assert.equal(declaredType(parseNote(`---\n${'a: b\n'.repeat(1000)}type: memo\n`)), undefined);
      assert.equal(declaredType(parseNote(`---\n${'a: b\n'.repeat(10)}type: memo\n`)), 'memo');
    });

    it('a .nota.md file or a file checked explicitly gets the default type, a file with an unknown type too', () => {
      assert.equal(service.noteTypeOf(doc('file:///x.nota.md', '# Notitie\n'))?.name, 'beslisnota');
      assert.equal(service.noteTypeOf(doc('file:///x.md', '---\ntype: onbekend\n---\n'), true)?.name, 'beslisnota');
      assert.equal(service.noteTypeOf(doc('file:///x.md', '---\ntype: informatienota\n---\n'), true)?.name, 'informatienota');
      assert.equal(service.noteTypeOf(doc('file:///x.md', '# Notitie\n')), null);
      const memoDefault = createLanguageService({ defaultNoteType: 'informatienota' });
      assert.equal(memoDefault.noteTypeOf(doc('file:///x.nota.md', ''))?.name, 'informatienota');
    });
  });

  describe('one finding for a block that is missing, unclosed or broken', () => {
    it('missing: on the first line, with where the block belongs', () => {
      const findings = check(`# Titel${BODY}`, 'file:///zonder.nota.md');
      assert.deepEqual(findings.filter((f) => f.code === 'frontmatter-missing').map((f) => [f.range, f.data]), [[
        { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } }, { code: 'frontmatter-missing', insertAt: { line: 0, character: 0 } },
      ]]);
      assert.ok(!findings.some((f) => f.code === 'field-missing' || f.code === 'portfolio-holder-missing'), 'no cascade of missing fields');
      const bom = check(`\ufeff# Titel${BODY}`, 'file:///bom.nota.md').find((f) => f.code === 'frontmatter-missing');
      assert.deepEqual([bom?.range.start, bom?.range.end, bom?.data?.insertAt], [{ line: 0, character: 0 }, { line: 0, character: 8 }, { line: 0, character: 1 }]);
    });

    it('never closed: on the opening fence', () => {
      assert.deepEqual(frontmatterFindings(`---  \ntype: beslisnota\n${BODY}`), [['frontmatter-syntax', 0, 0, 0, 5, 'unclosed']]);
      assert.deepEqual(frontmatterFindings('---'), [['frontmatter-syntax', 0, 0, 0, 3, 'unclosed']]);
    });

    it('invalid YAML: where the error is, from the bracket or quote that was never closed', () => {
      assert.deepEqual(frontmatterFindings(`---\ntype: beslisnota\nonderwerp: [niet gesloten\naan: x\n---${BODY}`), [['frontmatter-syntax', 2, 11, 3, 1, 'syntax']]);
      assert.deepEqual(frontmatterFindings(`---\ntype: beslisnota\nonderwerp: {niet: gesloten\n---${BODY}`).map((f) => f.slice(0, 3)), [['frontmatter-syntax', 2, 11]]);
      assert.deepEqual(frontmatterFindings(`---\ntype: beslisnota\nonderwerp: "niet gesloten\n---${BODY}`).map((f) => f.slice(0, 3)), [['frontmatter-syntax', 2, 11]]);
      assert.deepEqual(frontmatterFindings(`---\ntype: beslisnota\nonderwerp: 'niet gesloten\n---${BODY}`).map((f) => f.slice(0, 3)), [['frontmatter-syntax', 2, 11]]);
    });

    it('says what is wrong in both languages: the YAML error itself, or that keys with values are wanted', () => {
      const broken = `---\ntype: beslisnota\ntype: beslisnota\n---${BODY}`;
      const list = `---\n- een\n- twee\n---${BODY}`;
      const shown = (text: string, locale: 'nl' | 'en') => (createLanguageService().check(doc('file:///x.nota.md', text), { locale }) ?? []).filter((f) => f.code.startsWith('frontmatter')).map((f) => [f.code, f.severity, f.message, f.range]);
      const secondKey = { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } };
      const items = { start: { line: 1, character: 0 }, end: { line: 3, character: 0 } };
      assert.deepEqual(shown(broken, 'nl'), [['frontmatter-syntax', 'error', 'De frontmatter is geen geldige YAML: the key ‘type’ appears twice; map keys must be unique', secondKey]]);
      assert.deepEqual(shown(broken, 'en'), [['frontmatter-syntax', 'error', 'The frontmatter is not valid YAML: the key ‘type’ appears twice; map keys must be unique', secondKey]]);
      assert.deepEqual(shown(list, 'nl'), [['frontmatter-syntax', 'error', 'De frontmatter moet uit sleutels met waarden bestaan (bijvoorbeeld ‘onderwerp: …’).', items]]);
      assert.deepEqual(shown(list, 'en'), [['frontmatter-syntax', 'error', 'The frontmatter must consist of keys with values (for example ‘onderwerp: …’).', items]]);
    });

    it('not a mapping: on the value, with its own message', () => {
      const findings = check(`---\n- een\n- twee\n---${BODY}`, 'file:///lijst.nota.md').filter((f) => f.code === 'frontmatter-syntax');
      assert.deepEqual(findings.map((f) => [f.range.start.line, f.range.start.character, f.data?.reason]), [[1, 0, 'not-mapping']]);
      assert.match(findings[0]?.message ?? '', /sleutels met waarden/);
      assert.deepEqual(frontmatterFindings(`---\nalleen tekst\n---${BODY}`).map((f) => f[5]), ['not-mapping']);
    });

    it('an empty block is an empty mapping: the required fields are missing', () => {
      const findings = check(`---\n---${BODY}`, 'file:///leeg.nota.md');
      assert.deepEqual(findings.filter((f) => f.code.startsWith('frontmatter')), []);
      assert.deepEqual(findings.filter((f) => f.code === 'field-missing').map((f) => f.data?.field), ['type', 'onderwerp', 'aan', 'datum', 'referentie']);
    });

    it('an alias bomb is one frontmatter-syntax finding, not a billion laughs', () => {
      const findings = createLanguageService().check(doc('file:///bomb.md', HOSTILE['a YAML alias bomb']?.() ?? ''), { locale: 'en' }) ?? [];
      assert.deepEqual(findings.filter((f) => f.code.startsWith('frontmatter')).map((f) => f.code), ['frontmatter-syntax']);
      assert.match(findings[0]?.message ?? '', /alias/i);
    });

    it('duplicate keys are one frontmatter-syntax finding on the second key', () => {
      const findings = frontmatterFindings('---\ntype: beslisnota\ntype: beslisnota\n---\n');
      assert.deepEqual(findings, [['frontmatter-syntax', 2, 0, 2, 4, 'syntax']]);
      assert.deepEqual(frontmatterFindings('---\ntype: beslisnota\nafzender:\n  a: 1\n  b: 2\n  a: 3\n---\n'), [['frontmatter-syntax', 5, 2, 5, 3, 'syntax']]);
    });

    it('a megabyte of frontmatter is refused with one clear finding', () => {
      const findings = createLanguageService().check(doc('file:///big.md', HOSTILE['1 MB of frontmatter']?.() ?? ''), { locale: 'nl' }) ?? [];
      assert.equal(findings.filter((f) => f.code === 'frontmatter-syntax').length, 1);
      assert.match(findings.find((f) => f.code === 'frontmatter-syntax')?.message ?? '', /too large/);
    });
  });

  describe('values the schema wants as text', () => {
    it('keeps an unquoted number as written: the leading zero of a reference is not lost', () => {
      const text = '---\ntype: beslisnota\nonderwerp: 2026\naan:\n  - MJenV\ndatum: 19 maart 2026\nreferentie: 0244668\nbijlagen: 02\n---\n';
      const findings = service.check(doc('file:///nummers.md', text), { locale: 'nl' }) ?? [];
      assert.deepEqual(findings.filter((f) => f.range.start.line < 8), []);
      const context = service.context(doc('file:///nummers.md', text), { locale: 'nl' });
      service.close('file:///nummers.md');
      assert.deepEqual(context?.model.frontmatter, { type: 'beslisnota', onderwerp: '2026', aan: ['MJenV'], datum: '19 maart 2026', referentie: '0244668', bijlagen: 2 });
    });

    it('coerces by the schema only: in lists and nested objects, and only where text is all it may be', () => {
      const schema = {
        type: 'object',
        properties: {
          tekst: { type: 'string' }, getal: { type: 'integer' }, beide: { type: ['string', 'number'] }, leegOfTekst: { type: ['string', 'null'] },
          lijst: { type: 'array', items: { type: 'string' } }, blok: { type: 'object', properties: { code: { type: 'string' } } },
        },
      };
      const plain = new Map([['/tekst', '007'], ['/getal', '007'], ['/beide', '007'], ['/leegOfTekst', '007'], ['/lijst/1', '0.50'], ['/blok/code', '1e3'], ['/vrij', '08']]);
      const value = { tekst: 7, getal: 7, beide: 7, leegOfTekst: 7, lijst: ['a', 0.5], blok: { code: 1000, x: 1 }, vrij: 8 };
      assert.deepEqual(coercePlainScalars(value, schema, plain), { tekst: '007', getal: 7, beide: 7, leegOfTekst: '007', lijst: ['a', '0.50'], blok: { code: '1e3', x: 1 }, vrij: 8 });
      assert.equal(coercePlainScalars(7, undefined, plain), 7);
      assert.equal(coercePlainScalars(7, { type: 'boolean' }, new Map([['', 'true']])), 7);
    });

    it('keeps a number or a yes/no where the schema also allows one, and leaves what the schema does not describe as it is', () => {
      const plain = new Map([['/geheel', '007'], ['/janee', 'true'], ['/lijst/0', '01'], ['/blok/code', '02'], ['/tupel/0', '03']]);
      const schema = {
        type: 'object',
        properties: {
          geheel: { type: ['string', 'integer'] }, janee: { type: ['string', 'boolean'] }, ontbreekt: { type: 'string' },
          lijst: { type: 'array' }, blok: { type: 'object' }, tekst: { type: 'object', properties: { code: { type: 'string' } } },
          leeg: { type: 'object', properties: { code: { type: 'string' } } }, tupel: { type: 'array', items: [{ type: 'string' }] },
        },
      };
      const value = { geheel: 7, janee: true, lijst: [1], blok: { code: 2 }, tekst: 'vrije tekst', leeg: null, tupel: [3] };
      assert.deepStrictEqual(coercePlainScalars(value, schema, plain), { geheel: 7, janee: true, lijst: [1], blok: { code: 2 }, tekst: 'vrije tekst', leeg: null, tupel: [3] });
      // `true` is a schema that allows anything.
      assert.deepStrictEqual(coercePlainScalars({ vrij: 7 }, { properties: { vrij: true } }, new Map([['/vrij', '07']])), { vrij: 7 });
    });

    it('reads the portfolio holders a note type marks, single or in a list, text only', () => {
      const schema = { properties: { aan: { type: 'array', items: { 'x-nota-portfolio-holder': true } }, van: { 'x-nota-portfolio-holder': true }, cc: { type: 'array', items: {} }, niet: { 'x-nota-portfolio-holder': false } } };
      assert.deepEqual(portfolioHolderValues(schema, { aan: ['MJenV', 7, 'SJenV'], van: 'MFin', cc: ['MOCW'], niet: 'MDef' }), ['MJenV', 'SJenV', 'MFin']);
      assert.deepEqual(portfolioHolderValues(schema, { aan: 'MJenV', van: ['MFin'] }), []);
      assert.deepEqual(portfolioHolderValues(schema, undefined), []);
      assert.deepEqual(portfolioHolderValues(undefined, { aan: ['MJenV'] }), []);
    });
  });
});
