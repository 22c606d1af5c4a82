// Test sources for the editor features: a marked script (`‸` the cursor, `⟦ ⟧` expected ranges)
// analysed as a document, with its ranges already turned into LSP line/character ranges, and a
// workspace view built from several scripts.

import { analyzeDocument, type DocumentAnalysis, type WorkspaceView } from '../../../server/src/core/analysis';
import type { LineRange, Position } from '../../../server/src/core/syntax/positions';
import type { DirectoryScope } from '../../../server/src/core/model/directoryNames';
import type { ForeignConnectorState } from '../../../server/src/core/model/foreignConnector';
import { marked } from '../../helpers/markers';
import type { ExchangeVersion } from '../../../server/src/core/catalog/types';

export const TEST_URI = 'file:///ws/test.ps1';

export interface Fixture {
  analysis: DocumentAnalysis;
  text: string;
  cursor: Position;
  /** The marked ranges, in order, as LSP ranges. */
  ranges: LineRange[];
}

export function fixture(source: string, uri = TEST_URI): Fixture {
  const { text, spans, cursor } = marked(source);
  const analysis = analyzeDocument(uri, text);
  return {
    analysis,
    text,
    cursor: analysis.lines.positionAt(cursor ?? 0),
    ranges: spans.map((span) => analysis.lines.rangeAt(span.start, span.end)),
  };
}

export interface ViewOptions {
  others?: { uri: string; text: string }[];
  servers?: string[];
  simulated?: Partial<ForeignConnectorState>[];
  /** The organization's directory, for the saved connectors' distinguished names. */
  directory?: DirectoryScope;
  exchangeVersion?: ExchangeVersion;
}

/** A workspace of the fixture's document and `others`, sorted by URI as the server sorts them. */
export function viewOf(main: DocumentAnalysis, options: ViewOptions = {}): WorkspaceView {
  const others = (options.others ?? []).map((other) => analyzeDocument(other.uri, other.text));
  return {
    documents: [main, ...others].sort((a, b) => (a.uri < b.uri ? -1 : 1)),
    servers: options.servers ?? [],
    simulatedConnectors: (options.simulated ?? []).map((connector) => simulatedConnector(connector)),
    ...(options.directory ? { directory: options.directory } : {}),
    ...(options.exchangeVersion ? { exchangeVersion: options.exchangeVersion } : {}),
  };
}

export function simulatedConnector(overrides: Partial<ForeignConnectorState>): ForeignConnectorState {
  return {
    name: 'Simulated',
    guid: '00000000-0000-0000-0000-000000000000',
    addressSpaces: ['SMTP:fabrikam.com;1'],
    sourceTransportServers: ['Hub01'],
    dropDirectory: 'Simulated',
    dropDirectoryQuota: 'Unlimited',
    maxMessageSize: 'Unlimited',
    enabled: true,
    isScopedConnector: false,
    relayDsnRequired: false,
    comment: '',
    whenCreated: '2024-01-01T00:00:00.000Z',
    whenChanged: '2024-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** A range on one line, for expectations written by hand. */
export function lineRange(line: number, start: number, end: number): LineRange {
  return { start: { line, character: start }, end: { line, character: end } };
}
