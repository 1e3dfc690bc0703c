/**
 * Renders a note's body chunk by chunk (the same chunks the parser uses) and
 * keeps each chunk's HTML, so a live preview of a long note re-renders only
 * the part that changed. Link reference definitions are collected from the
 * whole text and given to every chunk, so `[x]` links across sections still
 * resolve; headings carry their line in the whole note.
 */
import { splitIntoChunks } from '../parse/chunks';
import { markdownToHtml, missingSectionHtml, type BodyOptions } from './markdownToHtml';

const DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$/gm;
const LINE_BREAK = /\r\n|\r|\n/;

export class BodyRenderer {
  private cache = new Map<string, string>();

  render(text: string, options: BodyOptions): string {
    const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const definitions = (text.match(DEFINITION) ?? []).join('\n');
    const chunkOptions = { remoteImageLabel: options.remoteImageLabel };
    const next = new Map<string, string>();
    const parts: string[] = [];
    let line = 0;
    for (const chunk of splitIntoChunks(text, from)) {
      const chunkText = text.slice(chunk.start, chunk.end);
      const key = `${chunkText}\u0000${definitions}`;
      const html = next.get(key) ?? this.cache.get(key) ?? markdownToHtml(definitions ? `${chunkText}\n\n${definitions}\n` : chunkText, chunkOptions);
      next.set(key, html);
      const offset = line;
      parts.push(html.replace(/<h([1-6]) data-line="(\d+)"/g, (_, level: string, n: string) => `<h${level} data-line="${Number(n) + offset}"`));
      line += chunkText.split(LINE_BREAK).length - 1;
    }
    this.cache = next;
    let body = parts.join('\n');
    for (const missing of options.missing) {
      const marker = missingSectionHtml(missing, options);
      // A section that belongs at the end (beforeLine null) finds no heading `data-line="null"`.
      const at = body.indexOf(`<h2 data-line="${missing.beforeLine}"`);
      body = at < 0 ? `${body}\n${marker}` : `${body.slice(0, at)}${marker}\n${body.slice(at)}`;
    }
    return body;
  }
}
