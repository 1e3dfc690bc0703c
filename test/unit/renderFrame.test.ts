/**
 * The frame of the previewed page (addressees, subject, the colophon) as the
 * reader sees it: every value the author wrote, escaped, and each value with a
 * finding marked with the worst of its findings.
 */
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/core/languageService';
import { renderNoteContent } from '../../server/src/core/render/renderNote';
import type { Finding } from '../../server/src/core/findings/finding';
import type { Severity } from '../../server/src/core/findings/codes';
import { doc } from '../support/fixtures';

const service = createLanguageService();
const BODY = '\n## 1. Aanleiding\n\nA.\n\n## 2. Geadviseerd besluit\n\nU wordt geadviseerd, MJenV, in te stemmen.\n\n## 3. Kernpunten\n\n- C.\n\n## 4. Toelichting\n\nD.\n\n## 5. Informatie die niet openbaar gemaakt kan worden\n\nE.\n';
const VALID = 'onderwerp: Voorbeeld\naan:\n  - Minister van Justitie en Veiligheid\ndatum: 19 maart 2026\nreferentie: "7244668"\n';
const note = (frontmatter: string) => `---\ntype: beslisnota\n${frontmatter}---\n${BODY}`;
let count = 0;
const uri = () => `file:///frame-${++count}.md`;

/** The preview's content with the note's own findings. */
const rendered = (frontmatter: string) => service.render(doc(uri(), note(frontmatter)), { locale: 'nl' })?.content ?? '';
const part = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];
const addressees = (html: string) => part(html, /<div class="nota-addressees"><ul>(.*?)<\/ul><\/div>/);
const colophon = (html: string) => part(html, /<aside class="nota-colophon">(.*?)<\/aside>/);

/** The note rendered with the findings given instead of its own, to put a finding exactly where a test needs it. */
function withFindings(frontmatter: string, findings: (context: NonNullable<ReturnType<typeof service.context>>) => Finding[]): string {
  const context = service.context(doc(uri(), note(frontmatter)), { locale: 'nl' });
  assert.ok(context);
  return renderNoteContent(context, findings(context)).content;
}
const finding = (severity: Severity, message: string, start: { line: number; character: number }, end = start): Finding => ({ code: 'field-invalid', severity, message, range: { start, end } });

describe('the frame of the previewed page', () => {
  it('shows a valid note without banner, emblem, marks or missing sections', () => {
    const html = rendered(VALID);
    assert.ok(html.startsWith('<article class="nota-page">'), html.slice(0, 80));
    assert.match(html, /<div class="nota-emblem" aria-hidden="true"><\/div>/);
    assert.equal(addressees(html), '<li>Minister van Justitie en Veiligheid</li>');
    assert.equal(colophon(html), '<dl><dt>Datum</dt><dd>19 maart 2026</dd><dt>Onze referentie</dt><dd>7244668</dd></dl>');
  });

  it('sets every line of the sender in the colophon, and nothing for parts left out', () => {
    const sender = 'afzender:\n  organisatie:\n    - Ministerie A\n    - DG B\n  postadres: Postbus 20301, 2500 EH Den Haag\n';
    assert.equal(colophon(rendered(VALID + sender)), '<p class="nota-unit"><strong>Ministerie A</strong><strong>DG B</strong></p><p class="nota-address">Postbus 20301<br>2500 EH Den Haag</p><dl><dt>Datum</dt><dd>19 maart 2026</dd><dt>Onze referentie</dt><dd>7244668</dd></dl>');
    const units = 'afzender:\n  onderdeel:\n    - Directie C\n    - Afdeling D\n  bezoekadres: Turfmarkt 147, 2511 DP Den Haag\n';
    assert.equal(colophon(rendered(VALID + units)), '<p class="nota-unit">Directie C<br>Afdeling D</p><p class="nota-address">Turfmarkt 147<br>2511 DP Den Haag</p><dl><dt>Datum</dt><dd>19 maart 2026</dd><dt>Onze referentie</dt><dd>7244668</dd></dl>');
    assert.equal(colophon(rendered(`${VALID}afzender:\n  organisatie: Ministerie A\n`)), '<p class="nota-unit"><strong>Ministerie A</strong></p><dl><dt>Datum</dt><dd>19 maart 2026</dd><dt>Onze referentie</dt><dd>7244668</dd></dl>');
  });

  it('marks each missing required value as an empty slot where the page would show it, and only those', () => {
    const html = rendered('datum: 19 maart 2026\n');
    assert.equal(addressees(html), '<li class="nota-absent nota-mark nota-mark-error" title="Het verplichte veld ‘aan’ ontbreekt.">ontbreekt</li>');
    assert.match(html, /<h1 class="nota-doctype">nota<\/h1>\n<p class="nota-subject nota-absent nota-mark nota-mark-error" title="Het verplichte veld ‘onderwerp’ ontbreekt\.">ontbreekt<\/p>\n/);
    assert.equal(colophon(html), '<dl><dt>Datum</dt><dd>19 maart 2026</dd><dt class="nota-absent">Onze referentie</dt><dd class="nota-absent nota-mark nota-mark-error" title="Het verplichte veld ‘referentie’ ontbreekt.">ontbreekt</dd></dl>');
  });

  it('shows no subject line and no slots when values are missing but nothing is reported about them', () => {
    const html = withFindings('datum: 19 maart 2026\n', () => []);
    assert.match(html, /<h1 class="nota-doctype">nota<\/h1>\s*<div class="nota-body">/);
    assert.equal(addressees(html), '');
    assert.equal(colophon(html), '<dl><dt>Datum</dt><dd>19 maart 2026</dd></dl>');
  });

  it('lists every addressee the author wrote: numbers and yes/no as written, empty or non-text entries as marked slots', () => {
    const html = rendered(VALID.replace('  - Minister van Justitie en Veiligheid\n', '  - "  "\n  - 12\n  - true\n  - [a, b]\n'));
    // The messages on hover aside: each entry's text and marks (12 and true are named in no decision: errors).
    assert.equal(addressees(html)?.replace(/ title="[^"]*"/g, ''), [
      '<li class="nota-absent nota-mark nota-mark-error">ontbreekt</li>',
      '<li class="nota-mark nota-mark-error">12</li>',
      '<li class="nota-mark nota-mark-error">true</li>',
      '<li class="nota-absent nota-mark nota-mark-error">ontbreekt</li>',
    ].join(''));
    assert.match(html, /<li class="nota-absent nota-mark nota-mark-error" title="Het eerste item van ‘aan’ is leeg\.">/);
    // Without a finding an empty entry has nothing to show.
    assert.equal(addressees(withFindings(VALID.replace('  - Minister', '  - ""\n  - Minister'), () => [])), '<li>Minister van Justitie en Veiligheid</li>');
  });

  it('shows one addressee written without a list (marked by its finding), and an empty addressee field as a marked slot', () => {
    assert.equal(addressees(rendered(VALID.replace('aan:\n  - Minister', 'aan: Minister'))), '<li class="nota-mark nota-mark-error" title="Het veld ‘aan’ moet een lijst zijn.">Minister van Justitie en Veiligheid</li>');
    assert.equal(addressees(rendered(VALID.replace('aan:\n  - Minister van Justitie en Veiligheid\n', 'aan:\n'))), '<li class="nota-absent nota-mark nota-mark-error" title="Het veld ‘aan’ is leeg.">ontbreekt</li>');
  });

  it('ends a standalone page (nota render) with the note: no script, nothing after it', () => {
    const page = service.renderStandalone(doc(uri(), note(VALID)), { locale: 'nl' }) ?? '';
    assert.match(page, /<div id="nota-root"><article class="nota-page">[\s\S]*<\/article><\/div>\s*<\/body>\s*<\/html>\s*$/);
  });

  it('marks a missing section only for a section-missing finding', () => {
    const html = rendered(VALID.replace('19 maart', '31 februari'));
    assert.match(html, /<dd class="nota-mark nota-mark-error" title="‘31 februari 2026’ is geen geldige datum\./);
    assert.doesNotMatch(html, /nota-missing/, 'the note has all its sections');
  });

  describe('which finding marks a value', () => {
    /** The subject's value: line 2 of the note, `onderwerp: Voorbeeld`, the value from character 11 to 20 (its end); 21 is the next line's start. */
    const at = (character: number) => (character <= 20 ? { line: 2, character } : { line: 3, character: character - 21 });
    const subject = (findings: Finding[]) => part(withFindings(VALID, () => findings), /(<p class="nota-subject[^>]*>)Voorbeeld<\/p>/);

    it('the worst of several findings on the value, in whatever order they come', () => {
      const info = finding('information', 'i', at(11), at(20));
      const warning = finding('warning', 'w', at(11), at(20));
      const error = finding('error', 'e', at(12), at(14));
      for (const order of [[warning, error], [error, warning], [info, warning, error], [error, info, warning], [info, error, warning]]) {
        assert.equal(subject(order), '<p class="nota-subject nota-mark nota-mark-error" title="e">', order.map((f) => f.message).join());
      }
      assert.equal(subject([info, warning]), '<p class="nota-subject nota-mark nota-mark-warning" title="w">');
    });

    it('a finding that overlaps the value or is an empty point within it, not one that only touches it', () => {
      const marks = (start: number, end: number) => subject([finding('error', 'e', at(start), at(end))]) !== '<p class="nota-subject">';
      assert.equal(marks(0, 11), false, 'the key, up to where the value starts');
      assert.equal(marks(20, 21), false, 'from where the value ends');
      assert.equal(marks(0, 12), true, 'the key and the value\'s first character');
      assert.equal(marks(19, 21), true, 'the value\'s last character and on');
      assert.equal(marks(11, 11), true, 'an empty point where the value starts');
      assert.equal(marks(20, 20), true, 'an empty point where the value ends');
      assert.equal(marks(10, 10), false, 'an empty point before the value');
      assert.equal(marks(21, 21), false, 'an empty point after the value');
    });
  });
});
