import * as assert from 'node:assert/strict';
import { lex } from '../../../server/src/core/syntax/lexer';

/** `Type:image` for each token the parser sees. */
function tokens(text: string): string[] {
  return lex(text).tokens.map((token) => `${token.tokenType.name}:${token.image}`);
}

const rows: [source: string, expected: string[]][] = [
  ['foreach ForEach-Object foreach:x', ['ForeachKeyword:foreach', 'Word:ForEach', 'DashName:-Object', 'Word:foreach', 'Colon::', 'Word:x']],
  ['IF ElseIf else', ['IfKeyword:IF', 'ElseifKeyword:ElseIf', 'ElseKeyword:else']],
  ['-eq -Equals -f -Force -in -Include -is -isnot -not -NotMatch', [
    'ComparisonOperator:-eq', 'DashName:-Equals', 'FormatOperator:-f', 'DashName:-Force', 'ComparisonOperator:-in', 'DashName:-Include',
    'ComparisonOperator:-is', 'ComparisonOperator:-isnot', 'NotOperator:-not', 'ComparisonOperator:-NotMatch',
  ]],
  ['-ceq -ilike -creplace -split -join -and -bor', [
    'ComparisonOperator:-ceq', 'ComparisonOperator:-ilike', 'ComparisonOperator:-creplace', 'SplitJoinOperator:-split', 'SplitJoinOperator:-join',
    'LogicalOperator:-and', 'BitwiseOperator:-bor',
  ]],
  ['-Name: -eq: -Name:value', ['DashName:-Name:', 'DashName:-eq:', 'DashName:-Name:', 'Word:value']],
  ['\u2013Name \u2014eq', ['DashName:\u2013Name', 'ComparisonOperator:\u2014eq']],
  ['- -- -= 1-2', ['Minus:-', 'MinusMinus:--', 'CompoundAssign:-=', 'Number:1', 'Minus:-', 'Number:2']],
  ['10MB 1.5gb 0x1F 1e3 1..10 5d', ['Number:10MB', 'Number:1.5gb', 'Number:0x1F', 'Number:1e3', 'Number:1', 'DotDot:..', 'Number:10', 'Number:5d']],
  ['$x ${a b} $env:TEMP $x: $_ $$ $? $ $(', ['Variable:$x', 'Variable:${a b}', 'Variable:$env:TEMP', 'Variable:$x', 'Colon::', 'Variable:$_', 'Variable:$$', 'Variable:$?', 'Other:$', 'SubExpressionStart:$(']],
  ['@( @{ @params @ user@contoso.com', ['ArrayExpressionStart:@(', 'HashtableStart:@{', 'Splat:@params', 'Other:@', 'Word:user', 'Splat:@contoso', 'Dot:.', 'Word:com']],
  ['@"\nx\n"@ @"x"', ['HereDoubleString:@"\nx\n"@', 'Other:@', 'DoubleQuotedString:"x"']],
  ["'a''b' \"a`\"b\" \u201Cq\u201D", ["SingleQuotedString:'a''b'", 'DoubleQuotedString:"a`"b"', 'DoubleQuotedString:\u201Cq\u201D']],
  ['"a $(")") b"', ['DoubleQuotedString:"a $(")") b"']],
  ['a#b # comment\nc', ['Word:a', 'Other:#', 'Word:b', 'NewLine:\n', 'Word:c']],
  ['x <# block #> y', ['Word:x', 'Word:y']],
  ['a `\n b `x', ['Word:a', 'Word:b', 'Escaped:`x']],
  ['2>&1 > $null *> out.txt', ['Redirection:2>&1', 'Redirection:>', 'Variable:$null', 'Redirection:*>', 'Word:out', 'Dot:.', 'Word:txt']],
  ['C:\\Drop\\x *.contoso.com', ['Word:C', 'Colon::', 'Other:\\', 'Word:Drop', 'Other:\\', 'Word:x', 'Star:*', 'Dot:.', 'Word:contoso', 'Dot:.', 'Word:com']],
  ['a\n\n  \nb;c', ['Word:a', 'NewLine:\n\n  \n', 'Word:b', 'Semicolon:;', 'Word:c']],
  ['a\u00A0b\u3000c', ['Word:a', 'Word:b', 'Word:c']],
  ['&& || | & , :: [ ]', ['AndAnd:&&', 'OrOr:||', 'Pipe:|', 'Ampersand:&', 'Comma:,', 'ColonColon:::', 'LBracket:[', 'RBracket:]']],
  ['Größe ½', ['Word:Größe', 'Word:½']],
];

describe('syntax: lexer', () => {
  for (const [source, expected] of rows) {
    it(JSON.stringify(source), () => {
      assert.deepEqual(tokens(source), expected);
    });
  }

  it('gives tokens UTF-16 offsets', () => {
    const result = lex('😀 Get-X');
    assert.deepEqual(result.tokens.map((token) => token.startOffset), [0, 3, 6]);
  });

  it('collects comments and continuations apart from the tokens', () => {
    const result = lex('# a\nGet-X `\n  -Name <# b #> x');
    assert.deepEqual(result.comments.map((comment) => [comment.range, comment.block]), [[{ start: 0, end: 3 }, false], [{ start: 20, end: 27 }, true]]);
    assert.deepEqual(result.continuations, [{ start: 10, end: 11 }]);
  });

  it('lexes a part of a text with offsets into the whole', () => {
    const text = 'Write-Host "$(Get-X -Name a)"';
    const result = lex(text, 14, 27);
    assert.deepEqual(result.tokens.map((token) => [token.image, token.startOffset]), [['Get', 14], ['-X', 17], ['-Name', 20], ['a', 26]]);
  });

  it('cuts an unterminated string at the end of its line and reports it', () => {
    const result = lex('Get-X "abc\nGet-Y');
    assert.deepEqual(result.tokens.map((token) => token.image), ['Get', '-X', '"abc', '\n', 'Get', '-Y']);
    assert.deepEqual(result.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range]), [['unterminated-string', { start: 6, end: 10 }]]);
  });

  it('reads any character, reporting nothing, so the parser always gets a token stream', () => {
    const text = '\u0000\u0007~^\uD800\uDFFF\u2028\uFFFF';
    const result = lex(text);
    assert.deepEqual(result.diagnostics, []);
    assert.equal(result.tokens.map((token) => token.image).join(''), text.replace(/\s/g, (ch) => (ch === '\u2028' ? ch : '')));
  });
});
