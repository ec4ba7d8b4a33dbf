/**
 * Credentials written in clear in a declaration's props, wherever they are: in a URL's userinfo or query, in a
 * request header, a request body or a form field a browser types into. Every construct's props and the stack's
 * are walked before they are parsed, so that no entry point writes a secret into output; a reference to a
 * secret (`{{ NAME }}` of a check's `secrets`, a SecretRef) is what belongs there instead.
 */

/** A reference to a secret or an extracted value, as synthetic checks write it: `{{ TOKEN }}`. */
const HOLDS_REFERENCE = /\{\{\s*[A-Za-z_][A-Za-z0-9_]*\s*\}\}/;

/** Query, form and JSON keys that carry credentials. */
const CREDENTIAL_KEY =
  /^(?:api[-_]?key|apikey|key|token|access[-_]?token|refresh[-_]?token|id[-_]?token|auth|auth[-_]?token|password|passwd|pwd|pass|secret|client[-_]?secret|signature|sig|x-amz-signature|x-amz-credential|x-goog-signature|session|sessionid|private[-_]?key)$/i;

/** Header names that carry credentials: Authorization, Cookie, API keys, X-Auth-*, *-Token, *-Secret. */
const CREDENTIAL_HEADER = /^(?:authorization|proxy-authorization|cookie|set-cookie|x-api-key|api-key|apikey|x-auth(?:-.*)?|.*[-_]token|token|.*[-_]secret|secret|.*[-_]?password|x-.*-key|.*[-_]api[-_]?key)$/i;

/** A URL with userinfo: `https://user:password@host`, `https://token@host`. */
const USERINFO = /\b[a-z][a-z0-9+.-]*:\/\/([^/\s?#@]+)@/gi;
/** A query or form parameter: `?api_key=…`, `&token=…`, or a form body's `password=…`. */
const PARAMETER = /(?:^|[?&;\s])([A-Za-z0-9_.-]+)=(\{\{[^}]*\}\}|[^&#\s]*)/g;
/** A JSON field holding a string: `"password": "…"`. */
const JSON_FIELD = /"([A-Za-z0-9_.-]+)"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
/** An `Authorization`-style credential written as text: `Bearer abc…`, `Basic dXNlcj…`. */
const SCHEME_CREDENTIAL = /\b(?:Bearer|Basic|Token|GenieKey)\s+(?!\{\{)[A-Za-z0-9._~+/=-]{8,}/;
/** Form fields a browser step types a password into. */
const PASSWORD_FIELD = /pass|pwd|secret|token|otp|\bpin\b|credential|api[-_]?key/i;

/** Where a secret goes instead of the configuration. */
export const SECRET_FIX =
  "keep secrets out of configuration: pass a SecretRef where the prop takes one, or declare the secret in the check's secrets (a sensitive Terraform variable) and write {{ NAME }}";

/** Whether a value is written literally, not with a reference to a secret (`Bearer {{ TOKEN }}`). */
function literal(value: string): boolean {
  return value.trim() !== "" && !HOLDS_REFERENCE.test(value);
}

/** Whether a header by that name carries a credential. */
export function isCredentialHeader(name: string): boolean {
  return CREDENTIAL_HEADER.test(name);
}

/** Whether a query, form or JSON key carries a credential. */
export function isCredentialKey(name: string): boolean {
  return CREDENTIAL_KEY.test(name);
}

/** What in a text is a credential written in clear, in words (`the password of its URL`), or undefined. */
export function credentialInText(text: string): string | undefined {
  for (const [, userinfo] of text.matchAll(USERINFO)) {
    if (!HOLDS_REFERENCE.test(userinfo) || userinfo.replace(new RegExp(HOLDS_REFERENCE, "g"), "").replace(/:/g, "") !== "") {
      return "a URL with a user name or password (userinfo)";
    }
  }
  for (const [, key, value] of text.matchAll(PARAMETER)) {
    if (isCredentialKey(key) && literal(decodeSafely(value))) {
      return `a credential parameter "${key}="`;
    }
  }
  for (const [, key, value] of text.matchAll(JSON_FIELD)) {
    if (isCredentialKey(key) && literal(value)) {
      return `a credential field "${key}"`;
    }
  }
  return SCHEME_CREDENTIAL.test(text) ? "an authorization credential (Bearer, Basic, Token)" : undefined;
}

function decodeSafely(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Whether a value is a plain object or array the walk descends into (not a SecretRef, a construct or a function). */
function walkable(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return Array.isArray(value) || prototype === Object.prototype || prototype === null;
}

function childPath(path: string, key: string, array: boolean): string {
  if (array) {
    return `${path}[${key}]`;
  }
  return path === "" ? key : `${path}.${key}`;
}

/** The problems of a header map: a credential-carrying header whose value is written literally, and the other values' own. */
function headerProblems(path: string, headers: Record<string, unknown>): string[] {
  return Object.entries(headers).flatMap(([name, value]) => {
    const at = childPath(path, name, false);
    return typeof value === "string" && isCredentialHeader(name) && literal(value)
      ? [`${at}: the header "${name}" is a credential written in clear; ${SECRET_FIX}`]
      : credentialProblems(value, at);
  });
}

/** A browser step typing a literal value into a password-like field. */
function typedPasswordProblem(path: string, step: Record<string, unknown>): string | undefined {
  const { kind, selector, text } = step;
  return kind === "type" && typeof selector === "string" && typeof text === "string" && PASSWORD_FIELD.test(selector) && literal(text)
    ? `${childPath(path, "text", false)}: types a literal value into the password field ${JSON.stringify(selector)}; ${SECRET_FIX}`
    : undefined;
}

/**
 * Every credential written in clear in a declaration's props, as problems `<prop path>: <what>; <the fix>`. Strings
 * anywhere are read for URL userinfo, credential query and form parameters, JSON credential fields and
 * authorization schemes; maps under `headers` for credential-carrying headers; browser steps for passwords typed
 * literally. SecretRefs and other class instances are not descended into.
 */
export function credentialProblems(props: unknown, path = ""): string[] {
  if (typeof props === "string") {
    const found = credentialInText(props);
    return found === undefined ? [] : [`${path || "value"}: ${found} is a secret written in clear; ${SECRET_FIX}`];
  }
  if (!walkable(props)) {
    return [];
  }
  const array = Array.isArray(props);
  const problems = Object.entries(props).flatMap(([key, value]) => {
    const at = childPath(path, key, array);
    if (!array && key === "headers" && walkable(value) && !Array.isArray(value)) {
      return headerProblems(at, value);
    }
    return credentialProblems(value, at);
  });
  const typed = array ? undefined : typedPasswordProblem(path, props);
  return typed === undefined ? problems : [...problems, typed];
}
