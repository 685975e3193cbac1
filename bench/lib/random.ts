import { must } from './must';

/** A small seeded PRNG (mulberry32), so a scale always generates the same data. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return must(items[Math.floor(this.next() * items.length)], 'item to pick');
  }
  /** Picks by weight: [[value, weight], …]. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((n, [, w]) => n + w, 0);
    let r = this.next() * total;
    for (const [v, w] of choices) if ((r -= w) < 0) return v;
    return must(choices.at(-1), 'choice')[0];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}
