import { InvalidArgumentError, Option, type Command } from "commander";
import { Duration } from "../domain/duration";
import { PrometheusClient } from "./prometheus-api/client";

/** The options of the commands that read a running Prometheus (gate, report, status-page). */
export interface PrometheusOptions {
  readonly prometheus: string;
  /** Milliseconds. */
  readonly timeout: number;
}

/** The longest --timeout: a query to Prometheus that takes longer is not coming back. */
const MAX_TIMEOUT = Duration.parse("1h");

function milliseconds(text: string): number {
  let duration: Duration;
  try {
    duration = Duration.parse(text);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
  if (duration.milliseconds > MAX_TIMEOUT.milliseconds) {
    throw new InvalidArgumentError(`${text} is longer than ${MAX_TIMEOUT}, longer than any query to Prometheus should take; use e.g. 30s`);
  }
  return duration.milliseconds;
}

function httpUrl(text: string): string {
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!/^https?:\/\/[^/]/.test(text) || url === undefined || url.hostname === "") {
    throw new InvalidArgumentError("expected an http(s) URL, e.g. http://prometheus:9090");
  }
  if (url.search !== "" || url.hash !== "") {
    throw new InvalidArgumentError("expected Prometheus's base URL, without a ?query or #fragment, e.g. http://prometheus:9090");
  }
  return text;
}

/** Adds `--prometheus <url>` (required) and `--timeout <duration>` (default 10s), both checked as they are read. */
export function withPrometheusOptions(command: Command): Command {
  return command
    .requiredOption("--prometheus <url>", "Prometheus's base URL, e.g. http://prometheus:9090 (it must hold the rules watchkeeper synth wrote)", httpUrl)
    .addOption(
      new Option("--timeout <duration>", "how long each query to Prometheus may take, e.g. 10s or 500ms").argParser(milliseconds).default(10_000, "10s"),
    );
}

/** The client the options describe. */
export function prometheusClient(options: PrometheusOptions): PrometheusClient {
  return new PrometheusClient({ url: options.prometheus, timeoutMs: options.timeout });
}
