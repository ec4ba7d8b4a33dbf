import { packedProject } from "./packed-project";

/**
 * Builds, packs and installs the library for the packed-package tests, started in its own process by the test
 * sequencer (sequencer.ts) at the start of a run that has them, so that the install overlaps the other tests
 * instead of holding up workers (the packed tests wait for it on the same lock, see packed-project.ts).
 */
packedProject().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
