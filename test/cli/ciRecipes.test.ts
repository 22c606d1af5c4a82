// The README's CI recipes, tried as written: the GitHub Actions job's steps run against a package
// laid out as a .vsix is (extension/dist/...), and the pre-commit hook runs in a real repository.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildMatcher } from '@microsoft/sarif-matcher-utils';

const REPOSITORY = path.join(__dirname, '..', '..');
const readme = fs.readFileSync(path.join(REPOSITORY, 'README.md'), 'utf8');
const manifest = JSON.parse(fs.readFileSync(path.join(REPOSITORY, 'package.json'), 'utf8')) as { name: string; version: string };

function block(language: string, firstLine: RegExp): string {
  const found = [...readme.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((match) => match[1]!).find((text) => firstLine.test(text.split('\n')[0]!));
  assert.ok(found, `no ${language} block starting ${firstLine} in the README`);
  return found;
}

function sampleWorkspace(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-ci-')));
  fs.cpSync(path.join(REPOSITORY, 'samples', 'contoso'), dir, { recursive: true });
  return dir;
}

const bash = (script: string, cwd: string, env: NodeJS.ProcessEnv = {}) =>
  spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });

describe('the README\'s CI recipes', function () {
  this.timeout(60_000);
  before(() => execFileSync(process.execPath, [path.join(REPOSITORY, 'scripts/build.mjs')], { cwd: REPOSITORY, stdio: 'pipe' }));

  describe('the GitHub Actions job', () => {
    const workflow = block('yaml', /^# \.github\/workflows\//);
    const runs = [...workflow.matchAll(/^ {8}run: (.+)$/gm)].map((match) => match[1]!);

    it('uploads the file its check step writes with the standard upload-sarif action, even when the check fails', () => {
      assert.equal(runs.length, 2, workflow);
      const written = /> (\S+)$/.exec(runs[1]!)?.[1];
      const upload = /- name: [^\n]*\n {8}if: always\(\)\n {8}uses: github\/codeql-action\/upload-sarif@v\d+\n {8}with:\n {10}sarif_file: (\S+)/.exec(workflow);
      assert.ok(upload, 'no upload-sarif step that runs always');
      assert.equal(upload[1], written);
      assert.match(workflow, /security-events: write/);
      assert.match(runs[0]!, new RegExp(`tools/${manifest.name}-${manifest.version}\\.vsix`), 'the package name the README unzips is the one npm run package makes');
    });

    it('runs its steps against a workspace with a mistake: a schema-valid SARIF log, and a failing step', () => {
      const dir = sampleWorkspace();
      const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-runner-'));
      try {
        // A .vsix is a zip with the extension under extension/; the job needs only its dist/ folder.
        const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-vsix-'));
        fs.cpSync(path.join(REPOSITORY, 'dist'), path.join(staging, 'extension', 'dist'), { recursive: true });
        fs.mkdirSync(path.join(dir, 'tools'));
        execFileSync('zip', ['-q', '-r', path.join(dir, 'tools', `${manifest.name}-${manifest.version}.vsix`), 'extension'], { cwd: staging });
        fs.rmSync(staging, { recursive: true, force: true });
        fs.writeFileSync(path.join(dir, '05-typo.ps1'), 'Set-ForeignConnector "Contoso Foreign Connector" -Enabled true\n');

        const unpack = bash(runs[0]!, dir, { RUNNER_TEMP: temp });
        assert.equal(unpack.status, 0, unpack.stderr);
        const check = bash(runs[1]!, dir, { RUNNER_TEMP: temp });
        assert.equal(check.status, 1, `the check step should fail on an error: ${check.stderr}`);
        const log = JSON.parse(fs.readFileSync(path.join(dir, 'exconn.sarif'), 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
        const verdict = buildMatcher()(log) as { pass: boolean; message: () => string };
        assert.ok(verdict.pass, verdict.pass ? '' : verdict.message());
        assert.deepEqual(log.runs[0]!.results.map((result) => result.ruleId), ['invalid-boolean']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
        fs.rmSync(temp, { recursive: true, force: true });
      }
    });
  });

  describe('the pre-commit hook', () => {
    it('refuses a commit whose scripts have an error, and lets the fixed one through', () => {
      const dir = sampleWorkspace();
      const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-bin-'));
      try {
        // `exconn` on the PATH, as npm link or the extension's terminal would put it.
        fs.writeFileSync(path.join(bin, 'exconn'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(REPOSITORY, 'dist', 'cli.js')}" "$@"\n`, { mode: 0o755 });
        const env = { PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, GIT_AUTHOR_NAME: 'Admin', GIT_AUTHOR_EMAIL: 'admin@contoso.com', GIT_COMMITTER_NAME: 'Admin', GIT_COMMITTER_EMAIL: 'admin@contoso.com' };
        const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
        assert.equal(git('init', '-q').status, 0);
        fs.writeFileSync(path.join(dir, '.git', 'hooks', 'pre-commit'), block('sh', /^#!\/bin\/sh$/), { mode: 0o755 });
        assert.equal(git('add', '.').status, 0);
        const first = git('commit', '-q', '-m', 'The sample procedure');
        assert.equal(first.status, 0, first.stderr);

        fs.writeFileSync(path.join(dir, '05-typo.ps1'), 'Set-ForeignConnector "Contoso Foreign Connector" -DropDirectori "C:\\Drop"\n');
        git('add', '05-typo.ps1');
        const refused = git('commit', '-q', '-m', 'A typo');
        assert.notEqual(refused.status, 0, 'the commit with an error went through');
        // Git passes a hook's output on to stderr.
        assert.match(refused.stderr, /^05-typo\.ps1:1:50: error unknown-parameter Set-ForeignConnector has no parameter -DropDirectori\./m);
        assert.match(refused.stderr, /exconn check found errors: fix them, or commit with --no-verify\./);
        assert.equal(git('rev-list', '--count', 'HEAD').stdout.trim(), '1');

        fs.writeFileSync(path.join(dir, '05-typo.ps1'), 'Set-ForeignConnector "Contoso Foreign Connector" -DropDirectory "C:\\Drop"\n');
        git('add', '05-typo.ps1');
        const fixed = git('commit', '-q', '-m', 'The Drop directory');
        assert.equal(fixed.status, 0, fixed.stdout + fixed.stderr);
        assert.equal(git('rev-list', '--count', 'HEAD').stdout.trim(), '2');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
        fs.rmSync(bin, { recursive: true, force: true });
      }
    });
  });
});
