/** A value the bench itself put there and must find again: missing, it is a bug in the bench. */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`bench: no ${what}`);
  return value;
}

/** The item at `i`, going round the list again and again. */
export function nth<T>(items: readonly T[], i: number): T {
  return must(items[i % items.length], `item ${i} of an empty list`);
}
