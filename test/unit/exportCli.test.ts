/** `nota export` as a user runs it: files beside the notes or where -o says, refusals, drafts, and hostile notes. */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { EXAMPLES, FIXTURES, ROOT } from '../support/fixtures';
import { docxText, pdfPages } from '../support/exportedText';
import { timeLimit } from '../support/timeLimit';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const minimal = readFileSync(path.join(FIXTURES, 'valid-minimal.md'), 'utf8');
const withBody = (body: string) => minimal.replace('Toelichting.\n', `Toelichting.\n\n${body}\n`);

function nota(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, LANG: 'nl_NL.UTF-8', NOTA_LANG: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Like nota(), without blocking this process (for a test that serves HTTP meanwhile). */
function notaAsync(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('nota export (command line)', function () {
  this.timeout(180_000);
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'nota-export-'));
    mkdirSync(path.join(dir, 'notes', 'sub'), { recursive: true });
    cpSync(path.join(EXAMPLES, 'beslisnota.md'), path.join(dir, 'notes', 'goed.md'));
    cpSync(path.join(ROOT, 'test', 'fixtures', 'export', 'informatienota-vws.md'), path.join(dir, 'notes', 'sub', 'info.md'));
    writeFileSync(path.join(dir, 'notes', 'README.md'), '# Uitleg\n\nGeen nota.\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the .docx beside the note and says so', async () => {
    const { code, stdout, stderr } = nota(['export', '--to', 'docx', 'notes/goed.md'], dir);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.equal(stdout, `notes/goed.md → notes/goed.docx\n1 nota geëxporteerd naar Word\n`);
    const text = await docxText(readFileSync(path.join(dir, 'notes', 'goed.docx')));
    assert.match(text, /Beleidsreactie Monitor Seksueel Geweld tegen kinderen 2020-2024/);
  });

  it('writes a PDF to the file -o names, with English messages under --lang en', async () => {
    const { code, stdout } = nota(['export', '--to=pdf', '--lang', 'en', '-o', 'uit.pdf', 'notes/goed.md'], dir);
    assert.equal(code, 0);
    assert.equal(stdout, 'notes/goed.md → uit.pdf\n1 note exported to PDF\n');
    const pages = await pdfPages(readFileSync(path.join(dir, 'uit.pdf')));
    assert.match(pages[0] ?? '', /1\. Aanleiding/);
  });

  it('exports every note of a folder (not its other Markdown files) into the folder -o names', () => {
    const { code, stdout } = nota(['export', '--to', 'docx', '-o', 'uit/', 'notes'], dir);
    assert.equal(code, 0, stdout);
    assert.deepEqual(readdirSync(path.join(dir, 'uit')).sort(), ['goed.docx', 'info.docx']);
    assert.match(stdout, /2 nota's geëxporteerd naar Word/);
    assert.equal(existsSync(path.join(dir, 'uit', 'README.docx')), false);
  });

  it('refuses a note with errors: lists them, exits 1 and writes nothing; other notes are still exported', () => {
    writeFileSync(path.join(dir, 'notes', 'fout.md'), minimal.replace('datum: 19 maart 2026', 'datum: 31 februari 2026'));
    const { code, stdout, stderr } = nota(['export', '--to', 'pdf', 'notes/fout.md', 'notes/goed.md'], dir);
    assert.equal(code, 1);
    assert.match(stdout, /^notes\/fout\.md:6:8: error date-invalid ‘31 februari 2026’ is geen geldige datum/m);
    assert.match(stderr, /'notes\/fout\.md' has 1 error\(s\) and was not exported; fix them, or use --force/);
    assert.equal(existsSync(path.join(dir, 'notes', 'fout.pdf')), false);
    assert.equal(existsSync(path.join(dir, 'notes', 'goed.pdf')), true);
  });

  it('exports a note with errors under --force, marked CONCEPT on every page', async () => {
    writeFileSync(path.join(dir, 'notes', 'fout.md'), minimal.replace('datum: 19 maart 2026', 'datum: 31 februari 2026'));
    const pdf = nota(['export', '--to', 'pdf', '--force', 'notes/fout.md'], dir);
    assert.equal(pdf.code, 0);
    assert.match(pdf.stdout, /notes\/fout\.md → notes\/fout\.pdf \(CONCEPT\)/);
    const pages = await pdfPages(readFileSync(path.join(dir, 'notes', 'fout.pdf')), { artifacts: true });
    assert.ok(pages.length > 0 && pages.every((p) => p.includes('CONCEPT')));
    assert.equal(nota(['export', '--to', 'docx', '--force', 'notes/fout.md'], dir).code, 0);
    const files = unzipSync(readFileSync(path.join(dir, 'notes', 'fout.docx')));
    assert.ok(Object.keys(files).filter((f) => /^word\/header\d\.xml$/.test(f)).every((f) => strFromU8(files[f] as Uint8Array).includes('>CONCEPT<')));
  });

  it('gives a clear error and exit 2 when the output cannot be written, and leaves nothing behind', () => {
    const locked = path.join(dir, 'alleen-lezen');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    try {
      const asRoot = process.getuid?.() === 0;
      const target = asRoot ? path.join(dir, 'bestaat-niet', 'diep', 'x.docx') : path.join(locked, 'x.docx');
      const { code, stderr } = nota(['export', '--to', 'docx', '-o', target, 'notes/goed.md'], dir);
      assert.equal(code, 2);
      assert.match(stderr, /^nota: cannot write '.*x\.docx': (no such file or folder|permission denied)$/m);
      assert.deepEqual(readdirSync(locked), []);
    } finally {
      chmodSync(locked, 0o700);
    }
    const overNote = nota(['export', '--to', 'docx', '-o', 'notes/goed.md', 'notes/goed.md'], dir);
    assert.equal(overNote.code, 2);
    assert.match(overNote.stderr, /will not write 'notes\/goed\.md' over the note itself/);
    assert.equal(readFileSync(path.join(dir, 'notes', 'goed.md'), 'utf8'), readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8'));
  });

  it('treats a wrong command line as a usage error (exit 2)', () => {
    for (const args of [['export', 'notes/goed.md'], ['export', '--to', 'odt', 'notes/goed.md'], ['export', '--to', 'pdf'], ['export', '--to', 'pdf', '-o', 'een.pdf', 'notes/goed.md', 'notes/sub/info.md']]) {
      const { code, stderr } = nota(args, dir);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /^nota: /);
    }
  });

  describe('hostile notes', () => {
    it('keeps the text of raw HTML and scripts, runs nothing, and fetches no image or link', async () => {
      const requests: string[] = [];
      const server = http.createServer((request, response) => {
        requests.push(request.url ?? '');
        response.end('x');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      try {
        writeFileSync(path.join(dir, 'html.md'), withBody(`<script>fetch("${base}/script")</script>\n\n<p onclick="x()">Zichtbare <b>tekst</b></p>\n\n![grafiek](${base}/pixel.png) <img src="${base}/img.png" alt="foto">\n\n[bron](${base}/link) <iframe src="${base}/frame"></iframe>\n`));
        for (const format of ['docx', 'pdf']) {
          const { code, stderr } = await notaAsync(['export', '--to', format, 'html.md'], dir);
          assert.equal(code, 0, stderr);
        }
        const docx = await docxText(readFileSync(path.join(dir, 'html.docx')));
        assert.match(docx, /Zichtbare tekst/);
        assert.match(docx, /\[afbeelding: grafiek\]/);
        assert.doesNotMatch(docx, /fetch\(/);
        const pdf = (await pdfPages(readFileSync(path.join(dir, 'html.pdf')))).join('\n');
        assert.match(pdf, /Zichtbare tekst/);
        assert.deepEqual(requests, [], 'nothing was fetched');
      } finally {
        server.close();
      }
    });

    it('refuses a 10 MB note at once, with exit 2 and no file', () => {
      writeFileSync(path.join(dir, 'groot.md'), withBody('Een regel tekst die vaak herhaald wordt.\n\n'.repeat(250_000)));
      const started = Date.now();
      const { code, stderr } = nota(['export', '--to', 'pdf', 'groot.md'], dir);
      assert.equal(code, 2);
      assert.match(stderr, /^nota: 'groot\.md' is 10\.\d MB; notes over 2 MB are not exported$/m);
      assert.equal(existsSync(path.join(dir, 'groot.pdf')), false);
      assert.ok(Date.now() - started < timeLimit(20_000), 'refused without parsing it');
    });

    it('exports 10,000 list items, lists nested 50 deep and a 500-column table as correct files', async () => {
      const items = Array.from({ length: 10_000 }, (_, i) => `- Punt ${i + 1} van de lijst.`).join('\n');
      const nested = Array.from({ length: 50 }, (_, depth) => `${'  '.repeat(depth)}- Niveau ${depth + 1}`).join('\n');
      const columns = Array.from({ length: 500 }, (_, i) => i + 1);
      const table = [`| ${columns.map((c) => `kop${c}`).join(' | ')} |`, `|${' --- |'.repeat(500)}`, `| ${columns.map((c) => `cel${c}`).join(' | ')} |`].join('\n');
      writeFileSync(path.join(dir, 'lijst.md'), withBody(items));
      writeFileSync(path.join(dir, 'diep.md'), withBody(nested));
      writeFileSync(path.join(dir, 'breed.md'), withBody(table));
      for (const format of ['docx', 'pdf']) {
        const { code, stderr } = nota(['export', '--to', format, 'lijst.md', 'diep.md', 'breed.md'], dir);
        assert.equal(code, 0, stderr);
      }
      const lijst = await docxText(readFileSync(path.join(dir, 'lijst.docx')));
      assert.match(lijst, /Punt 1 van de lijst\.[\s\S]*Punt 10000 van de lijst\./);
      const lijstPdf = (await pdfPages(readFileSync(path.join(dir, 'lijst.pdf')))).join('\n');
      assert.match(lijstPdf, /Punt 1 van de lijst\.[\s\S]*Punt 10000 van de lijst\./);
      for (const file of ['diep.docx', 'diep.pdf']) {
        const text = file.endsWith('.docx') ? await docxText(readFileSync(path.join(dir, file))) : (await pdfPages(readFileSync(path.join(dir, file)))).join('\n');
        assert.match(text, /Niveau 1\b[\s\S]*Niveau 25\b[\s\S]*Niveau 50\b/, file);
      }
      // Word's numbering has nine levels: the deepest items stay on the ninth, nested as far as it goes.
      const levels = [...strFromU8(unzipSync(readFileSync(path.join(dir, 'diep.docx')))['word/document.xml'] as Uint8Array).matchAll(/<w:ilvl w:val="(\d)"\/>/g)].map((m) => Number(m[1]));
      assert.equal(Math.max(...levels), 8);
      const breed = await docxText(readFileSync(path.join(dir, 'breed.docx')));
      assert.match(breed, /kop1 \| kop2 \|[\s\S]*kop500[\s\S]*cel1 \| cel2[\s\S]*cel500/);
      const breedPdf = (await pdfPages(readFileSync(path.join(dir, 'breed.pdf')))).join(' ').replace(/\s+/g, ' ');
      assert.match(breedPdf, /kop1 \| kop2[\s\S]*kop500[\s\S]*cel500/);
    });
  });
});
