// textDocument/hover: a cmdlet's synopsis and parameter sets; a parameter's type, accepted range,
// default and description; inside an address-space string, the type, the X.400 attribute (full
// name and limits) or the cost under the cursor; on a connector's name, its configuration as the
// workspace's scripts leave it and as the simulator saved it.

import { resolveParameter } from '../catalog/catalog';
import type { CmdletSpec } from '../catalog/types';
import type { CommandParameter, Expression, Range } from '../syntax/ast';
import type { Position } from '../syntax/positions';
import { addressSpaceHover } from './addressSpaceHover';
import { cmdletMarkdown, parameterMarkdown } from './catalogPresentation';
import { connectorMarkdown } from './connectorPresentation';
import type { DocumentAnalysis } from './documentAnalysis';
import type { Hover } from './editorResults';
import { bindingCovering, pathAt } from './syntaxQueries';
import { FULL_SCOPE, servesCmdlet, type FeatureScope } from './featureScope';
import { singleDocumentView, type WorkspaceView } from './workspaceView';

export function hover(analysis: DocumentAnalysis, position: Position, workspace: WorkspaceView = singleDocumentView(analysis), scope: FeatureScope = FULL_SCOPE): Hover | null {
  const offset = analysis.lines.offsetAt(position);
  // A hover is over a character: the node must cover the character after the offset.
  const path = pathAt(analysis.script, offset).filter((node) => node.range.start <= offset && offset < node.range.end);
  const binding = bindingCovering(analysis, offset);
  const innermost = path.at(-1);
  if (!binding?.cmdlet || !innermost || !servesCmdlet(scope, binding.cmdlet)) return null;
  const cmdlet = binding.cmdlet;
  const result = (markdown: string, range: Range): Hover => ({ contents: { kind: 'markdown', value: markdown }, range: analysis.lines.rangeAt(range.start, range.end) });
  if (innermost.kind === 'CommandName' && innermost === binding.command.name) return result(cmdletMarkdown(cmdlet), innermost.range);
  const parameter = path.find((node): node is CommandParameter => node.kind === 'Parameter' && offset < node.nameRange.end);
  if (parameter) {
    const markdown = parameterHover(cmdlet, parameter.name);
    return markdown ? result(markdown, parameter.nameRange) : null;
  }
  const bound = binding.bound.find((candidate) => candidate.value && candidate.value.range.start <= offset && offset < candidate.value.range.end);
  const value = [...path].reverse().find((node): node is Expression & { kind: 'String' | 'Bareword' } => node.kind === 'String' || node.kind === 'Bareword');
  if (!bound || !value) return null;
  if (bound.parameter.type.kind === 'addressSpace' && value.kind === 'String') return addressSpaceHover(analysis, value, offset);
  if (isConnectorName(cmdlet, bound.parameter.name, bound.parameter.type)) {
    const name = value.kind === 'String' ? value.value : value.text;
    const range = value.kind === 'String' ? value.contentRange : value.range;
    return result(connectorMarkdown(workspace, name), range);
  }
  return null;
}

function parameterHover(cmdlet: CmdletSpec, written: string): string | undefined {
  const resolution = resolveParameter(cmdlet, written);
  if ('parameter' in resolution) return parameterMarkdown(cmdlet, resolution.parameter);
  if (resolution.kind === 'ambiguous') {
    return `**-${written}** is ambiguous for ${cmdlet.name}: it could be ${resolution.candidates.map((candidate) => `-${candidate.name}`).join(', ')}.`;
  }
  return undefined;
}

/** `-Identity` of the Foreign connector cmdlets, or the `-Name` New-/Set-ForeignConnector gives. */
function isConnectorName(cmdlet: CmdletSpec, parameter: string, type: { kind: string; of?: string }): boolean {
  if (type.kind === 'identity') return type.of === 'ForeignConnector';
  return parameter === 'Name' && /-ForeignConnector$/i.test(cmdlet.name);
}
