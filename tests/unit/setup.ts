// webextension-polyfill throws on import unless it sees an extension runtime; give every
// unit test a minimal fake so modules that import it can load.
const g = globalThis as { chrome?: unknown };
g.chrome ??= { runtime: { id: 'unit-test' } };
