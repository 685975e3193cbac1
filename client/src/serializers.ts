/**
 * `a=1&b=x` from the defined values only: undefined, null and '' are left out (a cleared filter
 * is no filter), and so is an object, which has no query form; an array repeats its key.
 */
export function serializeQuery(query: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of [value].flat()) {
      if ((typeof item === 'string' && item !== '') || typeof item === 'number' || typeof item === 'boolean') {
        search.append(key, String(item));
      }
    }
  }
  return search.toString();
}

/** A multipart body (uploads): pass as `bodySerializer` with the typed `body`. */
export function formData(body: Record<string, string | Blob>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(body)) form.append(key, value);
  return form;
}
