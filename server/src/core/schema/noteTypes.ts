/**
 * Note types are JSON schemas. This registry compiles them with ajv, adds
 * Nota's keywords (documented in docs/schema-keywords.md), and validates note
 * models. It knows nothing about any particular note type: the beslisnota is
 * just the schema in schemas/beslisnota.schema.json.
 */
import Ajv, { type AnySchemaObject, type ErrorObject, type ValidateFunction } from 'ajv';
import type { DataValidationCxt } from 'ajv/dist/types';
import type { PortfolioRegistry } from '../domain/portfolioRegistry';
import type { NoteModel, NoteSourceMap } from '../model/noteModel';
import type { LineIndex } from '../text/lineIndex';
import type { KeywordContext, NotaKeywordError } from './context';
import { SECTIONS_KEYWORD, checkSections } from './keywords/sections';
import { ADDRESSEES_KEYWORD, PORTFOLIO_HOLDER_KEYWORD, checkAddressees, checkPortfolioHolder, prepareAddressees, type AddresseesSpec } from './keywords/portfolioHolders';
import { DATE_KEYWORD, checkDate } from './keywords/dateKeyword';
import { isSectionsSpec, type SectionsSpec } from './keywords/sectionSpec';
import { pathologicalPatternIn } from './safePattern';
import { PERSONAL_DATA_KEYWORD, WOO_GROUNDS_KEYWORD, checkPersonalData, checkWooGrounds, type PersonalDataSpec, type WooGroundsSpec } from './keywords/publication';

export const TYPE_NAME_KEYWORD = 'x-nota-type';
/** Annotation: the finding code for errors of standard keywords in this subschema (e.g. reference-invalid). */
export const FINDING_KEYWORD = 'x-nota-finding';
/** Annotation: a human description of a `pattern`, per language ({"nl": "7 cijfers", "en": "7 digits"}). */
export const PATTERN_HINT_KEYWORD = 'x-nota-pattern-hint';
/** Annotation: how the type is laid out on the page (core/page/describePage.ts). */
export const PAGE_KEYWORD = 'x-nota-page';

export interface NoteType {
  name: string;
  title: string;
  description: string;
  schema: AnySchemaObject;
  /** Where the schema came from: "builtin" or a file path. */
  origin: string;
  sections: SectionsSpec | undefined;
  validate: ValidateFunction;
}

export class NoteTypeError extends Error {}

type Validation = { model: NoteModel; sourceMap: NoteSourceMap; lines: LineIndex };

export class NoteTypeRegistry {
  private readonly ajv: Ajv;
  private readonly types = new Map<string, NoteType>();
  private readonly context: KeywordContext;

  constructor(registry: () => PortfolioRegistry, private readonly wooGrounds: ReadonlySet<string> = new Set()) {
    this.context = { registry, current: null };
    // allErrors: an author wants every problem at once. strict off: workspace
    // schemas may carry editor annotations (markdownDescription, ...), and
    // Nota's own annotations (x-nota-type, x-nota-finding, x-nota-pattern-hint,
    // x-nota-page) are read from the schema, not validated.
    // validateSchema off: compiling the meta-schema is most of the start-up
    // cost; schemas that do not come with Nota are validated explicitly in add().
    this.ajv = new Ajv({ allErrors: true, strict: false, verbose: true, validateFormats: false, validateSchema: false, loadSchema: undefined });
    this.addKeywords();
  }

  add(schema: unknown, origin: string): NoteType {
    if (!schema || typeof schema !== 'object' || Array.isArray(schema)) throw new NoteTypeError('a note type schema must be a JSON object');
    const object = schema as AnySchemaObject;
    const name = object[TYPE_NAME_KEYWORD];
    if (typeof name !== 'string' || !/^[a-z][a-z0-9-]*$/.test(name)) {
      throw new NoteTypeError(`a note type schema needs "${TYPE_NAME_KEYWORD}": a lower-case name such as "beslisnota"`);
    }
    const sections = object[SECTIONS_KEYWORD];
    if (sections !== undefined && !isSectionsSpec(sections)) {
      throw new NoteTypeError(`"${SECTIONS_KEYWORD}" must be an object with "sections": [{ "id", "title", ... }]`);
    }
    const risky = pathologicalPatternIn(object);
    if (risky !== undefined) throw new NoteTypeError(`the pattern ${JSON.stringify(risky)} can take exponential time (a repeated group that repeats inside); rewrite it without nested repetition`);
    if (origin !== 'builtin' && !refusing('not a valid JSON schema', () => this.ajv.validateSchema(object))) {
      throw new NoteTypeError(`not a valid JSON schema: ${this.ajv.errorsText(this.ajv.errors?.slice(0, 1), { dataVar: '' })}`);
    }
    const compile = () => {
      // A schema with the same $id replaces the one before it (ajv refuses a second one).
      this.ajv.removeSchema(object);
      return refusing('the schema does not compile', () => this.ajv.compile(object));
    };
    // A workspace schema is compiled now, so a broken one is reported with the
    // configuration. The built-in ones (tested to compile) wait until a note of
    // their type is checked: a server start then compiles only what it needs.
    let validate: ValidateFunction | undefined = origin === 'builtin' ? undefined : compile();
    const type: NoteType = {
      name,
      title: typeof object.title === 'string' ? object.title : name,
      description: typeof object.description === 'string' ? object.description : '',
      schema: object,
      origin,
      sections: sections as SectionsSpec | undefined,
      get validate() {
        return (validate ??= compile());
      },
    };
    this.types.set(name, type);
    return type;
  }

  remove(name: string): void {
    this.types.delete(name);
  }

  get(name: string): NoteType | undefined {
    return this.types.get(name);
  }

  all(): NoteType[] {
    return [...this.types.values()];
  }

  validate(type: NoteType, validation: Validation): (ErrorObject | NotaKeywordError)[] {
    this.context.current = { sourceMap: validation.sourceMap, lines: validation.lines };
    try {
      return type.validate(validation.model) ? [] : [...(type.validate.errors ?? [])];
    } finally {
      this.context.current = null;
    }
  }

  private addKeywords(): void {
    const context = this.context;
    const located = () => {
      if (!context.current) throw new Error('Nota keywords run only inside NoteTypeRegistry.validate');
      return context.current;
    };
    this.ajv.addKeyword({
      keyword: SECTIONS_KEYWORD,
      schemaType: 'object',
      errors: true,
      validate: reporting((spec: SectionsSpec, data: unknown) => (isModel(data) ? checkSections(spec, data, located()) : [])),
    });
    this.ajv.addKeyword({
      keyword: ADDRESSEES_KEYWORD,
      schemaType: 'object',
      errors: true,
      // Compiled once per schema: the pronoun matcher is built here, not on every check.
      compile: (spec: AddresseesSpec, parentSchema: AnySchemaObject) => {
        const prepared = prepareAddressees(spec);
        const sections = parentSchema[SECTIONS_KEYWORD] as SectionsSpec | undefined;
        return reportingData((data: unknown) => (isModel(data) ? checkAddressees(prepared, sections, data, context.registry(), located()) : []));
      },
    });
    this.ajv.addKeyword({
      keyword: PERSONAL_DATA_KEYWORD,
      schemaType: 'object',
      errors: true,
      validate: reporting((spec: PersonalDataSpec, data: unknown) => (isModel(data) ? checkPersonalData(spec, data, located().sourceMap) : [])),
    });
    this.ajv.addKeyword({
      keyword: WOO_GROUNDS_KEYWORD,
      schemaType: 'object',
      errors: true,
      validate: reporting((spec: WooGroundsSpec, data: unknown, parentSchema: AnySchemaObject) =>
        isModel(data) ? checkWooGrounds(spec, parentSchema[SECTIONS_KEYWORD] as SectionsSpec | undefined, data, located().sourceMap, this.wooGrounds) : []),
    });
    this.ajv.addKeyword({
      keyword: PORTFOLIO_HOLDER_KEYWORD,
      schemaType: 'boolean',
      errors: true,
      validate: reporting((enabled: boolean, data: unknown, _parent: AnySchemaObject, instancePath: string) =>
        enabled ? checkPortfolioHolder(data, instancePath, context.registry()) : []),
    });
    this.ajv.addKeyword({
      keyword: DATE_KEYWORD,
      schemaType: 'boolean',
      errors: true,
      validate: reporting((enabled: boolean, data: unknown, _parent: AnySchemaObject, instancePath: string) =>
        enabled ? checkDate(data, instancePath) : []),
    });
  }
}

/** A check gets the keyword's value, the data, the schema around the keyword and the data's pointer. */
type Check<S> = (schema: S, data: unknown, parentSchema: AnySchemaObject, instancePath: string) => NotaKeywordError[];

/**
 * Runs a step of reading a schema; whatever goes wrong there, even a stack
 * overflow on a schema nested too deeply, is that schema's problem.
 */
function refusing<T>(problem: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw new NoteTypeError(`${problem}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Adapts a check that returns errors to ajv's "set .errors, return a boolean"
 * convention. ajv passes a validating keyword its parent schema and the data's
 * context (instancePath) on every call, though its types make them optional.
 */
function reporting<S>(check: Check<S>) {
  return settingErrors((schema: S, data: unknown, parentSchema?: AnySchemaObject, cxt?: DataValidationCxt) =>
    // Stryker disable next-line StringLiteral: ajv always passes the context, so the fallback pointer is never read
    check(schema, data, parentSchema ?? {}, cxt?.instancePath ?? ''));
}

/** The same for a compiled keyword, whose function gets the data alone. */
function reportingData(check: (data: unknown) => NotaKeywordError[]) {
  return settingErrors(check);
}

function settingErrors<A extends unknown[]>(check: (...args: A) => NotaKeywordError[]) {
  const validate = (...args: A): boolean => {
    const errors = check(...args);
    validate.errors = errors as unknown as Partial<ErrorObject>[];
    // Stryker disable next-line ConditionalExpression: with allErrors ajv judges by the errors it collected, so "false" with none adds none (always "true" would drop them, which tests catch)
    return errors.length === 0;
  };
  validate.errors = undefined as Partial<ErrorObject>[] | undefined;
  return validate;
}

/** Whether a keyword for the whole note sees the note (anything else has no sections list, strings included). */
function isModel(data: unknown): data is NoteModel {
  return !!data && Array.isArray((data as NoteModel).sections);
}
