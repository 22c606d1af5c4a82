// textDocument/completion and completionItem/resolve, offline, from the catalog and the workspace:
// cmdlet names and snippets at a command position, parameter names after `-`, values by the
// parameter's type, and address-space parts inside an address-space string. Documentation is left to
// resolve so a long list stays cheap to send.

import { findCmdlet, findObjectType, findParameter } from '../catalog/catalog';
import { findX400Attribute } from '../addressSpace/x400Attributes';
import type { Position } from '../syntax/positions';
import { addressSpaceCompletions } from './addressSpaceCompletion';
import { filterCompletions } from './filterCompletion';
import { cmdletMarkdown, parameterMarkdown } from './catalogPresentation';
import { commandCompletions } from './commandCompletion';
import { completionContextAt, type CompletionContext } from './completionContext';
import type { DocumentAnalysis } from './documentAnalysis';
import type { CompletionItem, CompletionList } from './editorResults';
import { parameterCompletions } from './parameterCompletion';
import { valueCompletions } from './valueCompletion';
import { FULL_SCOPE, servesCmdlet, type FeatureScope } from './featureScope';
import { singleDocumentView, type WorkspaceView } from './workspaceView';
import { x400AttributeMarkdown } from './x400Presentation';
import { DEFAULT_EXCHANGE_VERSION } from '../catalog/exchangeVersions';
import type { ExchangeVersion } from '../catalog/types';

export function complete(
  analysis: DocumentAnalysis, position: Position, workspace: WorkspaceView = singleDocumentView(analysis), scope: FeatureScope = FULL_SCOPE,
): CompletionList {
  const offset = analysis.lines.offsetAt(position);
  const context = completionContextAt(analysis, offset);
  if (context.kind !== 'command' && context.kind !== 'none' && context.binding.cmdlet && !servesCmdlet(scope, context.binding.cmdlet)) return { isIncomplete: false, items: [] };
  return { isIncomplete: false, items: itemsFor(analysis, context, offset, workspace, scope) };
}

function itemsFor(analysis: DocumentAnalysis, context: CompletionContext, offset: number, workspace: WorkspaceView, scope: FeatureScope): CompletionItem[] {
  switch (context.kind) {
    case 'command':
      return commandCompletions(analysis, context.range, targetOf(workspace), scope);
    case 'parameter':
    case 'argument':
      return parameterCompletions(analysis, context.binding, context.range, targetOf(workspace));
    case 'value':
      return valueCompletions({ analysis, workspace, binding: context.binding, parameter: context.parameter, range: context.range, quoted: false, listed: context.listed });
    case 'string': {
      if (context.parameter.type.kind === 'addressSpace') return addressSpaceCompletions(analysis, context.string, offset);
      if (context.parameter.type.kind === 'filter') return filterCompletions(analysis, context.string, offset, context.parameter.type.of);
      // The cursor's line within the string's contents: LSP wants a completion edit on one line, and a
      // here-string (or an unterminated string) may start lines above the cursor.
      const line = analysis.lines.positionAt(offset).line;
      const lineStart = analysis.lines.lineStartOffset(line);
      const lineEnd = analysis.lines.lineEndOffset(line);
      const range = { start: Math.max(context.string.contentRange.start, lineStart), end: Math.min(context.string.contentRange.end, Math.max(lineEnd, offset)) };
      return valueCompletions({ analysis, workspace, binding: context.binding, parameter: context.parameter, range, quoted: true, listed: context.listed });
    }
    case 'none':
      return [];
  }
}

/** Adds the documentation of a cmdlet, parameter, X.400 attribute or property item. */
export function resolveCompletionItem(item: CompletionItem): CompletionItem {
  const markdown = documentationOf(item);
  return markdown === undefined ? item : { ...item, documentation: { kind: 'markdown', value: markdown } };
}

function documentationOf(item: CompletionItem): string | undefined {
  const data = item.data;
  switch (data?.kind) {
    case 'cmdlet': {
      const cmdlet = findCmdlet(data.cmdlet);
      return cmdlet && cmdletMarkdown(cmdlet);
    }
    case 'parameter': {
      const cmdlet = findCmdlet(data.cmdlet);
      const parameter = cmdlet && findParameter(cmdlet, data.parameter);
      return cmdlet && parameter && parameterMarkdown(cmdlet, parameter);
    }
    case 'x400Attribute': {
      const info = findX400Attribute(data.key);
      return info && x400AttributeMarkdown(info);
    }
    case 'property': {
      const property = findObjectType(data.objectType)?.properties.find((candidate) => candidate.name === data.property);
      return property && `**${property.name}** \`${property.type}\` — ${data.objectType}\n\n${property.description}`;
    }
    default:
      return undefined;
  }
}

/** The Exchange version completion offers cmdlets and parameters of (the workspace's target). */
function targetOf(workspace: WorkspaceView): ExchangeVersion {
  return workspace.exchangeVersion ?? DEFAULT_EXCHANGE_VERSION;
}
