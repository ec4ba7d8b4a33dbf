/** The label every Kubernetes resource Watchkeeper writes carries. */
export const MANAGED_BY = { "app.kubernetes.io/managed-by": "watchkeeper" } as const;
