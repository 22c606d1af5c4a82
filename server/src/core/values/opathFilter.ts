// Reads the OPATH filter text that -Filter takes on the queue and message cmdlets
// (`Status -eq 'Retry' -and MessageCount -gt 100`): comparisons of a property with a value, joined by
// -and / -or, negated by -not, grouped by parentheses. Only the syntax lives here, with the offset of
// every part in the text so a problem can be pointed at exactly; which properties exist and what
// their values may be is the catalog's (catalog/filterAcceptance.ts).

/** A part of the filter text: its text and where it is (offsets into the filter text). */
export interface FilterPart {
  text: string;
  start: number;
  end: number;
}

export interface FilterValue extends FilterPart {
  /** Written in quotes; `text` is then the content, with doubled quotes undone. */
  quoted: boolean;
  /** A `$name` whose value only the run knows (`$true`, `$false` and `$null` are not variables). */
  variable: boolean;
}

export type FilterNode =
  | { kind: 'comparison'; property: FilterPart; operator: FilterPart; value: FilterValue }
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode };

export interface FilterSyntaxProblem {
  message: string;
  start: number;
  end: number;
}

export interface ParsedFilter {
  /** Absent when the text has no comparison at all. */
  root?: FilterNode;
  problems: FilterSyntaxProblem[];
}

/** The comparison operators OPATH filters of the queue cmdlets understand, in lower case. */
export const FILTER_COMPARISON_OPERATORS = ['-eq', '-ne', '-gt', '-ge', '-lt', '-le', '-like', '-notlike'] as const;
export type FilterComparisonOperator = (typeof FILTER_COMPARISON_OPERATORS)[number];

type TokenKind = 'word' | 'operator' | 'string' | 'variable' | 'open' | 'close';

interface Token extends FilterPart {
  kind: TokenKind;
  /** Quoted strings only: whether the closing quote is there. */
  closed?: boolean;
}

/** Parses `text`; never throws: what it cannot read becomes a problem with its place. */
export function parseFilter(text: string): ParsedFilter {
  const problems: FilterSyntaxProblem[] = [];
  const tokens = tokenize(text, problems);
  const reader = new Reader(tokens, text.length, problems);
  const root = reader.filter();
  return { ...(root ? { root } : {}), problems };
}

/** Every comparison of the filter, left to right. */
export function filterComparisons(node: FilterNode | undefined): Extract<FilterNode, { kind: 'comparison' }>[] {
  if (!node) return [];
  switch (node.kind) {
    case 'comparison':
      return [node];
    case 'not':
      return filterComparisons(node.operand);
    default:
      return [...filterComparisons(node.left), ...filterComparisons(node.right)];
  }
}

// ---- tokens --------------------------------------------------------------------------------------

const WORD_END = /[\s()'"]/;

function tokenize(text: string, problems: FilterSyntaxProblem[]): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const character = text[index];
    if (/\s/.test(character)) {
      index++;
    } else if (character === '(' || character === ')') {
      tokens.push({ kind: character === '(' ? 'open' : 'close', text: character, start: index, end: index + 1 });
      index++;
    } else if (isQuote(character)) {
      const token = quoted(text, index);
      if (!token.closed) problems.push({ message: `The text starting here has no closing ${character}. Add it.`, start: index, end: text.length });
      tokens.push(token);
      index = token.end;
    } else {
      let end = index + 1;
      while (end < text.length && !WORD_END.test(text[end])) end++;
      const word = text.slice(index, end);
      tokens.push({ kind: wordKind(word), text: word, start: index, end });
      index = end;
    }
  }
  return tokens;
}

function isQuote(character: string): boolean {
  return character === '\'' || character === '"';
}

function wordKind(word: string): TokenKind {
  if (/^-[a-z]+$/i.test(word)) return 'operator';
  if (/^\$[a-z_][a-z0-9_:]*$/i.test(word) && !/^\$(true|false|null)$/i.test(word)) return 'variable';
  return 'word';
}

/** A quoted value: a doubled quote (or a backtick before `"`) stands for the quote itself. */
function quoted(text: string, start: number): Token {
  const quote = text[start];
  let value = '';
  let index = start + 1;
  while (index < text.length) {
    const character = text[index];
    if (character === quote && text[index + 1] === quote) {
      value += quote;
      index += 2;
    } else if (character === quote) {
      return { kind: 'string', text: value, start, end: index + 1, closed: true };
    } else if (quote === '"' && character === '`' && index + 1 < text.length) {
      value += text[index + 1];
      index += 2;
    } else {
      value += character;
      index++;
    }
  }
  return { kind: 'string', text: value, start, end: text.length, closed: false };
}

// ---- grammar -------------------------------------------------------------------------------------

/** filter := or; or := and (-or and)*; and := unary (-and unary)*; unary := -not unary | ( or ) | comparison */
class Reader {
  private position = 0;

  constructor(private readonly tokens: Token[], private readonly length: number, private readonly problems: FilterSyntaxProblem[]) {}

  filter(): FilterNode | undefined {
    if (this.tokens.length === 0) {
      this.problem('The filter is empty. Write a condition such as Status -eq \'Retry\'.', 0, this.length);
      return undefined;
    }
    const root = this.or();
    const rest = this.peek();
    if (rest) {
      this.problem(rest.kind === 'close'
        ? 'This ) closes no (. Remove it.'
        : `'${rest.text}' follows a complete condition. Join conditions with -and or -or.`, rest.start, this.length);
    }
    return root;
  }

  private or(): FilterNode | undefined {
    return this.joined('-or', 'or', () => this.and());
  }

  private and(): FilterNode | undefined {
    return this.joined('-and', 'and', () => this.unary());
  }

  private joined(word: string, kind: 'and' | 'or', next: () => FilterNode | undefined): FilterNode | undefined {
    let left = next();
    while (this.isOperator(word)) {
      const joiner = this.take();
      const right = next();
      if (!right) {
        if (!this.peek()) this.problem(`${joiner.text} needs a condition after it.`, joiner.start, joiner.end);
        return left;
      }
      left = left ? { kind, left, right } : right;
    }
    return left;
  }

  private unary(): FilterNode | undefined {
    const token = this.peek();
    if (!token) return undefined;
    if (this.isOperator('-not')) {
      this.take();
      const operand = this.unary();
      if (!operand) {
        if (!this.peek()) this.problem('-not needs a condition after it.', token.start, token.end);
        return undefined;
      }
      return { kind: 'not', operand };
    }
    if (token.kind === 'open') return this.group();
    return this.comparison();
  }

  private group(): FilterNode | undefined {
    const open = this.take();
    const inner = this.or();
    const close = this.peek();
    if (close?.kind === 'close') {
      this.take();
    } else if (!close) {
      this.problem('This ( is not closed. Add a ) after the condition.', open.start, open.end);
    }
    return inner;
  }

  private comparison(): FilterNode | undefined {
    const property = this.take();
    if (property.kind !== 'word' || !/^[a-z][a-z0-9_]*$/i.test(property.text)) {
      this.problem(`A condition starts with a property name, such as Status; '${property.text}' is not one.`, property.start, property.end);
      this.skipToJoiner();
      return undefined;
    }
    const operator = this.peek();
    if (!operator || operator.kind !== 'operator' || isJoiner(operator.text)) {
      this.problem(`${property.text} needs an operator and a value after it, such as ${property.text} -eq 'value'.`, property.start, property.end);
      return undefined;
    }
    this.take();
    const value = this.peek();
    if (!value || value.kind === 'open' || value.kind === 'close' || (value.kind === 'operator' && isJoiner(value.text))) {
      this.problem(`${operator.text} needs a value after it.`, operator.start, operator.end);
      return undefined;
    }
    this.take();
    return {
      kind: 'comparison',
      property: part(property),
      operator: { ...part(operator), text: operator.text.toLowerCase() },
      value: { ...part(value), quoted: value.kind === 'string', variable: value.kind === 'variable' },
    };
  }

  /** After a broken condition, reading resumes at the next -and / -or so later conditions are still checked. */
  private skipToJoiner(): void {
    while (this.peek() && !(this.peek()?.kind === 'operator' && isJoiner(this.peek()?.text ?? ''))) this.take();
  }

  private isOperator(word: string): boolean {
    const token = this.peek();
    return token?.kind === 'operator' && token.text.toLowerCase() === word;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private take(): Token {
    return this.tokens[this.position++];
  }

  private problem(message: string, start: number, end: number): void {
    this.problems.push({ message, start, end });
  }
}

function isJoiner(word: string): boolean {
  return /^-(and|or)$/i.test(word);
}

function part(token: Token): FilterPart {
  return { text: token.text, start: token.start, end: token.end };
}
