import { quoted } from "../quoted";
/** Web addresses people follow from alerts (Grafana, runbooks): absolute http(s) URLs. */

/** What is wrong with a web address, or undefined. */
export function webAddressProblem(what: string, address: string): string | undefined {
  let url: URL | undefined;
  try {
    url = new URL(address);
  } catch {
    url = undefined;
  }
  if (url === undefined || !["http:", "https:"].includes(url.protocol) || url.hostname === "" || /\s/.test(address)) {
    return `${what} ${quoted(address)} is not an absolute web address; write it with its scheme and host, e.g. "https://grafana.example.com"`;
  }
  return undefined;
}
