import * as assert from 'node:assert/strict';
import { signatureHelp, type SignatureHelp } from '../../../server/src/core/analysis';
import { fixture } from './fixture';

function helpAt(source: string): SignatureHelp | null {
  const { analysis, cursor } = fixture(source);
  return signatureHelp(analysis, cursor);
}

/** The text of the active signature's active parameter. */
function activeText(help: SignatureHelp): string | undefined {
  const signature = help.signatures[help.activeSignature];
  const parameter = signature.parameters[help.activeParameter];
  return parameter && signature.label.slice(...(parameter.label as [number, number]));
}

describe('signature help', () => {
  it('shows the syntax and highlights the first mandatory parameter still missing', () => {
    const help = helpAt('New-ForeignConnector -Name "Contoso" ‸');
    assert.ok(help);
    assert.equal(help.signatures.length, 1);
    assert.equal(help.signatures[0].label, 'New-ForeignConnector [-Name] <String> -AddressSpaces <MultiValuedProperty> [-Confirm] [-DomainController <Fqdn>] [-IsScopedConnector <Boolean>] [-SourceTransportServers <MultiValuedProperty>] [-WhatIf] [<CommonParameters>]');
    assert.equal(activeText(help), '-AddressSpaces <MultiValuedProperty>');
    assert.match(help.signatures[0].documentation?.value ?? '', /Still missing: \*\*-AddressSpaces\*\*\./);
  });

  it('lists every missing mandatory parameter right after the name', () => {
    const help = helpAt('New-ForeignConnector ‸');
    assert.ok(help);
    assert.equal(activeText(help), '[-Name] <String>');
    assert.match(help.signatures[0].documentation?.value ?? '', /Still missing: \*\*-Name\*\*, \*\*-AddressSpaces\*\*\./);
  });

  it('highlights the parameter whose value is being typed', () => {
    const help = helpAt('Set-ForeignConnector "Contoso" -MaxMessageSize 10‸');
    assert.ok(help);
    assert.equal(activeText(help), '[-MaxMessageSize <Unlimited<ByteQuantifiedSize>>]');
    assert.match(help.signatures[0].documentation?.value ?? '', /Every mandatory parameter is given\./);
  });

  it('highlights a parameter being named, abbreviated', () => {
    const help = helpAt('Set-ForeignConnector "Contoso" -Enab‸');
    assert.ok(help);
    assert.equal(activeText(help), '[-Enabled <Boolean>]');
  });

  it('highlights nothing when every mandatory parameter is given', () => {
    const help = helpAt('Get-ForeignConnector ‸');
    assert.ok(help);
    assert.equal(help.activeParameter, help.signatures[0].parameters.length);
  });

  it('shows one signature per parameter set, the one the parameters select active', () => {
    const help = helpAt('Get-ForeignConnector | Where-Object -FilterScript { $_.Enabled } ‸');
    assert.ok(help);
    assert.ok(help.signatures.length > 10);
    assert.match(help.signatures[help.activeSignature].label, /^Where-Object \[?-FilterScript\]? <ScriptBlock>/);
  });

  it('stays quiet outside a catalog command and while the name is typed', () => {
    assert.equal(helpAt('Get-ChildItem ‸'), null);
    assert.equal(helpAt('New-Foreign‸'), null);
    assert.equal(helpAt('‸'), null);
  });
});
