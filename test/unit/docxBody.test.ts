/**
 * The body of an exported Word file, read from its document part: each kind
 * of block in its style (headings, quotes, code, rules), marks on the text
 * (bold, italic, struck, code, links), lists as real Word lists with their
 * levels and tick boxes, and tables with a header row and aligned columns.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createLanguageService } from '../../server/src/core/languageService';
import { child, childElements, childValue, type XmlElement } from '../../server/src/core/import/docx/xml';
import { wordText } from '../../server/src/export/docx/wordText';
import { EXAMPLES, doc } from '../support/fixtures';
import { describeParagraph, docxParts, on, paragraphText, type Para } from '../support/docxParts';

const mm = (millimetres: number) => String(Math.round(((millimetres * 72) / 25.4) * 20));
const BODY = `Tekst met **vet**, *schuin*, ~~doorgehaald~~, \`code\` en een [link](https://example.org/a).

> Een citaat.

\`\`\`
regel een

regel drie
\`\`\`

---

- [x] gedaan
- [ ] open
  - dieper

    Nog een alinea in het item.

3. derde

   Uitleg bij derde.
4. vierde

Tussentekst.

3. opnieuw derde

| Links | Midden | Rechts |
|:------|:------:|-------:|
| a     | **b**  | c      |

#### Kop op niveau vier

###### Kop op niveau zes

`;

describe('the body of an exported Word file', function () {
  this.timeout(60_000);
  const example = readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8');
  // Exported inside each test, not once before them: a mutation run switches its mutants, and counts what they reach, per test.
  let body: XmlElement;
  beforeEach(async () => {
    const page = createLanguageService().page(doc('file:///lichaam.md', example.replace('## 5. Informatie', `${BODY}## 5. Informatie`)), { locale: 'nl', force: true });
    assert.ok(page);
    ({ body } = await docxParts(page));
  });
  const paragraphs = () => childElements(body).filter((e) => e.name === 'w:p').map(describeParagraph);
  const find = (start: string) => {
    const found = paragraphs().filter((p) => p.text.startsWith(start));
    assert.equal(found.length, 1, `one paragraph starting ${start}: ${JSON.stringify(paragraphs().map((p) => p.text))}`);
    return found[0] as Para;
  };

  it('leaves out characters Word\'s XML cannot hold, keeps tabs and line ends, and shows a lone surrogate as U+FFFD', () => {
    assert.equal(wordText('a\u0000b\u0007c\u000bd\u000ce\u001ff\ufffeg\uffffh\ti\nj\rk'), 'abcdefgh\ti\nj\rk');
    assert.equal(wordText('x\ud800y\udc00z😀'), 'x\ufffdy\ufffdz😀');
  });

  it('marks text bold, italic, struck, as code and as a link', () => {
    assert.deepEqual(find('Tekst met'), { text: 'Tekst met **vet**, _schuin_, ~doorgehaald~, `code` en een <link>.' });
  });

  it('sets a quote, code line by line (an empty line kept), and a rule in their styles', () => {
    assert.deepEqual(find('Een citaat'), { text: 'Een citaat.', style: 'NotaCitaat' });
    const code = paragraphs().filter((p) => p.style === 'NotaCode');
    assert.deepEqual(code.map((p) => p.text), ['regel een', ' ', 'regel drie']);
    const rules = paragraphs().filter((p) => p.rule);
    assert.equal(rules.length, 1);
    assert.equal(rules[0]?.text, '');
  });

  it('makes lists real Word lists, with tick boxes, levels, and later paragraphs of an item in line with its text', () => {
    const done = find('[x] gedaan');
    const open = find('[ ] open');
    const deeper = find('dieper');
    assert.equal(done.style, 'ListParagraph');
    assert.equal(done.list, open.list);
    assert.match(done.list ?? '', /\/0$/);
    assert.match(deeper.list ?? '', /\/1$/);
    assert.deepEqual(find('Nog een alinea'), { text: 'Nog een alinea in het item.', indent: mm(10) });
    const third = find('derde');
    assert.match(third.list ?? '', /\/0$/);
    assert.notEqual(third.list, done.list, 'a numbered list is no bullet list');
    assert.equal(find('vierde').list, third.list);
    assert.deepEqual(find('Uitleg bij derde'), { text: 'Uitleg bij derde.', indent: mm(5) });
    // Each numbered list counts from its own start, even one that starts where another did.
    const again = find('opnieuw derde');
    assert.match(again.list ?? '', /\/0$/);
    assert.notEqual(again.list, third.list);
  });

  it('sets headings of the body in Word\'s heading styles, the deepest in the last', () => {
    assert.equal(find('Kop op niveau vier').style, 'Heading3');
    assert.equal(find('Kop op niveau zes').style, 'Heading5');
  });

  it('makes a table with a repeated, bold header row and its columns aligned as written', () => {
    const table = childElements(body).find((e) => e.name === 'w:tbl' && JSON.stringify(e).includes('Midden')) as XmlElement;
    assert.ok(table);
    const rows = childElements(table).filter((e) => e.name === 'w:tr');
    assert.equal(rows.length, 2);
    assert.ok(on(child(child(rows[0] as XmlElement, 'w:trPr'), 'w:tblHeader')), 'the header row repeats');
    assert.ok(!on(child(child(rows[1] as XmlElement, 'w:trPr'), 'w:tblHeader')));
    const cells = (row: XmlElement) => childElements(row).filter((e) => e.name === 'w:tc').map((cell) => {
      const paragraph = child(cell, 'w:p') as XmlElement;
      return [paragraphText(paragraph), childValue(child(paragraph, 'w:pPr'), 'w:jc')];
    });
    assert.deepEqual(cells(rows[0] as XmlElement), [['**Links**', 'left'], ['**Midden**', 'center'], ['**Rechts**', 'right']]);
    assert.deepEqual(cells(rows[1] as XmlElement), [['a', 'left'], ['**b**', 'center'], ['c', 'right']]);
  });
});
