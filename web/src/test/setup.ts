// Vitest setup for the web's component tests (jsdom): what Mantine needs from a browser that jsdom
// lacks, and a clean DOM and storage after each test.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

// jsdom has none of these (or has them undefined): Mantine asks for them.
const browser: Partial<Window> = window;
if (typeof browser.matchMedia !== 'function') {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
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
if (!('ResizeObserver' in window)) Object.defineProperty(window, 'ResizeObserver', { writable: true, value: NoResizeObserver });
const element: Partial<HTMLElement> = window.HTMLElement.prototype;
if (typeof element.scrollIntoView !== 'function')
  Object.defineProperty(window.HTMLElement.prototype, 'scrollIntoView', { writable: true, value: () => undefined });

afterEach(() => {
  cleanup();
  localStorage.clear();
});
