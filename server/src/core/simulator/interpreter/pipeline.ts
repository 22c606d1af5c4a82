// Runs a pipeline: the first element produces objects (a command, or an expression whose collection is
// enumerated), each later command receives all objects of the one before. Objects are passed stage
// by stage rather than one at a time; Exchange cmdlets still process them one by one.

import type { PipelineStatement } from '../../syntax/ast';
import { invokeCommand } from './commandInvocation';
import { runtimeError, StatementTerminatingError } from './errorRecord';
import { evaluateExpression } from './expressions';
import { enumerate, type PsValue } from './psValue';
import { runRedirected } from './redirection';
import type { Frame } from './runContext';

export async function runPipeline(pipeline: PipelineStatement, frame: Frame): Promise<PsValue[]> {
  let objects: PsValue[] | undefined;
  for (const [index, element] of pipeline.elements.entries()) {
    if (element.kind === 'ExpressionElement') {
      if (index > 0) throw new StatementTerminatingError(runtimeError('Expressions are only allowed as the first element of a pipeline.', element.range, 'ExpressionsMustBeFirstInPipeline'));
      objects = await runRedirected(element.redirections, frame, async () => {
        const value = await evaluateExpression(element.expression, frame);
        // `$null | ForEach-Object {...}` runs once with $null; a lone `$null` outputs nothing.
        return value === null && pipeline.elements.length > 1 ? [null] : enumerate(value);
      });
    } else {
      const input = index === 0 ? undefined : objects ?? [];
      objects = await runRedirected(element.redirections, frame, () => invokeCommand(element, frame, input));
    }
  }
  return objects ?? [];
}
