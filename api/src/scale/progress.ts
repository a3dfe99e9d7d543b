// Progress of the generator: one line per table (rows done / total, rows per second, elapsed).
// On a terminal the line of the table being written is redrawn in place; otherwise (a log file,
// CI) each table prints plain lines: one every 15 seconds while it lasts, one when it ends.

const numberFormat = new Intl.NumberFormat('en-US');
const count = (n: number) => numberFormat.format(Math.round(n));
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export interface ProgressOutput {
  write(text: string): unknown;
  isTTY?: boolean;
}

export class TableProgress {
  private done = 0;
  private readonly started = performance.now();
  private lastDraw = 0;
  private lastPlainLine = performance.now();

  constructor(
    private readonly display: Progress,
    readonly label: string,
    private total: number,
  ) {
    this.draw(true);
  }

  add(rows: number): void {
    this.done += rows;
    this.draw(false);
  }

  /** When the real total is known only at the end (or differs from the estimate). */
  finish(finalTotal = this.done): number {
    this.total = finalTotal;
    this.display.end(this.line());
    return performance.now() - this.started;
  }

  get rows(): number {
    return this.done;
  }

  private line(): string {
    const elapsed = performance.now() - this.started;
    const rate = elapsed > 0 ? (this.done * 1000) / elapsed : 0;
    const total = this.total > 0 ? ` / ${count(this.total)}` : '';
    return `  ${this.label.padEnd(24)} ${count(this.done).padStart(10)}${total.padEnd(13)} ${count(rate).padStart(9)} rows/s ${seconds(elapsed).padStart(9)}`;
  }

  private draw(force: boolean): void {
    const now = performance.now();
    if (this.display.tty) {
      if (!force && now - this.lastDraw < 100) return;
      this.lastDraw = now;
      this.display.redraw(this.line());
    } else if (!force && now - this.lastPlainLine >= 15_000) {
      this.lastPlainLine = now;
      this.display.print(this.line());
    }
  }
}

export class Progress {
  readonly tty: boolean;
  private pending = false;

  constructor(private readonly out: ProgressOutput) {
    this.tty = Boolean(out.isTTY);
  }

  table(label: string, total: number): TableProgress {
    return new TableProgress(this, label, total);
  }

  /** A step without rows: its line shows how long it took. */
  async timed<T>(label: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    if (this.tty) this.redraw(`  ${label.padEnd(24)} …`);
    const result = await work();
    this.end(`  ${label.padEnd(24)}${' '.repeat(42)}${seconds(performance.now() - started).padStart(9)}`);
    return result;
  }

  /** A line of its own (a phase, a note). */
  print(text: string): void {
    this.clear();
    this.out.write(`${text}\n`);
  }

  redraw(text: string): void {
    this.out.write(`\r\x1b[2K${text}`);
    this.pending = true;
  }

  end(text: string): void {
    if (this.tty) {
      this.out.write(`\r\x1b[2K${text}\n`);
      this.pending = false;
    } else {
      this.out.write(`${text}\n`);
    }
  }

  private clear(): void {
    if (this.pending) {
      this.out.write('\r\x1b[2K');
      this.pending = false;
    }
  }
}
