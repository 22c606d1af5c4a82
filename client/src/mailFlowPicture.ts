// The picture of a workspace's mail flow, drawn from the simulator's state (exconn/state): the Pickup
// and Replay folders feed the local server's transport service, which routes through each Foreign
// connector (with its address spaces) to the connector's Drop directory, with the queues where
// messages wait. dagre lays the graph out; the SVG is drawn here, with no script, so the webview can
// forbid scripts altogether. Plain TypeScript without `vscode`, so tests draw it directly.
import dagre from '@dagrejs/dagre';
import type { ConnectorState, FolderState, SimulatorState } from '../../server/src/protocol/extensionProtocol';

type NodeKind = 'folder' | 'service' | 'connector' | 'disabled' | 'queue';

interface PictureNode {
  id: string;
  kind: NodeKind;
  /** First line in bold, the rest below it. */
  lines: string[];
}

interface PictureEdge {
  from: string;
  to: string;
  label?: string;
}

const CHAR_WIDTH = 7.6;
const LINE_HEIGHT = 16;
const PADDING = 10;

/** The nodes and edges of the picture, before layout (tests read these too). */
export function mailFlowGraph(state: SimulatorState): { nodes: PictureNode[]; edges: PictureEdge[] } {
  const service = state.transportService;
  const nodes: PictureNode[] = [{ id: 'service', kind: 'service', lines: [`Transport service ${service.identity}`, 'routes by address space, then cost'] }];
  const edges: PictureEdge[] = [];
  for (const folder of state.folders.filter((f) => f.role !== 'Drop')) {
    const id = `folder:${folder.role}`;
    nodes.push({ id, kind: 'folder', lines: [`${folder.role} directory`, folder.exchangePath, waiting(folder)] });
    edges.push({ from: id, to: 'service' });
  }
  for (const connector of state.connectors) {
    const id = `connector:${connector.guid}`;
    // The address spaces are what routing matches; they head the connector's lines.
    nodes.push({ id, kind: connector.unusable ? 'disabled' : 'connector', lines: [`Foreign connector ${connector.name}`, ...connector.addressSpaces, ...connectorNotes(connector)] });
    edges.push({ from: 'service', to: id });
    const drop = state.folders.find((folder) => folder.role === 'Drop' && folder.connector === connector.name);
    if (drop) {
      nodes.push({ id: `drop:${connector.guid}`, kind: 'folder', lines: ['Drop directory', drop.exchangePath, waiting(drop)] });
      edges.push({ from: id, to: `drop:${connector.guid}` });
    }
  }
  for (const queue of (state.queues ?? []).filter((q) => q.messageCount > 0)) {
    const id = `queue:${queue.identity}`;
    nodes.push({ id, kind: 'queue', lines: [`Queue ${queue.identity}`, `${queue.messageCount} message${queue.messageCount === 1 ? '' : 's'}, ${queue.status}`, `next hop ${queue.nextHopDomain}`, ...(queue.lastError ? [shorten(queue.lastError)] : [])] });
    const owner = state.connectors.find((connector) => connector.name.toLowerCase() === queue.nextHopDomain.toLowerCase());
    edges.push({ from: owner ? `connector:${owner.guid}` : 'service', to: id, label: 'waiting' });
  }
  return { nodes, edges };
}

/** The picture as an SVG document. */
export function mailFlowSvg(state: SimulatorState): string {
  const { nodes, edges } = mailFlowGraph(state);
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'LR', nodesep: 24, ranksep: 90, marginx: 16, marginy: 16 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) graph.setNode(node.id, { width: widthOf(node.lines), height: node.lines.length * LINE_HEIGHT + PADDING * 2 });
  edges.forEach((edge, index) => graph.setEdge(edge.from, edge.to, edge.label ? { label: edge.label, width: edge.label.length * CHAR_WIDTH, height: LINE_HEIGHT } : {}, String(index)));
  dagre.layout(graph);
  const size = graph.graph();
  const parts = edges.map((edge, index) => edgeSvg(graph.edge({ v: edge.from, w: edge.to, name: String(index) }) as EdgeLayout, edge.label));
  for (const node of nodes) parts.push(nodeSvg(node, graph.node(node.id) as NodeLayout));
  const width = Math.ceil(size.width ?? 0);
  const height = Math.ceil(size.height ?? 0);
  return [
    // Scaled down to the view's width when wider; never up.
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" style="max-width: 100%; height: auto" role="img" aria-label="Mail flow of ${escapeMarkup(state.transportService.identity)}">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" class="arrow"/></marker></defs>',
    ...parts,
    '</svg>',
  ].join('\n');
}

interface NodeLayout { x: number; y: number; width: number; height: number }
interface EdgeLayout { points: { x: number; y: number }[]; x?: number; y?: number }

function nodeSvg(node: PictureNode, at: NodeLayout): string {
  const left = at.x - at.width / 2;
  const top = at.y - at.height / 2;
  const text = node.lines.map((line, index) =>
    `<text x="${left + PADDING}" y="${top + PADDING + (index + 1) * LINE_HEIGHT - 4}" class="${index === 0 ? 'title' : 'note'}">${escapeMarkup(line)}</text>`).join('');
  return `<g class="node ${node.kind}"><rect x="${left}" y="${top}" width="${at.width}" height="${at.height}" rx="6"/>${text}</g>`;
}

function edgeSvg(edge: EdgeLayout, label: string | undefined): string {
  const path = edge.points.map((point, index) => `${index === 0 ? 'M' : 'L'} ${point.x.toFixed(1)} ${point.y.toFixed(1)}`).join(' ');
  const text = label && edge.x !== undefined && edge.y !== undefined ? `<text x="${edge.x.toFixed(1)}" y="${(edge.y + 4).toFixed(1)}" class="label" text-anchor="middle">${escapeMarkup(label)}</text>` : '';
  return `<g class="edge"><path d="${path}" marker-end="url(#arrow)"/>${text}</g>`;
}

function connectorNotes(connector: ConnectorState): string[] {
  const notes = [`source servers ${connector.sourceTransportServers.join(', ') || 'none'}`];
  // The server's own reason (routing.ts's unusableReason), so the picture says what routing does.
  if (connector.unusable) notes.push(`not used: ${connector.unusable}`);
  return notes;
}

function waiting(folder: FolderState): string {
  if (!folder.exists) return 'not on disk yet';
  return `${folder.messageCount} message${folder.messageCount === 1 ? '' : 's'} in it`;
}

function widthOf(lines: readonly string[]): number {
  return Math.max(...lines.map((line) => line.length)) * CHAR_WIDTH + PADDING * 2;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Text as SVG or HTML content or attribute value. */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
