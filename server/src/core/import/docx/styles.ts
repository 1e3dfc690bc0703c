/**
 * Word's styles (word/styles.xml), as far as import needs them: which
 * paragraph styles are headings and at what level, which styles make text
 * bold or italic, and which attach a numbering. Properties follow the
 * basedOn chain; the nearest style that sets one decides.
 */
import { child, childElements, childValue, type XmlElement } from './xml';

interface StyleInfo {
  id: string;
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  bold?: boolean;
  italic?: boolean;
  numId?: string;
  ilvl?: string;
}

/** A paragraph's outline level (w:outlineLvl, "0" to "9"); undefined when it has none Word writes. */
export function outlineLevel(properties: XmlElement | undefined): number | undefined {
  const value = childValue(properties, 'w:outlineLvl');
  return value !== undefined && /^\d$/.test(value) ? Number(value) : undefined;
}

/** The heading level of an outline level: 0 is a top heading, 9 is body text. */
export function outlineHeading(level: number): number | undefined {
  return level < 9 ? level + 1 : undefined;
}

/** A toggle such as <w:b/>, <w:b w:val="0"/>: absent is undefined. */
export function toggle(properties: XmlElement | undefined, name: string): boolean | undefined {
  const element = child(properties, name);
  if (!element) return undefined;
  const value = element.attributes['w:val'];
  return value === undefined || !/^(?:0|false|off|none)$/i.test(value);
}

export class DocxStyles {
  private readonly styles = new Map<string, StyleInfo>();
  private readonly defaultParagraph: string | undefined;
  private readonly defaults: { bold?: boolean; italic?: boolean };

  constructor(root: XmlElement | undefined) {
    let defaultParagraph: string | undefined;
    for (const element of root ? childElements(root) : []) {
      if (element.name !== 'w:style') continue;
      const id = element.attributes['w:styleId'];
      if (!id) continue;
      const paragraphProperties = child(element, 'w:pPr');
      const runProperties = child(element, 'w:rPr');
      const numbering = child(paragraphProperties, 'w:numPr');
      this.styles.set(id, {
        id,
        name: childValue(element, 'w:name') ?? id,
        basedOn: childValue(element, 'w:basedOn'),
        outlineLevel: outlineLevel(paragraphProperties),
        bold: toggle(runProperties, 'w:b'),
        italic: toggle(runProperties, 'w:i'),
        numId: childValue(numbering, 'w:numId'),
        ilvl: childValue(numbering, 'w:ilvl'),
      });
      // Stryker disable next-line StringLiteral: neither the empty text nor any other is 1 or true
      if (element.attributes['w:type'] === 'paragraph' && /^(?:1|true)$/.test(element.attributes['w:default'] ?? '')) defaultParagraph = id;
    }
    this.defaultParagraph = defaultParagraph;
    const runDefaults = child(child(child(root, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr');
    this.defaults = { bold: toggle(runDefaults, 'w:b'), italic: toggle(runDefaults, 'w:i') };
  }

  /** The paragraph style in effect: the one named, else the document's default. */
  paragraphStyle(id: string | undefined): string | undefined {
    return id && this.styles.has(id) ? id : this.defaultParagraph;
  }

  /** 1 for "Heading 1" (or "Kop 1", or outline level 0), undefined for body text. */
  headingLevel(id: string | undefined): number | undefined {
    const outline = this.inherited(id, (s) => s.outlineLevel);
    if (outline !== undefined) return outlineHeading(outline);
    for (const style of this.chain(id)) {
      const match = /^(?:heading|kop)\s*(\d)$/i.exec(style.name);
      if (match) return Number(match[1]);
    }
    return undefined;
  }

  bold(id: string | undefined): boolean {
    return this.inherited(id, (s) => s.bold) ?? this.defaults.bold ?? false;
  }

  italic(id: string | undefined): boolean {
    return this.inherited(id, (s) => s.italic) ?? this.defaults.italic ?? false;
  }

  /**
   * Whether a character style flips bold. Bold and italic are toggles
   * (ECMA-376 §17.7.3): in a style, true turns over what the paragraph has,
   * so text in Strong within a bold heading is not bold, and false leaves
   * the paragraph's value as it is.
   */
  flipsBold(id: string | undefined): boolean {
    return this.inherited(id, (s) => s.bold) === true;
  }

  flipsItalic(id: string | undefined): boolean {
    return this.inherited(id, (s) => s.italic) === true;
  }

  /** The numbering a paragraph style attaches, if any, and the level the style names (if it names one). */
  numbering(id: string | undefined): { numId: string; ilvl?: string } | undefined {
    const numId = this.inherited(id, (s) => s.numId);
    return numId === undefined ? undefined : { numId, ilvl: this.inherited(id, (s) => s.ilvl) };
  }

  private inherited<T>(id: string | undefined, pick: (style: StyleInfo) => T | undefined): T | undefined {
    for (const style of this.chain(id)) {
      const value = pick(style);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  /** The style and those it is based on, nearest first; a loop in basedOn ends the chain. */
  private *chain(id: string | undefined): Generator<StyleInfo> {
    const seen = new Set<string>();
    let current = id ? this.styles.get(id) : undefined;
    while (current && !seen.has(current.id)) {
      seen.add(current.id);
      yield current;
      current = current.basedOn ? this.styles.get(current.basedOn) : undefined;
    }
  }
}
