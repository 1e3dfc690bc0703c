/**
 * Word's automatic numbering (word/numbering.xml): for each list level its
 * format (decimal, letter, bullet, none) and text ("%1.%2."), and counters
 * that number paragraphs as Word shows them. Lists that share an abstract
 * definition count on together, as in Word; a start override restarts them.
 */
import { childElements, childValue, type XmlElement } from './xml';

export interface NumberingLevel {
  /** decimal, lowerLetter, upperRoman, bullet, none, …; absent is decimal. */
  format?: string;
  text: string;
  start: number;
}

interface AbstractNumbering {
  levels: Map<number, NumberingLevel>;
  /** A level bound to a paragraph style (Heading 1 → level 0). */
  styleLevels: Map<string, number>;
}

interface NumberingInstance {
  abstractId: string;
  startOverrides: Map<number, number>;
}

export interface NumberedParagraph {
  level: number;
  ordered: boolean;
  /** What Word shows before the text ("4.1.", "a)"), or undefined for a bullet or no number. */
  label?: string;
}

export class DocxNumbering {
  private readonly abstracts = new Map<string, AbstractNumbering>();
  private readonly instances = new Map<string, NumberingInstance>();
  /** Counters per abstract definition and level. */
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();

  constructor(root: XmlElement | undefined) {
    for (const element of root ? childElements(root) : []) {
      if (element.name === 'w:abstractNum') {
        const levels = new Map<number, NumberingLevel>();
        const styleLevels = new Map<string, number>();
        for (const level of childElements(element).filter((e) => e.name === 'w:lvl')) {
          const index = Number(level.attributes['w:ilvl'] ?? 0);
          levels.set(index, {
            format: childValue(level, 'w:numFmt'),
            text: childValue(level, 'w:lvlText') ?? '',
            start: Number(childValue(level, 'w:start') ?? '1') || 0,
          });
          const style = childValue(level, 'w:pStyle');
          if (style) styleLevels.set(style, index);
        }
        const id = element.attributes['w:abstractNumId'];
        if (id !== undefined) this.abstracts.set(id, { levels, styleLevels });
      } else if (element.name === 'w:num') {
        const startOverrides = new Map<number, number>();
        // Only a w:lvlOverride holds a w:startOverride.
        for (const override of childElements(element)) {
          const start = childValue(override, 'w:startOverride');
          if (start !== undefined) startOverrides.set(Number(override.attributes['w:ilvl'] ?? 0), Number(start));
        }
        const numId = element.attributes['w:numId'];
        const abstractId = childValue(element, 'w:abstractNumId');
        if (numId !== undefined && abstractId !== undefined) this.instances.set(numId, { abstractId, startOverrides });
      }
    }
  }

  /** The level a style's numbering uses when the paragraph names none (numbering bound through w:pStyle). */
  styleLevel(numId: string, styleId: string | undefined): number | undefined {
    const abstract = this.abstractOf(numId);
    return styleId ? abstract?.styleLevels.get(styleId) : undefined;
  }

  /** Numbers one more paragraph of list `numId` at `level`, as Word would. Undefined when it shows nothing. */
  next(numId: string, level: number): NumberedParagraph | undefined {
    if (numId === '0') return undefined;
    const instance = this.instances.get(numId);
    const abstract = this.abstractOf(numId);
    const definition = abstract?.levels.get(level);
    if (!instance || !abstract || !definition || definition.format === 'none') return undefined;
    const counters = this.counters.get(instance.abstractId) ?? [];
    this.counters.set(instance.abstractId, counters);
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [overridden, start] of instance.startOverrides) counters[overridden] = start - 1;
    }
    counters[level] = (counters[level] ?? definition.start - 1) + 1;
    // A level restarts when a level above it moves on.
    counters.length = level + 1;
    if (definition.format === 'bullet') return { level, ordered: false };
    const label = definition.text.replace(/%(\d)/g, (whole, n: string) => {
      const at = Number(n) - 1;
      const above = abstract.levels.get(at);
      return formatNumber(counters[at] ?? above?.start ?? 1, above?.format);
    });
    return { level, ordered: true, label: label.trim() || undefined };
  }

  private abstractOf(numId: string): AbstractNumbering | undefined {
    const instance = this.instances.get(numId);
    return instance ? this.abstracts.get(instance.abstractId) : undefined;
  }
}

function formatNumber(value: number, format: string | undefined): string {
  switch (format) {
    case 'lowerLetter':
      return letters(value).toLowerCase();
    case 'upperLetter':
      return letters(value);
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'upperRoman':
      return roman(value);
    default:
      return String(value);
  }
}

function letters(value: number): string {
  const letter = String.fromCharCode(65 + ((Math.max(1, value) - 1) % 26));
  return letter.repeat(Math.floor((Math.max(1, value) - 1) / 26) + 1);
}

function roman(value: number): string {
  const numerals: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = Math.min(Math.max(1, value), 3999);
  let out = '';
  for (const [n, s] of numerals) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return out;
}
