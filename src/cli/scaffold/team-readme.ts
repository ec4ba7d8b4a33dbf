import { CI_WORKFLOW_PATH, DEPLOYED_BRANCH } from "./ci-workflow";

/** The team repository's short README: what is declared where, the commands, how both sides deploy, what CI needs. */
export function teamReadme(team: string): string {
  return `# ${team} monitoring

The monitoring of team ${team} as code, with [Watchkeeper](https://www.npmjs.com/package/watchkeeper): \`main.ts\`
declares the team's on-call (OnCallTeam) and its service's SLOs (ServiceSlo); synth turns them into Terraform JSON
(\`cdktf.out/\`), Kubernetes resources, Prometheus rules, dashboards and promtool tests (\`dist/\`).

\`\`\`sh
npm install
npm run synth       # writes cdktf.out/ and dist/; a declaration with problems lists them and exits 1
npm test            # type check, then the output compared with snapshots/
npm run snapshots   # accepts an intended change of the output; review it with git diff snapshots/
\`\`\`

Commit \`snapshots/\` with the code: reviewers see what a change does to every generated file, CI fails when the
two disagree, and \`watchkeeper diff\` reads the base branch's snapshots. The first \`npm test\` writes them; in CI
(\`CI=true\`) a missing snapshot fails.

\`${CI_WORKFLOW_PATH}\` runs the tests, \`watchkeeper validate\` and \`watchkeeper test\` and posts
\`watchkeeper diff\` on each pull request. On main it runs \`watchkeeper gate\`, synth, checks that
\`snapshots/dist/\` is what synth wrote, applies the vendor side with plain Terraform
(\`terraform -chdir=cdktf.out/stacks/production init\` and \`apply\`; no cdktf-cli), and then moves the branch
\`${DEPLOYED_BRANCH}\` to the deployed commit. The Kubernetes side (PrometheusRules, the AlertmanagerConfig, Probes,
dashboards) is deployed from that branch by Argo CD or Flux, from the committed \`snapshots/dist/production/kubernetes/\`,
so both sides run the same reviewed commit and wait for the same gate:

\`\`\`yaml
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: { name: ${team}-monitoring, namespace: argocd }
spec:
  project: default
  source: { repoURL: <this repository>, targetRevision: ${DEPLOYED_BRANCH}, path: snapshots/dist/production/kubernetes }
  destination: { server: https://kubernetes.default.svc }
  syncPolicy: { automated: { prune: true } }
\`\`\`

(With Flux: a GitRepository on the branch \`${DEPLOYED_BRANCH}\` and a Kustomization of that path.) The workflow needs
the repository variables \`PROMETHEUS_URL\` (reachable from the runner) and \`GRAFANA_URL\`, the secrets
\`DD_API_KEY\`, \`DD_APP_KEY\`, \`PAGERDUTY_TOKEN\` and \`GRAFANA_AUTH\` in the environment \`production\`, and a remote
Terraform state (\`terraformBackend\` in \`main.ts\`).
`;
}
