import { defineConfig } from "vitest/config";

/**
 * The end-to-end suite, `npm run test:e2e`: real Prometheus, Alertmanager and blackbox exporters from Debian
 * packages, on 127.0.0.1, deliver the synthesized alerts to a capture server. Not part of `npm test`
 * (vitest.config.mts excludes test/e2e/): it takes minutes, most of them waiting on the synthesized Alertmanager's
 * own timers (a resolve waits for its group's 5-minute group_interval).
 *
 * One file, one shared set of daemons; its scenarios run concurrently (`describe.concurrent`), each on its own
 * service, so the suite takes as long as its slowest scenario rather than their sum.
 */
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.test.ts"],
    globalSetup: ["test/support/temp-folder-setup.ts"],
    pool: "forks",
    fileParallelism: false,
    maxConcurrency: 20,
    testTimeout: 480_000,
    hookTimeout: 180_000,
  },
});
