// How an X.400 attribute reads in completion documentation and hover: its full name, what it is for,
// its length limits and character set, and the other spellings Exchange accepts for its key.

import type { X400AttributeInfo } from '../addressSpace/x400Attributes';

const valueKinds: Record<X400AttributeInfo['valueKind'], string> = {
  printable: 'letters, digits, spaces and \' ( ) + , - . / : = ?',
  numeric: 'digits only',
  country: 'a two-letter ISO 3166 code or a three-digit X.121 code',
};

export function x400AttributeMarkdown(info: X400AttributeInfo): string {
  const length = info.minLength === info.maxLength ? `${info.maxLength}` : `${info.minLength}–${info.maxLength}`;
  const facts = [
    `Length: ${length} characters`,
    `Characters: ${valueKinds[info.valueKind]}`,
    `Example: \`${info.example}\``,
  ];
  if (info.aliases.length > 0) facts.push(`Also written: ${info.aliases.map((alias) => `\`${alias}\``).join(', ')}`);
  return [`**${info.key}** — ${info.name}`, info.description, facts.map((fact) => `- ${fact}`).join('\n')].join('\n\n');
}
