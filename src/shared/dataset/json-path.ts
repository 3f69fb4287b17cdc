/** JSON paths as errors print them: `$.facts[2].source.article`, `$.names["zh-Hans"]`. */
export type PathKey = string | number;

export function jsonPath(keys: readonly PathKey[]): string {
  let out = '$';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    // Keys such as zh-Hans are not identifiers; bracket them so the path stays valid JSONPath.
    else out += /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  }
  return out;
}
