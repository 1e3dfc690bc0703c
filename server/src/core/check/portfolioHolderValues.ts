/**
 * The frontmatter values a note type marks as portfolio holders
 * (`x-nota-portfolio-holder`, on a string or on the items of a list): the
 * note's addressees, whose titles the body is read against.
 */
import type { AnySchemaObject } from 'ajv';
import { PORTFOLIO_HOLDER_KEYWORD } from '../schema/keywords/portfolioHolders';

export function portfolioHolderValues(frontmatterSchema: AnySchemaObject | undefined, frontmatter: Record<string, unknown> | undefined): string[] {
  const properties = (frontmatterSchema?.properties ?? {}) as Record<string, AnySchemaObject | undefined>;
  const values: string[] = [];
  if (!frontmatter) return values;
  for (const [key, property] of Object.entries(properties)) {
    if (!property || !Object.hasOwn(frontmatter, key)) continue;
    const value = frontmatter[key];
    if (property[PORTFOLIO_HOLDER_KEYWORD] === true && typeof value === 'string') values.push(value);
    const items = property.items as AnySchemaObject | undefined;
    if (items?.[PORTFOLIO_HOLDER_KEYWORD] === true && Array.isArray(value)) {
      for (const item of value) if (typeof item === 'string') values.push(item);
    }
  }
  return values;
}
