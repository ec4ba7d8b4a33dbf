import { quoted } from "../quoted";

/**
 * Host names as RFC 1123 allows them (letters, digits and dashes in dot-separated labels of at most 63, at most 253
 * in all), or IPv4 addresses, with an optional port: what a prober address, an SMTP smarthost or an endpoint is.
 */

const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** Whether a text is an RFC 1123 host name or an IPv4 address. */
export function isHostName(host: string): boolean {
  return IPV4.test(host) || (host.length <= 253 && host.split(".").every((label) => LABEL.test(label)));
}

/** What is wrong with a host with an optional port (`blackbox-exporter:9115`), or undefined. */
export function hostProblem(what: string, address: string, options: { readonly port?: "optional" | "required" } = {}): string | undefined {
  const match = /^([^:]*)(?::(\d{1,5}))?$/.exec(address);
  const port = match?.[2];
  const portOk = port === undefined ? options.port !== "required" : Number(port) >= 1 && Number(port) <= 65_535;
  if (match === null || !isHostName(match[1]) || !portOk) {
    const example = options.port === "required" ? "smtp.example.com:587" : "blackbox-exporter.monitoring.svc:9115";
    return `${what} ${quoted(address)} is not a host name${options.port === "required" ? " with a port" : " (with an optional port)"}; write letters, digits, dashes and dots, e.g. "${example}"`;
  }
  return undefined;
}
