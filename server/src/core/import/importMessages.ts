/**
 * The import's messages in Dutch and English: why a file was refused, and
 * the words of the report (what was recognised, dropped, not placed).
 */
import type { Locale } from '../findings/messages';

const MESSAGES = {
  empty: { nl: 'het bestand is leeg', en: 'the file is empty' },
  'too-large': { nl: 'het bestand is groter dan {limit} MB; zo groot is geen nota', en: 'the file is larger than {limit} MB; no note is that large' },
  'unknown-format': { nl: 'geen Word-bestand (.docx), PDF of tekstbestand', en: 'not a Word file (.docx), PDF or text file' },
  'not-zip': { nl: 'geen Word-bestand: een .docx is een zip-archief en dit bestand is dat niet', en: 'not a Word file: a .docx is a zip archive and this file is not' },
  'not-pdf': { nl: 'geen PDF: het bestand begint niet met %PDF-', en: 'not a PDF: the file does not start with %PDF-' },
  'docx-corrupt': { nl: 'beschadigd Word-bestand: {part} is niet te lezen', en: 'damaged Word file: {part} cannot be read' },
  'docx-truncated': { nl: 'afgebroken of beschadigd Word-bestand: de inhoudsopgave van het zip-archief ontbreekt of klopt niet', en: 'truncated or damaged Word file: the zip archive’s directory is missing or wrong' },
  'docx-encrypted': { nl: 'versleuteld Word-bestand; sla het eerst onversleuteld op', en: 'encrypted Word file; save it unencrypted first' },
  'docx-not-word': { nl: 'geen Word-document: het zip-archief bevat geen hoofddocument', en: 'not a Word document: the zip archive holds no main document' },
  'zip-bomb-declared': { nl: 'geweigerd als zip-bom: {part} zegt {size} bytes groot te zijn; niets uitgepakt', en: 'refused as a zip bomb: {part} says it is {size} bytes; nothing was inflated' },
  'zip-bomb-ratio': { nl: 'geweigerd als zip-bom: {part} pakt {ratio} keer groter uit; niets uitgepakt', en: 'refused as a zip bomb: {part} inflates {ratio} times; nothing was inflated' },
  'zip-bomb-entries': { nl: 'geweigerd als zip-bom: {count} onderdelen, meer dan {limit}; niets uitgepakt', en: 'refused as a zip bomb: {count} entries, more than {limit}; nothing was inflated' },
  'zip-bomb-total': { nl: 'geweigerd als zip-bom: de onderdelen zijn samen meer dan {limit} MB; uitpakken gestopt', en: 'refused as a zip bomb: the entries come to more than {limit} MB; inflating stopped' },
  'zip-bomb-lies': { nl: 'geweigerd als zip-bom: {part} pakt uit tot meer dan de {size} bytes die het opgeeft; gestopt bij die grens', en: 'refused as a zip bomb: {part} inflates past the {size} bytes it declares; stopped at that limit' },
  'xml-declaration': { nl: 'geweigerd: {part} bevat een DTD- of entiteitsdeclaratie, die een Word-bestand niet mag bevatten; niets daarvan is gelezen', en: 'refused: {part} holds a DTD or entity declaration, which a Word file may not contain; none of it was read' },
  'xml-invalid': { nl: 'beschadigde XML in {part} ({detail})', en: 'damaged XML in {part} ({detail})' },
  'pdf-truncated': { nl: 'afgebroken PDF: het einde van het bestand (%%EOF) ontbreekt', en: 'truncated PDF: the end of the file (%%EOF) is missing' },
  'pdf-encrypted': { nl: 'versleutelde PDF; verwijder eerst de beveiliging (bijvoorbeeld met qpdf --decrypt)', en: 'encrypted PDF; remove the protection first (for example with qpdf --decrypt)' },
  'pdf-corrupt': { nl: 'beschadigde PDF ({detail})', en: 'damaged PDF ({detail})' },
  'pdf-timeout': { nl: 'de PDF is niet binnen {seconds} s te lezen; gestopt', en: 'the PDF could not be read within {seconds} s; stopped' },
  'pdf-memory': { nl: 'de PDF vraagt meer dan {limit} MB geheugen om te lezen; gestopt', en: 'reading the PDF needs more than {limit} MB of memory; stopped' },
  'pdf-no-text': { nl: 'geen tekstlaag; OCR wordt niet ondersteund', en: 'no text layer; OCR is not supported' },
  'pdf-not-in-package': {
    nl: 'PDF’s leest de VS Code-extensie niet: de PDF-lezer zou het pakket een derde groter maken; importeer de PDF met `npx nota import` (Word- en tekstbestanden kunnen hier wel)',
    en: 'the VS Code extension does not read PDFs: the PDF reader would make its package a third larger; import the PDF with `npx nota import` (Word and text files can be imported here)',
  },
  'unsupported-build': { nl: 'importeren kan niet in VS Code voor het web; gebruik VS Code op de desktop of `nota import`', en: 'importing is not available in VS Code for the Web; use VS Code on the desktop or `nota import`' },
  'pdf-too-many-pages': { nl: 'de PDF heeft {pages} pagina’s; meer dan {limit} leest Nota niet', en: 'the PDF has {pages} pages; Nota reads no more than {limit}' },
  'text-binary': { nl: 'geen tekstbestand: het bevat binaire gegevens', en: 'not a text file: it holds binary data' },
  'report.type': { nl: '{type} ({reason})', en: '{type} ({reason})' },
  'reason.word': { nl: 'het woord ‘{word}’', en: 'the word ‘{word}’' },
  'reason.advised-decision': { nl: 'heeft ‘Geadviseerd besluit’', en: 'has ‘Geadviseerd besluit’' },
  'reason.no-advised-decision': { nl: 'geen ‘Geadviseerd besluit’', en: 'no ‘Geadviseerd besluit’' },
  'report.recognised': { nl: 'herkend: {items}', en: 'recognised: {items}' },
  'count.sections': { nl: 'sectie|secties', en: 'section|sections' },
  'count.subsections': { nl: 'subsectie|subsecties', en: 'subsection|subsections' },
  'count.subheadings': { nl: 'tussenkop|tussenkoppen', en: 'subheading|subheadings' },
  'count.lists': { nl: 'lijst|lijsten', en: 'list|lists' },
  'count.tables': { nl: 'tabel|tabellen', en: 'table|tables' },
  'count.lines': { nl: 'regel|regels', en: 'line|lines' },
  'report.dropped': { nl: 'weggelaten: {items}', en: 'dropped: {items}' },
  'report.nothing-dropped': { nl: 'weggelaten: niets', en: 'dropped: nothing' },
  'dropped.running-header': { nl: 'herhaalde paginakop ({lines}: {sample})', en: 'repeated running header ({lines}: {sample})' },
  'dropped.page-number': { nl: 'paginanummers ({sample})', en: 'page numbers ({sample})' },
  'dropped.header-footer': { nl: 'kop- en voetteksten van Word ({sample})', en: 'Word headers and footers ({sample})' },
  'dropped.artifact': { nl: 'als opmaak gemarkeerde tekst van de PDF ({sample})', en: 'text the PDF marks as layout ({sample})' },
  'dropped.title': { nl: 'documenttitel die het onderwerp herhaalt ({sample})', en: 'document title repeating the subject ({sample})' },
  'report.unplaced': { nl: 'niet geplaatst, als tekst vóór de eerste sectie gezet: {items}', en: 'not placed, put in the body before the first section: {items}' },
  'report.no-sections': { nl: 'geen genummerde secties gevonden: alle tekst staat in de body', en: 'no numbered sections found: all text is in the body' },
  'report.date-rewritten': { nl: 'datum ‘{written}’ geschreven als ‘{value}’', en: 'date ‘{written}’ written as ‘{value}’' },
} satisfies Record<string, { nl: string; en: string }>;

export type ImportMessageId = keyof typeof MESSAGES;

export function importMessage(locale: Locale, id: ImportMessageId, args: Record<string, string | number> = {}): string {
  return MESSAGES[id][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(args, name) ? String(args[name]) : whole));
}

/** "1 sectie", "5 secties": a count with the noun of a `count.*` message in the right number. */
export function countOf(locale: Locale, id: Extract<ImportMessageId, `count.${string}`>, count: number): string {
  const [one, many] = MESSAGES[id][locale].split('|');
  return `${count} ${count === 1 ? one : many}`;
}
