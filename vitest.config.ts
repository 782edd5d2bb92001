import { defineConfig } from 'vitest/config';

// The CLI tests start real processes; on a busy two-core machine they need more than the default 5 s.
export default defineConfig({ test: { testTimeout: 120_000, hookTimeout: 120_000 } });
