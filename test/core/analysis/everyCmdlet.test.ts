// Every Exchange cmdlet of the catalog gets the editor features the Foreign-connector cmdlets get:
// its name completes, its parameters complete after a dash, hover explains the cmdlet and each of
// its parameters, and signature help shows one signature per parameter set. Generated from the
// catalog, so a new family gets these checks without a new test.

import * as assert from 'node:assert/strict';
import { complete, hover, signatureHelp } from '../../../server/src/core/analysis';
import { allCmdlets, parametersOf } from '../../../server/src/core/catalog/catalog';
import { cmdletVersions, parameterVersions } from '../../../server/src/core/catalog/exchangeVersions';
import type { CmdletSpec, ExchangeVersion } from '../../../server/src/core/catalog/types';
import { fixture, viewOf } from './fixture';

const exchangeCmdlets = allCmdlets().filter((cmdlet) => cmdlet.module === 'Exchange');

/** The newest version that has the cmdlet: every one of its parameters is offered there or earlier. */
function newestVersionOf(cmdlet: CmdletSpec): ExchangeVersion {
  const versions = cmdletVersions(cmdlet);
  return versions[versions.length - 1];
}

function completionLabels(source: string, exchangeVersion: ExchangeVersion): string[] {
  const { analysis, cursor } = fixture(source);
  return complete(analysis, cursor, viewOf(analysis, { exchangeVersion })).items.map((item) => item.label);
}

function hoverText(source: string, exchangeVersion: ExchangeVersion): string {
  const { analysis, cursor } = fixture(source);
  const result = hover(analysis, cursor, viewOf(analysis, { exchangeVersion }));
  assert.ok(result, `no hover in ${source}`);
  return typeof result.contents === 'object' && 'value' in result.contents ? result.contents.value : String(result.contents);
}

describe('editor features for every Exchange cmdlet of the catalog', () => {
  it('covers the whole mail-flow surface (at least 65 Exchange cmdlets)', () => {
    assert.ok(exchangeCmdlets.length >= 65, String(exchangeCmdlets.length));
  });

  for (const cmdlet of exchangeCmdlets) {
    describe(cmdlet.name, () => {
      const version = newestVersionOf(cmdlet);
      const own = cmdlet.parameters.filter((parameter) => parameterVersions(cmdlet, parameter).includes(version));

      it('completes its name from a prefix', () => {
        assert.ok(completionLabels(`${cmdlet.name.slice(0, cmdlet.name.indexOf('-') + 3)}‸`, version).includes(cmdlet.name));
      });

      it(`completes each of its ${own.length} parameters after a dash`, () => {
        const labels = completionLabels(`${cmdlet.name} -‸`, version).map((label) => label.replace(/^-/, ''));
        const missing = own.filter((parameter) => !labels.includes(parameter.name)).map((parameter) => parameter.name);
        assert.deepEqual(missing, []);
      });

      it('hovers its name with its synopsis', () => {
        const text = hoverText(`${cmdlet.name.slice(0, 3)}‸${cmdlet.name.slice(3)}`, version);
        assert.ok(text.includes(`**${cmdlet.name}**`) && text.includes(cmdlet.synopsis), text);
      });

      it('hovers each parameter with its type and description', () => {
        for (const parameter of parametersOf(cmdlet).filter((candidate) => own.includes(candidate))) {
          const text = hoverText(`${cmdlet.name} -${parameter.name.slice(0, 1)}‸${parameter.name.slice(1)}`, version);
          assert.ok(text.includes(`**-${parameter.name}**`) && text.includes(parameter.description), `${parameter.name}: ${text}`);
        }
      });

      it(`shows signature help for each of its ${cmdlet.parameterSets.length} parameter sets`, () => {
        const { analysis, cursor } = fixture(`${cmdlet.name} ‸`);
        const help = signatureHelp(analysis, cursor);
        assert.ok(help);
        assert.equal(help.signatures.length, cmdlet.parameterSets.length);
        for (const signature of help.signatures) assert.ok(signature.label.startsWith(`${cmdlet.name} `), signature.label);
      });
    });
  }
});
