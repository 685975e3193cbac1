import { useState } from 'react';

const PREFIX = 'sigap.draft.';

function read(key: string): string {
  try {
    return localStorage.getItem(PREFIX + key) ?? '';
  } catch {
    return '';
  }
}

function write(key: string, text: string) {
  try {
    if (text) localStorage.setItem(PREFIX + key, text);
    else localStorage.removeItem(PREFIX + key);
  } catch {
    // Storage full or refused (private mode): the draft lives on in the page only.
  }
}

/**
 * A text kept in this browser's localStorage under `key` until it is cleared: a comment being
 * written survives a reload, a failed send and a visit to another page.
 */
export function useDraft(key: string): [string, (text: string) => void, () => void] {
  const [draft, setDraft] = useState(() => ({ key, text: read(key) }));
  // Another record in the same page instance (the router keeps the component): its own draft.
  const current = draft.key === key ? draft : { key, text: read(key) };
  if (current !== draft) setDraft(current);
  const set = (text: string) => {
    write(key, text);
    setDraft({ key, text });
  };
  return [current.text, set, () => set('')];
}
