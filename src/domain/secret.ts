import { kubernetesNameProblem, secretKeyProblem } from "./validation/kubernetes";

/** The Kubernetes secret Watchkeeper's routing secrets live in, unless a declaration names another. */
export const ALERTMANAGER_SECRET = "watchkeeper-alertmanager";

/**
 * A reference to a secret that lives outside the configuration: a Kubernetes secret key, or a file the
 * consuming process reads. Secrets are never written into synthesized output; only where to find them is.
 */
export class SecretRef {
  private constructor(
    /** The file a process reads the secret from. */
    readonly path: string,
    /** The Kubernetes secret and key holding it, when it lives in Kubernetes. */
    readonly kubernetes?: { readonly name: string; readonly key: string },
  ) {}

  /**
   * A key of a Kubernetes secret. Processes that mount it the prometheus-operator way read it from
   * `/etc/alertmanager/secrets/<name>/<key>`.
   */
  static kubernetes(name: string, key: string): SecretRef {
    return new SecretRef(`/etc/alertmanager/secrets/${name}/${key}`, { name, key });
  }

  /** A file the consuming process reads (Alertmanager's `*_file` settings), outside Kubernetes. */
  static file(path: string): SecretRef {
    return new SecretRef(path);
  }

  static isSecretRef(value: unknown): value is SecretRef {
    return value instanceof SecretRef;
  }
}

/** What Kubernetes refuses in the secret name or key of a reference to a Kubernetes secret, or undefined. */
export function kubernetesSecretProblem(what: string, value: SecretRef): string | undefined {
  const secret = value.kubernetes;
  return secret === undefined
    ? undefined
    : (kubernetesNameProblem(`${what}: the secret name`, secret.name) ?? secretKeyProblem(`${what}: the secret key`, secret.key));
}

/**
 * The problem with a value that should be a SecretRef, or undefined when it is one: a literal string is the
 * most common mistake, and the message says how to pass a reference instead.
 */
export function secretProblem(what: string, value: unknown): string | undefined {
  if (SecretRef.isSecretRef(value)) {
    return undefined;
  }
  const how = `SecretRef.kubernetes("${ALERTMANAGER_SECRET}", "<key>") or SecretRef.file("/run/secrets/<name>")`;
  return typeof value === "string"
    ? `${what} is a literal string, and secrets must not be written into configuration; pass a reference instead: ${how}`
    : `${what} must be a secret reference: ${how}`;
}
