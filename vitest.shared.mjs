// One Vitest setup for every project. Each project also writes a JSON report under
// <project>/test-results/ so .ci/run can print one "N passed, N failed" line for the whole workspace.
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';


export function projectConfig(projectDir) {
  return defineConfig({
    resolve: { conditions: ['development'] },
    ssr: { resolve: { conditions: ['development'] } },
    test: {
      include: ['src/**/*.test.{ts,tsx}'],
      environment: 'node',
      testTimeout: 60_000,
      reporters: ['default', ['json', { outputFile: join(projectDir, 'test-results', 'vitest.json') }]],
    },
  });
}
