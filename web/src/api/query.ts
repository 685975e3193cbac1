/** A boolean filter as the API's query takes it. */
export function flag(value: boolean | undefined): 'true' | 'false' | undefined {
  return value === undefined ? undefined : value ? 'true' : 'false';
}

/** `value` if it is one of `values` (a Select's string narrowed to the API's enum), else undefined. */
export function oneOf<T extends string>(values: readonly T[], value: string | null | undefined): T | undefined {
  return values.find((v) => v === value);
}
