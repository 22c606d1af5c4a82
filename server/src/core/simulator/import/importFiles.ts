// `exconn import`: reads export files (CLIXML from Export-Clixml, JSON from ConvertTo-Json) and puts
// their objects into the workspace's simulator state in one change under the workspace lock: every
// file is read and every object judged first, so a bad file leaves the state as it was.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { errorMessage } from '../errors';
import { loadOrganization } from '../organization/organization';
import { whatHappened } from '../workspace/fileFault';
import { simulatorClock } from '../state/clock';
import { updateState } from '../state/state';
import { readClixml } from './clixmlReader';
import { decodeText } from '../../values/textEncoding';
import { MAX_EXPORT_BYTES } from './exportLimits';
import { importIntoState } from './importIntoState';
import { ImportError, type ImportedObject } from './importedObject';
import { readJsonExport } from './jsonReader';

export { ImportError } from './importedObject';

export interface ImportOptions {
  /** The object type of JSON files, which do not say it (`SendConnector`, ...). */
  type?: string;
}

/** Imports the files; returns one line per object. Throws ImportError naming the file and the place. */
export async function importFiles(workspace: string, files: readonly string[], options: ImportOptions = {}): Promise<string[]> {
  const read = files.map((file) => ({ file, objects: readExport(file, options) }));
  const organization = await loadOrganization(workspace);
  const now = simulatorClock(organization.clock).now();
  return updateState(workspace, (draft) => read.flatMap(({ file, objects }) => importIntoState(draft, file, objects, { localServer: organization.localServer, now })));
}

export interface ImportReport {
  /** What `exconn import` prints, and the Import command shows. */
  output: string;
  success: boolean;
  imported: number;
}

/** importFiles with its outcome as text: the CLI and the editor's Import command say the same. */
export async function importWithReport(workspace: string, files: readonly string[], options: ImportOptions = {}): Promise<ImportReport> {
  try {
    const lines = await importFiles(workspace, files, options);
    return { output: `${lines.join('\n')}\n${lines.length} object(s) imported into ${path.join(workspace, '.exconn', 'config.json')}.\n`, success: true, imported: lines.length };
  } catch (error) {
    // A bad file (ImportError) or an unusable workspace (an invalid exconn.json, a held lock).
    return { output: `exconn import: ${error instanceof Error ? error.message : String(error)}\nNothing was imported.\n`, success: false, imported: 0 };
  }
}

function readExport(file: string, options: ImportOptions): ImportedObject[] {
  let text: string;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_EXPORT_BYTES) {
      throw new ImportError(file, '', `the file is ${(size / 1024 / 1024).toFixed(1)} MB; the import reads files up to ${MAX_EXPORT_BYTES / 1024 / 1024} MB. Export fewer objects per file.`);
    }
    text = decodeText(fs.readFileSync(file));
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(file, '', `the file cannot be read: ${whatHappened(error) ?? errorMessage(error)}`);
  }
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('<')) return readClixml(trimmed, file);
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return readJsonExport(trimmed, file, options.type);
  throw new ImportError(file, '', 'the file is neither CLIXML (Export-Clixml) nor JSON (ConvertTo-Json); export the objects with one of them.');
}
