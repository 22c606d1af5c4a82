// The workspace a script belongs to: the folder of the nearest exconn.json above it, or the
// script's own folder. `check` groups scripts by it and loads each group's workspace facts from it.

import * as fs from 'node:fs';
import * as path from 'node:path';

export function workspaceRootOf(file: string): string {
  const start = path.dirname(path.resolve(file));
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'exconn.json'))) return dir;
    if (path.dirname(dir) === dir) return start;
  }
}
