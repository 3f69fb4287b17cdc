// build.mjs (and vitest) load .css files as text: bundled into the shadow root, never the page.
declare module '*.css' {
  const text: string;
  export default text;
}
