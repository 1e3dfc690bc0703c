/**
 * The whole check of one parsed note against its note type: frontmatter
 * problems first (one finding for a missing or broken block, no cascade),
 * then the schema over the note model.
 */
import type { AnySchemaObject } from 'ajv';
import type { ParsedNote } from '../parse/parseNote';
import type { PortfolioRegistry } from '../domain/portfolioRegistry';
import { buildNoteModel, type NoteModelWithMap } from '../model/noteModel';
import type { NoteType, NoteTypeRegistry } from '../schema/noteTypes';
import { errorsToFindings, fieldName, placeholderMessage } from '../schema/errorsToFindings';
import { compareFindings, createFinding, type Finding } from '../findings/finding';
import type { Locale } from '../findings/messages';
import { coercePlainScalars } from './coerce';
import { portfolioHolderValues } from './portfolioHolderValues';
import { isPlaceholderValue } from './placeholders';
import { escapePointerToken } from '../model/jsonPointer';

export interface CheckEnvironment {
  types: NoteTypeRegistry;
  registry: PortfolioRegistry;
  locale: Locale;
}

/** The note model for a given note type: frontmatter scalars read as the schema wants them. */
export function analyzeNote(parsed: ParsedNote, type: NoteType, registry: PortfolioRegistry): NoteModelWithMap {
  const frontmatterSchema = frontmatterSchemaOf(type);
  // The titles with a portfolio among the note's portfolio holders (its addressees) are read as such in the body.
  // Frontmatter whose YAML has an issue has no value (parseFrontmatterYaml), so it gives no hints.
  const hints = registry.hintsFrom(portfolioHolderValues(frontmatterSchema, parsed.frontmatter.yaml?.value));
  const analysis = buildNoteModel(parsed, registry, hints);
  const { model } = analysis;
  if (model.frontmatter && parsed.frontmatter.yaml) {
    model.frontmatter = coercePlainScalars(model.frontmatter, frontmatterSchema, parsed.frontmatter.yaml.plainScalars) as Record<string, unknown>;
  }
  return analysis;
}

export function frontmatterSchemaOf(type: NoteType): AnySchemaObject | undefined {
  return (type.schema.properties as Record<string, AnySchemaObject> | undefined)?.frontmatter;
}

export function checkNote(parsed: ParsedNote, type: NoteType, env: CheckEnvironment, analysis = analyzeNote(parsed, type, env.registry)): Finding[] {
  const { lines } = parsed;
  const findings = frontmatterFindings(parsed, env.locale);
  const { model, sourceMap } = analysis;
  const errors = env.types.validate(type, { model, sourceMap, lines });
  findings.push(...errorsToFindings({ errors, model, sourceMap, lines, locale: env.locale, noteTypeName: type.name }));
  findings.push(...placeholderFindings(model.frontmatter, findings, analysis, parsed, env.locale));
  return findings.sort(compareFindings);
}

/**
 * Placeholder values the schema accepts ("onderwerp: Beleidsreactie op …")
 * count as empty too: one finding each, unless the schema already gave one.
 */
function placeholderFindings(frontmatter: unknown, found: readonly Finding[], analysis: NoteModelWithMap, parsed: ParsedNote, locale: Locale): Finding[] {
  const reported = new Set(found.map((f) => f.data?.pointer));
  const findings: Finding[] = [];
  const visit = (value: unknown, pointer: string): void => {
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${pointer}/${i}`));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, `${pointer}/${escapePointerToken(key)}`);
    else if (isPlaceholderValue(value) && !reported.has(pointer)) {
      const span = analysis.sourceMap.spans.get(pointer);
      if (!span) return;
      const { messageId, args } = placeholderMessage(pointer, String(value), locale);
      findings.push(createFinding(locale, { code: 'field-invalid', messageId, args, range: parsed.lines.rangeOf(span), data: { field: fieldName(pointer), pointer, value: String(value), placeholder: true } }));
    }
  };
  visit(frontmatter, '/frontmatter');
  return findings;
}

function frontmatterFindings(parsed: ParsedNote, locale: Locale): Finding[] {
  const { frontmatter, lines } = parsed;
  switch (frontmatter.status) {
    case 'ok':
      return [];
    case 'missing': {
      const first = lines.lineSpanAt(parsed.bodyStart);
      return [createFinding(locale, { code: 'frontmatter-missing', messageId: 'frontmatter-missing', range: lines.rangeOf(first), data: { insertAt: lines.positionAt(parsed.bodyStart) } })];
    }
    case 'unclosed':
      return [createFinding(locale, { code: 'frontmatter-syntax', messageId: 'frontmatter-unclosed', range: lines.rangeOf(frontmatter.openLine ?? lines.lineSpanAt(0)), data: { reason: 'unclosed' } })];
    case 'invalid': {
      // A block is invalid because its YAML has an issue (parseNote): there always is one.
      const issue = frontmatter.yaml?.issue;
      if (!issue) return [];
      const messageId = issue.kind === 'not-mapping' ? 'frontmatter-not-mapping' : 'frontmatter-syntax';
      return [createFinding(locale, { code: 'frontmatter-syntax', messageId, args: { detail: issue.detail }, range: lines.rangeOf(issue.span), data: { reason: issue.kind } })];
    }
  }
}
