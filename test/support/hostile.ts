/** Hostile inputs, each a note that once could crash, hang or mislead a Markdown tool. */
const head = '---\ntype: beslisnota\nonderwerp: x\n---\n\n## 1. Aanleiding\n\n';

function aliasBomb(): string {
  const lines = ['---', 'type: beslisnota', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  let previous = 'a';
  for (const name of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']) {
    lines.push(`${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(',')}]`);
    previous = name;
  }
  return `${lines.join('\n')}\n---\n`;
}

export const HOSTILE: Record<string, () => string> = {
  'an empty file': () => '',
  'a file that is only ---': () => '---',
  'frontmatter that is never closed': () => '---\ntype: beslisnota\nonderwerp: x\n\n## 1. Aanleiding\n',
  'a byte order mark': () => '\uFEFF---\ntype: beslisnota\n---\n',
  'CR line endings': () => '---\rtype: beslisnota\ronderwerp: x\r---\r\r## 1. Aanleiding\r\rTekst\r',
  'CRLF line endings': () => '---\r\ntype: beslisnota\r\n---\r\n\r\n## 1. Aanleiding\r\n',
  'mixed line endings': () => '---\r\ntype: beslisnota\n---\r## 1. Aanleiding\r\n\rTekst\n## 2. Geadviseerd besluit\r',
  'NUL bytes and replacement characters': () => `${head}a\u0000b\uFFFD\u0000\n`,
  'lone surrogates': () => `${head}\uD800 en \uDC00\n`,
  'a list nested 10,000 deep': () => `${head}${'- '.repeat(10000)}a\n`,
  'a list nested 3,000 deep by indentation': () => `${head}${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i * 2)}- a`).join('\n')}\n`,
  'a blockquote nested 10,000 deep': () => `${head}${'>'.repeat(10000)} diep\n`,
  'a single line of 1 MB': () => `${head}${'x'.repeat(1_000_000)}\n`,
  '100,000 open brackets': () => `${head}${'['.repeat(100000)}\n`,
  '50,000 emphasis markers': () => `${head}${'*a '.repeat(50000)}\n`,
  'duplicate frontmatter keys': () => '---\ntype: beslisnota\ntype: beslisnota\n---\n',
  'a YAML alias bomb': aliasBomb,
  '1 MB of frontmatter': () => `---\ntype: beslisnota\n${Array.from({ length: 40000 }, (_, i) => `k${i}: waarde ${i}`).join('\n')}\n---\n`,
  'a YAML tag and a merge key': () => '---\ntype: !!str beslisnota\nbase: &b { x: 1 }\nmerged:\n  <<: *b\n---\n',
  'a heading that is only a number': () => `${head}## 2.\n\n## 3\n`,
  'headings with huge numbers': () => `${head}## 999.999.999 X\n\n## 99999999999999999999. Y\n`,
  'an addressee with a portfolio of 90,000 characters, named over and over': () => {
    const portfolio = `${'Zeer lang, '.repeat(8000)}Einde`;
    return `---\ntype: beslisnota\naan:\n  - Staatssecretaris van Financiën – ${portfolio}\n---\n\n## 2. Geadviseerd besluit\n\n${`SFin – ${portfolio.slice(0, 150)}x `.repeat(5000)}\n`;
  },
  '2,000 addressees sharing one base title': () => `---\ntype: beslisnota\naan:\n${Array.from({ length: 2000 }, (_, i) => `  - Staatssecretaris van Financiën – Portefeuille ${i}\n`).join('')}---\n\n## 2. Geadviseerd besluit\n\n${'de staatssecretaris van Financiën – Portefeuille 7, u en SFin; '.repeat(5000)}\n`,
  '100,000 spaces around the dashes of titles': () => `---\ntype: beslisnota\naan:\n  - "Staatssecretaris van Financiën${' '.repeat(50000)}–${' '.repeat(40000)}X"\n---\n\n## 2. Geadviseerd besluit\n\n${`SFin${' '.repeat(100000)}–${' '.repeat(100000)}x `.repeat(5)}\n`,
  'half a megabyte of "u" and of short forms': () => `${head}## 2. Geadviseerd besluit\n\n${'u SFin – u – '.repeat(40000)}\n`,
};
