import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PathRefusedError } from '../../../../server/src/core/simulator/errors';
import { appendDurably, ensureFolder, renameDurably, writeFileAtomic } from '../../../../server/src/core/simulator/workspace/storage';
import { mapWindowsPath, resolveWindowsPath, toWindowsPath, workspacePaths } from '../../../../server/src/core/simulator/workspace/workspacePaths';
import { removeWorkspace, tempWorkspace } from '../workspaceFixture';

describe('simulator workspace paths', () => {
  let root: string;
  let outside: string;

  beforeEach(() => {
    root = tempWorkspace();
    outside = tempWorkspace('exconn-outside-');
  });

  afterEach(() => {
    removeWorkspace(root);
    removeWorkspace(outside);
  });

  const refused = (text: string, mappings = workspacePaths(root).mappings) => {
    const result = resolveWindowsPath(workspacePaths(root, mappings), text);
    assert.equal(result.ok, false, `${text} should be refused`);
    return result.ok ? '' : `${result.problem} ${result.fix}`;
  };

  describe('mapping', () => {
    it('maps C:\\ to the workspace root, with either slash and any drive-letter case', () => {
      const paths = workspacePaths(root);
      assert.equal(mapWindowsPath(paths, 'C:\\Drop Directory'), path.join(root, 'Drop Directory'));
      assert.equal(mapWindowsPath(paths, 'c:/Drop Directory/'), path.join(root, 'Drop Directory'));
      assert.equal(mapWindowsPath(paths, 'C:\\'), root);
    });

    it('resolves relative paths against the workspace root', () => {
      const paths = workspacePaths(root);
      assert.equal(mapWindowsPath(paths, 'Drop'), path.join(root, 'Drop'));
      assert.equal(mapWindowsPath(paths, '.\\a\\..\\b'), path.join(root, 'b'));
      assert.equal(mapWindowsPath(paths, '\\Pickup'), path.join(root, 'Pickup'), 'a root-relative path is on C:');
    });

    it('matches existing folders without regard to case, as Windows does', () => {
      fs.mkdirSync(path.join(root, 'Drop Directory'));
      assert.equal(mapWindowsPath(workspacePaths(root), 'C:\\DROP DIRECTORY\\new'), path.join(root, 'Drop Directory', 'new'));
    });

    it('maps other drives and UNC shares through exconn.json mappings', () => {
      const paths = workspacePaths(root, [{ windowsRoot: 'd:', folder: 'd-drive' }, { windowsRoot: '\\\\FileServer\\Drops', folder: 'shares/drops' }]);
      assert.equal(mapWindowsPath(paths, 'D:\\Fax'), path.join(root, 'd-drive', 'Fax'));
      assert.equal(mapWindowsPath(paths, '\\\\fileserver\\drops\\fax'), path.join(root, 'shares', 'drops', 'fax'));
      assert.equal(mapWindowsPath(paths, '//fileserver/drops/fax'), path.join(root, 'shares', 'drops', 'fax'));
    });

    it('allows a C: mapping to move the drive into a subfolder', () => {
      const paths = workspacePaths(root, [{ windowsRoot: 'C:', folder: 'server-c' }]);
      assert.equal(mapWindowsPath(paths, 'C:\\Pickup'), path.join(root, 'server-c', 'Pickup'));
    });

    it('accepts an absolute POSIX path inside the workspace', () => {
      assert.equal(mapWindowsPath(workspacePaths(root), path.join(root, 'Drop')), path.join(root, 'Drop'));
    });

    it('maps back from the workspace to Windows paths for display', () => {
      const paths = workspacePaths(root, [{ windowsRoot: '\\\\fileserver\\drops', folder: 'shares/drops' }]);
      assert.equal(toWindowsPath(paths, path.join(root, 'Drop Directory', 'a.eml')), 'C:\\Drop Directory\\a.eml');
      assert.equal(toWindowsPath(paths, path.join(root, 'shares', 'drops', 'fax')), '\\\\fileserver\\drops\\fax');
      assert.equal(toWindowsPath(paths, root), 'C:\\');
      assert.equal(toWindowsPath(paths, outside), undefined);
    });
  });

  describe('refusals', () => {
    it('refuses .. that climbs out of the workspace or above a drive root', () => {
      assert.match(refused('..\\outside'), /'\.\.'.*leave the workspace/);
      assert.match(refused('C:\\..\\Windows'), /above C:/);
      assert.match(refused('Drop/../../etc'), /\.\./);
    });

    it('refuses an unmapped drive and names the fix', () => {
      const message = refused('D:\\Drop');
      assert.match(message, /drive D:/);
      assert.match(message, /"pathMappings": \{ "D:"/);
    });

    it('refuses an unmapped UNC share and names the fix', () => {
      const message = refused('\\\\fileserver\\drops\\fax');
      assert.match(message, /network share/);
      assert.match(message, /pathMappings/);
    });

    it('refuses an absolute POSIX path elsewhere', () => {
      assert.match(refused('/etc/passwd'), /absolute path outside the workspace/);
      assert.match(refused(path.join(outside, 'x')), /outside the workspace/);
    });

    it('refuses a symbolic link anywhere along the path that points outside', () => {
      fs.symlinkSync(outside, path.join(root, 'Drop'));
      assert.match(refused('C:\\Drop'), /symbolic link/);
      assert.match(refused('C:\\Drop\\sub\\deeper'), /symbolic link/);
      fs.mkdirSync(path.join(root, 'inner'));
      fs.symlinkSync(outside, path.join(root, 'inner', 'link'));
      assert.match(refused('inner\\link\\x.eml'), /symbolic link/);
    });

    it('refuses a dangling symbolic link, which could create its target anywhere', () => {
      fs.symlinkSync(path.join(outside, 'not-yet'), path.join(root, 'Dangling'));
      assert.match(refused('C:\\Dangling'), /cannot be resolved/);
    });

    it('accepts a symbolic link that stays inside the workspace', () => {
      fs.mkdirSync(path.join(root, 'real'));
      fs.symlinkSync(path.join(root, 'real'), path.join(root, 'alias'));
      assert.equal(resolveWindowsPath(workspacePaths(root), 'C:\\alias\\x').ok, true);
    });

    it('refuses the simulator folder, drive-relative paths and names Windows forbids', () => {
      assert.match(refused('C:\\.exconn\\queue'), /simulator keeps its own state/);
      assert.match(refused('C:Drop'), /relative to the current folder of drive C:/);
      assert.match(refused('C:\\Drop|Directory'), /does not allow/);
      assert.match(refused('   '), /empty/);
    });

    it('throws PathRefusedError naming the path from mapWindowsPath', () => {
      assert.throws(() => mapWindowsPath(workspacePaths(root), 'E:\\x'), (error: unknown) => error instanceof PathRefusedError && error.requestedPath === 'E:\\x');
    });
  });

  describe('the write guard', () => {
    it('refuses every kind of write through a link to outside, and nothing is written there', async () => {
      fs.symlinkSync(outside, path.join(root, 'Drop'));
      await assert.rejects(writeFileAtomic(root, path.join(root, 'Drop', 'a.eml'), 'x'), PathRefusedError);
      await assert.rejects(appendDurably(root, path.join(root, 'Drop', 'log.txt'), 'x'), PathRefusedError);
      await assert.rejects(ensureFolder(root, path.join(root, 'Drop', 'sub')), PathRefusedError);
      fs.writeFileSync(path.join(root, 'inside.eml'), 'x');
      await assert.rejects(renameDurably(root, path.join(root, 'inside.eml'), path.join(root, 'Drop', 'moved.eml')), PathRefusedError);
      await assert.rejects(writeFileAtomic(root, path.join(outside, 'direct.eml'), 'x'), PathRefusedError);
      assert.deepEqual(fs.readdirSync(outside), []);
    });

    it('writes atomically and leaves no temporary file behind', async () => {
      const file = path.join(root, 'a', 'b.json');
      await writeFileAtomic(root, file, 'one');
      await writeFileAtomic(root, file, 'two');
      assert.equal(fs.readFileSync(file, 'utf8'), 'two');
      assert.deepEqual(fs.readdirSync(path.join(root, 'a')), ['b.json']);
    });
  });
});
