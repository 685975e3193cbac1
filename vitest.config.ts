import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Integration tests (*.int.test.ts) run once per database engine.
const engines = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'core/src/**/*.test.ts',
            'client/src/**/*.test.ts',
            'server/src/**/*.test.ts',
            'server/test/**/*.test.ts',
            'web/src/**/*.test.ts',
          ],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        // The web's components, rendered in jsdom with Testing Library.
        plugins: [react()],
        test: {
          name: 'web',
          include: ['web/src/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['web/src/test/setup.ts'],
          testTimeout: 20_000,
        },
      },
      ...engines.map((engine) => ({
        test: {
          name: `api-${engine}`,
          include: ['server/src/**/*.int.test.ts', 'server/test/**/*.int.test.ts'],
          environment: 'node',
          env: { SIGAP_TEST_ENGINE: engine },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      })),
    ],
  },
});
