import { defineConfig } from 'vitest/config'

// Unit tests: pure functions fed recorded text. No Docker here.
export default defineConfig({
  test: {
    include: ['__tests__/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000
  }
})
