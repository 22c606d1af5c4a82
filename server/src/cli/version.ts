// The tool's version, injected by esbuild from package.json; `0.0.0-dev` when run from sources.
declare const EXCONN_VERSION: string | undefined;

export const version: string = typeof EXCONN_VERSION === 'string' ? EXCONN_VERSION : '0.0.0-dev';
