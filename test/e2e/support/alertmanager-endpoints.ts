import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse, stringify } from "yaml";
import { PAGERDUTY_PATH, SLACK_PREFIX, WEBHOOK_PREFIX } from "./capture-server";

/**
 * Where the synthesized configuration reads its secrets: `SecretRef.kubernetes(secret, key)` is the file
 * `/etc/alertmanager/secrets/<secret>/<key>`, as the prometheus-operator mounts secrets.
 */
const MOUNTED_SECRETS = "/etc/alertmanager/secrets/";

/** The routing key a swapped `routing_key_file` holds for the mounted secret `<secret>/<key>`: `e2e-<secret>-<key>`. */
export function standInRoutingKey(secret: string, key: string): string {
  return `e2e-${secret}-${key}`;
}

/** The synthesized configuration with its endpoints and secrets swapped, and what was swapped. */
export interface SwappedConfig {
  /** The configuration Alertmanager runs with, as YAML. */
  readonly text: string;
  /** One line per swapped field: `receivers[<name>].<config>[<i>].<field>: <before> -> <after>`. */
  readonly swapped: readonly string[];
}

type Fields = Record<string, unknown>;

/** The secret and key a mounted secret path names, or undefined for another path. */
function mountedSecret(path: string): { secret: string; key: string } | undefined {
  if (!path.startsWith(MOUNTED_SECRETS)) {
    return undefined;
  }
  const [secret, key, ...rest] = path.slice(MOUNTED_SECRETS.length).split("/");
  return secret && key && rest.length === 0 ? { secret, key } : undefined;
}

/**
 * Rewrites the synthesized `alertmanager.yml` so that every notification reaches the capture server at
 * `captureUrl` and every secret is a local file, and nothing else changes:
 * - `pagerduty_configs[].url` (unset, so Alertmanager's default `https://events.pagerduty.com/v2/enqueue`) becomes
 *   `<capture>/v2/enqueue`;
 * - `pagerduty_configs[].routing_key_file` becomes a local file holding {@link standInRoutingKey} of its secret;
 * - `slack_configs[].api_url_file` becomes a local file holding `<capture>/slack/<secret>/<key>`, so a delivery
 *   says which webhook secret it came through;
 * - `webhook_configs[].url` becomes `<capture>/webhook/<receiver>`, and so does a `url_file` (a secret URL, which
 *   Alertmanager reads from a file from 0.26 on; the suite's 0.25 is given the capture server's URL as `url`).
 * Routes, grouping and timing, inhibition, templates and mute intervals are the synthesized ones: they are what
 * the suite proves. Anything else that would reach out (email, another integration, a global endpoint) stops the
 * suite rather than being sent beyond 127.0.0.1.
 */
export function swapEndpoints(synthesized: string, captureUrl: string, secretsFolder: string): SwappedConfig {
  const config = parse(synthesized) as Fields;
  const swapped: string[] = [];
  const secretFile = (path: string, content: (secret: string, key: string) => string): string => {
    const secret = mountedSecret(path);
    if (secret === undefined) {
      throw new Error(`the e2e suite stands in only for mounted secrets (${MOUNTED_SECRETS}<secret>/<key>), not ${path}`);
    }
    const local = join(secretsFolder, secret.secret, secret.key);
    mkdirSync(dirname(local), { recursive: true });
    writeFileSync(local, content(secret.secret, secret.key));
    return local;
  };
  const swap = (where: string, fields: Fields, field: string, after: string) => {
    swapped.push(`${where}.${field}: ${String(fields[field] ?? "(unset)")} -> ${after}`);
    fields[field] = after;
  };
  const unsupportedGlobals = Object.keys((config.global as Fields | undefined) ?? {}).filter((key) => key !== "resolve_timeout");
  if (unsupportedGlobals.length > 0) {
    throw new Error(`the e2e suite has no stand-in for global ${unsupportedGlobals.join(", ")}; declare no email in the e2e app`);
  }
  for (const receiver of (config.receivers as Fields[] | undefined) ?? []) {
    for (const [kind, configs] of Object.entries(receiver)) {
      if (kind === "name") {
        continue;
      }
      (configs as Fields[]).forEach((fields, index) => {
        const where = `receivers[${String(receiver.name)}].${kind}[${index}]`;
        if (kind === "pagerduty_configs" && typeof fields.routing_key_file === "string") {
          swap(where, fields, "url", `${captureUrl}${PAGERDUTY_PATH}`);
          swap(where, fields, "routing_key_file", secretFile(fields.routing_key_file, standInRoutingKey));
        } else if (kind === "slack_configs" && typeof fields.api_url_file === "string") {
          const url = (secret: string, key: string) => `${captureUrl}${SLACK_PREFIX}${secret}/${key}`;
          swap(where, fields, "api_url_file", secretFile(fields.api_url_file, url));
        } else if (kind === "webhook_configs" && typeof fields.url_file === "string") {
          swapped.push(`${where}.url_file: ${fields.url_file} -> (removed)`);
          delete fields.url_file;
          swap(where, fields, "url", `${captureUrl}${WEBHOOK_PREFIX}${String(receiver.name)}`);
        } else if (kind === "webhook_configs" && typeof fields.url === "string") {
          swap(where, fields, "url", `${captureUrl}${WEBHOOK_PREFIX}${String(receiver.name)}`);
        } else {
          throw new Error(`${where}: the e2e suite has no stand-in for this receiver; it would reach beyond 127.0.0.1`);
        }
      });
    }
  }
  return { text: stringify(config, { lineWidth: 0 }), swapped };
}

/** The configuration without the fields {@link swapEndpoints} swaps, to compare a synthesized file with a swapped one. */
export function withoutEndpoints(text: string): unknown {
  const config = parse(text) as Fields;
  for (const receiver of (config.receivers as Fields[] | undefined) ?? []) {
    for (const fields of [receiver.pagerduty_configs, receiver.slack_configs, receiver.webhook_configs].flat()) {
      if (fields !== undefined) {
        for (const field of ["url", "url_file", "routing_key_file", "api_url_file"]) {
          delete (fields as Fields)[field];
        }
      }
    }
  }
  return config;
}
