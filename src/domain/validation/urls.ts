import { quoted } from "../quoted";
import { credentialInText } from "./credentials";

/**
 * Web addresses: absolute http(s) URLs, anchored (the whole text is the URL: `http://prometheus:9090 or
 * vector(1)` is not one), without whitespace or control characters, userinfo or credential query parameters.
 * Links people follow from alerts (runbooks, dashboards) and the endpoints other systems call are checked here.
 */

/** A `{{ NAME }}` reference of a synthetic check, which stands for a value at run time. */
const REFERENCE = /\{\{\s*[A-Za-z_][A-Za-z0-9_]*\s*\}\}/g;

/** Options of a web address check. */
export interface WebAddressOptions {
  /** Whether `{{ NAME }}` references may stand for parts of it (a synthetic check's URL). */
  readonly references?: boolean;
}

/** What is wrong with a web address, or undefined. */
export function webAddressProblem(what: string, address: string, options: WebAddressOptions = {}): string | undefined {
  const text = options.references === true ? address.replace(REFERENCE, "x") : address;
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  // eslint-disable-next-line no-control-regex
  if (url === undefined || !["http:", "https:"].includes(url.protocol) || url.hostname === "" || /[\s\u0000-\u001f\u007f]/.test(text) || !/^https?:\/\//i.test(text)) {
    return `${what} ${quoted(address)} is not an absolute web address; write it with its scheme and host, e.g. "https://grafana.example.com"`;
  }
  const credential = credentialInText(address);
  return credential === undefined ? undefined : `${what} ${quoted(address)} holds ${credential}; write the address without it and keep the secret in a SecretRef`;
}
