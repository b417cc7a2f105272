/**
 * A d3-geo path context that writes short SVG path data: coordinates quantised to a tenth of a pixel (sub-pixel at
 * the map's 960 px), each ring one absolute move then relative steps, steps that quantise to nothing dropped, and no
 * separator where the grammar needs none ("1.5.3" is 1.5 then .3; "1-2" is 1 then -2). About half the text of
 * d3's absolute coordinates, which matters because the outline is the one large thing the map loads.
 */

/** Tenths of a pixel as the shortest decimal: 15 → "1.5", -3 → "-.3", 20 → "2". */
function tenths(n: number): string {
  const abs = Math.abs(n);
  const whole = Math.trunc(abs / 10);
  const frac = abs % 10;
  const body = frac === 0 ? String(whole) : whole === 0 ? `.${frac}` : `${whole}.${frac}`;
  return n < 0 ? `-${body}` : body;
}

/** Joins numbers with a space only where the next one could be read as part of the previous. */
function join(numbers: readonly string[]): string {
  let out = '';
  let previousHasDot = false;
  for (const s of numbers) {
    const glued = out === '' || s.startsWith('-') || (s.startsWith('.') && previousHasDot);
    out += glued ? s : ` ${s}`;
    previousHasDot = s.includes('.');
  }
  return out;
}

export class CompactPath {
  private parts: string[] = [];
  private steps: string[] = [];
  private x = 0;
  private y = 0;

  moveTo(x: number, y: number): void {
    this.flush();
    this.x = Math.round(x * 10);
    this.y = Math.round(y * 10);
    this.parts.push(`M${join([tenths(this.x), tenths(this.y)])}`);
  }

  lineTo(x: number, y: number): void {
    const qx = Math.round(x * 10);
    const qy = Math.round(y * 10);
    if (qx === this.x && qy === this.y) return;
    this.steps.push(tenths(qx - this.x), tenths(qy - this.y));
    this.x = qx;
    this.y = qy;
  }

  closePath(): void {
    this.flush();
    this.parts.push('z');
  }

  /** d3 calls it before each feature; nothing to do (moveTo starts each ring). */
  beginPath(): void {}

  /** Points (d3 draws them as circles) never occur in country outlines. */
  arc(): void {}

  private flush(): void {
    if (this.steps.length > 0) this.parts.push(`l${join(this.steps)}`);
    this.steps = [];
  }

  /** The path data so far; resets the context for the next feature. */
  result(): string {
    this.flush();
    const d = this.parts.join('');
    this.parts = [];
    return d;
  }
}
