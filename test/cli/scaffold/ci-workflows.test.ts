import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CI_WORKFLOW_PATH, DEPLOYED_BRANCH, ciWorkflow } from "../../../src/cli/scaffold/ci-workflow";
import { docBlocks } from "../../support/docs";

const SECTION = "CI workflows (GitHub Actions)";
const [reviewAndDeploy, status] = docBlocks(SECTION, "yaml");

/** The shell lines of a workflow's `run` steps, per job. */
function runs(workflow: string): Record<string, string[]> {
  const jobs = (parse(workflow) as { jobs: Record<string, { steps: Array<{ run?: string }> }> }).jobs;
  return Object.fromEntries(Object.entries(jobs).map(([name, job]) => [name, job.steps.flatMap((step) => step.run?.trim().split("\n") ?? [])]));
}

describe("the CI workflows of docs/ci.md", () => {
  it("show, as the review and deploy example, the workflow init writes, to the byte", () => {
    expect(`${reviewAndDeploy}\n`).toBe(ciWorkflow());
    expect(reviewAndDeploy.split("\n")[0]).toBe(`# ${CI_WORKFLOW_PATH}`);
  });

  it("review a pull request with diff, and gate then deploy on main", () => {
    const workflow = parse(reviewAndDeploy) as { on: Record<string, unknown>; jobs: Record<string, { if: string }> };
    expect(Object.keys(workflow.on)).toEqual(["pull_request", "push"]);
    expect(Object.entries(workflow.jobs).map(([name, job]) => [name, job.if])).toEqual([
      ["review", "github.event_name == 'pull_request'"],
      ["deploy", "github.event_name == 'push'"],
    ]);
    const { review, deploy } = runs(reviewAndDeploy);
    expect(review.filter((line) => line.includes("watchkeeper"))).toEqual([
      "npx watchkeeper validate",
      "npx watchkeeper test",
      'npx watchkeeper diff --against "$RUNNER_TEMP/base/snapshots" --format markdown > "$RUNNER_TEMP/diff.md" || status=$?',
    ]);
    expect(deploy.slice(1)).toEqual([
      'npx watchkeeper gate --prometheus "$PROMETHEUS_URL" --on-no-data pass',
      "npm run synth",
      "diff -r dist snapshots/dist",
      "terraform -chdir=cdktf.out/stacks/production init -input=false",
      "terraform -chdir=cdktf.out/stacks/production apply -input=false -auto-approve",
      `git push --force origin HEAD:refs/heads/${DEPLOYED_BRANCH}`,
    ]);
  });

  it("deploy the vendor side with plain Terraform, without cdktf-cli, and publish the deployed commit for Argo CD or Flux", () => {
    expect(reviewAndDeploy).not.toMatch(/cdktf-cli|cdktf deploy/);
    const workflow = parse(reviewAndDeploy) as { jobs: { deploy: { permissions: Record<string, string>; steps: Array<{ run?: string; env?: Record<string, string> }> } } };
    expect(workflow.jobs.deploy.permissions).toEqual({ contents: "write" });
    const apply = workflow.jobs.deploy.steps.find((step) => step.run?.includes(" apply "));
    expect(Object.keys(apply?.env ?? {})).toEqual(["DD_API_KEY", "DD_APP_KEY", "PAGERDUTY_TOKEN", "GRAFANA_URL", "GRAFANA_AUTH"]);
  });

  it("publish the status page to GitHub Pages and the SLA report as a summary and an artifact, on a schedule", () => {
    const workflow = parse(status) as { on: { schedule: Array<{ cron: string }> }; jobs: Record<string, { steps: Array<{ uses?: string }> }> };
    expect(workflow.on.schedule.map((entry) => entry.cron)).toEqual(["*/15 * * * *", "0 6 * * *"]);
    expect(runs(status)).toEqual({
      "status-page": ["npm ci", 'npx watchkeeper status-page --prometheus "$PROMETHEUS_URL" --out site'],
      "sla-report": [
        "npm ci",
        'npx watchkeeper report --prometheus "$PROMETHEUS_URL" --format markdown >> "$GITHUB_STEP_SUMMARY"',
        'npx watchkeeper report --prometheus "$PROMETHEUS_URL" --format html > sla-report.html',
      ],
    });
    expect(workflow.jobs["status-page"].steps.map((step) => step.uses).filter(Boolean)).toContain("actions/deploy-pages@v4");
  });
});
