// Walking the syntax tree: the children of any node in source order, a generic walk, the path of
// nodes at an offset (for hover and completion), and the commands of a script at any depth.

import type { Command, Node, ParamBlock, Script, Statement, StringPart } from './ast';

/** The child nodes of `node`, in source order. */
export function childrenOf(node: Node): Node[] {
  switch (node.kind) {
    case 'Script':
    case 'Block':
    case 'ScriptBlock':
      return [...paramBlockNodes(node.paramBlock), ...node.statements];
    case 'SubExpression':
    case 'ArraySubExpression':
      return node.statements;
    case 'Pipeline':
      return node.elements;
    case 'ExpressionElement':
      return [node.expression];
    case 'Assignment':
      return [node.target, node.value];
    case 'If':
      return [...node.clauses.flatMap((clause) => present(clause.condition, clause.body)), ...present(node.elseBody)];
    case 'Foreach':
      return present(node.variable, node.collection, node.body);
    case 'While':
      return node.keyword === 'while' ? present(node.condition, node.body) : present(node.body, node.condition);
    case 'Function':
      return [...paramBlockNodes(node.parameters), node.body];
    case 'Command':
      return [node.name, ...node.elements, ...present(...(node.redirections ?? []).map((redirection) => redirection.target))];
    case 'CommandName':
      return present(node.expression);
    case 'Parameter':
      return present(node.colonArgument);
    case 'Argument':
      return [node.value];
    case 'String':
      return node.parts.flatMap(partNodes);
    case 'Array':
      return node.elements;
    case 'Hashtable':
      return node.entries.flatMap((entry) => present(entry.key, entry.value));
    case 'Paren':
      return present(node.statement);
    case 'Member':
      return [node.target];
    case 'Index':
      return present(node.target, node.index);
    case 'InvokeMember':
      return [node.target, ...node.arguments];
    case 'Binary':
      return present(node.left, node.right);
    case 'Unary':
      return present(node.operand);
    case 'Error':
    case 'Bareword':
    case 'Number':
    case 'Variable':
    case 'Type':
    case 'ErrorExpression':
      return [];
  }
}

function present(...nodes: (Node | undefined)[]): Node[] {
  return nodes.filter((node): node is Node => node !== undefined);
}

function partNodes(part: StringPart): Node[] {
  if (part.kind === 'VariablePart') return [part.variable];
  if (part.kind === 'SubExpressionPart') return [part.expression];
  return [];
}

/** The nodes inside a param block: each parameter's attributes, variable and default value. */
function paramBlockNodes(block: ParamBlock | undefined): Node[] {
  if (!block) return [];
  return [
    ...block.attributes,
    ...block.parameters.flatMap((parameter) => [...parameter.attributes, parameter.variable, ...present(parameter.defaultValue)]),
  ];
}

/**
 * Visits `node` and its descendants depth-first in source order. Returning false from `visit` skips
 * the node's children.
 */
export function walk(root: Node, visit: (node: Node, parent: Node | undefined) => boolean | void): void {
  // An explicit stack: a long chain such as `1 + 1 + ... + 1` makes a tree as deep as it is long.
  const stack: { node: Node; parent: Node | undefined }[] = [{ node: root, parent: undefined }];
  while (stack.length > 0) {
    const { node, parent } = stack.pop() as { node: Node; parent: Node | undefined };
    if (visit(node, parent) === false) continue;
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], parent: node });
  }
}

/**
 * The nodes whose range contains `offset`, from the script down to the deepest. A node contains the
 * offset at its end too (`-Addr|` is still in `-Addr`), which is where completion asks. When two
 * siblings touch at the offset, the one that ends there wins: the cursor is at the end of what was
 * just typed.
 */
export function nodePathAt(script: Script, offset: number): Node[] {
  const path: Node[] = [script];
  let current: Node = script;
  for (;;) {
    const next = childAt(current, offset);
    if (!next) return path;
    path.push(next);
    current = next;
  }
}

function childAt(node: Node, offset: number): Node | undefined {
  let found: Node | undefined;
  for (const child of childrenOf(node)) {
    if (child.range.start > offset) break;
    if (offset <= child.range.end && !found) found = child;
  }
  return found;
}

/**
 * The innermost command at `offset`. With the document `text`, a cursor in the spaces after a
 * command's last element (`Get-X -Name a |`) still belongs to that command, as completion needs.
 */
export function commandAt(script: Script, offset: number, text?: string): Command | undefined {
  const path = nodePathAt(script, offset);
  const containing = path.reverse().find((node): node is Command => node.kind === 'Command');
  if (text === undefined) return containing;
  // `Get-A { Get-B -x | }`: the cursor is in Get-A, but after Get-B's last element.
  const ending = commandEndingBefore(script, offset, text);
  if (ending && (!containing || (ending !== containing && within(ending, containing)))) return ending;
  return containing;
}

function within(inner: Command, outer: Command): boolean {
  return inner.range.start >= outer.range.start && inner.range.end <= outer.range.end;
}

/** Spaces, tabs and backtick line continuations only. */
const TRAILING_SPACE = /^(?:[ \t]|`\r?\n|`\r)*$/;

function commandEndingBefore(script: Script, offset: number, text: string): Command | undefined {
  let best: Command | undefined;
  for (const command of allCommands(script)) {
    if (command.range.end > offset) continue;
    if (!TRAILING_SPACE.test(text.slice(command.range.end, offset))) continue;
    if (!best || command.range.start >= best.range.start) best = command;
  }
  return best;
}

/** Every command in the script, nested ones included (script blocks, bodies, subexpressions, hashtable values), in source order. */
export function allCommands(script: Script | Statement): Command[] {
  const commands: Command[] = [];
  walk(script, (node) => {
    if (node.kind === 'Command') commands.push(node);
  });
  return commands;
}
