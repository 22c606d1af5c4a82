// The README's Neovim recipe, tried as written: a headless Neovim opens a script with a typo, starts
// `exconn lsp --stdio` from the recipe's init.lua, and gets the diagnostic at its place. Runs where
// Debian's Neovim is installed (.ci/run installs it); elsewhere it says why it was skipped.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const REPOSITORY = path.resolve(__dirname, '../..');

function neovimVersion(): string | undefined {
  const found = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.split('\n')[0] : undefined;
}

describe('Neovim as the client (the README recipe)', function () {
  this.timeout(60000);
  const version = neovimVersion();

  it('runs the recipe the README shows, word for word', () => {
    const readme = fs.readFileSync(path.join(REPOSITORY, 'README.md'), 'utf8');
    const shown = /```lua\n-- Neovim 0\.7[^\n]*\n([\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(shown, 'no Neovim 0.7 recipe in the README');
    const tried = fs.readFileSync(path.join(__dirname, 'fixtures', 'neovim-0.7-init.lua'), 'utf8')
      .split('\n').filter((line) => !line.startsWith('--') && !line.startsWith('local cmd')).join('\n')
      .replace('cmd = cmd,', "cmd = { 'exconn', 'lsp', '--stdio' },");
    assert.equal(tried.trim(), shown.trim());
  });

  it(`gets exconn's diagnostics in a .ps1 buffer (${version ?? 'no nvim on the PATH: skipped'})`, function () {
    if (!version) this.skip();
    execFileSync(process.execPath, [path.join(REPOSITORY, 'scripts/build.mjs')], { cwd: REPOSITORY, stdio: 'pipe' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-nvim-'));
    fs.cpSync(path.join(REPOSITORY, 'samples', 'contoso', 'exconn.json'), path.join(dir, 'exconn.json'));
    fs.writeFileSync(path.join(dir, 'draft.ps1'), 'Set-ForeignConnector "Contoso Foreign Connector" -DropDirectori "C:\\Drop"\n');
    const report = 'lua vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 100);'
      + ' io.stdout:write(vim.fn.json_encode(vim.tbl_map(function(d) return { d.lnum, d.col, d.code, d.severity } end, vim.diagnostic.get(0))) .. "\\n");'
      + ' vim.cmd("qa!")';
    const result = spawnSync('nvim', ['--headless', '-u', path.join(__dirname, 'fixtures', 'neovim-0.7-init.lua'), 'draft.ps1', `+${report}`], {
      cwd: dir, encoding: 'utf8', timeout: 45000,
      env: { ...process.env, EXCONN_LSP_COMMAND: JSON.stringify([process.execPath, path.join(REPOSITORY, 'dist', 'cli.js'), 'lsp', '--stdio']) },
    });
    fs.rmSync(dir, { recursive: true, force: true });
    const line = result.stdout.trim().split('\n').find((candidate) => candidate.startsWith('['));
    assert.ok(line, `no diagnostics printed; stdout: ${result.stdout} stderr: ${result.stderr}`);
    const diagnostics = JSON.parse(line) as [number, number, string, number][];
    assert.deepEqual(diagnostics.find((d) => d[2] === 'unknown-parameter'), [0, 49, 'unknown-parameter', 1]);
  });
});
