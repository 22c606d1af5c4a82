// Test helpers for the syntax tree: a compact S-expression rendering (to assert a tree's shape in
// one line), and lookups of nodes by kind in source order.

import type { Node, Range, Script } from '../../../server/src/core/syntax/ast';
import { childrenOf, walk } from '../../../server/src/core/syntax/visit';

/** `(Command New-X (Parameter Name) (Argument (Bareword x)))`: kinds, key details, children. */
export function treeText(node: Node): string {
  const detail = detailOf(node);
  const children = childrenOf(node).map(treeText);
  return `(${[node.kind, ...(detail === undefined ? [] : [detail]), ...children].join(' ')})`;
}

/** The rendering of each statement of a script. */
export function statementsText(script: Script): string[] {
  return script.statements.map(treeText);
}

function detailOf(node: Node): string | undefined {
  switch (node.kind) {
    case 'CommandName':
      return node.text;
    case 'Command':
      return node.invocationOperator;
    case 'Parameter':
      return node.hasColon ? `${node.name}:` : node.name;
    case 'Bareword':
      return node.text;
    case 'String':
      return JSON.stringify(node.value);
    case 'Number':
      return node.text;
    case 'Variable':
      return `${node.splat ? '@' : '$'}${node.scope ? `${node.scope}:` : ''}${node.name}`;
    case 'Binary':
    case 'Unary':
    case 'Assignment':
      return node.operator;
    case 'Member':
    case 'InvokeMember':
      return `${node.static ? '::' : '.'}${node.member}`;
    case 'Type':
      return node.name;
    case 'Function':
      return node.name;
    case 'While':
      return node.keyword;
    case 'Foreach':
      return node.parallel ? '-parallel' : undefined;
    case 'For':
      // Which of the three parts are written: `init;cond;step`, `;;` for `for (;;)`.
      return [node.initializer && 'init', node.condition && 'cond', node.iterator && 'step'].map((part) => part ?? '').join(';');
    case 'Switch':
      return node.options.length > 0 ? node.options.map((option) => `-${option.name}`).join(' ') : undefined;
    case 'Class':
    case 'Enum':
    case 'EnumMember':
      return node.name;
    case 'ClassMethod':
      return [...node.modifiers, node.name].join(' ');
    case 'ClassProperty':
      return node.modifiers.length > 0 ? node.modifiers.join(' ') : undefined;
    case 'Labeled':
      return `:${node.label}`;
    case 'Data':
      return node.name;
    default:
      return undefined;
  }
}

/** All nodes of `kind`, in source order (outer before inner at the same start). */
export function nodesOfKind<K extends Node['kind']>(root: Node, kind: K): Extract<Node, { kind: K }>[] {
  const found: Node[] = [];
  walk(root, (node) => {
    if (node.kind === kind) found.push(node);
  });
  return sortByRange(found) as Extract<Node, { kind: K }>[];
}

export function sortByRange<T extends { range: Range } | Range>(items: T[]): T[] {
  const rangeOf = (item: T): Range => ('range' in item ? item.range : item);
  return [...items].sort((a, b) => rangeOf(a).start - rangeOf(b).start || rangeOf(b).end - rangeOf(a).end);
}

/** Every node of the tree, parents before children. */
export function allNodes(root: Node): Node[] {
  const nodes: Node[] = [];
  walk(root, (node) => {
    nodes.push(node);
  });
  return nodes;
}
