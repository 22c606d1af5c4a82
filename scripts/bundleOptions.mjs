// The esbuild options every bundle of the product shares (the shipped extension, server and CLI,
// and the benchmark runner, which must measure the same code). Chevrotain ships as ES modules only;
// bundling to CommonJS lets VS Code's extension host and plain `node` load the result without flags.
export const BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  // jsonc-parser's main entry is a UMD module whose requires esbuild cannot follow: bundle its ES module build.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};
