/** PLACEHOLDER (replaced by the matcher work): aliases as a plain list. */
import type { Company } from '../dataset/schema';
import type { CompiledPatterns } from '../messages';

export function compilePatterns(companies: Company[], version: string): CompiledPatterns {
  const companyIds = companies.map((c) => c.id);
  const aliases: Array<[string, number]> = [];
  companies.forEach((c, i) => {
    for (const name of Object.values(c.names)) if (name) aliases.push([name, i]);
    for (const list of Object.values(c.aliases)) for (const a of list ?? []) aliases.push([a, i]);
  });
  return { version, companyIds, data: { aliases } };
}
