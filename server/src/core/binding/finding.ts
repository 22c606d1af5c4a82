// A problem found in a script, as the binder and the analysis checks produce it: offsets into the
// document, a stable code and a message that says what is wrong and what would fix it. The binder
// owns the type because both the editor (as a diagnostic) and the interpreter (as the shell's
// binding error) render its findings.

import type { Range } from '../syntax/ast';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Finding {
  code: string;
  range: Range;
  message: string;
  /** Overrides the rule's default severity (address-space problems carry their own). */
  severity?: Severity;
  /** Machine-readable facts for quick fixes, e.g. the suggested name. */
  data?: Record<string, unknown>;
}
