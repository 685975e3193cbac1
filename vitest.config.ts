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
