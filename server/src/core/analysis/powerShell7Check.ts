// The `powershell-7-only` warning for syntax only PowerShell 7 reads (the ternary operator, `??`,
// `?.`, `&&`, background `&`, ...). The parser reads that syntax, so the script gets this one warning
// per construct instead of syntax errors; which nodes count is syntax/powerShell7.ts's decision, the
// same one the simulator refuses to run.

import type { Finding } from '../binding/finding';
import type { Node } from '../syntax/ast';
import { POWERSHELL_7_ONLY, powerShell7Construct, powerShell7Message } from '../syntax/powerShell7';

export { POWERSHELL_7_ONLY };

/** The warning for `node`'s own PowerShell 7 syntax, if it is written with some. */
export function powerShell7Finding(node: Node): Finding | undefined {
  const found = powerShell7Construct(node);
  return found ? { code: POWERSHELL_7_ONLY, range: found.range, message: powerShell7Message(found) } : undefined;
}
