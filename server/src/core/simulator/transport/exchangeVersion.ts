// The version the simulated Exchange server reports in the headers it adds (Received: ... id <version>).
// It matches the build the simulator's Get-ExchangeServer shows (Exchange Server 2019, 15.2.1118.7).

export const EXCHANGE_BUILD = '15.2.1118.7';

/**
 * The X-CreatedBy values Exchange servers write into the files they export and drop (one per major
 * version: 15 is Exchange 2013, 2016, 2019 and SE alike), with the products they stand for.
 */
export const EXCHANGE_CREATED_BY: readonly { value: string; product: string }[] = [
  { value: 'MSExchange12', product: 'Exchange 2007' },
  { value: 'MSExchange14', product: 'Exchange 2010' },
  { value: 'MSExchange15', product: 'Exchange 2013, 2016, 2019 and SE' },
];

/** Whether an X-CreatedBy value is one an Exchange server writes (compared without regard to case). */
export function isExchangeCreatedBy(value: string): boolean {
  const key = value.trim().toLowerCase();
  return EXCHANGE_CREATED_BY.some((entry) => entry.value.toLowerCase() === key);
}

/** What this server writes as X-CreatedBy: every version the simulator stands for is major version 15. */
export const CREATED_BY_THIS_SERVER = 'MSExchange15';
