import { InfrastructureMonitoring, type MonitoringStack, type OnCallTeam } from "../constructs";

/**
 * The planner's Kubernetes cluster (each environment runs its own, named "planner"): every rule pack, capacity
 * planning over a week of trend, and two overrides: its nodes run batch imports that keep CPUs busy, so CPU
 * saturation warns at 95% instead of 90%; and crash loops are watched in the planner's own namespace only, where
 * a loop is worth a ticket after 10 minutes instead of 15.
 */
export function plannerInfrastructure(stack: MonitoringStack, service: string, team: OnCallTeam): void {
  new InfrastructureMonitoring(stack, "cluster", {
    cluster: "planner",
    owner: team,
    runbookBaseUrl: "https://runbooks.example.com/intelligent-teams-planner/infrastructure",
    overrides: {
      NodeCpuSaturated: { warning: 0.95 },
      KubePodCrashLooping: { for: "10m", namespaces: [service] },
    },
    capacity: { lookback: "7d", horizon: "14d" },
  });
}
