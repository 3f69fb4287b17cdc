/**
 * A JSON Schema (draft 2020-12) for JSON packs, generated from the valibot schema the
 * importer checks with (pack-schema.ts), so the two never disagree on structure. build.mjs
 * writes it to dist and docs/pack.schema.json. Rules valibot checks in code (`check`: a
 * real calendar date, no markup, at least one language) become `description`s: a schema
 * validator cannot run them, the importer does.
 */
import type * as v from 'valibot';
import { PackFile } from './pack-schema';

type Json = Record<string, unknown>;
type AnySchema = v.GenericSchema & {
  pipe?: ReadonlyArray<{ kind: string; type: string; requirement?: unknown; message?: unknown }>;
  entries?: Record<string, AnySchema>;
  wrapped?: AnySchema;
  item?: AnySchema;
  options?: ReadonlyArray<AnySchema | string>;
  literal?: unknown;
  key?: AnySchema;
  value?: AnySchema;
};

function convert(schema: AnySchema): Json {
  // A piped schema's first element is the schema it refines (itself perhaps piped: Id + maxLength).
  const root = schema.pipe?.[0] as AnySchema | undefined;
  const out = root && root !== schema ? convert(root) : base(schema);
  const notes: string[] = typeof out.description === 'string' ? [out.description.replace(/^Checked on import: |\.$/g, '')] : [];
  for (const action of schema.pipe?.slice(1) ?? []) {
    const r = action.requirement;
    switch (action.type) {
      case 'min_length':
        out[out.type === 'array' ? 'minItems' : 'minLength'] = r;
        break;
      case 'max_length':
        out[out.type === 'array' ? 'maxItems' : 'maxLength'] = r;
        break;
      case 'regex':
        out.pattern = (r as RegExp).source;
        break;
      case 'starts_with':
        out.pattern = `^${String(r).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`;
        break;
      case 'url':
        out.format = 'uri';
        break;
      case 'integer':
        out.type = 'integer';
        break;
      case 'min_value':
        out.minimum = r;
        break;
      case 'max_value':
        out.maximum = r;
        break;
      case 'check':
        if (typeof action.message === 'string') notes.push(action.message);
        break;
    }
  }
  if (notes.length) out.description = `Checked on import: ${notes.join('; ')}.`;
  return out;
}

function base(schema: AnySchema): Json {
  switch (schema.type) {
    case 'string':
      return { type: 'string' };
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'literal':
      return { const: schema.literal };
    case 'picklist':
      return { enum: schema.options };
    case 'null':
      return { type: 'null' };
    case 'unknown':
      return {};
    case 'array':
      return { type: 'array', items: convert(schema.item!) };
    case 'optional':
      return convert(schema.wrapped!);
    case 'nullable':
      return { anyOf: [convert(schema.wrapped!), { type: 'null' }] };
    case 'union':
    case 'variant':
      return { anyOf: (schema.options as AnySchema[]).map(convert) };
    case 'record':
      return { type: 'object', additionalProperties: convert(schema.value!) };
    case 'object':
    case 'strict_object': {
      const entries = Object.entries(schema.entries!);
      const out: Json = {
        type: 'object',
        properties: Object.fromEntries(entries.map(([k, s]) => [k, convert(s)])),
        required: entries.filter(([, s]) => s.type !== 'optional').map(([k]) => k),
      };
      if (schema.type === 'strict_object') out.additionalProperties = false;
      return out;
    }
    default:
      throw new Error(`pack-json-schema: no JSON Schema for valibot "${schema.type}"`);
  }
}

export function packJsonSchema(): Json {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Company Context dataset pack',
    description:
      'A pack of companies and articles a reader imports into Company Context. Generated from src/shared/dataset/pack-schema.ts; the importer also checks what a schema cannot: ids unique, every fact citing an article of the pack, real dates, no markup.',
    ...convert(PackFile as unknown as AnySchema),
  };
}
