import { labelValueProblem } from "../../domain/validation/kubernetes";

/** The label every Kubernetes resource Watchkeeper writes carries. */
export const MANAGED_BY = { "app.kubernetes.io/managed-by": "watchkeeper" } as const;

/** The label naming the stack a Kubernetes resource was written for. */
export const STACK_LABEL = "watchkeeper.io/stack";

/**
 * The labels of every Kubernetes resource Watchkeeper writes for a stack besides MANAGED_BY: the stack's id, which
 * a Prometheus and an Alertmanager select the stack's rules, monitors and routing by; none when the id cannot be a
 * label value (longer than 63 characters, or ending in a dash or underscore).
 */
export function stackLabels(stackId: string): Readonly<Record<string, string>> | undefined {
  return labelValueProblem("stack", stackId) === undefined ? { [STACK_LABEL]: stackId } : undefined;
}
