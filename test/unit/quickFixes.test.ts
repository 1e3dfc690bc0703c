import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { createLanguageService, type NotaLanguageService } from '../../server/src/core/languageService';
import { EXAMPLES, FIXTURES, summarize } from '../support/fixtures';
import { apply, keepsAuthorText } from '../support/edits';
import { noteWith } from '../support/addresseeNotes';
import { fixFor } from '../../server/src/core/features/quickFixes';
import type { Finding } from '../../server/src/core/findings/finding';
import type { FindingCode } from '../../server/src/core/findings/codes';

const REQUIRED = ['Aanleiding', 'Geadviseerd besluit', 'Kernpunten', 'Toelichting', 'Informatie die niet openbaar gemaakt kan worden'];
const minimal = readFileSync(path.join(FIXTURES, 'valid-minimal.md'), 'utf8');
const example = readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8');

/** Removes the named sections (heading and content) from a valid note, keeping the others' numbers. */
function withoutSections(text: string, titles: readonly string[]): string {
  const parts = text.split(/(?=^## )/m);
  return parts.filter((part) => !titles.some((title) => part.startsWith('## ') && part.split('\n')[0]?.endsWith(title))).join('');
}

function edits(action: CodeAction | undefined, uri: string): TextEdit[] {
  return action?.edit?.changes?.[uri] ?? [];
}

function actionsFor(service: NotaLanguageService, uri: string, text: string, version: number, code: string): { actions: CodeAction[]; count: number } {
  const document = { uri, version, getText: () => text };
  const findings = (service.check(document, { locale: 'nl' }) ?? []).filter((f) => f.code === code);
  const first = findings[0];
  if (!first) return { actions: [], count: 0 };
  return { actions: service.codeActions(document, { range: first.range, diagnostics: [{ range: first.range, message: first.message, code: first.code }] }, { locale: 'nl' }), count: findings.length };
}

/** Applies the offered section-missing fix, one at a time, until none is offered; returns the final text. */
function fixMissingSections(service: NotaLanguageService, uri: string, text: string): string {
  let current = text;
  for (let version = 1; version < 20; version++) {
    const { actions, count } = actionsFor(service, uri, current, version, 'section-missing');
    if (count === 0) return current;
    const fix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred);
    assert.ok(fix, `a preferred fix is offered for section-missing in:\n${current}`);
    current = apply(current, edits(fix, uri));
  }
  assert.fail('section-missing fixes did not converge');
}

function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => all.concat(all.map((set) => [...set, item])), [[]]);
}

describe('quick fixes', () => {
  const service = createLanguageService();

  for (const [name, base] of [['the minimal note', minimal], ['the example note', example], ['the minimal note with CRLF', minimal.replace(/\n/g, '\r\n')]] as const) {
    it(`inserting every missing section leaves no section-missing and keeps all text: ${name}, all 31 combinations`, () => {
      for (const removed of subsets(REQUIRED).filter((s) => s.length > 0)) {
        const broken = withoutSections(base, removed);
        const fixed = fixMissingSections(service, `file:///fix-${removed.length}.md`, broken);
        const findings = service.check({ uri: 'file:///after.md', version: 1, getText: () => fixed }, { locale: 'nl' }) ?? [];
        assert.deepEqual(findings.filter((f) => ['section-missing', 'section-order'].includes(f.code)).map((f) => f.code), [], `removed ${removed.join(', ')}:\n${fixed}`);
        assert.deepEqual(findings.filter((f) => f.code === 'section-numbering'), [], `numbering after fixes, removed ${removed.join(', ')}:\n${fixed}`);
        assert.ok(keepsAuthorText(broken, fixed), `author text lost, removed ${removed.join(', ')}:\n${fixed}`);
        service.close('file:///after.md');
      }
    });
  }

  it('inserts the missing section at its place with its number and renumbers those after it', () => {
    const broken = readFileSync(path.join(FIXTURES, 'section-missing.md'), 'utf8');
    const { actions } = actionsFor(service, 'file:///sm.md', broken, 1, 'section-missing');
    assert.equal(actions[0]?.title, 'Sectie ‘3. Kernpunten’ invoegen');
    const fixed = apply(broken, edits(actions[0], 'file:///sm.md'));
    assert.deepEqual(fixed.split('\n').filter((l) => l.startsWith('## ')), [
      '## 1. Aanleiding', '## 2. Geadviseerd besluit', '## 3. Kernpunten', '## 4. Toelichting', '## 5. Informatie die niet openbaar gemaakt kan worden',
    ]);
    // The new section holds Nota's hint, a placeholder: it counts as empty, so the check reminds the author.
    assert.match(fixed, /## 3\. Kernpunten\n\n<!-- De kernpunten, kort\. -->\n\n## 4\. Toelichting/);
    const after = service.check({ uri: 'file:///sm2.md', version: 1, getText: () => fixed }, { locale: 'nl' }) ?? [];
    assert.deepEqual(after.map((f) => [f.code, f.severity, f.message, f.data?.placeholder]), [['section-empty', 'warning', 'Nog te schrijven: de sectie ‘Kernpunten’.', true]]);
  });

  it('has every fix that inserts text say what to select, so that the editor can show it', () => {
    const cases: [string, string, RegExp][] = [
      ['section-missing.md', 'section-missing', /^<!-- De kernpunten, kort\. -->$/],
      ['field-missing.md', 'field-missing', /^…$/],
      ['portfolio-holder-missing.md', 'portfolio-holder-missing', /^Ter beslissing voorgelegd aan MJenV\.$/],
    ];
    for (const [file, code, selected] of cases) {
      const broken = readFileSync(path.join(FIXTURES, file), 'utf8');
      const uri = `file:///sel-${code}.md`;
      const document = { uri, version: 1, getText: () => broken };
      const finding = (service.check(document, { locale: 'nl' }) ?? []).find((f) => f.code === code);
      assert.ok(finding, code);
      const [action] = service.codeActions(document, { range: finding.range, diagnostics: [], revealCommand: 'nota.reveal' }, { locale: 'nl' });
      assert.equal(action?.command?.command, 'nota.reveal', code);
      const [target, range] = action?.command?.arguments as [string, { start: { line: number; character: number }; end: { line: number; character: number } }];
      assert.equal(target, uri);
      const fixed = apply(broken, edits(action, uri)).split('\n');
      assert.equal(range.start.line, range.end.line, code);
      assert.match(fixed[range.start.line]?.slice(range.start.character, range.end.character) ?? '', selected, code);
      // Without a command to run, a fix is a plain edit.
      assert.equal(service.codeActions(document, { range: finding.range, diagnostics: [] }, { locale: 'nl' })[0]?.command, undefined);
      service.close(uri);
    }
  });

  it('renumbers all sections and subsections, changing numbers only', () => {
    const broken = readFileSync(path.join(FIXTURES, 'section-numbering.md'), 'utf8');
    const { actions } = actionsFor(service, 'file:///sn.md', broken, 1, 'section-numbering');
    const fix = actions.find((a) => a.title === 'Alle secties hernummeren');
    assert.ok(fix?.isPreferred);
    const fixed = apply(broken, edits(fix, 'file:///sn.md'));
    assert.deepEqual(fixed.split('\n').filter((l) => l.startsWith('#')), [
      '## 1. Aanleiding', '## 2. Geadviseerd besluit', '## 3. Kernpunten', '## 4. Toelichting', '### 4.1. Verkeerd nummer', '## 5. Informatie die niet openbaar gemaakt kan worden',
    ]);
    assert.ok(keepsAuthorText(broken, fixed));
  });

  it('adds a missing field before the closing fence', () => {
    const broken = readFileSync(path.join(FIXTURES, 'field-missing.md'), 'utf8');
    const { actions } = actionsFor(service, 'file:///fm.md', broken, 1, 'field-missing');
    const fixed = apply(broken, edits(actions[0], 'file:///fm.md'));
    // A placeholder the check reports (as a thing to fill in) until the author replaces it.
    assert.match(fixed, /^datum: 19 maart 2026\nreferentie: "…"\n---\n/m);
    const after = service.check({ uri: 'file:///fm2.md', version: 1, getText: () => fixed }, { locale: 'nl' }) ?? [];
    assert.deepEqual(after.map((f) => [f.code, f.severity, f.message]), [['field-invalid', 'error', 'Nog in te vullen: het veld ‘referentie’ (nu ‘…’).']]);
    assert.ok(keepsAuthorText(broken, fixed));
  });

  it('rewrites an invalid date it can read into Dutch long form', () => {
    const broken = readFileSync(path.join(FIXTURES, 'date-invalid-form.md'), 'utf8');
    const { actions } = actionsFor(service, 'file:///d.md', broken, 1, 'date-invalid');
    assert.equal(actions[0]?.title, 'Datum schrijven als ‘19 maart 2026’');
    const fixed = apply(broken, edits(actions[0], 'file:///d.md'));
    assert.match(fixed, /^datum: 19 maart 2026$/m);
    assert.deepEqual(service.check({ uri: 'file:///d2.md', version: 1, getText: () => fixed }, { locale: 'nl' }), []);
  });

  it('offers to write a valid ISO date in full', () => {
    const text = readFileSync(path.join(FIXTURES, 'valid-iso-date-unquoted.md'), 'utf8');
    const document = { uri: 'file:///iso.md', version: 1, getText: () => text };
    const actions = service.codeActions(document, { range: { start: { line: 5, character: 9 }, end: { line: 5, character: 9 } }, diagnostics: [] }, { locale: 'nl' });
    const rewrite = actions.find((a) => a.kind === 'refactor.rewrite');
    assert.equal(rewrite?.title, 'Datum voluit schrijven: ‘19 maart 2026’');
    assert.match(apply(text, edits(rewrite, 'file:///iso.md')), /^datum: 19 maart 2026$/m);
  });

  it('names a missing addressee in the advised decision, after the author\'s text', () => {
    const broken = readFileSync(path.join(FIXTURES, 'portfolio-holder-missing.md'), 'utf8');
    const { actions } = actionsFor(service, 'file:///ph.md', broken, 1, 'portfolio-holder-missing');
    const fixed = apply(broken, edits(actions[0], 'file:///ph.md'));
    // The shortest form that names the one addressee: its short form, without an article.
    assert.equal(actions[0]?.title, '‘MJenV’ noemen in het geadviseerd besluit');
    assert.match(fixed, /Geadviseerd wordt in te stemmen met de brief\.\n\nTer beslissing voorgelegd aan MJenV\.\n/);
    assert.deepEqual(summarize(service.check({ uri: 'file:///ph2.md', version: 1, getText: () => fixed }, { locale: 'nl' }) ?? []), []);
  });

  it('names an addressee in the shortest form that identifies them: the full title when two share a base title', () => {
    const fiscal = 'Staatssecretaris van Financiën – Fiscaliteit, Belastingdienst en Douane';
    const recovery = 'Staatssecretaris van Financiën - Herstel en Toeslagen';
    const cases: [string[], string, string][] = [
      // One addressee with a portfolio and no other of its base title: the short form.
      [[fiscal], 'Geadviseerd wordt in te stemmen.', 'Ter beslissing voorgelegd aan SFin.'],
      // A minister without a short form of its own: the title.
      [['Minister voor Asiel en Migratie', 'MJenV'], 'MJenV stemt in.', 'Ter beslissing voorgelegd aan de minister van Asiel en Migratie.'],
      // Two state secretaries of Financiën: the base title and SFin name neither, so the full title, with an en dash.
      [[fiscal, recovery], 'De staatssecretaris van Financiën – Fiscaliteit, Belastingdienst en Douane en SFin stemmen in.', 'Ter beslissing voorgelegd aan de staatssecretaris van Financiën – Herstel en Toeslagen.'],
      // A title the registry does not know: as written.
      [['Staatssecretaris van Toverkunst – Spreuken', 'MJenV'], 'MJenV stemt in.', 'Ter beslissing voorgelegd aan de Staatssecretaris van Toverkunst – Spreuken.'],
    ];
    for (const [aan, decision, sentence] of cases) {
      const broken = noteWith(aan, decision);
      const { actions, count } = actionsFor(service, 'file:///short.md', broken, 1, 'portfolio-holder-missing');
      assert.equal(count, 1, decision);
      const fixed = apply(broken, edits(actions[0], 'file:///short.md'));
      assert.ok(fixed.includes(`${decision}\n\n${sentence}\n`), fixed);
      assert.ok(keepsAuthorText(broken, fixed));
      const after = service.check({ uri: 'file:///short2.md', version: 1, getText: () => fixed }, { locale: 'nl' }) ?? [];
      assert.deepEqual(after.filter((f) => f.code === 'portfolio-holder-missing'), [], sentence);
      service.close('file:///short.md');
      service.close('file:///short2.md');
    }
  });

  it('redacts personal data with the marker of its Woo ground, and leaves it out of fix-all', () => {
    const broken = readFileSync(path.join(FIXTURES, 'personal-data.md'), 'utf8');
    const { actions, count } = actionsFor(service, 'file:///pd.md', broken, 1, 'personal-data');
    assert.equal(count, 3);
    assert.equal(actions[0]?.title, 'Lakken als ‘[5.1.2e]’');
    assert.match(apply(broken, edits(actions[0], 'file:///pd.md')), /Vragen aan \[5\.1\.2e\] of 070/);
    const document = { uri: 'file:///pd.md', version: 1, getText: () => broken };
    const all = service.codeActions(document, { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, diagnostics: [], only: ['source.fixAll'] }, { locale: 'nl' });
    assert.deepEqual(all, [], 'nothing safe to fix: redaction is the author\'s call');
  });

  it('fix-all applies every safe fix in one edit', () => {
    const broken = withoutSections(minimal, ['Kernpunten', 'Aanleiding']).replace('datum: 19 maart 2026', 'datum: 19-3-2026');
    const document = { uri: 'file:///all.md', version: 1, getText: () => broken };
    const actions = service.codeActions(document, { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, diagnostics: [], only: ['source.fixAll'] }, { locale: 'nl' });
    assert.equal(actions.length, 1);
    assert.equal(actions[0]?.kind, 'source.fixAll.nota');
    const fixed = apply(broken, edits(actions[0], 'file:///all.md'));
    // The inserted sections hold placeholders, still to be written.
    const after = service.check({ uri: 'file:///all2.md', version: 1, getText: () => fixed }, { locale: 'nl' }) ?? [];
    assert.deepEqual(after.map((f) => `${f.code} ${String(f.data?.title)} ${String(f.data?.placeholder)}`), ['section-empty Aanleiding true', 'section-empty Kernpunten true']);
    assert.ok(keepsAuthorText(broken.replace('19-3-2026', '19 maart 2026'), fixed));
  });

  it('offers no fix for a finding that lacks what its fix needs, rather than one that inserts "undefined"', () => {
    const context = service.context({ uri: 'file:///data.md', version: 1, getText: () => minimal }, { locale: 'nl' });
    assert.ok(context);
    const at = { line: 7, character: 0 };
    const cases: [FindingCode, Record<string, unknown> | undefined][] = [
      ['section-missing', undefined], ['section-missing', { title: 'Kernpunten' }], ['section-missing', { insertAt: at, beforeSection: 2 }],
      ['field-missing', { insertAt: at, pointer: '/frontmatter/bijlagen' }], ['field-missing', { field: 'bijlagen', pointer: '/frontmatter/bijlagen' }],
      ['date-invalid', { value: 'binnenkort' }],
      ['portfolio-holder-missing', { insertAt: at, holder: 'minister van Justitie en Veiligheid' }], ['portfolio-holder-missing', { name: 'MJenV' }],
      ['personal-data', { kind: 'email', text: 'jan@example.nl' }],
      // Renumbering a note whose numbers are right changes nothing.
      ['section-numbering', {}],
    ];
    for (const [code, data] of cases) {
      const finding: Finding = { code, severity: 'error', message: code, range: { start: at, end: at }, ...(data ? { data } : {}) };
      assert.equal(fixFor(context, finding), null, `${code} ${JSON.stringify(data)}`);
    }
    // With what it needs, the same finding does get its fix.
    assert.equal(fixFor(context, { code: 'field-missing', severity: 'error', message: '', range: { start: at, end: at }, data: { field: 'bijlagen', pointer: '/frontmatter/bijlagen', insertAt: at } })?.edits[0]?.newText, 'bijlagen: 0\n');
  });

  it('offers no fix that would move the author\'s text (section-order)', () => {
    const broken = readFileSync(path.join(FIXTURES, 'section-order.md'), 'utf8');
    assert.deepEqual(actionsFor(service, 'file:///so.md', broken, 1, 'section-order').actions, []);
  });
});
