/**
 * Hostile files for `nota import`, generated (no large binaries in the
 * repository): each must get one clear error line naming the file, and
 * nothing written.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, ftruncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { buildDocx } from './docxBuilder';
import { buildPdf } from './pdfBuilder';
import { zip } from './zipWriter';

export interface HostileFile {
  name: string;
  /** What the one error line must say (Dutch). */
  message: RegExp;
}

const paragraph = { runs: [{ text: '1. Aanleiding' }] };

/** Writes the hostile set into `folder`; `secret` is a file whose content must never show up. */
export function writeHostileFiles(folder: string, secret: string): HostileFile[] {
  const files: HostileFile[] = [];
  const add = (name: string, data: Uint8Array | string, message: RegExp) => {
    writeFileSync(path.join(folder, name), data);
    files.push({ name, message });
  };
  add('geen-zip.docx', 'Dit is platte tekst met de extensie .docx.', /geen Word-bestand: een \.docx is een zip-archief/);
  add('leeg.docx', '', /het bestand is leeg/);
  add('leeg.pdf', '', /het bestand is leeg/);
  // A zip bomb that says so: an entry declaring 3 GB.
  add('bom-groot.docx', zip([{ name: 'word/document.xml', data: 'x', declaredSize: 3_000_000_000 }]), /zip-bom: word\/document\.xml zegt 3000000000 bytes groot te zijn; niets uitgepakt/);
  // A zip bomb that lies: it declares 10 kB and inflates to 64 MB (and more, had it been let).
  const zeros = deflateRawSync(Buffer.alloc(64 * 1024 * 1024));
  add('bom-liegt.docx', zip([{ name: 'word/document.xml', data: '', declaredSize: 10_000, compressed: zeros }]), /zip-bom: word\/document\.xml pakt uit tot meer dan de 10000 bytes die het opgeeft/);
  // Thousands of entries.
  add('bom-veel.docx', zip(Array.from({ length: 5000 }, (_, i) => ({ name: `word/media/${i}.xml`, data: '<a/>', store: true }))), /zip-bom: 5000 onderdelen, meer dan 2000/);
  // XML external entity pointing at a local file.
  add('xxe.docx', buildDocx({ body: [paragraph], documentPrefix: `<!DOCTYPE w:document [<!ENTITY geheim SYSTEM "file://${secret}">]>\n`, rawText: '&geheim;' }), /word\/document\.xml bevat een DTD- of entiteitsdeclaratie/);
  // Entity expansion (a billion laughs), in the styles part.
  const laughs = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)].join('');
  const expansion = buildDocx({ body: [paragraph], documentPrefix: `<!DOCTYPE w:document [${laughs}]>\n`, rawText: '&lol9;' });
  add('lachsalvo.docx', expansion, /bevat een DTD- of entiteitsdeclaratie/);
  const pdf = buildPdf([{ items: [{ x: 68, y: 700, text: '1. Aanleiding' }] }]);
  add('afgebroken.pdf', pdf.subarray(0, Math.floor(pdf.length / 2)), /afgebroken PDF/);
  add('gescand.pdf', buildPdf([{ items: [], drawing: true }, { items: [], drawing: true }]), /geen tekstlaag; OCR wordt niet ondersteund/);
  add('binair.txt', new Uint8Array([0x4e, 0x6f, 0x74, 0x61, 0x00, 0x01, 0x02, 0xff, 0x00]), /geen tekstbestand: het bevat binaire gegevens/);
  // 100 MB, written sparse: the size is refused before a byte is read.
  const huge = path.join(folder, 'groot.pdf');
  const descriptor = openSync(huge, 'w');
  ftruncateSync(descriptor, 100 * 1024 * 1024);
  closeSync(descriptor);
  files.push({ name: 'groot.pdf', message: /het bestand is groter dan 32 MB/ });
  return files;
}

/** An encrypted PDF, made by qpdf (a test tool `npm test` installs). */
export function writeEncryptedPdf(folder: string): HostileFile {
  const plain = path.join(folder, 'open.pdf.tmp');
  const target = path.join(folder, 'versleuteld.pdf');
  writeFileSync(plain, buildPdf([{ items: [{ x: 68, y: 700, text: '1. Aanleiding' }] }]));
  const run = spawnSync('qpdf', ['--encrypt', 'gebruiker', 'eigenaar', '256', '--', plain, target], { encoding: 'utf8' });
  if (run.error || run.status !== 0) throw new Error(`qpdf is needed to make an encrypted PDF (${run.error?.message ?? run.stderr}); install the test tools with \`bash scripts/install-test-tools.sh\``);
  if (!readFileSync(target).includes('/Encrypt')) throw new Error('qpdf did not encrypt the PDF');
  return { name: 'versleuteld.pdf', message: /versleutelde PDF/ };
}
