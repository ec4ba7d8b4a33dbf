import { InvalidArgumentError, Option, type Command } from "commander";
import { Duration } from "../domain/duration";
import { PrometheusClient } from "./prometheus-api/client";

/** The options of the commands that read a running Prometheus (gate, report, status-page). */
export interface PrometheusOptions {
  readonly prometheus: string;
  /** Milliseconds. */
  readonly timeout: number;
}

function milliseconds(text: string): number {
  try {
    return Duration.parse(text).milliseconds;
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

function httpUrl(text: string): string {
  if (!/^https?:\/\/[^/]/.test(text)) {
    throw new InvalidArgumentError("expected an http(s) URL, e.g. http://prometheus:9090");
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
