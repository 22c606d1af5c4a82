// Cmdlets and parameters the target Exchange version lacks, over every document of the checked set:
// a workspace-wide check because the target is the workspace's (exconn.json or the editor setting),
// not the document's. The rule itself is binding/versionFindings.ts, which the interpreter uses too.

import { DEFAULT_EXCHANGE_VERSION } from '../catalog/exchangeVersions';
import type { ExchangeVersion } from '../catalog/types';
import type { Finding } from '../binding/finding';
import { versionFindings } from '../binding/versionFindings';
import type { DocumentAnalysis } from './documentAnalysis';

export function checkVersions(documents: readonly DocumentAnalysis[], target: ExchangeVersion = DEFAULT_EXCHANGE_VERSION, add: (uri: string, finding: Finding) => void): void {
  for (const document of documents) {
    for (const binding of document.bindings) {
      for (const finding of versionFindings(binding, target)) add(document.uri, finding);
    }
  }
}
