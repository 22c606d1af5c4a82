// Variables by scope. Names are case-insensitive; a read walks up to the script scope, a write goes
// to the current scope (PowerShell's rule, so a function cannot clobber the script's `$x` by
// accident). `$true`, `$false` and `$null` are constants; `$env:` reads nothing, because the
// simulator does not expose the machine's environment to a script.

import type { PsValue } from './psValue';

const constants: Record<string, PsValue> = { true: true, false: false, null: null };

export class Scope {
  private readonly variables = new Map<string, PsValue>();

  constructor(readonly parent?: Scope) {}

  child(): Scope {
    return new Scope(this);
  }

  /** undefined when no scope defines the variable (PowerShell then reads `$null`). */
  get(name: string, scopeModifier?: string): PsValue | undefined {
    const key = name.toLowerCase();
    if (key in constants) return constants[key];
    if (scopeModifier && scopeModifier.toLowerCase() === 'env') return undefined;
    const start = isRootModifier(scopeModifier) ? this.root() : this;
    for (let scope: Scope | undefined = start; scope; scope = scope.parent) {
      if (scope.variables.has(key)) return scope.variables.get(key) as PsValue;
    }
    return undefined;
  }

  set(name: string, value: PsValue, scopeModifier?: string): void {
    const key = name.toLowerCase();
    if (key in constants) throw new Error(`Cannot overwrite variable ${name} because it is read-only or constant.`);
    const target = isRootModifier(scopeModifier) ? this.root() : this;
    target.variables.set(key, value);
  }

  /** Sets the variable in this scope only and returns a function that puts back what was there,
   * so `$_` of a nested pipeline does not outlive it. */
  setTemporarily(name: string, value: PsValue): () => void {
    const key = name.toLowerCase();
    const had = this.variables.has(key);
    const previous = this.variables.get(key);
    this.variables.set(key, value);
    return () => {
      if (had) this.variables.set(key, previous as PsValue);
      else this.variables.delete(key);
    };
  }

  /** Sets the variable in this scope only, e.g. `$args` of a function call. */
  setLocal(name: string, value: PsValue): void {
    this.variables.set(name.toLowerCase(), value);
  }

  private root(): Scope {
    return this.parent ? this.parent.root() : this;
  }
}

function isRootModifier(modifier: string | undefined): boolean {
  const lower = modifier?.toLowerCase();
  return lower === 'script' || lower === 'global';
}
