import { RealUserMonitoring, type MonitoringStack, type OnCallTeam } from "../constructs";
import type { OrganisationSettings } from "./settings";

const RUNBOOKS = "https://runbooks.example.com/intelligent-teams-planner/rum";

/**
 * The planner's web app as its users feel it: Core Web Vitals at Google's bounds on the pages that matter, sessions
 * with errors, and the journey from signing in to sharing a plan. Every session with an error is kept, a fifth of
 * the rest. The satisfaction score is the BusinessKpi "user-satisfaction" (planner-kpis.ts).
 */
export function plannerRum(stack: MonitoringStack, settings: OrganisationSettings, owner: OnCallTeam): void {
  new RealUserMonitoring(stack, "web-rum", {
    service: settings.serviceName,
    name: "planner-web",
    owner,
    runbookUrl: RUNBOOKS,
    viewGroups: ["/login", "/board", "/plans/new", "/plans/share"],
    sessionSamplePercent: 20,
    journeys: [{ name: "share a plan", steps: ["/login", "/plans/new", "/plans/share"], dropPercent: 20, window: "1h" }],
  });
}
