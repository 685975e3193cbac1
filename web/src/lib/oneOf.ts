/** `value` if it is one of `options` (a constant list), else undefined: narrows what the server sends as plain text. */
export function oneOf<const T extends string | number>(options: readonly T[], value: unknown): T | undefined {
  return options.find((option) => option === value);
}
