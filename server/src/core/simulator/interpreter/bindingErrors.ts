// The errors PowerShell's parameter binder reports, worded as the shell words them, for the binding
// findings of core/binding and for values that do not convert to a parameter's type.

import type { CmdletSpec } from '../../catalog/types';
import type { Finding } from '../../binding/finding';
import type { Range } from '../../syntax/ast';
import type { ErrorRecord } from './errorRecord';
import type { ErrorAction } from './errorReporting';
import { NOT_IN_VERSION } from '../../binding/versionFindings';
import { POWERSHELL_7_ONLY } from '../../syntax/powerShell7';

/** Thrown while binding or converting a parameter; the caller decides how it terminates. */
export class ParameterBindingError extends Error {
  /** The command's -ErrorAction, when it could be read before binding failed. */
  errorAction?: ErrorAction;

  constructor(readonly record: ErrorRecord) {
    super(record.message);
  }
}

interface BindingErrorDetails {
  category: string;
  reason: string;
  errorId: string;
  range?: Range;
}

/** Exchange cmdlets run remotely, so their binding errors come back without the local position. */
export function bindingError(cmdlet: CmdletSpec, message: string, details: BindingErrorDetails): ParameterBindingError {
  return new ParameterBindingError({
    message,
    category: details.category,
    reason: details.reason,
    activity: cmdlet.name,
    fullyQualifiedErrorId: `${details.errorId},${cmdlet.name}`,
    style: cmdlet.module === 'Exchange' ? 'exchange' : 'local',
    range: details.range,
  });
}

const invalidArgument = (errorId: string) => ({ category: 'InvalidArgument', reason: 'ParameterBindingException', errorId });

/**
 * The binder's first problem with the command, as PowerShell reports it; undefined when it binds.
 * Its focus is the finding's range, which the check underlines too, so the editor shows the two together.
 */
export function errorForFinding(cmdlet: CmdletSpec, finding: Finding, commandRange: Range, commandText: string): ParameterBindingError | undefined {
  const error = bindingErrorFor(cmdlet, finding, commandRange, commandText);
  if (error) error.record.focus = finding.range;
  return error;
}

function bindingErrorFor(cmdlet: CmdletSpec, finding: Finding, commandRange: Range, commandText: string): ParameterBindingError | undefined {
  const data = finding.data ?? {};
  const range = commandRange;
  switch (finding.code) {
    case 'unknown-parameter':
    case NOT_IN_VERSION:
    case POWERSHELL_7_ONLY:
      return bindingError(cmdlet, `A parameter cannot be found that matches parameter name '${parameterWritten(finding, commandText)}'.`, { ...invalidArgument('NamedParameterNotFound'), range });
    case 'ambiguous-parameter': {
      const candidates = (data.candidates as string[] | undefined) ?? [];
      return bindingError(cmdlet, `Parameter cannot be processed because the parameter name '${parameterWritten(finding, commandText)}' is ambiguous. Possible matches include: ${candidates.map((name) => `-${name}`).join(' ')}.`, { ...invalidArgument('AmbiguousParameter'), range });
    }
    case 'duplicate-parameter':
      return bindingError(cmdlet, `Cannot bind parameter because parameter '${String(data.parameter)}' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".`, { ...invalidArgument('ParameterAlreadyBound'), range });
    case 'missing-parameter-value':
      return bindingError(cmdlet, `Missing an argument for parameter '${String(data.parameter)}'. Specify a parameter of type '${String(data.type ?? 'System.Object')}' and try again.`, { ...invalidArgument('MissingArgument'), range });
    case 'positional-argument-not-accepted':
      return bindingError(cmdlet, `A positional parameter cannot be found that accepts argument '${commandText.slice(finding.range.start, finding.range.end)}'.`, { ...invalidArgument('PositionalParameterNotFound'), range });
    case 'parameter-set-conflict':
      return bindingError(cmdlet, 'Parameter set cannot be resolved using the specified named parameters.', { ...invalidArgument('AmbiguousParameterSet'), range });
    case 'missing-mandatory-parameter': {
      const missing = (data.missing as string[] | undefined) ?? [];
      return bindingError(cmdlet, `Cannot process command because of one or more missing mandatory parameters: ${missing.join(' ')}.`, { ...invalidArgument('MissingMandatoryParameter'), range });
    }
    default:
      return undefined;
  }
}

/** The parameter name as the script wrote it, without the dash. */
function parameterWritten(finding: Finding, commandText: string): string {
  return commandText.slice(finding.range.start, finding.range.end).replace(/^[-\u2013\u2014]/, '').replace(/:$/, '');
}

/** "Cannot process argument transformation": the value is not of the parameter's type. */
export function transformationError(cmdlet: CmdletSpec, parameter: string, detail: string, range?: Range): ParameterBindingError {
  return bindingError(cmdlet, `Cannot process argument transformation on parameter '${parameter}'. ${detail}`, {
    category: 'InvalidData', reason: 'ParameterBindingArgumentTransformationException', errorId: 'ParameterArgumentTransformationError', range,
  });
}

/** "Cannot validate argument": the value has the right type but is out of range. */
export function validationError(cmdlet: CmdletSpec, parameter: string, detail: string, range?: Range): ParameterBindingError {
  return bindingError(cmdlet, `Cannot validate argument on parameter '${parameter}'. ${detail}`, {
    category: 'InvalidData', reason: 'ParameterBindingValidationException', errorId: 'ParameterArgumentValidationError', range,
  });
}

/** "Cannot bind parameter": e.g. a string where a script block is required. */
export function cannotBindError(cmdlet: CmdletSpec, parameter: string, detail: string, range?: Range): ParameterBindingError {
  return bindingError(cmdlet, `Cannot bind parameter '${parameter}'. ${detail}`, {
    category: 'InvalidArgument', reason: 'ParameterBindingException', errorId: 'CannotConvertArgumentNoMessage', range,
  });
}
