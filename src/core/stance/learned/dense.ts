/**
 * A dense feature vector written by name, in a fixed order: every pair sets the same names in the same
 * order, so the first vector built fixes the layout, and later vectors are checked against it.
 */

let layout: string[] | null = null;

export class DenseVector {
  readonly #values: number[] = [];
  readonly #names: string[] = [];

  set(name: string, value: number): void {
    const i = this.#values.length;
    if (layout && layout[i] !== name) throw new Error(`feature ${i} is ${name}, expected ${layout[i]}: the feature code set names out of order`);
    this.#values.push(value);
    if (!layout) this.#names.push(name);
  }

  /** The vector three times over: shared, then the block of `kind` filled and the other left at zero. */
  expand(kind: 'short' | 'long'): Float64Array {
    layout ??= this.#names;
    const n = this.#values.length;
    const out = new Float64Array(3 * n);
    const block = kind === 'short' ? n : 2 * n;
    for (let i = 0; i < n; i++) {
      out[i] = this.#values[i]!;
      out[block + i] = this.#values[i]!;
    }
    return out;
  }

  /** Names of the expanded vector, once a vector has been built. */
  static names(): string[] {
    if (!layout) throw new Error('no feature vector built yet');
    return [...layout, ...layout.map((x) => `short.${x}`), ...layout.map((x) => `long.${x}`)];
  }
}
