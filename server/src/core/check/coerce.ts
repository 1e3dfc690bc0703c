/**
 * `referentie: 0244668` unquoted is a YAML number (and loses its leading
 * zero). Where the schema wants text, we use the text the author wrote: the
 * source of the plain scalar. Driven by the schema, so it holds for any field
 * of any note type.
 */
import type { AnySchemaObject } from 'ajv';
import { escapePointerToken } from '../model/jsonPointer';

export function coercePlainScalars(value: unknown, schema: AnySchemaObject | undefined, plainScalars: Map<string, string>, pointer = ''): unknown {
  // Only a schema object asks for text. A missing one, `true`, or a list of
  // item schemas has no `type`, `items` or `properties`: it leaves the value as it is.
  if (!schema) return value;
  const source = plainScalars.get(pointer);
  if (source !== undefined && wantsTextOnly(schema)) return source;
  if (Array.isArray(value)) {
    return value.map((item, i) => coercePlainScalars(item, schema.items as AnySchemaObject | undefined, plainScalars, `${pointer}/${i}`));
  }
  if (value && typeof value === 'object' && schema.properties) {
    const result: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    for (const [key, property] of Object.entries(schema.properties as Record<string, AnySchemaObject>)) {
      if (Object.hasOwn(result, key)) result[key] = coercePlainScalars(result[key], property, plainScalars, `${pointer}/${escapePointerToken(key)}`);
    }
    return result;
  }
  return value;
}

function wantsTextOnly(schema: AnySchemaObject): boolean {
  const type = schema.type;
  return type === 'string' || (Array.isArray(type) && type.includes('string') && !type.includes('number') && !type.includes('integer') && !type.includes('boolean'));
}
