import { quoted } from "../quoted";
/** Names Kubernetes checks: object names, label values and secret keys, by the API server's own rules. */

const DNS_LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
const DNS_SUBDOMAIN = new RegExp(`^${DNS_LABEL}(\\.${DNS_LABEL})*$`);
const SECRET_KEY = /^[-._a-zA-Z0-9]+$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** The longest object name (RFC 1123 subdomain) and secret key Kubernetes accepts. */
export const MAX_KUBERNETES_NAME = 253;
/** The longest label value Kubernetes accepts. */
export const MAX_LABEL_VALUE = 63;

/** What Kubernetes refuses in an object name (secrets, custom resources), or undefined. */
export function kubernetesNameProblem(what: string, name: string): string | undefined {
  if (name.length > MAX_KUBERNETES_NAME || !DNS_SUBDOMAIN.test(name)) {
    return `${what} ${quoted(name)} is not a Kubernetes object name; use at most ${MAX_KUBERNETES_NAME} lower-case letters, digits, dashes and dots, starting and ending with a letter or digit, e.g. "watchkeeper-alertmanager"`;
  }
  return undefined;
}

/** What Kubernetes refuses in a key of a secret, or undefined. */
export function secretKeyProblem(what: string, key: string): string | undefined {
  if (key.length > MAX_KUBERNETES_NAME || !SECRET_KEY.test(key)) {
    return `${what} ${quoted(key)} is not a Kubernetes secret key; use at most ${MAX_KUBERNETES_NAME} letters, digits, dashes, underscores and dots, e.g. "slack-webhook"`;
  }
  return undefined;
}

/** What Kubernetes refuses in a label value, or undefined. */
export function labelValueProblem(what: string, value: string): string | undefined {
  if (value.length > MAX_LABEL_VALUE || !LABEL_VALUE.test(value)) {
    return `${what} ${quoted(value)} is not a Kubernetes label value; use at most ${MAX_LABEL_VALUE} letters, digits, dashes, underscores and dots, starting and ending with a letter or digit`;
  }
  return undefined;
}

const NAMESPACE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** What is wrong with a Kubernetes namespace name (an RFC 1123 label), or undefined. */
export function namespaceProblem(what: string, name: string): string | undefined {
  return NAMESPACE.test(name) && name.length <= MAX_LABEL_VALUE
    ? undefined
    : `${what}: "${name}" is not a Kubernetes namespace name; use at most ${MAX_LABEL_VALUE} lower-case letters, digits and dashes, starting and ending with a letter or digit, e.g. "monitoring"`;
}
