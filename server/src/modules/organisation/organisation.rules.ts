/**
 * Would making `parentId` the parent of `pdId` put a PD under itself?
 * `parentOf` maps each PD to its current parent.
 */
export function createsParentCycle(pdId: string, parentId: string | null, parentOf: ReadonlyMap<string, string | null>): boolean {
  let current = parentId;
  const seen = new Set<string>();
  while (current !== null) {
    if (current === pdId || seen.has(current)) return true;
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return false;
}
