// Vitest setup for the web's component tests (jsdom): what Mantine needs from a browser that jsdom
// lacks, and a clean DOM and storage after each test.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

// jsdom has none of these: Mantine asks for them.
if (!('matchMedia' in window)) {
  Object.defineProperty(window, 'matchMedia', {
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}
if (!('ResizeObserver' in window)) Object.defineProperty(window, 'ResizeObserver', { value: NoResizeObserver });
if (!('scrollIntoView' in window.HTMLElement.prototype))
  Object.defineProperty(window.HTMLElement.prototype, 'scrollIntoView', { value: () => undefined });

afterEach(() => {
  cleanup();
  localStorage.clear();
});
