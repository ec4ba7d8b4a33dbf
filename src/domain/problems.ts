/**
 * What is wrong with a declaration, collected rather than thrown so that every problem is reported at once. Each
 * problem names the prop and the fix: `objective: 100 is not a percentage above 0 and below 100; e.g. 99.9 for 99.9%`.
 */
export class Problems {
  constructor(
    private readonly prefix = "",
    private readonly found: string[] = [],
  ) {}

  /** Records a problem; undefined ones are skipped, so checks that may find nothing can be passed as they are. */
  add(...problems: ReadonlyArray<string | undefined>): void {
    for (const problem of problems) {
      if (problem !== undefined) {
        this.found.push(`${this.prefix}${problem}`);
      }
    }
  }

  /**
   * What `read` returns, or undefined after recording the error it threw, prefixed with `what`; a TypeError (a
   * value of another type than declared, from JavaScript or a cast) in Watchkeeper's words, not JavaScript's.
   */
  attempt<T>(what: string, read: () => T): T | undefined {
    try {
      return read();
    } catch (error) {
      this.add(`${what}: ${error instanceof TypeError ? `${typeMistake(error)}; give it as its props type declares` : (error as Error).message}`);
      return undefined;
    }
  }

  /** A collector whose problems land here, each prefixed with `what` (a prop's path: `sli.latency`). */
  under(what: string): Problems {
    return new Problems(`${this.prefix}${what}.`, this.found);
  }

  /** The problems found so far. */
  get list(): readonly string[] {
    return this.found;
  }

  /** Whether no problem was recorded. */
  get none(): boolean {
    return this.found.length === 0;
  }
}

/**
 * A TypeError of JavaScript's, from reading a value of another type than declared, in Watchkeeper's words:
 * `holds a value of another type than declared (reading "long" of a value that is not an object)`.
 */
export function typeMistake(error: TypeError): string {
  const reading = /\(reading '([^']*)'\)/.exec(error.message)?.[1];
  return `holds a value of another type than declared${reading === undefined ? "" : ` (reading "${reading}" of a value that is not an object)`}`;
}
