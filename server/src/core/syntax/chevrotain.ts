// Loads Chevrotain; the rest of the syntax folder imports it from here, never from 'chevrotain'.
//
// Chevrotain ships as ES modules only. The esbuild bundles inline it, and plain Node 20.19+ loads it
// with require(esm). The tsx loader that runs the tests, however, recompiles ES modules found in
// node_modules to CommonJS, after which chevrotain's own imports of '@chevrotain/*' fail: those
// packages export only an "import" condition. Chevrotain also ships `lib/chevrotain.mjs`, a single
// file without imports; when the package itself does not load, that file is loaded instead.

/* eslint-disable @typescript-eslint/no-require-imports -- loading an ES-module-only package from CommonJS needs require(). */
import type * as Chevrotain from 'chevrotain';
import * as path from 'node:path';

function loadChevrotain(): typeof Chevrotain {
  try {
    return require('chevrotain') as typeof Chevrotain;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED' && code !== 'ERR_REQUIRE_ESM') throw error;
    // A variable, not a literal: the bundler must not try to resolve this fallback.
    const packageName = 'chevrotain';
    const entry = require.resolve(packageName);
    const singleFile = path.join(path.dirname(entry), '..', 'chevrotain.mjs');
    return require(singleFile) as typeof Chevrotain;
  }
}

const chevrotain = loadChevrotain();

export const { createToken, EmbeddedActionsParser, EOF, isRecognitionException, Lexer, tokenMatcher } = chevrotain;
export type {
  CustomPatternMatcherReturn, DSLMethodOpts, IOrAlt, IRecognitionException, IToken, ITokenConfig, OrMethodOpts, ParserMethod, TokenType,
} from 'chevrotain';
