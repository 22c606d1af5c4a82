// What a run prints, in order, split by stream the way a console host does: results (formatted
// objects, Write-Host, What if: lines) and errors. The CLI sends the two streams to stdout and stderr;
// the language server shows them together. Failures are kept with their line for the editor.

export type OutputStream = 'output' | 'error';

export interface TranscriptEntry {
  stream: OutputStream;
  /** Complete lines, without line breaks. */
  lines: string[];
}

export interface Failure {
  /** 0-based line of the statement or command that failed. */
  line: number;
  /** What the editor underlines, 0-based: the parameter the error is about, or the command's name. */
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  /** The exception type of the error record (ADObjectAlreadyExistsException). */
  reason?: string;
}

/** Output the host has laid out that the next output may still extend (the rows of one table). */
export interface OpenView {
  /** Takes `next` in when it continues this view (objects of the same type); false otherwise. */
  absorb(next: OpenView): boolean;
  render(): string[];
}

export class Transcript {
  readonly entries: TranscriptEntry[] = [];
  readonly failures: Failure[] = [];
  /** Text written without a line break (Write-Host -NoNewline), which the next line continues. */
  private pending = '';
  /** The last view written, still open to the next statement's objects of its type. */
  private open: OpenView | undefined;

  /** Writes a statement's objects; they join the open view when they continue it. */
  writeView(view: OpenView): void {
    if (this.open?.absorb(view)) return;
    this.closeView();
    this.open = view;
  }

  write(lines: string[], stream: OutputStream = 'output'): void {
    this.closeView();
    if (lines.length === 0) return;
    if (this.pending !== '') {
      lines = stream === 'output' ? [this.pending + lines[0], ...lines.slice(1)] : lines;
      if (stream !== 'output') this.append([this.pending], 'output');
      this.pending = '';
    }
    this.append(lines, stream);
  }

  /** Writes text that the next output continues on the same line. */
  writeInline(text: string): void {
    this.closeView();
    this.pending += text;
  }

  /** Ends the run: text still waiting for its line break is written as a line of its own. */
  close(): void {
    this.closeView();
    if (this.pending === '') return;
    this.append([this.pending], 'output');
    this.pending = '';
  }

  /** Anything else written ends the open view, so the order of everything printed is kept. */
  private closeView(): void {
    const view = this.open;
    this.open = undefined;
    if (view) this.write(view.render());
  }

  private append(lines: string[], stream: OutputStream): void {
    const last = this.entries.at(-1);
    if (last && last.stream === stream) last.lines.push(...lines);
    else this.entries.push({ stream, lines: [...lines] });
  }

  fail(failure: Failure): void {
    this.failures.push(failure);
  }

  /** Both streams interleaved as a console shows them, each line ending with `\n`. */
  text(): string {
    return this.entries.map((entry) => entry.lines.map((line) => `${line}\n`).join('')).join('');
  }
}
