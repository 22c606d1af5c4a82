// The failed statements of each script's last run, kept for the version of the document that ran:
// the diagnostics pipeline shows them with the check's diagnostics (analysis/runFailureDiagnostics.ts)
// until the script is edited or run again.

import { normalizeUri, type RunFailureAt } from '../core/analysis';

export class RunFailures {
  private readonly byDocument = new Map<string, { version: number; failures: readonly RunFailureAt[] }>();

  set(uri: string, version: number, failures: readonly RunFailureAt[]): void {
    this.byDocument.set(normalizeUri(uri), { version, failures });
  }

  /** The failures of the run of this very version; none once the document changed. */
  of(uri: string, version: number): readonly RunFailureAt[] {
    const key = normalizeUri(uri);
    const stored = this.byDocument.get(key);
    if (!stored) return [];
    if (stored.version !== version) {
      this.byDocument.delete(key);
      return [];
    }
    return stored.failures;
  }

  forget(uri: string): void {
    this.byDocument.delete(normalizeUri(uri));
  }
}
