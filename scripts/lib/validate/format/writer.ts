/**
 * The report's text, out in large writes. A batch of 10,000 files makes ≈ 9 MB of report in
 * tens of thousands of small strings; joining them and then encoding the result cost twice what
 * encoding each piece straight into a buffer does, and one write per piece far more.
 */
const CHUNK = 1 << 20;

export class ReportWriter {
  #buffer = Buffer.allocUnsafe(CHUNK);
  #used = 0;
  /** Full buffers kept back while `hold` is on. */
  #held: Buffer[] = [];

  /**
   * @param out where the report goes
   * @param hold keep everything until flush(): a progress bar is drawing on the same terminal
   */
  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly hold = false,
  ) {}

  write(text: string): void {
    // A UTF-8 byte sequence is at most 3 bytes per UTF-16 unit.
    if (text.length * 3 > CHUNK - this.#used) this.#next();
    if (text.length * 3 > CHUNK) this.#emit(Buffer.from(text, 'utf8'));
    else this.#used += this.#buffer.write(text, this.#used, 'utf8');
  }

  /** Writes out everything written so far. */
  flush(): void {
    this.#next();
    for (const b of this.#held.splice(0)) this.out.write(b);
  }

  /** Sends the current buffer on (or holds it) and starts a new one: a stream may keep a buffer it was given. */
  #next(): void {
    if (this.#used === 0) return;
    this.#emit(this.#buffer.subarray(0, this.#used));
    this.#buffer = Buffer.allocUnsafe(CHUNK);
    this.#used = 0;
  }

  #emit(bytes: Buffer): void {
    if (this.hold) this.#held.push(bytes);
    else this.out.write(bytes);
  }
}
