// Completion of parameter names after `-`: the parameters of the command's cmdlet that are not given
// yet, that the target Exchange version has, and that belong to a parameter set the other parameters
// leave possible; mandatory ones first, then the cmdlet's own, then the common parameters, reserved
// ones last. The item replaces the whole written name, so an abbreviation (`-Addr`) completes to the
// full name.

import { CompletionItemKind } from 'vscode-languageserver-types';
import { commonParameters, parametersOf } from '../catalog/catalog';
import { helpTypeName } from '../catalog/typeNames';
import { parameterVersions } from '../catalog/exchangeVersions';
import type { ExchangeVersion, ParameterSpec } from '../catalog/types';
import type { Range } from '../syntax/ast';
import type { CommandBinding } from '../binding/binding';
import type { DocumentAnalysis } from './documentAnalysis';
import type { CompletionItem } from './editorResults';
import { candidateSetsFor, membership } from '../binding/parameterSets';

export function parameterCompletions(analysis: DocumentAnalysis, binding: CommandBinding, range: Range, target: ExchangeVersion): CompletionItem[] {
  const cmdlet = binding.cmdlet;
  if (!cmdlet) return [];
  // The parameter being typed is not "given": `-Addr‸` must still offer -AddressSpaces, and a lone
  // `-‸` (which binds as the positional text "-" until a name follows) must not take -Name's place.
  const others = binding.bound.filter((bound) => !touches(bound.nameElement?.nameRange ?? bound.range, range));
  const sets = candidateSetsFor(cmdlet, others, []);
  const given = new Set(others.map((bound) => bound.parameter));
  const preferredSet = sets.find((set) => binding.candidateSets.includes(set)) ?? sets[0];
  const textRange = analysis.lines.rangeAt(range.start, range.end);
  return parametersOf(cmdlet)
    .filter((parameter) => !given.has(parameter) && parameterVersions(cmdlet, parameter).includes(target) && sets.some((set) => membership(cmdlet, parameter, set)))
    .map((parameter) => {
      const mandatory = preferredSet !== undefined && membership(cmdlet, parameter, preferredSet)?.mandatory === true;
      const name = `-${parameter.name}`;
      const item: CompletionItem = {
        label: name,
        kind: CompletionItemKind.Property,
        detail: mandatory ? `${helpTypeName(parameter)} (mandatory)` : helpTypeName(parameter),
        sortText: `${rank(parameter, mandatory)}-${parameter.name}`,
        filterText: name,
        textEdit: { range: textRange, newText: name },
        data: { kind: 'parameter', cmdlet: cmdlet.name, parameter: parameter.name },
      };
      return item;
    });
}

function touches(a: Range, b: Range): boolean {
  return a.start <= b.end && b.start <= a.end;
}

function rank(parameter: ParameterSpec, mandatory: boolean): number {
  if (mandatory) return 0;
  // Last: parameters for Microsoft's internal use, and those the shell's PowerShell 5.1 lacks.
  if (parameter.reserved || parameter.powerShell7Only) return 3;
  return commonParameters.includes(parameter) ? 2 : 1;
}

