/** One scenario's result: its name, whether it held, how long it took and what was observed. */
interface Row {
  readonly name: string;
  readonly passed: boolean;
  readonly seconds: number;
  readonly detail: string;
}

const rows: Row[] = [];

function line(row: Row): string {
  const outcome = row.passed ? "pass" : "FAIL";
  return `${row.name.padEnd(58)} ${outcome}  ${`${row.seconds.toFixed(1)}s`.padStart(7)}  ${row.detail}`;
}

/**
 * A test body that runs a scenario and prints one line when it ends: its name, pass or FAIL, the seconds it took and
 * what it observed (`body`'s answer), or the first line of its failure. `body` gets the scenario's start (unix
 * milliseconds), to time what it observes from.
 */
export function scenario(name: string, body: (started: number) => Promise<string>): () => Promise<void> {
  return async () => {
    const started = Date.now();
    const finish = (passed: boolean, detail: string) => {
      const row = { name, passed, seconds: (Date.now() - started) / 1000, detail };
      rows.push(row);
      console.log(line(row));
    };
    try {
      finish(true, await body(started));
    } catch (error) {
      finish(false, String((error as Error).message).split("\n")[0]);
      throw error;
    }
  };
}

/** Every scenario's line, in the order they ended, under a header. */
export function scenarioTable(): string {
  const header = `${"scenario".padEnd(58)} ${"outcome"} ${"elapsed".padStart(7)}  observed`;
  return [header, ...rows.map(line)].join("\n");
}
