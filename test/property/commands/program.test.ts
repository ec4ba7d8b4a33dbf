import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectDocumentedOutcome, runWatchkeeper } from "../../support/cli-run";
import { RUNS, SEED, strangeText } from "./inputs";

/** Words a user types after `watchkeeper`: commands, misspelt ones, help and version flags, anything. */
const word = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("help", "sinth", "synthesize", "graphs", "--version", "-V", "--help", "-h", "--verbose", "-x", "help synth", "gate --help", "import --help") },
  { weight: 1, arbitrary: strangeText },
);

describe("the watchkeeper program, run on generated command lines", () => {
  it(`watchkeeper <anything>: ${RUNS} runs each print help or the version (exit 0), or name what is wrong (exit 1), without a stack trace`, async () => {
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(fc.array(word, { maxLength: 3 }), async (words) => {
        const args = words.flatMap((text) => (text.includes(" ") && !/\s$|^\s/.test(text) ? text.split(" ") : [text]));
        const run = await runWatchkeeper(args);
        seen.add(run.code);
        // Without a command, commander prints the whole help (on standard error), which lists the commands.
        if (run.code === 1 && run.stderr.startsWith("Usage: watchkeeper [options] [command]")) return;
        expectDocumentedOutcome(run, [0, 1], run.code === 1 ? /error: / : undefined);
        if (run.code === 0) expect(run.stdout).toMatch(/^Usage: watchkeeper|^\d+\.\d+\.\d+\n$/);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect([...seen].sort()).toEqual([0, 1]);
  });
});
