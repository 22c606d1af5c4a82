// The version the simulated Exchange server reports in the headers it adds (Received: ... id <version>).
// It matches the build the simulator's Get-ExchangeServer shows (Exchange Server 2019, 15.2.1118.7).

export const EXCHANGE_BUILD = '15.2.1118.7';

/**
 * The X-CreatedBy values Exchange servers write into the files they export and drop (one per major
 * version: 15 is Exchange 2013, 2016, 2019 and SE alike), with the products they stand for.
 */
export const EXCHANGE_CREATED_BY: ReadonlyMap<string, string> = new Map([
  ['msexchange12', 'Exchange 2007'],
  ['msexchange14', 'Exchange 2010'],
  ['msexchange15', 'Exchange 2013, 2016, 2019 and SE'],
]);

/** What this server writes as X-CreatedBy: every version the simulator stands for is major version 15. */
export const CREATED_BY_THIS_SERVER = 'MSExchange15';
