import * as assert from 'node:assert/strict';
import {
  CMDLET_NAMES, CONFIG_KEYS, didYouMean, editDistance, LISTED_VALUES, PARAMETER_NAMES, rankCandidates, SHORT_KEYS,
} from '../../../server/src/core/values/didYouMean';

describe('editDistance', () => {
  it('is 0 for equal strings and the length for an empty one', () => {
    assert.equal(editDistance('Enabled', 'Enabled'), 0);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('abc', ''), 3);
  });

  it('counts insertions, deletions and substitutions as one each', () => {
    assert.equal(editDistance('DropDirectry', 'DropDirectory'), 1);
    assert.equal(editDistance('DropDirectoryy', 'DropDirectory'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
  });

  it('counts a swap of two neighbouring letters as one edit', () => {
    assert.equal(editDistance('Enalbed', 'Enabled'), 1);
    assert.equal(editDistance('ab', 'ba'), 1);
  });

  it('is symmetric and case-sensitive', () => {
    assert.equal(editDistance('Get-ForeignConector', 'Get-ForeignConnector'), editDistance('Get-ForeignConnector', 'Get-ForeignConector'));
    assert.equal(editDistance('Name', 'name'), 1);
  });
});

describe('didYouMean', () => {
  describe('a typo in a parameter name', () => {
    interface Parameter { name: string; aliases?: string[] }
    const parameters: Parameter[] = [
      { name: 'DropDirectory' }, { name: 'DropDirectoryQuota' }, { name: 'Enabled' }, { name: 'SourceTransportServers' }, { name: 'Identity' },
    ];
    const spellings = (parameter: Parameter): string[] => [parameter.name, ...(parameter.aliases ?? [])];
    const names = (typed: string, limit?: number): string[] =>
      rankCandidates(typed, parameters, limit === undefined ? PARAMETER_NAMES : { ...PARAMETER_NAMES, limit }, spellings).map((parameter) => parameter.name);

    it('offers the parameter a swapped or missing letter away, ignoring case', () => {
      assert.deepEqual(names('enalbed'), ['Enabled']);
      assert.deepEqual(names('SorceTransportServers'), ['SourceTransportServers']);
    });

    it('ranks the whole-name slip ahead of a longer parameter it abbreviates', () => {
      assert.deepEqual(names('DROPDIRECTRY'), ['DropDirectory', 'DropDirectoryQuota']);
    });

    it('offers the parameter for a typo inside an abbreviation', () => {
      assert.deepEqual(names('DorpDir'), ['DropDirectory', 'DropDirectoryQuota']);
    });

    it('offers nothing for a short name that is no slip of any parameter', () => {
      assert.deepEqual(names('x'), []);
    });

    it('keeps catalog order among equally close parameters and honours the limit', () => {
      assert.deepEqual(names('DorpDir', 1), ['DropDirectory']);
    });

    it('counts a parameter by its closest alias', () => {
      const withAlias: Parameter[] = [{ name: 'ErrorAction', aliases: ['ea'] }, { name: 'Enabled' }];
      assert.deepEqual(rankCandidates('ae', withAlias, PARAMETER_NAMES, spellings).map((parameter) => parameter.name), ['ErrorAction']);
    });
  });

  describe('a typo in a cmdlet name', () => {
    const cmdlets = ['New-ForeignConnector', 'Set-ForeignConnector', 'Get-ForeignConnector', 'Get-TransportService'];

    it('offers the one cmdlet two slips away at most', () => {
      assert.deepEqual(didYouMean('Get-ForeignConector', cmdlets, CMDLET_NAMES), ['Get-ForeignConnector']);
      assert.deepEqual(didYouMean('get-transprotservice', cmdlets, CMDLET_NAMES), ['Get-TransportService']);
    });

    it('does not offer a cmdlet three slips away, which is likely another module\'s', () => {
      assert.deepEqual(didYouMean('Get-ForeignConnectorXYZ', cmdlets, CMDLET_NAMES), []);
    });

    it('does not offer the cmdlet that was typed', () => {
      assert.deepEqual(didYouMean('get-foreignconnector', ['Get-ForeignConnector'], CMDLET_NAMES), []);
    });
  });

  describe('a typo in an enum value', () => {
    const options = ['Any', 'UseUdpOnly', 'UseTcpOnly'];

    it('offers the closest values, alphabetically among equally close ones', () => {
      assert.deepEqual(didYouMean('UseUcpOnly', options, LISTED_VALUES), ['UseTcpOnly', 'UseUdpOnly']);
      assert.deepEqual(didYouMean('Anny', options, LISTED_VALUES), ['Any']);
    });

    it('offers nothing for a value far from every option', () => {
      assert.deepEqual(didYouMean('Sometimes', options, LISTED_VALUES), []);
    });
  });

  describe('a typo in an exconn.json key', () => {
    const topLevel = ['$schema', 'organizationName', 'domain', 'domainController', 'servers', 'localServer', 'acceptedDomains', 'mailboxes', 'contacts', 'pathMappings', 'throttling', 'clock'];

    it('offers the key that starts the same way, even when it is many letters longer', () => {
      assert.deepEqual(didYouMean('throttle', topLevel, CONFIG_KEYS), ['throttling']);
      assert.deepEqual(didYouMean('organization', topLevel, CONFIG_KEYS), ['organizationName']);
    });

    it('offers the key a slip away, and the right spelling for a key written with other capitals', () => {
      assert.deepEqual(didYouMean('severs', topLevel, CONFIG_KEYS), ['servers']);
      assert.deepEqual(didYouMean('Throttling', topLevel, CONFIG_KEYS), ['throttling']);
    });

    it('offers nothing for a key unlike any', () => {
      assert.deepEqual(didYouMean('queues', topLevel, CONFIG_KEYS), []);
    });
  });

  describe('a typo in an X.400 attribute key', () => {
    const keys = ['c', 'a', 'admd', 'p', 'prmd', 'o', 'ou1', 'cn', 's', 'g', 'x.121', 'x121', 'dda'];

    it('offers the first key one slip away', () => {
      assert.deepEqual(didYouMean('pr', keys, SHORT_KEYS), ['p']);
      assert.deepEqual(didYouMean('pmrd', keys, SHORT_KEYS), ['prmd']);
      assert.deepEqual(didYouMean('OU', keys, SHORT_KEYS), ['o']);
    });

    it('offers nothing two slips away, where any short key would do', () => {
      assert.deepEqual(didYouMean('zzz', keys, SHORT_KEYS), []);
      assert.deepEqual(didYouMean('prmdxy', keys, SHORT_KEYS), []);
    });
  });
});
