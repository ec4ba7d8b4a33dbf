import { quoted } from "../quoted";

/** HTTP header names (RFC 7230 tokens) and values (no CR, LF or NUL, which would split or end the header). */

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// eslint-disable-next-line no-control-regex
const BREAKING = /[\r\n\u0000]/;

/** What is wrong with a header name, or undefined. */
export function headerNameProblem(what: string, name: string): string | undefined {
  return TOKEN.test(name) ? undefined : `${what}: ${quoted(name)} is not an HTTP header name; use letters, digits and dashes, e.g. "X-Request-Id"`;
}

/** What is wrong with a header value, or undefined. */
export function headerValueProblem(what: string, value: string): string | undefined {
  return BREAKING.test(value) ? `${what}: ${quoted(value)} holds a line break or NUL, which would split the request's headers; write it on one line` : undefined;
}
