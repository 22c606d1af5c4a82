// The one table of what each catalog value type is called: its name in Exchange's help (the syntax
// block `-MaxMessageSize <Unlimited>`), in the editor's messages, and in the Exchange Management
// Shell's error text (the .NET type). Help, hover, signature help, completion, the editor's findings
// and the interpreter's binding errors all read it.

import { IDENTITY_KINDS, type ParameterSpec, type ValueType } from './types';

type Kind = ValueType['kind'];

interface KindNames {
  /** As Exchange's help and Get-Command -Syntax show it. */
  help: string;
  /** The .NET type the shell's error messages name. */
  dotNet: string;
}

const names: Record<Kind, KindNames> = {
  string: { help: 'String', dotNet: 'System.String' },
  boolean: { help: 'Boolean', dotNet: 'System.Boolean' },
  switch: { help: 'SwitchParameter', dotNet: 'System.Management.Automation.SwitchParameter' },
  int: { help: 'Int32', dotNet: 'System.Int32' },
  size: { help: 'ByteQuantifiedSize', dotNet: 'Microsoft.Exchange.Data.ByteQuantifiedSize' },
  timespan: { help: 'EnhancedTimeSpan', dotNet: 'Microsoft.Exchange.Data.EnhancedTimeSpan' },
  // The catalog lists an enum's names, not its .NET type; help shows String, errors name the parameter.
  enum: { help: 'String', dotNet: 'System.String' },
  path: { help: 'String', dotNet: 'Microsoft.Exchange.Data.LongPath' },
  addressSpace: { help: 'AddressSpace', dotNet: 'Microsoft.Exchange.Data.AddressSpace' },
  identity: { help: 'IdParameter', dotNet: 'Microsoft.Exchange.Configuration.Tasks.IdParameter' },
  fqdn: { help: 'Fqdn', dotNet: 'Microsoft.Exchange.Data.Fqdn' },
  smtpAddress: { help: 'SmtpAddress', dotNet: 'Microsoft.Exchange.Data.SmtpAddress' },
  scriptBlock: { help: 'ScriptBlock', dotNet: 'System.Management.Automation.ScriptBlock' },
  propertyName: { help: 'Object', dotNet: 'System.Object' },
  object: { help: 'PSObject', dotNet: 'System.Management.Automation.PSObject' },
  dateTime: { help: 'DateTime', dotNet: 'System.DateTime' },
  variableName: { help: 'String', dotNet: 'System.String' },
  filter: { help: 'String', dotNet: 'System.String' },
};

/** LocalLongFullPath: a full path on the server itself (help and .NET name alike). */
const LOCAL_PATH = { help: 'LocalLongFullPath', dotNet: 'Microsoft.Exchange.Data.LocalLongFullPath' };

function namesOf(type: ValueType): KindNames {
  if (type.kind === 'path' && type.local) return LOCAL_PATH;
  if (type.kind === 'identity') {
    return { ...names.identity, help: IDENTITY_KINDS[type.of] };
  }
  return names[type.kind];
}

function isUnlimited(type: ValueType): boolean {
  return (type.kind === 'size' || type.kind === 'int') && type.unlimited === true;
}

/** The type as Exchange's help shows it: `Unlimited<ByteQuantifiedSize>`, `MultiValuedProperty`, `String[]`. */
export function helpTypeName(parameter: ParameterSpec): string {
  if (parameter.multiValuedProperty) return 'MultiValuedProperty';
  const base = namesOf(parameter.type).help;
  const single = isUnlimited(parameter.type) ? `Unlimited<${base}>` : base;
  return parameter.multiValued ? `${single}[]` : single;
}

/** The type as the shell's errors name it: `Microsoft.Exchange.Data.Unlimited`1[Microsoft.Exchange.Data.ByteQuantifiedSize]`. */
export function dotNetTypeName(type: ValueType): string {
  const base = namesOf(type).dotNet;
  return isUnlimited(type) ? `Microsoft.Exchange.Data.Unlimited\`1[${base}]` : base;
}

/** The type in the editor's own words (`size`, `Unlimited size`, `boolean list`), for its messages. */
export function displayTypeName(parameter: ParameterSpec): string {
  const type = parameter.type;
  const base = type.kind === 'size' ? (type.unlimited ? 'Unlimited size' : 'size') : type.kind;
  return parameter.multiValued ? `${base} list` : base;
}
