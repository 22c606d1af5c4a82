// The catalog against Microsoft's cmdlet reference: for every cmdlet in referenceParameters.json
// (parameter names and the Exchange versions that have each, derived from the reference's
// "Applicable" lines), the catalog has the cmdlet, and in every version exactly the documented
// parameters, no more and no fewer. A parameter added, missed or given the wrong versions fails here.

import * as assert from 'node:assert/strict';
import { findCmdlet } from '../../../server/src/core/catalog/catalog';
import { cmdletVersions, parameterVersions, TARGET_VERSIONS } from '../../../server/src/core/catalog/exchangeVersions';
import reference from './referenceParameters.json';

interface ReferenceCmdlet {
  /** Space-separated versions, e.g. `2013 2016 2019 SE`. */
  versions: string;
  parameters: Record<string, string>;
}


describe('the catalog matches the cmdlet reference, version by version', () => {
  for (const [name, documented] of Object.entries(reference as Record<string, ReferenceCmdlet>)) {
    it(name, () => {
      const cmdlet = findCmdlet(name);
      assert.ok(cmdlet, `${name} is not in the catalog`);
      assert.deepEqual(cmdletVersions(cmdlet).filter((version) => TARGET_VERSIONS.includes(version)).join(' '), documented.versions, `${name}: versions`);
      for (const version of TARGET_VERSIONS) {
        const expected = Object.entries(documented.parameters).filter(([, versions]) => versions.split(' ').includes(version)).map(([parameter]) => parameter).sort();
        const actual = cmdlet.parameters.filter((parameter) => parameterVersions(cmdlet, parameter).includes(version)).map((parameter) => parameter.name).sort();
        assert.deepEqual(actual, expected, `${name} in Exchange ${version}`);
      }
    });
  }
});
