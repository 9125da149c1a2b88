import { defineConfig } from 'vitest/config'

// Integration tests: a real Docker engine, real buildx builds, real ldd, amd64 and arm64.
export default defineConfig({
  test: {
    include: ['__tests__/integration/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['__tests__/integration/global-setup.ts'],
    testTimeout: 900_000,
    hookTimeout: 1_800_000,
    fileParallelism: false,
    reporters: ['default']
  }
})
