/**
 * The XML reader of Word parts, on small strings: elements, attributes,
 * text, entities and character references as Word writes them; comments,
 * processing instructions and CDATA; and every malformed or hostile part
 * refused with its own message (declarations above all: no entity is ever
 * defined or fetched).
 */
import assert from 'node:assert/strict';
import { child, childElements, childValue, decodeEntities, localName, parseXml, rootElement, XmlError, type XmlElement, type XmlNode } from '../../server/src/core/import/docx/xml';

/** An element as the reader builds it: attributes without a prototype. */
function el(name: string, attributes: Record<string, string> = {}, children: XmlNode[] = []): XmlElement {
  return { name, attributes: Object.assign(Object.create(null) as Record<string, string>, attributes), children };
}

const doc = (...children: XmlNode[]): XmlElement => ({ name: '#document', attributes: {}, children });

function refused(text: string, message: string): void {
  assert.throws(() => parseXml(text), (error: unknown) => error instanceof XmlError && error.message === message);
}

describe('Word XML reader', () => {
  it('reads nested elements, self-closing tags, text and attributes in both quotes', () => {
    assert.deepEqual(
      parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:p w:rsidR="00A1"><w:r><w:t xml:space='preserve'> Zie </w:t><w:tab/></w:r><w:r/></w:p>\n`),
      doc(el('w:p', { 'w:rsidR': '00A1' }, [el('w:r', {}, [el('w:t', { 'xml:space': 'preserve' }, [' Zie ']), el('w:tab')]), el('w:r')])),
    );
  });

  it('keeps text between elements as it is and adds no empty text', () => {
    assert.deepEqual(parseXml('<a>x<b/>y<c></c>z</a>'), doc(el('a', {}, ['x', el('b'), 'y', el('c'), 'z'])));
  });

  it('leaves out white space and text outside the root element, comments and processing instructions', () => {
    assert.deepEqual(parseXml('voor<!-- c --><?pi x?>\n<a><!-- <b/> --><?mso-application progid="Word"?></a>na'), doc(el('a')));
  });

  it('ends a comment only at -->, and a processing instruction only at ?>, after their openings', () => {
    assert.deepEqual(parseXml('<a><!-->x--></a>'), doc(el('a')));
    assert.deepEqual(parseXml('<a><?>x?></a>'), doc(el('a')));
  });

  it('takes a CDATA section as literal text, markup and references included', () => {
    assert.deepEqual(parseXml('<a><![CDATA[x<y &amp; z]]>na</a>'), doc(el('a', {}, ['x<y &amp; z', 'na'])));
    // A stray ]]> in the text before it (not well-formed, but seen in damaged parts) does not end the section.
    assert.deepEqual(parseXml('<a>b]]><![CDATA[c]]></a>'), doc(el('a', {}, ['b]]>', 'c'])));
  });

  it('splits a tag at spaces, tabs, line feeds and carriage returns, and trims around "="', () => {
    assert.deepEqual(
      parseXml('<r><a b="1"/><a\tb="2"/><a\nb="3"/><a\rb="4"/><a b = "5" c=\n"6"/></r>'),
      doc(el('r', {}, [el('a', { b: '1' }), el('a', { b: '2' }), el('a', { b: '3' }), el('a', { b: '4' }), el('a', { b: '5', c: '6' })])),
    );
  });

  it('reads several attributes and decodes references in their values', () => {
    assert.deepEqual(parseXml(`<a x="1" y='&lt;2&gt;' z="a&amp;b"/>`), doc(el('a', { x: '1', y: '<2>', z: 'a&b' })));
  });

  it('reads a literal ">" inside an attribute value as part of the value, in either quote', () => {
    assert.deepEqual(parseXml(`<a x="1>2" y='>'><b z="'>'"/>t</a>`), doc(el('a', { x: '1>2', y: '>' }, [el('b', { z: "'>'" }), 't'])));
  });

  it('accepts a closing tag with white space before ">"', () => {
    assert.deepEqual(parseXml('<a><b></b\n></a >'), doc(el('a', {}, [el('b')])));
  });

  it('keeps an attribute named __proto__ as an attribute, without touching any prototype', () => {
    const root = rootElement(parseXml('<a __proto__="x" constructor="y"/>'));
    assert.equal(Object.getPrototypeOf(root.attributes), null);
    assert.deepEqual(Object.entries(root.attributes), [['__proto__', 'x'], ['constructor', 'y']]);
  });

  it('refuses a document type or entity declaration', () => {
    refused('<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document/>', 'a document type or entity declaration');
    refused('<a><!ENTITY x "y"></a>', 'a document type or entity declaration');
  });

  it('refuses malformed parts, each with its own message', () => {
    refused('<a><!-- open', 'unterminated comment');
    refused('<a><?pi', 'unterminated processing instruction');
    refused('<a><![CDATA[x', 'unterminated CDATA section');
    refused('<a><b', 'unterminated tag');
    refused('<a></b>', 'unexpected </b>');
    refused('<a/></a>', 'unexpected </a>');
    refused('<a/></#document>', 'unexpected </#document>');
    refused('<a><b>', '<b> is never closed');
    refused('<a>x', '<a> is never closed');
    refused('<a>< b/></a>', 'a tag without a name');
    refused('<a><></a>', 'a tag without a name');
    refused('<a x=1/>', 'an attribute without quotes in <a>');
    refused('<a x="1/>', 'unterminated tag');
    refused(`<a b"c='d"/>`, 'an unterminated attribute in <a>');
  });

  it('takes 255 nested elements and refuses 256', () => {
    const nested = (depth: number) => '<e>'.repeat(depth) + '</e>'.repeat(depth);
    let element = rootElement(parseXml(nested(255)));
    for (let i = 1; i < 255; i++) element = childElements(element)[0] as XmlElement;
    assert.deepEqual(element, el('e'));
    refused(nested(256), 'elements nested too deeply');
  });

  it('decodes the five predefined entities and decimal and hexadecimal character references', () => {
    assert.equal(decodeEntities('&lt;&gt;&amp;&quot;&apos;'), `<>&"'`);
    assert.equal(decodeEntities('&#65;&#x42;&#x4a;&#x4A;&#x1F600;&#1114111;&#x10FFFF;'), 'ABJJ\u{1F600}\u{10FFFF}\u{10FFFF}');
    assert.equal(decodeEntities('&#x0000041;&#00000065;'), '&#x0000041;&#00000065;', 'at most 6 hexadecimal or 7 decimal digits');
    assert.equal(decodeEntities('&#xD7FF;&#xE000;'), '\uD7FF\uE000');
  });

  it('leaves unknown entities, references to nothing and surrogates as literal text', () => {
    for (const literal of ['&nbsp;', '&geheim;', '&#0;', '&#x0;', '&#x110000;', '&#1114112;', '&#xD800;', '&#xDFFF;', '&#55296;', '& x;', 'a & b', '&#x;', '&#;', '&amp']) {
      assert.equal(decodeEntities(literal), literal, literal);
    }
    assert.equal(decodeEntities('geen verwijzing'), 'geen verwijzing');
  });

  it('gives the local part of a qualified name', () => {
    assert.equal(localName('w:p'), 'p');
    assert.equal(localName('mc:AlternateContent'), 'AlternateContent');
    assert.equal(localName('Relationship'), 'Relationship');
    assert.equal(localName(':p'), 'p');
  });

  it('finds child elements, the first child by name and an attribute of a child', () => {
    const p = rootElement(parseXml('<w:p>tekst<w:pPr><w:pStyle w:val="Kop1" w:other="x"/></w:pPr><w:r/><w:pPr/></w:p>'));
    assert.deepEqual(childElements(p).map((e) => e.name), ['w:pPr', 'w:r', 'w:pPr']);
    assert.equal(child(p, 'w:pPr'), p.children[1]);
    assert.equal(child(p, 'w:rPr'), undefined);
    assert.equal(child(undefined, 'w:pPr'), undefined);
    const properties = child(p, 'w:pPr');
    assert.equal(childValue(properties, 'w:pStyle'), 'Kop1');
    assert.equal(childValue(properties, 'w:pStyle', 'w:other'), 'x');
    assert.equal(childValue(properties, 'w:numPr'), undefined);
    assert.equal(childValue(undefined, 'w:pStyle'), undefined);
  });

  it('gives the root element of a part, and refuses a part without one', () => {
    assert.deepEqual(rootElement(parseXml('<?xml version="1.0"?><!-- c --><w:document/>')), el('w:document'));
    assert.throws(() => rootElement(parseXml('<?xml version="1.0"?>\n')), (error: unknown) => error instanceof XmlError && error.message === 'no root element');
  });
});
