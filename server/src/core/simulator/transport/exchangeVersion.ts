// The version the simulated Exchange server reports in the headers it adds (Received: ... id <version>).
// It matches the build the simulator's Get-ExchangeServer shows (Exchange Server 2019, 15.2.1118.7).

export const EXCHANGE_BUILD = '15.2.1118.7';
