import { defineConfig } from 'vitest/config';

/** Unit tests: plain Node, no browser. Browser behaviour lives in tests/e2e. */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
  },
});
