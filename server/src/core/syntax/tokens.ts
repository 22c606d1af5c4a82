// The token types of the PowerShell subset, in lexer priority order, and the categories the parser
// matches against. See lexer.ts for why the tokens are this fine-grained.

import { createToken, Lexer, type CustomPatternMatcherReturn, type ITokenConfig, type TokenType } from './chevrotain';
import { DASHES, DOUBLE_QUOTES, INLINE_SPACE_CLASS, isDoubleQuote, isInlineSpace, isSingleQuote, NAME_CHAR_CLASS, NAME_START_CLASS, SINGLE_QUOTES, endOfLine } from './characters';
import { VARIABLE_PATTERN } from './variables';
import { scanBlockComment, scanDoubleQuoted, scanHereString, scanSingleQuoted } from './stringScan';

// ---------------------------------------------------------------------------------------------
// Categories: abstract token types (no pattern) that group concrete ones for the parser.

function category(name: string): TokenType {
  return createToken({ name, pattern: Lexer.NA });
}

/** Every concrete token; the parser's error recovery consumes "anything". */
export const AnyToken = category('AnyToken');
/** Tokens that may start or continue an unquoted argument (`Hub01`, `C:\Drop`, `*.contoso.com`). */
export const ArgChar = category('ArgChar');
/** Tokens that may start a command name at the start of a statement. */
export const CommandStart = category('CommandStart');
/** Words, keywords included: member names, hashtable keys. */
export const Name = category('Name');
/** `-Name`, and the dash operators, which in argument mode are parameters too. */
export const ParameterLike = category('ParameterLike');
export const BinaryOperator = category('BinaryOperator');
export const PrefixOperator = category('PrefixOperator');
export const AssignOperator = category('AssignOperator');
export const StringToken = category('StringToken');
/** Anything that may appear between the brackets of a type name or attribute, except brackets. */
export const TypeNamePart = category('TypeNamePart');
/** Anything that may appear inside an attribute's parentheses, except parentheses. */
export const AttributeArgumentPart = category('AttributeArgumentPart');

const allTokens: TokenType[] = [];

/** A concrete token in lexer order, in `AnyToken` and the given categories. */
function token(config: ITokenConfig, categories: TokenType[] = []): TokenType {
  const type = createToken({ ...config, categories: [AnyToken, ...categories] });
  allTokens.push(type);
  return type;
}

const argument = [ArgChar];
const argumentAndCommand = [ArgChar, CommandStart];
const insideBrackets = [TypeNamePart, AttributeArgumentPart];

// ---------------------------------------------------------------------------------------------
// Custom patterns. Each is tried only at its start characters (`start_chars_hint`), so they cost
// nothing elsewhere; none uses a backtracking regular expression.

type Matcher = (text: string, offset: number) => CustomPatternMatcherReturn | null;

function match(image: string, payload?: unknown): CustomPatternMatcherReturn {
  const result = [image] as CustomPatternMatcherReturn;
  if (payload !== undefined) result.payload = payload;
  return result;
}

/** Payload of string tokens: where the content lies, relative to the token start. */
export interface StringPayload {
  contentStart: number;
  contentEnd: number;
  terminated: boolean;
}

const singleQuoted: Matcher = (text, offset) => {
  if (!isSingleQuote(text[offset])) return null;
  const scan = scanSingleQuoted(text, offset);
  const payload: StringPayload = { contentStart: 1, contentEnd: scan.end - offset - (scan.terminated ? 1 : 0), terminated: scan.terminated };
  return match(text.slice(offset, scan.end), payload);
};

const doubleQuoted: Matcher = (text, offset) => {
  if (!isDoubleQuote(text[offset])) return null;
  const scan = scanDoubleQuoted(text, offset);
  const payload: StringPayload = { contentStart: 1, contentEnd: scan.end - offset - (scan.terminated ? 1 : 0), terminated: scan.terminated };
  return match(text.slice(offset, scan.end), payload);
};

function hereString(isQuote: (ch: string) => boolean): Matcher {
  return (text, offset) => {
    if (text[offset] !== '@' || !isQuote(text[offset + 1])) return null;
    const scan = scanHereString(text, offset);
    if (!scan) return null;
    const payload: StringPayload = { contentStart: scan.contentStart - offset, contentEnd: scan.contentEnd - offset, terminated: scan.terminated };
    return match(text.slice(offset, scan.end), payload);
  };
}

const blockComment: Matcher = (text, offset) => {
  if (text[offset] !== '<' || text[offset + 1] !== '#') return null;
  const scan = scanBlockComment(text, offset);
  return match(text.slice(offset, scan.end), scan.terminated);
};

/** Characters after which `#` starts a comment; after anything else it is part of a bareword (`a#b`). */
const COMMENT_MAY_FOLLOW = ';|&(){}[],=\'"\u2018\u2019\u201A\u201B\u201C\u201D\u201E';

const lineComment: Matcher = (text, offset) => {
  if (text[offset] !== '#') return null;
  if (offset > 0) {
    const previous = text.charCodeAt(offset - 1);
    if (!isInlineSpace(previous) && previous !== 10 && previous !== 13 && !COMMENT_MAY_FOLLOW.includes(text[offset - 1])) return null;
  }
  return match(text.slice(offset, endOfLine(text, offset)));
};

function chars(set: string): string[] {
  return [...set];
}

// ---------------------------------------------------------------------------------------------
// Trivia

export const Whitespace = token({ name: 'Whitespace', pattern: new RegExp(`[${INLINE_SPACE_CLASS}]+`), group: Lexer.SKIPPED });
/** A backtick at the end of a line: the statement goes on on the next line. */
export const Continuation = token({ name: 'Continuation', pattern: /`(?:\r\n?|\n)/, group: 'continuations', line_breaks: true });
export const BlockComment = token({ name: 'BlockComment', pattern: { exec: blockComment }, start_chars_hint: ['<'], group: 'comments', line_breaks: true });
export const LineComment = token({ name: 'LineComment', pattern: { exec: lineComment }, start_chars_hint: ['#'], group: 'comments' });
/** One or more line breaks (blank lines included): a statement separator. */
export const NewLine = token({
  name: 'NewLine',
  pattern: new RegExp(`(?:\\r\\n?|\\n)(?:[${INLINE_SPACE_CLASS}]*(?:\\r\\n?|\\n))*`),
  start_chars_hint: ['\r', '\n'],
  line_breaks: true,
}, [AttributeArgumentPart]);

// ---------------------------------------------------------------------------------------------
// Strings and `$` / `@` forms

export const HereSingleString = token({ name: 'HereSingleString', pattern: { exec: hereString(isSingleQuote) }, start_chars_hint: ['@'], line_breaks: true }, [StringToken]);
export const HereDoubleString = token({ name: 'HereDoubleString', pattern: { exec: hereString(isDoubleQuote) }, start_chars_hint: ['@'], line_breaks: true }, [StringToken]);
export const SubExpressionStart = token({ name: 'SubExpressionStart', pattern: '$(', label: "'$('" });
export const ArrayExpressionStart = token({ name: 'ArrayExpressionStart', pattern: '@(', label: "'@('" });
export const HashtableStart = token({ name: 'HashtableStart', pattern: '@{', label: "'@{'" }, [AttributeArgumentPart]);
export const Variable = token({
  name: 'Variable',
  pattern: new RegExp(VARIABLE_PATTERN.source),
  start_chars_hint: ['$'],
  line_breaks: true,
}, [...argument, ...insideBrackets]);
export const Splat = token({ name: 'Splat', pattern: new RegExp(`@[${NAME_CHAR_CLASS}?]+`), start_chars_hint: ['@'] }, [...argument, ...insideBrackets]);
export const SingleQuotedString = token({ name: 'SingleQuotedString', pattern: { exec: singleQuoted }, start_chars_hint: chars(SINGLE_QUOTES), line_breaks: true }, [StringToken, ...insideBrackets]);
export const DoubleQuotedString = token({ name: 'DoubleQuotedString', pattern: { exec: doubleQuoted }, start_chars_hint: chars(DOUBLE_QUOTES), line_breaks: true }, [StringToken, ...insideBrackets]);

// ---------------------------------------------------------------------------------------------
// Keywords. A keyword is a keyword only when no bareword character follows, so `ForEach-Object`
// and `Function:Get-X` lex as words; everywhere else the parser accepts keywords as plain words.

const NOT_BAREWORD_CONTINUATION = `(?![${NAME_CHAR_CLASS}${DASHES}.\\\\:/])`;

function keyword(word: string): TokenType {
  const name = word[0].toUpperCase() + word.slice(1);
  return token({
    name: `${name}Keyword`,
    label: `'${word}'`,
    pattern: new RegExp(`${word}${NOT_BAREWORD_CONTINUATION}`, 'i'),
    start_chars_hint: [word[0], word[0].toUpperCase()],
  }, [Name, ...argumentAndCommand, ...insideBrackets]);
}

export const ElseIf = keyword('elseif');
export const Else = keyword('else');
export const If = keyword('if');
export const Foreach = keyword('foreach');
export const Function = keyword('function');
export const Filter = keyword('filter');
export const For = keyword('for');
export const In = keyword('in');
export const While = keyword('while');
export const Do = keyword('do');
export const Until = keyword('until');
export const Param = keyword('param');
export const Switch = keyword('switch');
export const Return = keyword('return');
export const Throw = keyword('throw');
export const Exit = keyword('exit');
export const Try = keyword('try');
export const Catch = keyword('catch');
export const Finally = keyword('finally');
export const Trap = keyword('trap');
export const Data = keyword('data');
export const Class = keyword('class');
export const Enum = keyword('enum');

// ---------------------------------------------------------------------------------------------
// Dash operators, then parameters (`-Name`, `-Name:`), then plain minus forms.

const NOT_NAME_OR_COLON = `(?![${NAME_CHAR_CLASS}:])`;

function dashOperator(name: string, alternatives: string, categories: TokenType[]): TokenType {
  return token({
    name,
    pattern: new RegExp(`[${DASHES}](?:${alternatives})${NOT_NAME_OR_COLON}`, 'i'),
    start_chars_hint: chars(DASHES),
  }, [ParameterLike, ...argument, ...insideBrackets, ...categories]);
}

export const SplitJoinOperator = dashOperator('SplitJoinOperator', '[ci]?split|join', [BinaryOperator, PrefixOperator]);
export const ComparisonOperator = dashOperator(
  'ComparisonOperator',
  '[ci]?(?:eq|ne|gt|ge|lt|le|like|notlike|match|notmatch|contains|notcontains|in|notin|replace)|isnot|is|as|shl|shr',
  [BinaryOperator],
);
export const LogicalOperator = dashOperator('LogicalOperator', 'and|or|xor', [BinaryOperator]);
export const BitwiseOperator = dashOperator('BitwiseOperator', 'band|bor|bxor', [BinaryOperator]);
export const NotOperator = dashOperator('NotOperator', 'not|bnot', [PrefixOperator]);
export const FormatOperator = dashOperator('FormatOperator', 'f', [BinaryOperator]);
export const DashName = token({
  name: 'DashName',
  pattern: new RegExp(`[${DASHES}][${NAME_START_CLASS}][${NAME_CHAR_CLASS}]*:?`),
  start_chars_hint: chars(DASHES),
}, [ParameterLike, ...argument, ...insideBrackets]);
export const MinusMinus = token({ name: 'MinusMinus', pattern: new RegExp(`[${DASHES}]{2}`), start_chars_hint: chars(DASHES) }, [PrefixOperator, ...argument, ...insideBrackets]);
export const CompoundAssign = token({ name: 'CompoundAssign', pattern: new RegExp(`(?:[${DASHES}+*/%]|\\?\\?)=`), start_chars_hint: [...chars(DASHES), '+', '*', '/', '%', '?'] }, [AssignOperator, ...argument, ...insideBrackets]);
/** In argument mode a lone `-` is a parameter whose name is not typed yet (what completion needs). */
export const Minus = token({ name: 'Minus', pattern: new RegExp(`[${DASHES}]`), start_chars_hint: chars(DASHES), label: "'-'" }, [BinaryOperator, PrefixOperator, ParameterLike, ...argument, ...insideBrackets]);
export const PlusPlus = token({ name: 'PlusPlus', pattern: '++' }, [PrefixOperator, ...argument, ...insideBrackets]);
export const Plus = token({ name: 'Plus', pattern: '+', label: "'+'" }, [BinaryOperator, PrefixOperator, ...argument, ...insideBrackets]);

// ---------------------------------------------------------------------------------------------
// Redirections before numbers and `*`: `2>&1`, `*>`, `> $null`.

export const Redirection = token({ name: 'Redirection', pattern: /[1-6*]?>>?(?:&[12])?/, start_chars_hint: ['1', '2', '3', '4', '5', '6', '*', '>'] }, insideBrackets);

// ---------------------------------------------------------------------------------------------
// Numbers and words

/**
 * `10`, `1.5GB`, `0x1F`, `1e3`, `.5`, `20.`, with an optional type suffix and multiplier (`KB`...`PB`).
 * The suffixes are Windows PowerShell's `d` and `l` and PowerShell 7's `u`, `ul`, `us`, `uy`, `s`, `y`
 * and `n` (numbers.ts tells them apart). A trailing `.` belongs to the number unless `.` or a name
 * follows it, so `1..5` stays a range; a leading `.` only where no value ends before it, so
 * `$Matches.1` stays member access.
 */
const NUMBER_PATTERN = /0[xX][0-9a-fA-F]+(?:[uU][lLsSyY]?|[lLsSyYnN])?(?:[kKmMgGtTpP][bB])?|0[bB][01]+(?![0-9A-Za-z_])|(?:\d+(?:\.\d+|\.(?![.A-Za-z_]))?|\.\d+)(?:[eE][+-]?\d+)?(?:[uU][lLsSyY]?|[dDlLsSyYnN])?(?:[kKmMgGtTpP][bB])?/y;
/** Characters after which a `.` is member access or part of a word, not the start of a number. */
const VALUE_END = /[A-Za-z0-9_)\]}'"$]/;

const numberLiteral: Matcher = (text, offset) => {
  if (text[offset] === '.' && offset > 0 && VALUE_END.test(text[offset - 1])) return null;
  NUMBER_PATTERN.lastIndex = offset;
  const found = NUMBER_PATTERN.exec(text);
  return found ? match(found[0]) : null;
};

export const NumberToken = token({
  name: 'Number',
  pattern: { exec: numberLiteral },
  start_chars_hint: chars('0123456789.'),
}, [...argument, ...insideBrackets]);
export const Word = token({
  name: 'Word',
  pattern: new RegExp(`[${NAME_START_CLASS}][${NAME_CHAR_CLASS}]*`),
}, [Name, ...argumentAndCommand, ...insideBrackets]);

// ---------------------------------------------------------------------------------------------
// Punctuation

export const DotDot = token({ name: 'DotDot', pattern: '..', label: "'..'" }, [BinaryOperator, ...argumentAndCommand, ...insideBrackets]);
export const Dot = token({ name: 'Dot', pattern: '.', label: "'.'" }, [...argumentAndCommand, ...insideBrackets]);
export const ColonColon = token({ name: 'ColonColon', pattern: '::', label: "'::'" }, [...argument, ...insideBrackets]);
export const Colon = token({ name: 'Colon', pattern: ':', label: "':'" }, [...argumentAndCommand, ...insideBrackets]);
export const LParen = token({ name: 'LParen', pattern: '(', label: "'('" });
export const RParen = token({ name: 'RParen', pattern: ')', label: "')'" });
export const LCurly = token({ name: 'LCurly', pattern: '{', label: "'{'" }, [AttributeArgumentPart]);
export const RCurly = token({ name: 'RCurly', pattern: '}', label: "'}'" }, [AttributeArgumentPart]);
export const LBracket = token({ name: 'LBracket', pattern: '[', label: "'['" }, [ArgChar, AttributeArgumentPart]);
export const RBracket = token({ name: 'RBracket', pattern: ']', label: "']'" }, [ArgChar, AttributeArgumentPart]);
export const Comma = token({ name: 'Comma', pattern: ',', label: "','" }, [PrefixOperator, ...insideBrackets]);
// Inside an attribute's parentheses too: `[ValidateScript({ $p = $_; $true })]`.
export const Semicolon = token({ name: 'Semicolon', pattern: ';', label: "';'" }, [AttributeArgumentPart]);
export const OrOr = token({ name: 'OrOr', pattern: '||' }, insideBrackets);
export const Pipe = token({ name: 'Pipe', pattern: '|', label: "'|'" }, insideBrackets);
export const AndAnd = token({ name: 'AndAnd', pattern: '&&' }, insideBrackets);
export const Ampersand = token({ name: 'Ampersand', pattern: '&', label: "'&'" }, insideBrackets);
export const Equals = token({ name: 'Equals', pattern: '=', label: "'='" }, [AssignOperator, ...argument, ...insideBrackets]);
export const Bang = token({ name: 'Bang', pattern: '!', label: "'!'" }, [PrefixOperator, ...argument, ...insideBrackets]);
export const Star = token({ name: 'Star', pattern: '*', label: "'*'" }, [BinaryOperator, ...argumentAndCommand, ...insideBrackets]);
export const Slash = token({ name: 'Slash', pattern: '/', label: "'/'" }, [BinaryOperator, ...argumentAndCommand, ...insideBrackets]);
export const Percent = token({ name: 'Percent', pattern: '%', label: "'%'" }, [BinaryOperator, ...argumentAndCommand, ...insideBrackets]);
/** `??`, PowerShell 7's null-coalescing operator; in argument mode part of a wildcard (`??.txt`). */
export const QuestionQuestion = token({ name: 'QuestionQuestion', pattern: '??', label: "'??'" }, [BinaryOperator, ...argument, ...insideBrackets]);
/** `?`: the Where-Object alias, a wildcard character, and PowerShell 7's ternary and `?.` / `?[`. */
export const Question = token({ name: 'Question', pattern: '?', label: "'?'" }, [...argumentAndCommand, ...insideBrackets]);
/** A backtick and the character it escapes, outside strings (`` a`,b `` is one argument). */
export const Escaped = token({ name: 'Escaped', pattern: /`[^\r\n]/, start_chars_hint: ['`'] }, [...argumentAndCommand, ...insideBrackets]);
/** Any other single character (`\`, `?`, `~`, a lone `$` or `@`): part of a bareword. */
// Written as a range over all UTF-16 units, not [\s\S], which the lexer's first-character analysis misreads.
// eslint-disable-next-line no-control-regex -- the range deliberately starts at U+0000.
export const Other = token({ name: 'Other', pattern: /[\u0000-\uffff]/, line_breaks: true }, [...argumentAndCommand, ...insideBrackets]);

/** The concrete token types, in the order the lexer tries them. */
export const lexerTokens: readonly TokenType[] = allTokens;

/** The category types plus the concrete ones: the parser's vocabulary. */
export const vocabulary: readonly TokenType[] = [
  AnyToken, ArgChar, CommandStart, Name, ParameterLike, BinaryOperator, PrefixOperator, AssignOperator, StringToken,
  TypeNamePart, AttributeArgumentPart, ...allTokens,
];
