import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packJsonSchema } from '../../src/shared/dataset/pack-json-schema';

describe('docs/pack.schema.json', () => {
  it('is the schema generated from the importer’s valibot schema (rebuild: node build.mjs, copy dist/pack.schema.json)', () => {
    const committed = JSON.parse(readFileSync('docs/pack.schema.json', 'utf8')) as unknown;
    expect(committed).toEqual(packJsonSchema());
  });

  it('describes the rules a schema validator cannot run', () => {
    const text = JSON.stringify(packJsonSchema());
    expect(text).toContain('must be plain text, not markup');
    expect(text).toContain('needs at least one language');
  });
});
