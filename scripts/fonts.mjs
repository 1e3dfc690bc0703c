// Writes the four faces of Fira Sans (SIL Open Font License) that the Word
// and PDF exports embed into dist/fonts/, subset to the characters of Dutch
// notes: Latin with its accents (ĳ included), Greek, Cyrillic, punctuation, currency,
// arrows and bullets. Full faces are about 450 KB each; these
// are about 60 KB, which keeps the extension package small. Hinting goes (PDF
// and Word do not need it), and only the layout features text needs stay.
// Skipped when the output is newer than this script and the source fonts.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

export const FACES = {
  'FiraSans-Regular.ttf': '400Regular/FiraSans_400Regular.ttf',
  'FiraSans-Bold.ttf': '700Bold/FiraSans_700Bold.ttf',
  'FiraSans-Italic.ttf': '400Regular_Italic/FiraSans_400Regular_Italic.ttf',
  'FiraSans-BoldItalic.ttf': '700Bold_Italic/FiraSans_700Bold_Italic.ttf',
};

/** Unicode ranges kept, inclusive. */
const RANGES = [
  [0x20, 0x7e], [0xa0, 0x17f], [0x192, 0x192], [0x218, 0x21b], [0x259, 0x259], [0x2c6, 0x2dd], [0x300, 0x30c],
  [0x391, 0x3c9], [0x400, 0x45f], [0x2010, 0x2044], [0x20ac, 0x20ac], [0x2116, 0x2122], [0x2153, 0x215e], [0x2190, 0x2195],
  [0x2212, 0x2212], [0x2219, 0x2219], [0x221e, 0x221e], [0x2248, 0x2248], [0x2260, 0x2265],
  [0x25af, 0x25af], [0x25ca, 0x25ca], [0xfb01, 0xfb02],
];

export async function writeFonts(outDir = path.join(ROOT, 'dist/fonts')) {
  const source = path.dirname(require.resolve('@expo-google-fonts/fira-sans/package.json'));
  const inputs = Object.values(FACES).map((f) => path.join(source, f));
  const stamp = Math.max(fs.statSync(fileURLToPath(import.meta.url)).mtimeMs, ...inputs.map((f) => fs.statSync(f).mtimeMs));
  const outputs = Object.keys(FACES).map((name) => path.join(outDir, name));
  if (outputs.every((f) => fs.existsSync(f) && fs.statSync(f).mtimeMs >= stamp)) return;
  const { default: subsetFont } = await import('subset-font');
  let text = '';
  for (const [from, to] of RANGES) for (let c = from; c <= to; c++) text += String.fromCodePoint(c);
  fs.mkdirSync(outDir, { recursive: true });
  await Promise.all(Object.entries(FACES).map(async ([name, file]) => {
    const subset = await subsetFont(fs.readFileSync(path.join(source, file)), text, {
      targetFormat: 'truetype', noHinting: true, noLayoutClosure: true, keepFeatures: [],
    });
    fs.writeFileSync(path.join(outDir, `${name}.tmp`), subset);
    fs.renameSync(path.join(outDir, `${name}.tmp`), path.join(outDir, name));
  }));
  fs.copyFileSync(path.join(source, 'LICENSE_FONT'), path.join(outDir, 'OFL.txt'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await writeFonts();
