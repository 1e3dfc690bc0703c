import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLanguageService } from '../../server/src/core/languageService';
import { WEBVIEW_SCRIPT } from '../../server/src/core/render/webviewScript';
import { BodyRenderer } from '../../server/src/core/render/bodyRenderer';
import { markdownToHtml } from '../../server/src/core/render/markdownToHtml';
import { escapeHtml } from '../../server/src/core/render/escapeHtml';
import { splitIntoChunks } from '../../server/src/core/parse/chunks';
import { EXAMPLES, FIXTURES, ROOT, doc } from '../support/fixtures';

const example = readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8');
const minimal = readFileSync(path.join(FIXTURES, 'valid-minimal.md'), 'utf8');

describe('rendering in house style', () => {
  const service = createLanguageService();
  const page = (text: string, name = 'r') => service.renderStandalone(doc(`file:///${name}-${text.length}.md`, text), { locale: 'nl' }) ?? '';

  it('lays out every part of the printed note for the example', () => {
    const html = page(example);
    assert.match(html, /<header class="nota-ribbon">/);
    assert.match(html, /--lintblauw: #154273/);
    assert.match(html, /<h1 class="nota-doctype">nota<\/h1>/);
    assert.match(html, /<li>Minister van Justitie en Veiligheid<\/li><li>Staatssecretaris van Justitie en Veiligheid<\/li>/);
    assert.match(html, /<strong>Directoraat-Generaal Rechtspleging en Rechtshandhaving<\/strong>Directie Rechtshandhaving en Criminaliteitsbestrijding<br>Cybercrime en zeden/);
    assert.match(html, /Turfmarkt 147<br>2511 DP Den Haag/);
    assert.match(html, /<dt>Datum<\/dt><dd>19 maart 2026<\/dd><dt>Onze referentie<\/dt><dd>7244668<\/dd><dt>Bijlage\(n\)<\/dt><dd>2<\/dd>/);
    assert.match(html, /<h2 data-line="18">1. Aanleiding<\/h2>/);
    assert.match(html, /<h3 data-line="53">4.1. Afstemming<\/h3>/);
    assert.match(html, /@page \{ size: A4; margin: 0; \}/);
    assert.match(html, /@media print/);
    assert.doesNotMatch(html, /nota-banner"/, 'a valid note has no error banner');
    // The order of the printed page: the addressees top left, then the word "nota", the subject, the sections.
    assert.ok(html.indexOf('nota-addressees') < html.indexOf('nota-doctype') && html.indexOf('nota-doctype') < html.indexOf('nota-subject') && html.indexOf('nota-subject') < html.indexOf('1. Aanleiding'));
  });

  it('shows addressees written as numbers or true/false as the author wrote them', () => {
    const html = page(example.replace(/^aan:\n(?: {2}- .*\n)+/m, 'aan: [42, true]\n'), 'typed-addressees');
    const list = /<div class="nota-addressees"><ul>(.*?)<\/ul>/s.exec(html)?.[1] ?? '';
    assert.deepEqual([...list.matchAll(/<li[^>]*>(.*?)<\/li>/gs)].map((m) => m[1]?.replace(/<[^>]+>/g, '').trim()), ['42', 'true']);
  });

  it('shows a workspace type\'s addressees that stay numbers or true/false, since its schema leaves them untyped', () => {
    const memoService = createLanguageService();
    const memo = { 'x-nota-type': 'memo', title: 'Memo', type: 'object', properties: { frontmatter: { type: 'object', properties: { aan: { type: 'array' } } } } };
    memoService.configure({ noteTypes: [{ origin: 'memo.schema.json', schema: memo }], registries: [], problems: [] });
    const html = memoService.renderStandalone(doc('file:///memo-typed.md', '---\ntype: memo\naan: [42, true, 0, false, null, {a: 1}]\n---\n\n# Een memo\n'), { locale: 'nl' }) ?? '';
    const list = /<div class="nota-addressees"><ul>(.*?)<\/ul>/s.exec(html)?.[1] ?? '';
    assert.deepEqual([...list.matchAll(/<li[^>]*>(.*?)<\/li>/gs)].map((m) => m[1]), ['42', 'true', '0', 'false']);
  });

  it('writes the date in Dutch long form even when the note has it in ISO', () => {
    assert.match(page(minimal.replace('datum: 19 maart 2026', 'datum: 2026-03-19')), /<dt>Datum<\/dt><dd>19 maart 2026<\/dd>/);
  });

  it('marks a missing required section where it belongs and counts the errors in a banner', () => {
    const html = page(readFileSync(path.join(FIXTURES, 'section-missing.md'), 'utf8'));
    assert.match(html, /<div class="nota-banner" role="status">Deze nota bevat 1 fout\(en\)/);
    const missingAt = html.indexOf('<section class="nota-missing" data-missing="Kernpunten"><h2>3. Kernpunten</h2>');
    assert.ok(missingAt > html.indexOf('2. Geadviseerd besluit') && missingAt < html.indexOf('3. Toelichting'));
  });

  it('marks findings in the metadata as it marks a missing section: a value with its message, a missing value as an empty slot', () => {
    const html = page(minimal.replace('datum: 19 maart 2026', 'datum: 31 februari 2026').replace('  - Minister van Justitie en Veiligheid', '  - Minister van Justitie en Veiligheid\n  - Staatssecretaris van Toverkunst').replace(/^referentie:.*\n/m, ''));
    assert.match(html, /<dt>Datum<\/dt><dd class="nota-mark nota-mark-error" title="‘31 februari 2026’ is geen geldige datum\.[^"]*">31 februari 2026<\/dd>/);
    assert.match(html, /<dt class="nota-absent">Onze referentie<\/dt><dd class="nota-absent nota-mark nota-mark-error" title="Het verplichte veld ‘referentie’ ontbreekt\.">ontbreekt<\/dd>/);
    assert.match(html, /<li>Minister van Justitie en Veiligheid<\/li><li class="nota-mark nota-mark-error" title="‘Staatssecretaris van Toverkunst’ staat in ‘aan’[^"]*">Staatssecretaris van Toverkunst<\/li>/);
    // Marks are for the screen: the printed page has none.
    assert.match(html, /@media print \{[^@]*\.nota-absent \{ display: none; \}[^@]*\.nota-mark \{ color: inherit; text-decoration: none; \}/);
  });

  it('shows a new note\'s placeholders as things to do in the editor\'s preview, and links the banner to the findings there', () => {
    const fresh = service.newNote('beslisnota', { format: 'text' }) ?? '';
    const uri = 'file:///fresh.md';
    const live = service.render(doc(uri, fresh), { locale: 'nl', whileWriting: true }, { webview: { nonce: 'n', cspSource: 'vscode-resource:' } });
    assert.equal(live?.errorCount, 0, 'a to-do list, no errors');
    assert.match(live?.content ?? '', /<p class="nota-subject nota-mark nota-mark-information" title="Nog in te vullen: het veld ‘onderwerp’[^"]*">Beleidsreactie op …<\/p>/);
    assert.match(live?.content ?? '', /<dd class="nota-mark nota-mark-information" title="Nog in te vullen: het veld ‘referentie’[^"]*">…<\/dd>/);
    const broken = service.render(doc('file:///sm.md', readFileSync(path.join(FIXTURES, 'section-missing.md'), 'utf8')), { locale: 'en', whileWriting: true }, { webview: { nonce: 'n', cspSource: 'vscode-resource:' } });
    assert.match(broken?.content ?? '', /<div class="nota-banner" role="status">This note has 1 error\(s\)\. <a href="#" class="nota-show-findings" data-command="showFindings">Show the findings<\/a><\/div>/);
    // Standalone (nota render) has no editor to link to: the count alone.
    assert.match(page(readFileSync(path.join(FIXTURES, 'section-missing.md'), 'utf8')), /<div class="nota-banner" role="status">Deze nota bevat 1 fout\(en\)\.<\/div>/);
  });

  it('uses no font or emblem it may not ship, and loads nothing remote', () => {
    const html = page(example);
    assert.doesNotMatch(html, /RO ?Sans|RO ?Serif|rijksoverheid\.nl|https?:\/\//i);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; img-src 'self' data:; style-src 'nonce-[^']+'; script-src 'none'/);
  });

  describe('hostile Markdown comes out inert', () => {
    const hostile: Record<string, string> = {
      'script tag': '<script>alert(1)</script>',
      'event handler': '<img src="x.png" onerror="alert(1)"><p onclick="alert(2)">klik</p>',
      'javascript: link': '[klik](javascript:alert(1)) <a href="JaVaScRiPt:alert(1)">x</a>',
      'data: link': '[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      'iframe and object': '<iframe src="https://evil.example"></iframe><object data="x.swf"></object><embed src="x">',
      'style injection': '<style>body{display:none}</style><p style="background:url(https://evil.example/x)">x</p>',
      'svg with script': '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">x</a></svg>',
      'form': '<form action="https://evil.example"><input name="q"></form>',
      'meta refresh': '<meta http-equiv="refresh" content="0;url=https://evil.example">',
      'base tag': '<base href="https://evil.example/">',
    };
    for (const [name, markdown] of Object.entries(hostile)) {
      it(name, () => {
        const html = page(minimal.replace('Er is aanleiding.', `Er is aanleiding.\n\n${markdown}\n`), name.replace(/\W/g, ''));
        const body = html.slice(html.indexOf('<div id="nota-root">'));
        assert.doesNotMatch(body, /<script|<iframe|<object|<embed|<form|<style|<meta|<base/i);
        // The only input the sanitiser lets through is a task list's disabled checkbox.
        for (const input of body.match(/<input[^>]*>/gi) ?? []) assert.match(input, /\sdisabled\s.*type="checkbox"|type="checkbox".*\sdisabled/);
        assert.doesNotMatch(body, /\son[a-z]+=/i);
        assert.doesNotMatch(body, /javascript:|data:text|style=/i);
        assert.doesNotMatch(body, /evil\.example/i, 'nothing from the hostile host survives (remote resources are not loaded)');
      });
    }

    it('remote images become links and are not loaded', () => {
      const html = page(minimal.replace('Er is aanleiding.', 'Er is aanleiding.\n\n![grafiek](https://example.org/g.png)\n'));
      assert.doesNotMatch(html, /<img/);
      assert.match(html, /<a href="https:\/\/example.org\/g.png" class="nota-remote-image" title="https:\/\/example.org\/g.png">Externe afbeelding \(niet geladen\): grafiek<\/a>/);
    });

    it('escapes the five characters that end HTML text or an attribute, wherever note text goes into the page', () => {
      assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
      assert.equal(escapeHtml('gewone tekst'), 'gewone tekst');
      const yaml = `'<b id="x" class=''y''>&</b>'`;
      const escaped = '&lt;b id=&quot;x&quot; class=&#39;y&#39;&gt;&amp;&lt;/b&gt;';
      const text = `---
type: beslisnota
onderwerp: ${yaml}
aan:
  - ${yaml}
datum: ${yaml}
referentie: ${yaml}
afzender:
  organisatie: ${yaml}
  onderdeel:
    - ${yaml}
  bezoekadres: ${yaml}
  postadres: ${yaml}
---

## 1. Aanleiding

Tekst.
`;
      const rendered = service.render(doc('file:///escape.md', text), { locale: 'nl' }, { emblemSrc: 'embleem.png" onload="x' });
      assert.ok(rendered);
      const html = rendered.content;
      assert.doesNotMatch(html, /<b id=/);
      for (const part of [
        // The addressee is unknown: marked, with its finding's message (the text escaped there too) on hover.
        `title="Onbekende bewindspersoon ‘${escaped}’: niet in het register van portefeuilles.">${escaped}</li>`, `<p class="nota-subject">${escaped}</p>`, `<strong>${escaped}</strong>${escaped}</p>`,
        `<p class="nota-address">${escaped}</p><p class="nota-address">${escaped}</p>`,
        `<dt>Datum</dt><dd class="nota-mark nota-mark-error" title="‘${escaped}’ is geen geldige datum.`,
        `<dt>Onze referentie</dt><dd class="nota-mark nota-mark-error" title="De referentie ‘${escaped}’ heeft niet de vorm 7 cijfers (bijvoorbeeld 7244668).">${escaped}</dd>`,
        '<img src="embleem.png&quot; onload=&quot;x" alt="">',
      ]) {
        assert.ok(html.includes(part), `${part} not in\n${html}`);
      }
      const standalone = service.renderStandalone(doc('file:///escape.md', text), { locale: 'nl' }) ?? '';
      assert.ok(standalone.includes(`<title>${escaped}</title>`));
      // A workspace note type's section title, in the marker of a missing section.
      const memo = { 'x-nota-type': 'memo', type: 'object', 'x-nota-sections': { sections: [{ id: 'a', title: `A "<b>" & 'c'`, required: true }] } };
      const custom = createLanguageService({ extraNoteTypes: [{ schema: memo, origin: 'test' }] });
      const marker = custom.render(doc('file:///memo.md', '---\ntype: memo\n---\n\nTekst.\n'), { locale: 'nl' })?.content ?? '';
      assert.ok(marker.includes(`<section class="nota-missing" data-missing="A &quot;&lt;b&gt;&quot; &amp; &#39;c&#39;"><h2>1. A &quot;&lt;b&gt;&quot; &amp; &#39;c&#39;</h2>`), marker);
    });

    it('frontmatter values are escaped', () => {
      const html = page(minimal.replace('onderwerp: Voorbeeld van een nota', 'onderwerp: "<img src=x onerror=alert(1)>"'));
      assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
      assert.doesNotMatch(html, /<img src=x/);
    });
  });

  it('renders chunk by chunk: same HTML as a whole render, references resolved across chunks, unchanged chunks reused', () => {
    const sections = Array.from({ length: 30 }, (_, i) => `### 4.${i + 1}. Deel ${i}\n\n${'Tekst met [een bron][bron]. '.repeat(60)}\n`).join('\n');
    const text = minimal.replace('Toelichting.\n', `Toelichting.\n\n${sections}\n[bron]: https://example.org/bron\n`);
    const renderer = new BodyRenderer();
    const options = { missing: [], missingLabel: () => '', remoteImageLabel: 'x' };
    const chunked = renderer.render(text, options);
    assert.equal(chunked.replace(/\n/g, ''), markdownToHtml(text, options).replace(/\n/g, ''));
    assert.equal((chunked.match(/<a href="https:\/\/example.org\/bron">een bron<\/a>/g) ?? []).length, 30 * 60);
    assert.match(chunked, /<h3 data-line="\d+">4.30. Deel 29<\/h3>/);
    const line = Number(/<h3 data-line="(\d+)">4.30. Deel 29/.exec(chunked)?.[1]);
    assert.equal(text.split('\n')[line], '### 4.30. Deel 29');
  });

  it('the webview script is valid JavaScript', () => {
    assert.doesNotThrow(() => new Function('acquireVsCodeApi', WEBVIEW_SCRIPT));
  });

  it('nota render writes a standalone page with the same layout', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nota-render-'));
    try {
      const out = path.join(dir, 'nota.html');
      const result = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'render', path.join(EXAMPLES, 'beslisnota.md'), '-o', out], { encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      assert.equal(readFileSync(out, 'utf8'), page(example));
      const stdout = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'render', path.join(EXAMPLES, 'beslisnota.md')], { encoding: 'utf8' });
      assert.match(stdout.stdout, /^<!DOCTYPE html>/);
      const missing = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'render', 'geen.md'], { encoding: 'utf8' });
      assert.equal(missing.status, 2);
      assert.equal(missing.stderr, "nota: cannot read 'geen.md': no such file or folder\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('details a preview relies on', () => {
    const options = { remoteImageLabel: 'Extern' };

    it('turns remote images into links (with a web address only for http and https), keeps local ones', () => {
      assert.equal(
        markdownToHtml('![a](https://x.org/a.png) ![c](//x.org/c.png) ![d](lokaal.png) ![](http://y/z.png)', options),
        '<p><a href="https://x.org/a.png" class="nota-remote-image" title="https://x.org/a.png">Extern: a</a> <a class="nota-remote-image" title="//x.org/c.png">Extern: c</a> <img src="lokaal.png" alt="d"> <a href="http://y/z.png" class="nota-remote-image" title="http://y/z.png">Extern</a></p>',
      );
      assert.doesNotMatch(markdownToHtml('![b](ftp://x/b.png)', options), /ftp:|<a/);
    });

    it('marks each heading with its line in the whole note, frontmatter and byte order mark included', () => {
      assert.equal(markdownToHtml('---\na: 1\n---\n# T\n\n## K\n', options), '<h1 data-line="3">T</h1>\n<h2 data-line="5">K</h2>');
      const sections = Array.from({ length: 12 }, (_, i) => `## ${i + 1}. Deel\n\n${'Een zin die de sectie lang maakt. '.repeat(60)}\n`).join('\n');
      const text = `\ufeff---\na: 1\n---\n${sections}`;
      const html = new BodyRenderer().render(text, { ...options, missing: [], missingLabel: () => '' });
      const lines = [...html.matchAll(/<h2 data-line="(\d+)">(\d+)\. Deel/g)].map((m) => [Number(m[1]), m[2]]);
      assert.deepEqual(lines, Array.from({ length: 12 }, (_, i) => [3 + 4 * i, String(i + 1)]));
      assert.ok(splitsInto(text) > 1, 'the note is rendered in several chunks');
    });

    it('puts the marker of a missing section before the heading it belongs before, or at the end', () => {
      const html = new BodyRenderer().render('## 1. A\n\nx\n\n## 3. C\n\ny\n', {
        ...options,
        missing: [{ title: 'B', number: '2', beforeLine: 4 }, { title: 'D', number: '4', beforeLine: null }, { title: 'Z', number: '9', beforeLine: 77 }],
        missingLabel: (m) => `mist ${m.number}`,
      });
      assert.equal(html, [
        '<h2 data-line="0">1. A</h2>', '<p>x</p>',
        '<section class="nota-missing" data-missing="B"><h2>2. B</h2><p>mist 2</p></section>',
        '<h2 data-line="4">3. C</h2>', '<p>y</p>',
        '<section class="nota-missing" data-missing="D"><h2>4. D</h2><p>mist 4</p></section>',
        '<section class="nota-missing" data-missing="Z"><h2>9. Z</h2><p>mist 9</p></section>',
      ].join('\n'));
    });

    it('reads Markdown too deep for the pipeline as escaped paragraphs, frontmatter left out, headings with their lines', () => {
      const deep = `---\na: 1\n---\n# Titel #\n\n${'> '.repeat(100)}<b>\nnog & meer\n\n## Kop\n`;
      assert.equal(markdownToHtml(deep, options), `<h1 data-line="3">Titel</h1>\n<p>${'&gt; '.repeat(100)}&lt;b&gt;<br>nog &amp; meer</p>\n<h2 data-line="8">Kop</h2>`);
    });

    it('gives the webview page its nonce and resource source, and the standalone page no script at all', () => {
      const text = minimal;
      const webview = service.renderStandalone(doc('file:///w.md', text), { locale: 'nl' }, { webview: { nonce: 'N1', cspSource: 'vscode-resource:' } }) ?? '';
      assert.match(webview, /content="default-src 'none'; img-src vscode-resource: data:; style-src 'nonce-N1'; script-src 'nonce-N1'; font-src vscode-resource:; base-uri 'none'; form-action 'none'"/);
      assert.match(webview, /<style nonce="N1">/);
      assert.match(webview, /<script nonce="N1">\n\(function \(\) \{/);
      const standalone = service.renderStandalone(doc('file:///w.md', text), { locale: 'nl' }) ?? '';
      assert.match(standalone, /content="default-src 'none'; img-src 'self' data:; style-src 'nonce-nota-standalone'; script-src 'none'; font-src 'self'; base-uri 'none'; form-action 'none'"/);
      assert.doesNotMatch(standalone, /<script/);
      assert.match(standalone, /^<!DOCTYPE html>\n<html lang="nl">/);
    });

    it('counts the errors in the banner, warnings not', () => {
      const rendered = service.render(doc('file:///banner.md', minimal.replace('datum: 19 maart 2026', 'datum: 31 april 2026').replace('---\n\n', 'extra: x\n---\n\n')), { locale: 'en' });
      assert.equal(rendered?.errorCount, 1);
      assert.match(rendered?.content ?? '', /^<div class="nota-banner" role="status">This note has 1 error\(s\)\.<\/div>/);
    });
  });
});

/** How many chunks the body renderer cuts a text into. */
function splitsInto(text: string): number {
  return splitIntoChunks(text, text.charCodeAt(0) === 0xfeff ? 1 : 0).length;
}
