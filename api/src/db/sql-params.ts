/**
 * The parameters of a statement assembled from parts: each value added gets the next `$n`, so
 * the parts never count positions by hand. `first` holds values a shared fragment already
 * expects at `$1`, `$2`…
 */
export class SqlParams {
  readonly values: unknown[];

  constructor(first: readonly unknown[] = []) {
    this.values = [...first];
  }

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
