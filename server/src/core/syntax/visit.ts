// Walking the syntax tree: the children of any node in source order, a generic walk, the path of
// nodes at an offset (for hover and completion), and the commands of a script at any depth.

import type { Command, Node, ParamBlock, Script, Statement, StringPart } from './ast';

/** The child nodes of `node`, in source order. */
export function childrenOf(node: Node): Node[] {
  const children: Node[] = [];
  forEachChild(node, (child) => {
    children.push(child);
  });
  return children;
}

type ChildVisitor = (child: Node) => void;

/**
 * Calls `visit` for each direct child of `node`, in source order. The one place that knows where
 * each kind of node keeps its children; it allocates nothing, because whole-document passes call it
 * for every node of a megabyte script.
 */
export function forEachChild(node: Node, visit: ChildVisitor): void {
  switch (node.kind) {
    case 'Script':
    case 'Block':
    case 'ScriptBlock':
      visitParamBlock(node.paramBlock, visit);
      return each(node.statements, visit);
    case 'SubExpression':
    case 'ArraySubExpression':
      return each(node.statements, visit);
    case 'Pipeline':
      return each(node.elements, visit);
    case 'ExpressionElement':
      visit(node.expression);
      for (const redirection of node.redirections ?? []) optional(redirection.target, visit);
      return;
    case 'PipelineChain':
      visit(node.first);
      for (const link of node.links) optional(link.statement, visit);
      return;
    case 'Assignment':
      visit(node.target);
      return visit(node.value);
    case 'If':
      for (const clause of node.clauses) {
        optional(clause.condition, visit);
        optional(clause.body, visit);
      }
      return optional(node.elseBody, visit);
    case 'Foreach':
      optional(node.variable, visit);
      optional(node.collection, visit);
      return optional(node.body, visit);
    case 'For':
      optional(node.initializer, visit);
      optional(node.condition, visit);
      optional(node.iterator, visit);
      return visit(node.body);
    case 'Switch':
      optional(node.file, visit);
      optional(node.condition, visit);
      for (const clause of node.clauses) {
        visit(clause.value);
        visit(clause.body);
      }
      return;
    case 'While':
      if (node.keyword === 'while') {
        optional(node.condition, visit);
        return optional(node.body, visit);
      }
      optional(node.body, visit);
      return optional(node.condition, visit);
    case 'Function':
      visitParamBlock(node.parameters, visit);
      return visit(node.body);
    case 'Command':
      visit(node.name);
      each(node.elements, visit);
      for (const redirection of node.redirections ?? []) optional(redirection.target, visit);
      return;
    case 'CommandName':
      return optional(node.expression, visit);
    case 'Parameter':
      return optional(node.colonArgument, visit);
    case 'Argument':
      return visit(node.value);
    case 'String':
      for (const part of node.parts) visitPart(part, visit);
      return;
    case 'Array':
      return each(node.elements, visit);
    case 'Hashtable':
      for (const entry of node.entries) {
        optional(entry.key, visit);
        optional(entry.value, visit);
      }
      return;
    case 'Paren':
      return optional(node.statement, visit);
    case 'Member':
      visit(node.target);
      return optional(node.dynamicMember, visit);
    case 'Index':
      optional(node.target, visit);
      return optional(node.index, visit);
    case 'InvokeMember':
      visit(node.target);
      optional(node.dynamicMember, visit);
      each(node.genericArguments ?? [], visit);
      return each(node.arguments, visit);
    case 'Ternary':
      visit(node.condition);
      optional(node.ifTrue, visit);
      return optional(node.ifFalse, visit);
    case 'Binary':
      optional(node.left, visit);
      return optional(node.right, visit);
    case 'Unary':
      return optional(node.operand, visit);
    case 'Try':
      visit(node.body);
      each(node.catches, visit);
      return optional(node.finallyBody, visit);
    case 'Catch':
      each(node.types, visit);
      return visit(node.body);
    case 'Trap':
      optional(node.type, visit);
      return visit(node.body);
    case 'Labeled':
      return visit(node.statement);
    case 'Data':
      each(node.supportedCommands, visit);
      return visit(node.body);
    case 'Class':
      each(node.attributes, visit);
      each(node.baseTypes, visit);
      return each(node.members, visit);
    case 'ClassProperty':
      each(node.attributes, visit);
      visit(node.variable);
      return optional(node.defaultValue, visit);
    case 'ClassMethod':
      each(node.attributes, visit);
      visitParamBlock(node.parameters, visit);
      each(node.baseArguments ?? [], visit);
      return visit(node.body);
    case 'Enum':
      each(node.attributes, visit);
      optional(node.baseType, visit);
      return each(node.members, visit);
    case 'EnumMember':
      return optional(node.value, visit);
    case 'Error':
    case 'Bareword':
    case 'Number':
    case 'Variable':
    case 'Type':
    case 'ErrorExpression':
      return;
  }
}

function each(nodes: readonly Node[], visit: ChildVisitor): void {
  for (const node of nodes) visit(node);
}

function optional(node: Node | undefined, visit: ChildVisitor): void {
  if (node !== undefined) visit(node);
}

function visitPart(part: StringPart, visit: ChildVisitor): void {
  if (part.kind === 'VariablePart') visit(part.variable);
  else if (part.kind === 'SubExpressionPart') visit(part.expression);
}

/** The nodes inside a param block: each parameter's attributes, variable and default value. */
function visitParamBlock(block: ParamBlock | undefined, visit: ChildVisitor): void {
  if (!block) return;
  each(block.attributes, visit);
  for (const parameter of block.parameters) {
    each(parameter.attributes, visit);
    visit(parameter.variable);
    optional(parameter.defaultValue, visit);
  }
}

/**
 * Visits `node` and its descendants depth-first in source order. Returning false from `visit` skips
 * the node's children.
 */
export function walk(root: Node, visit: (node: Node, parent: Node | undefined) => boolean | void): void {
  // An explicit stack (a long chain such as `1 + 1 + ... + 1` makes a tree as deep as it is long),
  // kept as two parallel arrays so a pass over a large script allocates no object per node.
  const nodes: Node[] = [root];
  const parents: (Node | undefined)[] = [undefined];
  let current: Node = root;
  const push = (child: Node) => {
    nodes.push(child);
    parents.push(current);
  };
  while (nodes.length > 0) {
    const node = nodes.pop() as Node;
    const parent = parents.pop();
    if (visit(node, parent) === false) continue;
    const first = nodes.length;
    current = node;
    forEachChild(node, push);
    reverseFrom(nodes, first);
    reverseFrom(parents, first);
  }
}

/** Reverses `items[from..]` in place, so children pushed in source order pop in source order. */
function reverseFrom<T>(items: T[], from: number): void {
  for (let low = from, high = items.length - 1; low < high; low++, high--) {
    const item = items[low];
    items[low] = items[high];
    items[high] = item;
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
