// textDocument/signatureHelp while a command is typed: one signature per parameter set, written as
// Get-Command -Syntax writes it, the set the given parameters select first. The active parameter is
// the one under the cursor, or else the first mandatory parameter still missing; each signature's
// documentation lists every mandatory parameter the set still needs.

import { resolveParameter } from '../catalog/catalog';
import { helpTypeName } from '../catalog/typeNames';
import type { CmdletSpec, ParameterSpec } from '../catalog/types';
import type { Position } from '../syntax/positions';
import type { CommandBinding } from '../binding/binding';
import { syntaxLine } from './catalogPresentation';
import type { DocumentAnalysis } from './documentAnalysis';
import type { SignatureHelp, SignatureInformation } from './editorResults';
import { FULL_SCOPE, servesCmdlet, type FeatureScope } from './featureScope';
import { chooseSet, membership } from '../binding/parameterSets';
import { containsOffset, inComment, onlyBlanksBetween, pipelineOf, typedCommand } from './syntaxQueries';

export function signatureHelp(analysis: DocumentAnalysis, position: Position, scope: FeatureScope = FULL_SCOPE): SignatureHelp | null {
  const offset = analysis.lines.offsetAt(position);
  if (inComment(analysis.script, offset)) return null;
  const wordStart = wordStartBefore(analysis.text, offset);
  const binding = typedCommand(analysis, offset, wordStart);
  const cmdlet = binding?.cmdlet;
  if (!binding || !cmdlet || offset < binding.command.name.range.end || !servesCmdlet(scope, cmdlet)) return null;
  const pipelineInput = (pipelineOf(analysis.script, binding.command)?.index ?? 0) > 0;
  const current = parameterAtCursor(analysis, binding, offset, analysis.text.slice(wordStart, offset));
  const signatures = cmdlet.parameterSets.map((set) => signatureFor(cmdlet, set, binding, current, pipelineInput));
  const chosen = binding.candidateSets[0] ?? cmdlet.parameterSets[0];
  const activeSignature = Math.max(0, cmdlet.parameterSets.indexOf(chosen));
  return { signatures, activeSignature, activeParameter: signatures[activeSignature].activeParameter ?? 0 };
}

function wordStartBefore(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && !/[\s,|;(){}"'`]/.test(text[start - 1])) start--;
  return start;
}

function signatureFor(cmdlet: CmdletSpec, set: string, binding: CommandBinding, current: ParameterSpec | undefined, pipelineInput: boolean): SignatureInformation {
  const line = syntaxLine(cmdlet, set);
  const given = binding.bound.map((bound) => bound.parameter);
  const missing = chooseSet(cmdlet, [set], given, pipelineInput)?.missing ?? [];
  const active = current && membership(cmdlet, current, set) ? current : missing[0];
  const index = line.parameters.findIndex((entry) => entry.parameter === active);
  const still = missing.length > 0 ? `Still missing: ${missing.map((parameter) => `**-${parameter.name}**`).join(', ')}.` : 'Every mandatory parameter is given.';
  const setName = cmdlet.parameterSets.length > 1 ? ` (parameter set ${set})` : '';
  return {
    label: line.text,
    documentation: { kind: 'markdown', value: `${cmdlet.synopsis}${setName}\n\n${still}` },
    parameters: line.parameters.map((entry) => ({
      label: [entry.start, entry.end],
      documentation: { kind: 'markdown', value: `\`<${helpTypeName(entry.parameter)}>\` ${entry.parameter.description}` },
    })),
    // Past the end when nothing applies, so no parameter is highlighted.
    activeParameter: index >= 0 ? index : line.parameters.length,
  };
}

/** The parameter whose name or value the cursor is on, or whose value comes next. */
function parameterAtCursor(analysis: DocumentAnalysis, binding: CommandBinding, offset: number, word: string): ParameterSpec | undefined {
  const cmdlet = binding.cmdlet as CmdletSpec;
  for (const bound of binding.bound) {
    if (bound.nameElement && containsOffset(bound.nameElement.nameRange, offset)) return bound.parameter;
    if (bound.value && containsOffset(bound.value.range, offset)) return bound.parameter;
    const awaitsValue = bound.nameElement && !bound.value && bound.parameter.type.kind !== 'switch';
    if (awaitsValue && bound.nameElement && onlyBlanksBetween(analysis.text, bound.nameElement.range.end, offset)) return bound.parameter;
  }
  if (/^-\w+$/.test(word)) {
    const resolution = resolveParameter(cmdlet, word);
    if ('parameter' in resolution) return resolution.parameter;
  }
  return undefined;
}
