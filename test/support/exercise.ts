import assert from 'node:assert/strict';
import { createLanguageService, type NotaLanguageService } from '../../server/src/core/languageService';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { doc } from './fixtures';

/** Every answer of the core for a text: none may throw, every range must lie inside the text. */
export function exerciseEverything(text: string, name: string, service: NotaLanguageService = createLanguageService()): void {
  const document = doc(`file:///${encodeURIComponent(name)}.md`, text);
  const lines = new LineIndex(text);
  const inside = (range: { start: { line: number; character: number }; end: { line: number; character: number } }, what: string) => {
    for (const position of [range.start, range.end]) {
      assert.ok(position.line >= 0 && position.line < lines.lineCount, `${what}: line ${position.line} outside 0..${lines.lineCount - 1}`);
      assert.ok(position.character >= 0 && lines.lineStart(position.line) + position.character <= lines.lineEnd(position.line), `${what}: character ${position.character} past the end of line ${position.line}`);
    }
    assert.ok(range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character), `${what}: range ends before it starts`);
  };
  const findings = service.check(document, { locale: 'nl', force: true }) ?? [];
  for (const finding of findings) inside(finding.range, `finding ${finding.code}`);
  const visit = (symbols: { range: never; selectionRange: never; children?: unknown[] }[]) => {
    for (const symbol of symbols) {
      inside(symbol.range, 'symbol');
      inside(symbol.selectionRange, 'selection range');
      visit((symbol.children ?? []) as never);
    }
  };
  visit(service.documentSymbols(document, { locale: 'nl' }) as never);
  for (const range of service.foldingRanges(document)) assert.ok(range.startLine <= range.endLine && range.endLine < lines.lineCount);
  const end = lines.positionAt(text.length);
  for (const position of [{ line: 0, character: 0 }, end, { line: Math.floor(end.line / 2), character: 0 }]) {
    service.completions(document, position, { locale: 'nl' });
    const hover = service.hover(document, position, { locale: 'nl' });
    if (hover?.range) inside(hover.range, 'hover');
  }
  for (const action of service.codeActions(document, { range: { start: { line: 0, character: 0 }, end }, diagnostics: [], only: ['quickfix', 'source.fixAll'] }, { locale: 'nl' })) {
    for (const edit of action.edit?.changes?.[document.uri] ?? []) inside(edit.range, `edit of ${action.title}`);
  }
  service.render(document, { locale: 'nl', force: true });
}

