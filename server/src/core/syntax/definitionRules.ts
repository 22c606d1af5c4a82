// Type definitions: `class` and `enum` (PowerShell 5). A class body holds properties and methods,
// each member prefixed by any mix of attributes, a type and the `static` / `hidden` modifiers, in any
// order (`[hashtable] static $Cache`, `static [int] $Count`); a method is a name, a parameter list
// and a body, a constructor may call `: base(...)`. Attributes before `class` or `enum`
// (`[DscResource()]`) parse as statements of their own and are moved onto the definition afterwards
// (see addListItem in statementRules.ts), like the attributes before `param`.

import type {
  Block, ClassMethod, ClassProperty, ClassStatement, EnumMember, EnumStatement, Expression, ParamBlock, ParenExpression,
  TypeLiteral,
} from './ast';
import { tokenMatcher, type IOrAlt, type IToken, type OrMethodOpts, type ParserMethod } from './chevrotain';
import { CommandGrammar } from './commandRules';
import { SyntaxFailure } from './failure';
import { RECORDED } from './grammarBase';
import { variable } from './literals';
import { diagnosticAt, unexpectedAfterStatement, unexpectedToken } from './messages';
import { adjacent, tokenEnd, tokenRange } from './ranges';
import {
  AnyToken, Class, Colon, Comma, Enum, Equals, LBracket, LCurly, LParen, Name, NewLine, RCurly, Semicolon, Variable, Word,
} from './tokens';

type Member = ClassProperty | ClassMethod;

/** Words that modify a class member; contextual, so they stay plain words elsewhere. */
const MEMBER_MODIFIERS = new Set(['static', 'hidden']);

export abstract class DefinitionGrammar extends CommandGrammar {
  // Rules of statementRules.ts that class members reuse.
  protected abstract readonly parameterList: ParserMethod<[], ParamBlock>;
  protected abstract readonly statementBody: ParserMethod<[IToken?], Block>;

  /** Passes what prefixes a member (attributes, modifiers) to the rule that finishes it. */
  private memberPrefix: { attributes: TypeLiteral[]; modifiers: string[]; start: number } = { attributes: [], modifiers: [], start: 0 };

  private readonly modifierAhead = (): boolean => {
    const next = this.LA(1);
    return next.tokenType === Word && MEMBER_MODIFIERS.has(next.image.toLowerCase()) && this.LA(2).tokenType !== LParen;
  };

  private readonly memberPrefixAhead = (): boolean => this.LA(1).tokenType === LBracket || this.modifierAhead();

  /** Line breaks before `:` or `{` after a definition's name still belong to the definition. */
  private readonly definitionContinues = (): boolean => {
    const type = this.typeAfterNewlines();
    return type === Colon || type === LCurly;
  };

  /** Whether the body being parsed is an enum's (its members are names) rather than a class's. */
  private definingEnum = false;

  private readonly inEnum = (): boolean => this.definingEnum;

  private readonly inClass = (): boolean => !this.definingEnum;

  private readonly colonAfterNewlines = (): boolean => this.typeAfterNewlines() === Colon;

  private readonly commaAfterNewlines = (): boolean => this.typeAfterNewlines() === Comma;

  // -------------------------------------------------------------------------------------------
  // class

  protected readonly classStatement = this.RULE('classStatement', (): ClassStatement => {
    const keyword = this.CONSUME(Class);
    const name = this.SUBRULE(this.definitionName, { ARGS: [keyword] });
    const baseTypes: TypeLiteral[] = [];
    this.OPTION({
      GATE: this.definitionContinues,
      DEF: () => {
        this.MANY(() => this.CONSUME(NewLine));
        this.OPTION2(() => {
          this.CONSUME(Colon);
          baseTypes.push(this.SUBRULE(this.baseTypeName));
          this.MANY2({
            GATE: this.commaAfterNewlines,
            DEF: () => {
              this.MANY3(() => this.CONSUME2(NewLine));
              this.CONSUME(Comma);
              baseTypes.push(this.SUBRULE2(this.baseTypeName));
            },
          });
        });
      },
    });
    const body = this.SUBRULE(this.definitionBody, { ARGS: [keyword] });
    if (this.RECORDING_PHASE) return RECORDED;
    const members = body.items as Member[];
    return { kind: 'Class', range: { start: keyword.startOffset, end: body.end }, name: name.image, nameRange: tokenRange(name), attributes: [], baseTypes, members };
  });

  /** The name after `class` or `enum`: one word. */
  private readonly definitionName = this.RULE('definitionName', (keyword?: IToken): IToken => {
    if (!this.RECORDING_PHASE) {
      const word = keyword?.image.toLowerCase() ?? 'class';
      this.expect(Name, `Missing the ${word} name after '${word}'. Write ${word} Name { ... }.`);
    }
    return this.CONSUME(Name);
  });

  /** `B`, `System.IComparable`, `IEquatable[Item]`: a name and whatever is glued to it, up to `,` or `{`. */
  private readonly baseTypeName = this.RULE('baseTypeName', (): TypeLiteral => {
    this.MANY(() => this.CONSUME(NewLine));
    if (!this.RECORDING_PHASE) this.expect(Name, "Missing the base class or interface after ':'. Write class Name : BaseClass { ... }.");
    const first = this.CONSUME(Name);
    this.MANY2({ GATE: this.glued, DEF: () => this.CONSUME(AnyToken) });
    if (this.RECORDING_PHASE) return RECORDED;
    const range = { start: first.startOffset, end: tokenEnd(this.LA(0)) };
    return { kind: 'Type', range, name: this.sourceOf(range) };
  });

  /** The next token touches the previous one and is not the `{`, `,` or line break that ends a base type name. */
  private readonly glued = (): boolean => {
    const next = this.LA(1);
    return adjacent(this.LA(0), next) && next.tokenType !== LCurly && next.tokenType !== Comma && next.tokenType !== NewLine;
  };

  private bodyItemOptions?: OrMethodOpts<Member | EnumMember | undefined>;

  /** The `{ }` of a class or enum: members separated by line breaks or `;`, each recovering on its own. */
  private readonly definitionBody = this.RULE('definitionBody', (keyword?: IToken): { items: (Member | EnumMember)[]; end: number } => {
    // Without a `{` after them, the line breaks end the (broken) definition: the next line is its own.
    this.MANY({ GATE: this.braceAfterNewlines, DEF: () => this.CONSUME(NewLine) });
    if (!this.RECORDING_PHASE) {
      const word = keyword?.image.toLowerCase() ?? 'class';
      this.expect(LCurly, `Missing '{' after the ${word} name. Put the ${word}'s members in braces: ${word} Name { ... }.`);
    }
    const open = this.CONSUME(LCurly);
    if (!this.RECORDING_PHASE) this.enter('curly');
    const items: (Member | EnumMember)[] = [];
    const enumBody = keyword?.tokenType === Enum;
    this.MANY2({
      GATE: this.notAtListEnd,
      DEF: () => {
        // Set before each member: a method body may hold another definition.
        this.definingEnum = enumBody;
        const item = this.OR(this.bodyItemOptions ??= {
          IGNORE_AMBIGUITIES: true,
          DEF: [
            { ALT: () => { this.CONSUME2(NewLine); return undefined; } },
            { ALT: () => { this.CONSUME(Semicolon); return undefined; } },
            { GATE: this.inClass, ALT: () => this.SUBRULE(this.classMemberWithRecovery) },
            { GATE: this.inEnum, ALT: () => this.SUBRULE(this.enumMemberWithRecovery) },
            { ALT: () => { this.SUBRULE(this.strayMemberToken); return undefined; } },
          ],
        });
        if (!this.RECORDING_PHASE && item) items.push(item);
      },
    });
    const close = this.OPTION(() => this.CONSUME(RCurly));
    if (this.RECORDING_PHASE) return RECORDED;
    return { items, end: this.closed(open, close, 'curly', `${keyword?.image.toLowerCase() ?? 'class'} body`) };
  });

  private readonly strayMemberToken = this.RULE('strayMemberToken', (): void => {
    const token = this.CONSUME(AnyToken);
    if (this.RECORDING_PHASE) return;
    this.report(unexpectedToken(token));
    this.skipStatement(0);
  });

  private readonly classMemberWithRecovery = this.RULE('classMemberWithRecovery', (): Member | undefined => {
    const first = this.LA(1);
    const saved = this.nesting.length;
    try {
      const member = this.SUBRULE(this.classMember);
      // A method ends with its body's `}`; a property needs a line break, `;` or the class's `}`.
      if (!this.RECORDING_PHASE && member.kind === 'ClassProperty') this.expectMemberEnd();
      return member;
    } catch (error) {
      this.recover(error, first, saved);
      return undefined;
    }
  });

  private memberPrefixOptions?: IOrAlt<void>[];

  private memberKindOptions?: IOrAlt<Member>[];

  private readonly classMember = this.RULE('classMember', (): Member => {
    const prefix = { attributes: [] as TypeLiteral[], modifiers: [] as string[], start: this.LA(1).startOffset };
    // The cached alternatives below read the prefix through the field, not a closure of this call.
    this.memberPrefix = prefix;
    this.MANY({
      GATE: this.memberPrefixAhead,
      DEF: () => {
        this.OR(this.memberPrefixOptions ??= [
          { ALT: () => { this.memberPrefix.attributes.push(this.SUBRULE(this.typeLiteral)); } },
          { ALT: () => { this.memberPrefix.modifiers.push(this.CONSUME(Word).image.toLowerCase()); } },
        ]);
        this.MANY2(() => this.CONSUME(NewLine));
      },
    });
    this.memberPrefix = prefix;
    if (!this.RECORDING_PHASE && this.LA(1).tokenType !== Variable && !tokenMatcher(this.LA(1), Name)) {
      throw SyntaxFailure.at(tokenRange(this.LA(1)), 'Expected a property such as [string] $Name or a method such as [int] Count() { ... } in the class body.');
    }
    return this.OR2(this.memberKindOptions ??= [
      { ALT: () => this.SUBRULE(this.classProperty) },
      { ALT: () => this.SUBRULE(this.classMethod) },
    ]);
  });

  private readonly classProperty = this.RULE('classProperty', (): ClassProperty => {
    const prefix = this.memberPrefix;
    const name = variable(this.CONSUME(Variable));
    const defaultValue = this.OPTION(() => {
      const equals = this.CONSUME(Equals);
      this.MANY(() => this.CONSUME(NewLine));
      const value = this.OPTION2(() => this.SUBRULE(this.expression));
      if (!this.RECORDING_PHASE && !value) this.report(diagnosticAt(tokenRange(equals), "Missing the property's default value after '='. Add the value, or remove the '='.", 'missing-expression'));
      return value;
    });
    if (this.RECORDING_PHASE) return RECORDED;
    const property: ClassProperty = {
      kind: 'ClassProperty', range: { start: prefix.start, end: defaultValue?.range.end ?? name.range.end }, attributes: prefix.attributes, modifiers: prefix.modifiers, variable: name,
    };
    if (defaultValue) property.defaultValue = defaultValue;
    return property;
  });

  private readonly classMethod = this.RULE('classMethod', (): ClassMethod => {
    const prefix = this.memberPrefix;
    const name = this.CONSUME(Name);
    if (!this.RECORDING_PHASE) this.expect(LParen, `Missing '(' after the method name '${name.image}'. Write ${name.image}() { ... }, with the parameters in the parentheses.`);
    const parameters = this.SUBRULE(this.parameterList);
    // A constructor's `: base(...)`, whose parts may each sit on a line of their own.
    const baseArguments = this.OPTION({
      GATE: this.colonAfterNewlines,
      DEF: () => {
        this.MANY(() => this.CONSUME(NewLine));
        this.CONSUME(Colon);
        this.MANY2(() => this.CONSUME2(NewLine));
        this.CONSUME2(Name);
        this.MANY3(() => this.CONSUME3(NewLine));
        return this.SUBRULE(this.parenExpression);
      },
    });
    const body = this.SUBRULE(this.statementBody, { ARGS: [name] });
    if (this.RECORDING_PHASE) return RECORDED;
    const method: ClassMethod = {
      kind: 'ClassMethod', range: { start: prefix.start, end: body.range.end }, attributes: prefix.attributes, modifiers: prefix.modifiers,
      name: name.image, nameRange: tokenRange(name), parameters, body,
    };
    if (baseArguments) method.baseArguments = baseArgumentList(baseArguments);
    return method;
  });

  /** A member must end at a line break, `;` or the closing `}`. */
  private expectMemberEnd(): void {
    const next = this.LA(1);
    if (next.tokenType === NewLine || next.tokenType === Semicolon || next.tokenType === RCurly) return;
    throw new SyntaxFailure(unexpectedAfterStatement(next));
  }

  // -------------------------------------------------------------------------------------------
  // enum

  protected readonly enumStatement = this.RULE('enumStatement', (): EnumStatement => {
    const keyword = this.CONSUME(Enum);
    const name = this.SUBRULE(this.definitionName, { ARGS: [keyword] });
    const baseType = this.OPTION({
      GATE: this.definitionContinues,
      DEF: () => {
        this.MANY(() => this.CONSUME(NewLine));
        return this.OPTION2(() => {
          this.CONSUME(Colon);
          return this.SUBRULE(this.baseTypeName);
        });
      },
    });
    const body = this.SUBRULE(this.definitionBody, { ARGS: [keyword] });
    if (this.RECORDING_PHASE) return RECORDED;
    const statement: EnumStatement = {
      kind: 'Enum', range: { start: keyword.startOffset, end: body.end }, name: name.image, nameRange: tokenRange(name), attributes: [], members: body.items as EnumMember[],
    };
    if (baseType) statement.baseType = baseType;
    return statement;
  });

  private readonly enumMemberWithRecovery = this.RULE('enumMemberWithRecovery', (): EnumMember | undefined => {
    const first = this.LA(1);
    const saved = this.nesting.length;
    try {
      const member = this.SUBRULE(this.enumMember);
      if (!this.RECORDING_PHASE) this.expectMemberEnd();
      return member;
    } catch (error) {
      this.recover(error, first, saved);
      return undefined;
    }
  });

  /** `Name` or `Name = value`. */
  private readonly enumMember = this.RULE('enumMember', (): EnumMember => {
    const name = this.CONSUME(Name);
    const value = this.OPTION(() => {
      const equals = this.CONSUME(Equals);
      this.MANY(() => this.CONSUME(NewLine));
      if (!this.RECORDING_PHASE) this.expectValue(equals);
      return this.SUBRULE(this.expression);
    });
    if (this.RECORDING_PHASE) return RECORDED;
    const member: EnumMember = { kind: 'EnumMember', range: { start: name.startOffset, end: value?.range.end ?? tokenEnd(name) }, name: name.image };
    if (value) member.value = value;
    return member;
  });

  private expectValue(equals: IToken): void {
    const next = this.LA(1).tokenType;
    if (next === NewLine || next === Semicolon || next === RCurly) {
      throw SyntaxFailure.at(tokenRange(equals), "Missing the enum member's value after '='. Add the value, or remove the '='.", 'missing-expression');
    }
  }
}

/** The arguments of `: base(a, b)`: the parenthesised list's elements. */
function baseArgumentList(paren: ParenExpression): Expression[] {
  const statement = paren.statement;
  if (!statement) return [];
  const only = statement.kind === 'Pipeline' && statement.elements.length === 1 ? statement.elements[0] : undefined;
  if (only?.kind !== 'ExpressionElement') return [paren];
  return only.expression.kind === 'Array' ? only.expression.elements : [only.expression];
}
