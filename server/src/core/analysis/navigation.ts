// Definition, references and rename of a connector name across the workspace. A connector is
// defined where New-ForeignConnector -Name gives it its name; it is referenced by the -Identity of
// the Foreign connector cmdlets and renamed by Set-ForeignConnector -Name. An -Identity names a
// connector as the cmdlets resolve it (model/identity.ts: name in any case, `Server\Name`, or the
// GUID or distinguished name of a saved connector); wildcard identities are not references.

import type { Location, TextEdit } from 'vscode-languageserver-types';
import type { Range } from '../syntax/ast';
import type { LineRange, Position } from '../syntax/positions';
import type { DocumentAnalysis } from './documentAnalysis';
import type { WorkspaceEdit } from './editorResults';
import { pathAt } from './syntaxQueries';
import { identityQuery, serverQualifier } from '../model/identity';
import { connectorOccurrences, type ConnectorOccurrence, type WorkspaceView } from './workspaceView';

/** A rename that cannot be done, with the reason to show the user. */
export class RenameError extends Error {}

/** The connector name at the cursor: its text and where it is written. */
export function connectorNameAt(analysis: DocumentAnalysis, position: Position): { name: string; range: Range } | undefined {
  const offset = analysis.lines.offsetAt(position);
  const facts = analysis.facts;
  const occurrence = [...facts.connectorsCreated, ...facts.connectorReferences].find((candidate) => candidate.range.start <= offset && offset <= candidate.range.end);
  if (!occurrence || isWildcard(occurrence.name)) return undefined;
  return { name: occurrence.name, range: occurrence.range };
}

function isWildcard(name: string): boolean {
  return /[*?]/.test(name);
}

/** Every occurrence of the connector the name at `at` names (in `analysis`, which the view holds). */
function occurrencesOf(view: WorkspaceView, analysis: DocumentAnalysis, at: { name: string; range: Range }): ConnectorOccurrence[] {
  const occurrences = connectorOccurrences(view);
  const here = occurrences.find((occurrence) => occurrence.uri === analysis.uri && occurrence.range.start === at.range.start);
  const connector = here ? here.connector : identityQuery(at.name).name;
  return connector === undefined ? [] : occurrences.filter((occurrence) => occurrence.connector === connector);
}

function locationOf(occurrence: ConnectorOccurrence): Location {
  return { uri: occurrence.uri, range: occurrence.analysis.lines.rangeAt(occurrence.range.start, occurrence.range.end) };
}

function isCreation(occurrence: ConnectorOccurrence): boolean {
  return occurrence.declaration && /^New-/i.test(occurrence.command.name.text);
}

/** Where the connector at the cursor is created (New-ForeignConnector -Name); a rename's target when none is. */
export function definition(analysis: DocumentAnalysis, position: Position, view: WorkspaceView): Location[] {
  const at = connectorNameAt(analysis, position);
  if (!at) return [];
  const occurrences = occurrencesOf(view, analysis, at);
  const creations = occurrences.filter(isCreation);
  return (creations.length > 0 ? creations : occurrences.filter((occurrence) => occurrence.declaration)).map(locationOf);
}

export function references(analysis: DocumentAnalysis, position: Position, view: WorkspaceView, includeDeclaration: boolean): Location[] {
  const at = connectorNameAt(analysis, position);
  if (!at) return [];
  return occurrencesOf(view, analysis, at)
    .filter((occurrence) => includeDeclaration || !occurrence.declaration)
    .map(locationOf);
}

export function prepareRename(analysis: DocumentAnalysis, position: Position): { range: LineRange; placeholder: string } | null {
  const at = connectorNameAt(analysis, position);
  if (!at) return null;
  return { range: analysis.lines.rangeAt(at.range.start, at.range.end), placeholder: at.name };
}

export function rename(analysis: DocumentAnalysis, position: Position, newName: string, view: WorkspaceView): WorkspaceEdit | null {
  const at = connectorNameAt(analysis, position);
  if (!at) return null;
  const name = newName.trim();
  if (name === '') throw new RenameError('A connector name cannot be empty.');
  if (/[\r\n]/.test(name)) throw new RenameError('A connector name cannot contain a line break.');
  if (isWildcard(name)) throw new RenameError('A connector name cannot contain * or ?, which Exchange reads as wildcards.');
  const changes: Record<string, TextEdit[]> = {};
  for (const occurrence of occurrencesOf(view, analysis, at)) {
    const written = writtenName(occurrence, name);
    if (written !== undefined) (changes[occurrence.uri] ??= []).push(renameEdit(occurrence, written));
  }
  return { changes };
}

/**
 * The new text of an occurrence that names the connector by its name, keeping a `Server\` in front;
 * undefined for a GUID or distinguished name, which a rename leaves alone (the GUID stays the
 * connector's, and the next run saves the renamed connector's new distinguished name).
 */
function writtenName(occurrence: ConnectorOccurrence, name: string): string | undefined {
  if (occurrence.declaration) return name;
  if (identityQuery(occurrence.name).name !== occurrence.connector) return undefined;
  return `${serverQualifier(occurrence.name)}${name}`;
}

/** Replaces the name as written: inside its quotes with the quotes' escaping, or as a bare word (quoted when it must be). */
function renameEdit(occurrence: ConnectorOccurrence, name: string): TextEdit {
  const { analysis, range } = occurrence;
  const node = pathAt(analysis.script, range.start).find((candidate) =>
    (candidate.kind === 'String' && candidate.contentRange.start === range.start && candidate.contentRange.end === range.end) ||
    (candidate.kind === 'Bareword' && candidate.range.start === range.start && candidate.range.end === range.end));
  const quote = node?.kind === 'String' ? node.quote : undefined;
  const newText = quote === 'single' || quote === 'hereSingle' ? escapeSingle(name, quote)
    : quote ? escapeDouble(name, quote)
      : /^[\w.-]+$/.test(name) ? name : `"${escapeDouble(name, 'double')}"`;
  return { range: analysis.lines.rangeAt(range.start, range.end), newText };
}

function escapeSingle(name: string, quote: 'single' | 'hereSingle'): string {
  return quote === 'single' ? name.replace(/'/g, "''") : name;
}

function escapeDouble(name: string, quote: 'double' | 'hereDouble'): string {
  const escaped = name.replace(/[`$]/g, '`$&');
  return quote === 'double' ? escaped.replace(/"/g, '`"') : escaped;
}
