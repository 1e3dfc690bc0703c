/**
 * Breaking inline text into lines, done here rather than by pdfkit: text in
 * several faces (a bold word in a sentence, a link) must wrap the same way
 * when it is measured (for a table row's height, for the room a heading
 * keeps) as when it is drawn. pdfkit wraps each piece of "continued" text on
 * its own and measures only text in one face, so its measure and its drawing
 * could disagree, and a row could end up shorter than its text. Lines break
 * at white space; a word wider than the column breaks between characters.
 */
/** What is measured: a piece of text (its face, and how it is shown, are the caller's). */
export interface Measured {
  text: string;
}

/** A stretch of one piece on one line, with its width. */
export interface Fragment<P extends Measured> {
  piece: P;
  text: string;
  width: number;
}

export interface Line<P extends Measured> {
  fragments: Fragment<P>[];
  width: number;
}

/** The width of some of a piece's text. */
export type Measure<P> = (text: string, piece: P) => number;

interface Token<P> {
  piece: P;
  text: string;
  width: number;
}

/**
 * The lines of one paragraph line (no line breaks in it) in a column of the
 * given width, at least one. Spaces where a line breaks are dropped; others
 * stay, those that indent the first line (of code) too.
 */
export function breakLines<P extends Measured>(pieces: readonly P[], width: number, measure: Measure<P>): Line<P>[] {
  const lines: Line<P>[] = [];
  let line: Token<P>[] = [];
  let lineWidth = 0;
  let spaces: Token<P>[] = [];
  const close = () => {
    lines.push(lineOf(line));
    line = [];
    lineWidth = 0;
  };
  for (const word of wordsOf(pieces, measure)) {
    if (word.space) {
      if (line.length > 0 || lines.length === 0) spaces.push(...word.tokens);
      continue;
    }
    const spaceWidth = spaces.reduce((sum, t) => sum + t.width, 0);
    if (line.length > 0 && lineWidth + spaceWidth + word.width > width) {
      close();
      spaces = [];
    }
    if (line.length === 0 && word.width > width) {
      // Wider than the column: as many characters on each line as fit.
      for (const token of word.tokens) {
        for (const ch of token.text) {
          const chWidth = measure(ch, token.piece);
          if (line.length > 0 && lineWidth + chWidth > width) close();
          line.push({ piece: token.piece, text: ch, width: chWidth });
          lineWidth += chWidth;
        }
      }
      continue;
    }
    line.push(...spaces, ...word.tokens);
    lineWidth += spaces.reduce((sum, t) => sum + t.width, 0) + word.width;
    spaces = [];
  }
  // Text of white space only is one line of it (a code line of spaces is still a line).
  if (lines.length === 0) line.push(...spaces);
  if (line.length > 0 || lines.length === 0) close();
  return lines;
}

/** Words (runs of non-space text, which may span pieces) and the spaces between them. */
function wordsOf<P extends Measured>(pieces: readonly P[], measure: Measure<P>): { space: boolean; tokens: Token<P>[]; width: number }[] {
  const words: { space: boolean; tokens: Token<P>[]; width: number }[] = [];
  for (const piece of pieces) {
    // Stryker disable next-line Regex: split with a capture gives the words and the spaces between them, whichever of the two it matches.
    for (const text of piece.text.split(/(\s+)/)) {
      if (!text) continue;
      const space = /^\s/.test(text);
      const token = { piece, text, width: measure(text, piece) };
      const last = words[words.length - 1];
      if (last && last.space === space) {
        last.tokens.push(token);
        last.width += token.width;
      } else words.push({ space, tokens: [token], width: token.width });
    }
  }
  return words;
}

/** A line's tokens with the stretches of one piece joined. */
function lineOf<P extends Measured>(tokens: readonly Token<P>[]): Line<P> {
  const fragments: Fragment<P>[] = [];
  for (const token of tokens) {
    const last = fragments[fragments.length - 1];
    if (last && last.piece === token.piece) {
      last.text += token.text;
      last.width += token.width;
    } else fragments.push({ ...token });
  }
  return { fragments, width: fragments.reduce((sum, f) => sum + f.width, 0) };
}
