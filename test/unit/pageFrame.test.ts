/**
 * The parts of the page around the body (shared by the preview, Word and
 * PDF): which value of the right-hand column is marked as having a finding,
 * which values become lines, and what may be exported at all.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createLanguageService } from '../../server/src/core/languageService';
import { DEFAULT_PAGE_FIELDS, describeFrame, pageFieldsOf } from '../../server/src/core/page/describePage';
import { PAGE_KEYWORD } from '../../server/src/core/schema/noteTypes';
import { EXPORT_SIZE_LIMIT, prepareExport, type ExportSource } from '../../server/src/core/page/exportNote';
import { inlineText, type NotePage } from '../../server/src/core/page/notePage';
import type { Finding } from '../../server/src/core/findings/finding';
import type { Severity } from '../../server/src/core/findings/codes';
import { FIXTURES, doc } from '../support/fixtures';

const minimal = readFileSync(path.join(FIXTURES, 'valid-minimal.md'), 'utf8');
const service = createLanguageService();
let count = 0;

describe('the frame of the page', () => {
  const contextOf = (text: string) => {
    const context = service.context(doc(`file:///frame-${++count}.md`, text), { locale: 'nl' });
    assert.ok(context);
    return context;
  };

  describe('marks a column value that a finding touches, and no other', () => {
    const context = contextOf(minimal);
    const span = context.sourceMap.spans.get('/frontmatter/datum');
    assert.ok(span);
    const flaggedWith = (start: number, end: number) => {
      const range = { start: context.parsed.lines.positionAt(start), end: context.parsed.lines.positionAt(end) };
      const finding: Finding = { code: 'date-invalid', severity: 'error', message: 'x', range };
      return describeFrame(context, [finding]).column.fields.filter((f) => f.flagged).map((f) => f.label);
    };

    it('a finding over part of the value, or over all of it and more', () => {
      assert.equal(context.text.slice(span.start, span.end), '19 maart 2026');
      assert.deepEqual(flaggedWith(span.start, span.start + 1), ['Datum']);
      assert.deepEqual(flaggedWith(span.end - 1, span.end), ['Datum']);
      assert.deepEqual(flaggedWith(span.start - 7, span.end + 1), ['Datum']);
    });

    it('a point at the start, inside or at the end of the value', () => {
      for (const at of [span.start, span.start + 3, span.end]) assert.deepEqual(flaggedWith(at, at), ['Datum'], String(at));
    });

    it('not a finding that ends where the value starts or starts where it ends, nor a point just beside it', () => {
      assert.deepEqual(flaggedWith(span.start - 7, span.start), []);
      assert.deepEqual(flaggedWith(span.end, span.end + 1), []);
      assert.deepEqual(flaggedWith(span.start - 1, span.start - 1), []);
      assert.deepEqual(flaggedWith(span.end + 1, span.end + 1), []);
    });
  });

  it('reads a sender that is empty, a text or a list as no sender, and sets the others\' page as usual', () => {
    for (const sender of ['afzender:\n', 'afzender: Ministerie\n', 'afzender:\n  - Ministerie\n']) {
      const frame = describeFrame(contextOf(minimal.replace('---\n\n', `${sender}---\n\n`)), []);
      assert.deepEqual([frame.column.organisation, frame.column.units, frame.column.visitingAddress, frame.column.postalAddress], [[], [], [], []], sender);
      assert.deepEqual(frame.column.fields.map((f) => f.value), ['19 maart 2026', '7244668'], sender);
    }
  });

  it('sets each text, number or yes/no of a list as a line, and leaves out what is empty or not a value', () => {
    const text = minimal.replace(/aan:\n(?: {2}- .*\n)+/, 'aan:\n  - Minister van Justitie en Veiligheid\n  - { naam: x }\n  - [a]\n  - null\n  - 12\n  - true\n  - ""\n');
    assert.deepEqual(describeFrame(contextOf(text), []).addressees, ['Minister van Justitie en Veiligheid', '12', 'true']);
    assert.deepEqual(describeFrame(contextOf(minimal.replace(/aan:\n(?: {2}- .*\n)+/, 'aan:\n')), []).addressees, []);
  });
});

describe('what may be exported', () => {
  const page = { concept: false } as NotePage;
  const finding = (severity: Severity): Finding => ({ code: 'field-invalid', severity, message: severity, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } });
  const source = (size: number, findings: Finding[] | null, pageOf: (concept: boolean) => NotePage | null = (concept) => ({ ...page, concept })): ExportSource => ({ size, findings: () => findings, page: pageOf });

  it('exports a note of exactly the size limit, and refuses one a character larger', () => {
    assert.equal(prepareExport(source(EXPORT_SIZE_LIMIT, []), false).kind, 'page');
    assert.deepEqual(prepareExport(source(EXPORT_SIZE_LIMIT + 1, []), false), { kind: 'too-large', size: EXPORT_SIZE_LIMIT + 1, limit: EXPORT_SIZE_LIMIT });
  });

  it('reports the warnings and information of a forced export, not its errors, and marks it a draft', () => {
    const error = finding('error');
    const warning = finding('warning');
    const information = finding('information');
    assert.deepEqual(prepareExport(source(10, [error, warning, information]), true), { kind: 'page', page: { concept: true }, warnings: [warning, information] });
    assert.deepEqual(prepareExport(source(10, [error, warning]), false), { kind: 'refused', errors: [error] });
    assert.deepEqual(prepareExport(source(10, [warning], () => null), false), { kind: 'not-a-note' });
  });
});

describe('the text of inline content', () => {
  it('reads text runs one after the other and a line break as a new line', () => {
    assert.equal(inlineText([{ kind: 'text', text: 'Eerste' }, { kind: 'text', text: ' regel', bold: true }, { kind: 'break' }, { kind: 'text', text: 'tweede' }]), 'Eerste regel\ntweede');
    assert.equal(inlineText([]), '');
  });
});

describe('the fields a note type names for the page', () => {
  it('takes the names it knows, with text, and leaves the rest at the defaults', () => {
    const fields = pageFieldsOf({ [PAGE_KEYWORD]: { subject: 'titel', date: '  ', addressees: 3, unknown: 'x' } });
    assert.deepEqual(fields, { ...DEFAULT_PAGE_FIELDS, subject: 'titel' });
  });

  it('does not take a name an object inherits, such as toString or constructor', () => {
    const fields = pageFieldsOf({ [PAGE_KEYWORD]: JSON.parse('{"toString":"x","constructor":"y","__proto__":"z"}') });
    assert.deepEqual(Object.keys(fields), Object.keys(DEFAULT_PAGE_FIELDS));
  });
});
