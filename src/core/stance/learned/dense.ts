/**
 * A dense feature vector written by name, in a fixed order: every pair sets the same names in the same
 * order, so the first vector built fixes the layout, and later vectors are checked against it.
 */

let layout: string[] | null = null;

export const TEXT_KINDS = ['short', 'long', 'head'] as const;
export type TextKind = (typeof TEXT_KINDS)[number];
const KINDS = TEXT_KINDS;

export class DenseVector {
  readonly #values: number[] = [];
  readonly #names: string[] = [];

  set(name: string, value: number): void {
    const i = this.#values.length;
    if (layout && layout[i] !== name)
      throw new Error(`feature ${i} is ${name}, expected ${layout[i]}: the feature code set names out of order`);
    this.#values.push(value);
    if (!layout) this.#names.push(name);
  }

  /** The value set last. */
  last(): number {
    return this.#values[this.#values.length - 1] ?? 0;
  }

  /**
   * The vector laid out for a text of `kind`: with `shared`, once in a block every kind shares, then in the
   * block of its kind (the other kind's block left at zero); without, in its kind's block only.
   */
  expand(kind: TextKind, shared: boolean): Float64Array {
    layout ??= this.#names;
    const n = this.#values.length;
    const out = new Float64Array(((shared ? 1 : 0) + KINDS.length) * n);
    const block = blockOf(kind, shared, n);
    for (let i = 0; i < n; i++) {
      if (shared) out[i] = this.#values[i]!;
      out[block + i] = this.#values[i]!;
    }
    return out;
  }

  /** Names of the expanded vector, once a vector has been built. */
  static names(shared: boolean): string[] {
    if (!layout) throw new Error('no feature vector built yet');
    return [...(shared ? layout : []), ...KINDS.flatMap((k) => layout!.map((x) => `${k}.${x}`))];
  }

  /** Where the first feature of a block sits. */
  static offsets(kind: TextKind, shared: boolean): number[] {
    if (!layout) throw new Error('no feature vector built yet');
    const block = blockOf(kind, shared, layout.length);
    return shared ? [0, block] : [block];
  }
}

function blockOf(kind: TextKind, shared: boolean, n: number): number {
  return (shared ? n : 0) + KINDS.indexOf(kind) * n;
}
