/**
 * The titles of the dashboards Watchkeeper writes, as Grafana shows them: the targets title their dashboards with
 * these, and the constructs name their dashboards with them in the stack's data-source check.
 */
export const DASHBOARD_TITLES = {
  slo: (service: string, name: string) => `SLO ${service} ${name}`,
  kpi: (service: string, name: string) => `KPI ${service} ${name}`,
  /** The executive dashboard, with the stack's vendor suffix: `vendorName("Business KPIs")`. */
  executive: "Business KPIs",
  apm: (service: string) => `APM ${service}`,
  serviceMap: (service: string) => `Service map ${service}`,
  realUsers: (application: string) => `Real users ${application}`,
  capacity: (cluster: string) => `Capacity ${cluster}`,
  availability: (service: string) => `Availability ${service}`,
} as const;
