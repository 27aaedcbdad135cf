import { defineConfig } from 'vitest/config'

// Tests that spawn a whole generation, a compiler, a package build or a browser. The rest is the
// fast tier (`npm run test:fast`): model, renderers, diff rules, the runtime against the fake
// server. `npm test` runs both.
const slow = [
  'test/bench/**/*.test.ts',
  'test/cli/**/*.test.ts',
  'test/docs-site/browser.test.ts',
  'test/incremental/**/*.test.ts',
  'test/package/package.test.ts',
  'test/pipeline/**/*.test.ts',
  'test/samples/compile.test.ts',
  'test/samples/parse.test.ts',
  'test/samples/print-samples.test.ts',
  'test/spine/regenerate.test.ts',
  'test/spine/typecheck.test.ts',
  'test/diff/real-versions.test.ts',
]

const shared = { testTimeout: 60_000, hookTimeout: 120_000 }

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'fast',
          include: ['test/**/*.test.ts'],
          exclude: slow,
        },
      },
      { test: { ...shared, name: 'slow', include: slow } },
    ],
  },
})
