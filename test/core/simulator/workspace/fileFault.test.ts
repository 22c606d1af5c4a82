// A fault of the disk reaches the user as one sentence naming the file, what happened and what to
// do, never as Node's "ENAMETOOLONG: name too long, mkdir '...'".
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importWithReport, processOnce, runScript } from '../../../../server/src/core/simulator';
import { describeFileFault } from '../../../../server/src/core/simulator/workspace/fileFault';
import { configure, removeWorkspace, standardWorkspace } from '../workspaceFixture';

/** Node's own wording starts "CODE: lower-case words, syscall"; none of it may reach the user. */
const RAW_ERRNO = /\bE[A-Z]{3,}: [a-z]/;

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the action to fail');
}

describe('file-system faults in words', () => {
  let root: string;
  beforeEach(async () => {
    root = standardWorkspace();
    await configure(root, []);
  });
  afterEach(() => removeWorkspace(root));

  const long = 'a'.repeat(300);

  it('words a name too long, a folder where a file was expected, a missing file and a full disk', () => {
    const cases: [unknown, RegExp, string?][] = [
      [thrownBy(() => fs.mkdirSync(path.join(root, long))), /^Could not create the folder .*a{300}: the name is longer than the file system allows .*\(ENAMETOOLONG\)\. Use a shorter folder or file name\.$/],
      // A read of an open folder says no name, so the caller gives it.
      [thrownBy(() => fs.readFileSync(path.join(root, 'Pickup'))), /^Could not read .*Pickup: a folder has that name, where a file was expected \(EISDIR\)\. Rename or remove the folder\.$/, path.join(root, 'Pickup')],
      [thrownBy(() => fs.readFileSync(path.join(root, 'missing.eml'))), /^Could not open .*missing\.eml: it does not exist .*\(ENOENT\)\. Create it, or correct the path\.$/],
      // A full disk cannot be made on demand here; this is the error Node gives for one.
      [Object.assign(new Error("ENOSPC: no space left on device, write"), { code: 'ENOSPC', syscall: 'write', path: path.join(root, 'Drop', 'm.eml') }),
        /^Could not write .*m\.eml: the disk is full \(ENOSPC\)\. Free some space and run again; nothing was lost/],
    ];
    for (const [error, expected, file] of cases) {
      const sentence = describeFileFault(error, file);
      assert.match(sentence, expected);
      assert.doesNotMatch(sentence, RAW_ERRNO);
    }
  });

  it('a script whose Drop directory name is too long fails that statement with the sentence', async () => {
    const result = await runScript({
      workspace: root,
      text: `New-ForeignConnector -Name Fabrikam -AddressSpaces "X400:c=US;a=Fabrikam;P=Contoso;5" -SourceTransportServers Hub01\nSet-ForeignConnector Fabrikam -DropDirectory "C:\\${long}"`,
    });
    assert.equal(result.success, false);
    assert.match(result.output, /the name is longer than the file system allows \(255 bytes per name\) \(ENAMETOOLONG\)\. Use a shorter folder or file name\./);
    assert.match(result.output, /FullyQualifiedErrorId : SimulatorFileFault/);
    assert.doesNotMatch(result.output, RAW_ERRNO);
  });

  it('a Pickup directory whose name is too long is reported by the pass, which goes on', async () => {
    await configure(root, [], { PickupDirectoryPath: `C:\\${long}\\Pickup` });
    const summary = await processOnce(root);
    assert.equal(summary.errors.length, 1, summary.errors.join('\n'));
    assert.match(summary.errors[0], /^The Pickup directory C:\\a+\\Pickup cannot be created: .*longer than the file system allows/);
    assert.doesNotMatch(summary.errors.join('\n'), RAW_ERRNO);
  });

  it('an export that does not exist is named, with what to do', async () => {
    const result = await importWithReport(root, [path.join(root, 'missing.xml')]);
    assert.equal(result.success, false);
    assert.match(result.output, /missing\.xml: the file cannot be read: it does not exist .*\(ENOENT\)\. Create it, or correct the path\./);
    assert.doesNotMatch(result.output, RAW_ERRNO);
  });
});
