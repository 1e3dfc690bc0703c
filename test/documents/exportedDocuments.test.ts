/**
 * The exported documents in the programs people and publishers use: every
 * .docx is opened by LibreOffice and converted to PDF and to text without
 * error, with every word of the note in order (the right-hand column, a
 * frame, is looked for in LibreOffice's PDF: its text export leaves frames
 * out); every PDF is checked with poppler (tagged, A4, its title, every font
 * embedded, its text in order, page 2 repeating Onze referentie) and qpdf.
 * Page 1 of both is rendered into test-results/export/ for a person to look at.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLanguageService } from '../../server/src/core/languageService';
import { EXAMPLES, FIXTURES, ROOT, doc } from '../support/fixtures';
import { expectedUnits, missingInOrder, pdfShows } from '../support/exportedText';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const RESULTS = path.join(ROOT, 'test-results', 'export');
const TOOLS = ['soffice', 'pdfinfo', 'pdffonts', 'pdftotext', 'pdftoppm', 'qpdf'];
/** The page split where the body's column ends and the right-hand column begins (points from the left), and below the CONCEPT mark. */
const COLUMN_SPLIT = 410;
const BELOW_MARK = 100;

/** pdftotext of the body's area of every page (left of the right-hand column, below the draft mark), or of the right-hand column. */
function areaText(file: string, area: 'body' | 'column', page?: number): string {
  const box = area === 'body' ? ['-x', '0', '-y', String(BELOW_MARK), '-W', String(COLUMN_SPLIT), '-H', '900'] : ['-x', String(COLUMN_SPLIT), '-y', '0', '-W', '300', '-H', '900'];
  return execFileSync('pdftotext', [...box, ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-'], { encoding: 'utf8' });
}

function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 300_000, ...options });
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** The notes: the example, the export fixtures (other ministries, three addressees, optional sections, tables, emphasis, links) and a long one. */
function notes(): { name: string; text: string }[] {
  const example = readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8');
  const exportFixtures = path.join(ROOT, 'test', 'fixtures', 'export');
  return [
    { name: 'beslisnota', text: example },
    ...readdirSync(exportFixtures).filter((n) => n.endsWith('.md')).sort().map((n) => ({ name: n.replace(/\.md$/, ''), text: readFileSync(path.join(exportFixtures, n), 'utf8') })),
    { name: 'valid-variants', text: readFileSync(path.join(FIXTURES, 'valid-variants.md'), 'utf8') },
    { name: 'lang', text: example.replace('## 5. Informatie', `${'Een alinea die de nota langer maakt dan drie bladzijden, zodat de lopende kop en de paginanummers te zien zijn.\n\n'.repeat(60)}## 5. Informatie`) },
  ];
}

describe('exported documents in LibreOffice and poppler', function () {
  this.timeout(600_000);
  let dir: string;
  const service = createLanguageService();
  const shown = pdfShows(ROOT);
  const all = notes();
  const pageOf = (name: string, text: string) => {
    const page = service.page(doc(`file:///${name}.md`, text), { locale: 'nl' });
    assert.ok(page);
    return page;
  };

  before(() => {
    const missing = TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
    assert.deepEqual(missing, [], `missing ${missing.join(', ')}; install what the tests need with: bash scripts/install-test-tools.sh`);
    dir = mkdtempSync(path.join(tmpdir(), 'nota-documents-'));
    for (const { name, text } of all) writeFileSync(path.join(dir, `${name}.md`), text);
    const files = all.map(({ name }) => `${name}.md`);
    run(process.execPath, [CLI, 'export', '--to', 'docx', ...files], { cwd: dir });
    run(process.execPath, [CLI, 'export', '--to', 'pdf', ...files], { cwd: dir });
    // LibreOffice with the open font installed for it, as on a machine that has Fira Sans; its own profile.
    const home = path.join(dir, 'home');
    mkdirSync(path.join(home, '.fonts'), { recursive: true });
    for (const font of readdirSync(path.join(ROOT, 'dist', 'fonts')).filter((f) => f.endsWith('.ttf'))) copyFileSync(path.join(ROOT, 'dist', 'fonts', font), path.join(home, '.fonts', font));
    const office = (format: string, out: string) =>
      run('soffice', ['--headless', `-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--convert-to', format, '--outdir', path.join(dir, out), ...all.map(({ name }) => `${name}.docx`)], { cwd: dir, env: { ...process.env, HOME: home } });
    office('pdf', 'lo-pdf');
    office('txt:Text (encoded):UTF8', 'lo-txt');
  });

  after(() => {
    if (!dir) return;
    // Page 1 of both exports of the example and of the note with three addressees, to look at.
    mkdirSync(RESULTS, { recursive: true });
    for (const name of ['beslisnota', 'ocw-drie-geadresseerden']) {
      if (existsSync(path.join(dir, `${name}.pdf`))) run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', path.join(dir, `${name}.pdf`), path.join(RESULTS, `${name}-pdf`)]);
      if (existsSync(path.join(dir, 'lo-pdf', `${name}.pdf`))) run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', path.join(dir, 'lo-pdf', `${name}.pdf`), path.join(RESULTS, `${name}-docx`)]);
    }
    rmSync(dir, { recursive: true, force: true });
  });

  for (const { name, text } of all) {
    describe(name, () => {
      it('LibreOffice opens the .docx and its text holds the subject and body in order; its PDF has the right-hand column', () => {
        const { ordered, column } = expectedUnits(pageOf(name, text));
        const loText = readFileSync(path.join(dir, 'lo-txt', `${name}.txt`), 'utf8');
        assert.deepEqual(missingInOrder(loText, ordered), [], 'LibreOffice\'s text of the .docx');
        assert.deepEqual(missingInOrder(areaText(path.join(dir, 'lo-pdf', `${name}.pdf`), 'column', 1), column), [], 'the right-hand column of page 1 in LibreOffice\'s PDF of the .docx');
        assert.match(execFileSync('pdfinfo', [path.join(dir, 'lo-pdf', `${name}.pdf`)], { encoding: 'utf8' }), /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      });

      it('the PDF is tagged, A4, titled with the subject and embeds every font (pdfinfo, pdffonts, qpdf)', () => {
        const file = path.join(dir, `${name}.pdf`);
        const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
        assert.match(info, /^Tagged:\s+yes$/m);
        assert.match(info, /^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
        assert.match(info, new RegExp(`^Title:\\s+${pageOf(name, text).title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
        const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
        assert.ok(fonts.length > 0);
        for (const line of fonts) assert.match(line, /\s+yes\s+yes\s+yes\s+\d+\s+\d+$/, `embedded, subset, with a ToUnicode map: ${line}`);
        run('qpdf', ['--check', file]);
        const struct = execFileSync('pdfinfo', ['-struct', file], { encoding: 'utf8' });
        assert.match(struct, /^Document/m);
        assert.match(struct, /^\s+H2/m);
      });

      it('pdftotext gives the PDF\'s text in order, the right-hand column apart, and later pages repeat Onze referentie', () => {
        const page = pageOf(name, text);
        const { ordered, column } = expectedUnits(page);
        const file = path.join(dir, `${name}.pdf`);
        assert.deepEqual(missingInOrder(areaText(file, 'body'), ordered, shown), [], 'the body in order, page after page');
        assert.deepEqual(missingInOrder(areaText(file, 'column', 1), column, shown), [], 'the right-hand column of page 1');
        // Read whole, each part of the column stays together: it is not interleaved line by line with the body.
        const whole = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
        const sender = [...page.column.organisation, ...page.column.units].join(' ');
        if (sender) assert.deepEqual(missingInOrder(whole, [sender], shown), [], 'the sender block');
        for (const field of page.column.fields) assert.deepEqual(missingInOrder(whole, [`${field.label} ${field.value}`], shown), [], field.label);
        const pages = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
        const reference = page.column.fields.find((f) => f.label === 'Onze referentie')?.value;
        for (let n = 2; n <= pages; n++) {
          const later = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' });
          assert.match(later, new RegExp(`Onze referentie\\s+${reference}`), `page ${n}`);
          assert.match(later, new RegExp(`Pagina ${n} van ${pages}`));
        }
        if (name === 'lang') assert.ok(pages >= 3, 'the long note runs over three pages or more');
      });
    });
  }
});
