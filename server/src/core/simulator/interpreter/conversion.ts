// PowerShell's implicit conversions, the few a connector script meets: to text (string expansion,
// -like, Write-Host), to Boolean (`if`, `-not`, Where-Object results) and to number (arithmetic,
// comparisons with a number on the left).

import { numberText, parseNumberText } from '../../values/powershellNumber';
import { FormattedText, PsDateTime, PsHashtable, PsObject, PsScriptBlock, type PsValue } from './psValue';

/** `[string]$value`: arrays join with a space, `$null` is empty, Booleans are True/False. */
export function toText(value: PsValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return numberText(value);
  if (Array.isArray(value)) return value.map(toText).join(' ');
  if (value instanceof PsHashtable) return 'System.Collections.Hashtable';
  if (value instanceof PsObject) return objectText(value);
  if (value instanceof FormattedText) return value.lines.join('\n');
  if (value instanceof PsScriptBlock || value instanceof PsDateTime) return value.toString();
  return String(value);
}

/** An Exchange object converts to its Identity (as ToString() does), a plain object to `@{a=1; b=2}`,
 * an error record (`$_` in a catch block) and an exception to the error's message. */
function objectText(value: PsObject): string {
  if (value.typeName === ERROR_RECORD_TYPE) return toText(value.get('Exception'));
  if (value.typeName.endsWith('Exception') && value.has('Message')) return toText(value.get('Message'));
  const identity = value.get('Identity') ?? value.get('Name');
  if (identity !== undefined && !isCustomObject(value)) return toText(identity);
  return `@{${value.properties.map((property) => `${property.name}=${toText(property.value)}`).join('; ')}}`;
}

/** Objects built by the script or by Select-Object, rather than emitted by an Exchange cmdlet. */
export function isCustomObject(value: PsObject): boolean {
  return value.typeName === CUSTOM_OBJECT_TYPE || value.typeName.startsWith('Selected.');
}

export const CUSTOM_OBJECT_TYPE = 'System.Management.Automation.PSCustomObject';

export const ERROR_RECORD_TYPE = 'System.Management.Automation.ErrorRecord';

/** PowerShell truthiness: empty string, 0, `$null` and empty arrays are false; a one-element array is its element. */
export function toBoolean(value: PsValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return value.length > 0;
  if (Array.isArray(value)) {
    if (value.length === 0) return false;
    return value.length === 1 ? toBoolean(value[0]) : true;
  }
  return true;
}

/** `[double]`-like conversion; undefined when the value is not a number PowerShell would accept. */
export function toNumber(value: PsValue | undefined): number | undefined {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') return parseNumberText(value);
  if (Array.isArray(value) && value.length === 1) return toNumber(value[0]);
  return undefined;
}

/** The .NET type name PowerShell would report, for error messages. */
export function typeNameOf(value: PsValue | undefined): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return 'System.String';
  if (typeof value === 'boolean') return 'System.Boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'System.Int32' : 'System.Double';
  if (Array.isArray(value)) return 'System.Object[]';
  if (value instanceof PsHashtable) return 'System.Collections.Hashtable';
  if (value instanceof PsScriptBlock) return 'System.Management.Automation.ScriptBlock';
  if (value instanceof PsDateTime) return 'System.DateTime';
  if (value instanceof PsObject) return value.typeName;
  return 'System.Object';
}
