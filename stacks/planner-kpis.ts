import { BusinessKpi, type MonitoringStack, type OnCallTeam, type ServiceSlo } from "../constructs";

/**
 * The planner's business metrics, as its team wrote them: conversion above 95% of its baseline, revenue impact
 * under 1% negative, active users as usage, user satisfaction at least 4.5 of 5. Each depends on the planner's
 * SLOs, whose dashboards its alerts link, and is written to every output: Prometheus rules and tests, Datadog
 * monitors (the planner's metrics reach Datadog through the Agent's OpenMetrics check, so their queries are
 * translated), a Grafana dashboard and a section of the stack's executive dashboard.
 */
export function plannerKpis(stack: MonitoringStack, service: string, team: OnCallTeam, slos: readonly ServiceSlo[]): void {
  const runbooks = "https://runbooks.example.com/intelligent-teams-planner/kpis";
  const common = { service, owner: team, dependsOn: slos, timeZone: "Europe/Berlin" };

  new BusinessKpi(stack, "conversion-rate", {
    ...common,
    name: "conversion-rate",
    description: "Trial workspaces that become paid plans, over trial sessions",
    signal: { ratio: { numerator: `planner_plan_conversions_total{service="${service}"}`, denominator: `planner_trial_sessions_total{service="${service}"}` } },
    unit: "percentunit",
    thresholds: { percentOfBaseline: 95 },
    runbookUrl: `${runbooks}/conversion-rate`,
  });

  new BusinessKpi(stack, "revenue", {
    ...common,
    name: "revenue",
    description: "Subscription revenue, in euros per second; its shortfall against the baseline is recorded per hour",
    signal: { counter: `planner_revenue_euros_total{service="${service}"}` },
    unit: "currencyEUR",
    thresholds: { maxImpactPercent: 1, relativeWindow: "1d" },
    floor: { for: "30m" },
    severity: "page",
    runbookUrl: `${runbooks}/revenue`,
  });

  new BusinessKpi(stack, "active-users", {
    ...common,
    name: "active-users",
    description: "Users active in the last five minutes",
    signal: { gauge: { selector: `planner_active_users{service="${service}"}`, aggregation: "sum" } },
    // Usage grows with every onboarded team: Datadog's agile algorithm follows such level shifts within days.
    datadogAnomaly: { algorithm: "agile" },
    runbookUrl: `${runbooks}/active-users`,
  });

  new BusinessKpi(stack, "user-satisfaction", {
    ...common,
    name: "user-satisfaction",
    description: "The average in-app rating, from 1 to 5",
    signal: { gauge: { selector: `planner_user_satisfaction_score{service="${service}"}`, canBeZero: false } },
    seasonality: "none",
    thresholds: { absolute: 4.5 },
    forecast: { threshold: 4.5, window: "3d" },
    runbookUrl: `${runbooks}/user-satisfaction`,
  });
}
