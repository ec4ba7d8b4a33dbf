import { IDENTITY_LABELS } from "../routing/alert-identity";
import { SLOTH_SEVERITY_LABEL } from "./slo-rules";

/**
 * The labels every SLO series or alert carries already: the identity labels of Sloth's scheme and the routing
 * labels. A declared label of the same name would silently replace them.
 */
export const RESERVED_SLO_LABELS = [
  "env",
  "service",
  "severity",
  "slo",
  "sloth_id",
  "sloth_mode",
  "sloth_objective",
  "sloth_service",
  "sloth_slo",
  "sloth_window",
  "team",
] as const;

/** Labels an SLO's burn-rate alerts carry from Watchkeeper, which `alerting` cannot replace. */
export const RESERVED_ALERT_LABELS = [...IDENTITY_LABELS, "slo", SLOTH_SEVERITY_LABEL];
