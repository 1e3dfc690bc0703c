/**
 * Files an office suite wrote, imported back (the stage `npm run
 * test:office`, which needs LibreOffice): every valid fixture note and the
 * example, as their page (`nota render`) opened in LibreOffice and saved as
 * .docx and as PDF; and generated notes written as house-style Word files,
 * printed to PDF by LibreOffice; and the .docx `nota export` writes, saved
 * by LibreOffice as a Writer document and that saved as .docx again. Each import must give back the note's
 * frontmatter values, headings and body words, and check clean.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { createLanguageService } from '../../server/src/core/languageService';
import { importSource } from '../../server/src/core/import/importSource';
import { sectionTitlesOf } from '../../server/src/core/import/sectionTitles';
import { nodeEnvironment } from '../../server/src/import/engine';
import { EXAMPLES, FIXTURES, ROOT } from '../support/fixtures';
import { noteDocx } from '../support/docxBuilder';
import { noteSpec, specMarkdown } from '../support/noteSpecs';
import { sameNote } from '../support/sameNote';

const DIST = path.join(ROOT, 'dist');
const CLI = path.join(DIST, 'cli.js');
const service = createLanguageService();
const sectionTitles = sectionTitlesOf(service.noteTypes.all());

/** The fixture notes without findings, and the example. */
function validNotes(): string[] {
  const fixtures = readdirSync(FIXTURES).filter((name) => name.endsWith('.expected') && readFileSync(path.join(FIXTURES, name), 'utf8').trim() === '').map((name) => path.join(FIXTURES, name.replace(/\.expected$/, '.md')));
  return [path.join(EXAMPLES, 'beslisnota.md'), ...fixtures];
}

/** Runs LibreOffice headless on files, with a profile of its own (parallel runs would share one otherwise). */
function soffice(folder: string, convertTo: string, files: readonly string[]): void {
  const profile = `file://${path.join(folder, 'lo-profile')}`;
  const run = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', convertTo, '--outdir', folder, ...files], { encoding: 'utf8', timeout: 240_000 });
  if (run.error) throw new Error(`LibreOffice (soffice) could not run: ${run.error.message}; install the test tools with \`bash scripts/install-test-tools.sh\``);
  if (run.status !== 0) throw new Error(`LibreOffice failed (${run.status}): ${run.stderr}`);
}

function findings(markdown: string): string[] {
  const uri = `file:///office-${Math.random()}.md`;
  const result = (service.check({ uri, version: 1, getText: () => markdown }, { locale: 'nl', force: true }) ?? []).map((f) => f.code);
  service.close(uri);
  return result;
}

describe('import of files LibreOffice wrote', function () {
  this.timeout(600_000);
  const environment = nodeEnvironment(DIST);
  let folder: string;

  before(() => {
    const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
    assert.ok(!probe.error && probe.status === 0, `LibreOffice (soffice) is missing: install the test tools with \`bash scripts/install-test-tools.sh\` (${probe.error?.message ?? probe.stderr})`);
    assert.ok(existsSync(CLI), 'dist/cli.js is missing: run `npm run build` first');
    folder = mkdtempSync(path.join(tmpdir(), 'nota-office-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('imports every valid fixture note from the .docx and the PDF LibreOffice made of its page, as it was', async () => {
    const notes = validNotes();
    const pages = notes.map((note, i) => {
      const html = path.join(folder, `note${i}.html`);
      const rendered = spawnSync(process.execPath, [CLI, 'render', note, '-o', html], { encoding: 'utf8' });
      assert.equal(rendered.status, 0, rendered.stderr);
      return html;
    });
    soffice(folder, 'docx:MS Word 2007 XML', pages);
    soffice(folder, 'pdf:writer_pdf_Export', pages.map((html) => html.replace(/\.html$/, '.docx')));
    for (const [i, note] of notes.entries()) {
      const original = readFileSync(note, 'utf8');
      for (const extension of ['docx', 'pdf']) {
        const file = path.join(folder, `note${i}.${extension}`);
        const result = await importSource({ name: file, bytes: readFileSync(file), sectionTitles }, environment);
        sameNote(result.markdown, original, `${path.basename(note)} as .${extension}`);
        assert.deepEqual(findings(result.markdown), findings(original), `${path.basename(note)} as .${extension}: its findings`);
      }
    }
  });

  it('imports the Word files nota export writes after LibreOffice saved them again, as .docx and through its own .odt', async () => {
    const notes = validNotes();
    const exported = path.join(folder, 'exported');
    const resaved = path.join(folder, 'resaved');
    const sources = notes.map((note, i) => {
      const copy = path.join(exported, `export${i}.md`);
      mkdirSync(exported, { recursive: true });
      cpSync(note, copy);
      return copy;
    });
    const run = spawnSync(process.execPath, [CLI, 'export', '--to', 'docx', ...sources], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const docx = sources.map((file) => file.replace(/\.md$/, '.docx'));
    // Saved as a Writer document, then that document saved as Word: what an office user's edit leaves.
    soffice(folder, 'odt', docx);
    soffice(resaved, 'docx:MS Word 2007 XML', docx.map((file) => path.join(folder, path.basename(file).replace(/\.docx$/, '.odt'))));
    for (const [i, note] of notes.entries()) {
      const original = readFileSync(note, 'utf8');
      const file = path.join(resaved, `export${i}.docx`);
      const result = await importSource({ name: file, bytes: readFileSync(file), sectionTitles }, environment);
      sameNote(result.markdown, original, `${path.basename(note)} exported, saved by LibreOffice`);
      assert.deepEqual(findings(result.markdown), findings(original), `${path.basename(note)} exported, saved by LibreOffice: its findings`);
    }
  });

  it('imports generated notes from house-style Word files, and from the PDF LibreOffice prints of them', async () => {
    const specs = fc.sample(noteSpec, { numRuns: 6, seed: 20_260_319 });
    const files = specs.map((spec, i) => {
      const file = path.join(folder, `generated${i}.docx`);
      writeFileSync(file, noteDocx(spec, { placement: i % 2 ? 'table' : 'frame', autoNumber: i % 3 === 0 }));
      return file;
    });
    soffice(folder, 'pdf:writer_pdf_Export', files);
    for (const [i, spec] of specs.entries()) {
      for (const extension of ['docx', 'pdf']) {
        const file = path.join(folder, `generated${i}.${extension}`);
        const result = await importSource({ name: file, bytes: readFileSync(file), sectionTitles }, environment);
        sameNote(result.markdown, specMarkdown(spec), `generated note ${i} as .${extension}`);
        assert.deepEqual(findings(result.markdown), [], `generated note ${i} as .${extension}: its findings`);
      }
    }
  });
});
