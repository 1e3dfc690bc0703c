import assert from 'node:assert/strict';
import { htmlText } from '../../server/src/core/page/htmlText';
import { timeLimit } from '../support/timeLimit';

describe('the text of raw HTML', () => {
  it('drops tags and comments, keeps the text between them', () => {
    for (const [html, text] of [
      ['<b>vet</b> en <i>schuin</i>', 'vet en schuin'],
      ['a<!-- weg -->b<!---->c', 'abc'],
      ['a<!-- nooit gesloten <b>x</b>', 'a'],
      ['<x-tag data-a="1">x</x-tag><h2>kop</h2>', 'x\nkop\n'],
      ['a < b en c<3 en <', 'a < b en c<3 en <'],
      ['a <1b> c', 'a <1b> c'],
      ['<a title=\'1 > 2\' href="x>y">link</a>', 'link'],
      ['<span onclick="x()"', ''],
      ['</>tekst', '</>tekst'],
    ] as const) {
      assert.equal(htmlText(html), text, html);
    }
  });

  it('drops the bodies of script, style, template and noscript, closed or not', () => {
    for (const [html, text] of [
      ['a<SCRIPT>x<b>y</b></Script >b', 'ab'],
      ['a<style>p { color: red }</style>b', 'ab'],
      ['a<template><p>t</p></template>b', 'ab'],
      ['a<noscript>n</noscript>b', 'ab'],
      ['a<script>nooit gesloten', 'a'],
      ['a</script>b', 'ab'],
      ['a<scripts>b</scripts>c', 'abc'],
      ['a<script>x</p></scrip></SCRIPTje>b', 'ab'],
      ['İİİİİİİİ<script>x</script>zichtbaar', 'İİİİİİİİzichtbaar'],
      // Another closing tag inside does not end the body; neither does the name standing after other text.
      ['a<script>x</b>y</script>b', 'ab'],
      ['a<script>a script>x</script>b', 'ab'],
    ] as const) {
      assert.equal(htmlText(html), text, html);
    }
  });

  it('reads hostile HTML in linear time: a long run of & or of script elements', () => {
    for (const html of ['&'.repeat(1_000_000), '<script></script>'.repeat(50_000)]) {
      const started = Date.now();
      assert.equal(htmlText(html), html.startsWith('&') ? html : '');
      assert.ok(Date.now() - started < timeLimit(3000), 'no quadratic work');
    }
  });

  it('breaks lines at <br>, paragraphs, list items, table rows and other blocks, and nowhere else', () => {
    const breaking = ['br', 'p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'pre'];
    for (const tag of breaking) assert.equal(htmlText(`a<${tag}>b`), 'a\nb', tag);
    for (const tag of breaking) assert.equal(htmlText(`a</${tag.toUpperCase()}>b`), 'a\nb', `/${tag}`);
    for (const tag of ['span', 'b', 'td', 'th', 'a', 'section', 'hr']) assert.equal(htmlText(`a<${tag}>b`), 'ab', tag);
    assert.equal(htmlText('a  <br>\t <br>  b'), 'a\nb', 'white space around breaks goes, one break stays');
    assert.equal(htmlText('a \t b'), 'a \t b');
  });

  it('decodes character references a reader would see, and leaves others as written', () => {
    for (const [html, text] of [
      ['&amp;&lt;&gt;&quot;&apos;', '&<>"\''], ['a&nbsp;b', 'a\u00a0b'], ['&euro;&mdash;&ndash;&hellip;', '€—–…'],
      ['&#65;&#x42;&#X43;&#x1f600;', 'ABC😀'], ['&#99999999;', '&#99999999;'], ['&#9999999;', '\ufffd'], ['&#x110000;', '\ufffd'], ['&#xD800;', '\ufffd'], ['&#xDFFF;', '\ufffd'], ['&#0;', '\ufffd'],
      ['&#xD7FF;', '\ud7ff'], ['&#xE000;', '\ue000'], ['&#x10FFFF;', '\u{10FFFF}'],
      ['&#1114111;', '\u{10FFFF}'], ['&#0000065;', 'A'], ['&ampx', '&ampx'], ['&x#65;', '&x#65;'], ['&a#x41;', '&a#x41;'], ['&#65x;', '&#65x;'], ['&#x41g;', '&#x41g;'],
      ['&toString;', '&toString;'], ['&__proto__;', '&__proto__;'], ['&constructor;', '&constructor;'],
      ['&copy;', '&copy;'], ['&amp', '&amp'], ['& amp;', '& amp;'], ['&abcdefghij;', '&abcdefghij;'], ['&#x1234567;', '&#x1234567;'], ['&#;', '&#;'], ['&#xg;', '&#xg;'], ['&AMP;', '&AMP;'],
    ] as const) {
      assert.equal(htmlText(html), text, html);
    }
  });
});
