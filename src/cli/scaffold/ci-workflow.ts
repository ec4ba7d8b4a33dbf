/** Where the scaffold writes the workflow, as its first line names it. */
export const CI_WORKFLOW_PATH = ".github/workflows/monitoring.yml";

/**
 * The branch the deploy job moves to each commit it deployed: Argo CD or Flux sync the Kubernetes side from its
 * `snapshots/dist/<stack>/kubernetes/`, so both sides run the same commit, after the same gate.
 */
export const DEPLOYED_BRANCH = "monitoring-deployed";

/**
 * The team repository's GitHub Actions workflow, also the pull request and main branch example of docs/ci.md (a test
 * keeps the two the same). On a pull request: the tests, synth, `watchkeeper validate` and `watchkeeper test`
 * (promtool and amtool from the runner's apt), and `watchkeeper diff` against the base branch's
 * snapshots posted as a comment; dangerous changes (exit 3) fail the job until a reviewer labels the pull request
 * `dangerous-monitoring-change`. On main: `watchkeeper gate`; synth, and a check that the committed
 * `snapshots/dist/` is what synth writes; plain Terraform on the stack's folder of `cdktf.out/` (no cdktf-cli,
 * hashicorp/terraform-cdk `website/docs/cdktf/create-and-deploy/deployment-patterns.mdx`); then the deployed
 * commit pushed to DEPLOYED_BRANCH, which Argo CD or Flux sync the Kubernetes resources from.
 */
export function ciWorkflow(): string {
  return `# ${CI_WORKFLOW_PATH}
name: monitoring

on:
  pull_request:
    types: [opened, synchronize, reopened, labeled, unlabeled]
  push:
    branches: [main]

jobs:
  review:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pull-requests: write
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 22
          cache: npm
      - run: npm ci
      - run: npm test
      - run: sudo apt-get update && sudo apt-get install --yes prometheus prometheus-alertmanager
      - run: npm run synth
      - run: npx watchkeeper validate
      - run: npx watchkeeper test
      - name: Snapshots of the base branch
        run: |
          git fetch --depth=1 origin "$BASE_REF"
          mkdir -p "$RUNNER_TEMP/base"
          git archive FETCH_HEAD snapshots | tar -x -C "$RUNNER_TEMP/base"
        env:
          BASE_REF: \${{ github.base_ref }}
      - name: Plan review as a comment
        run: |
          status=0
          npx watchkeeper diff --against "$RUNNER_TEMP/base/snapshots" --format markdown > "$RUNNER_TEMP/diff.md" || status=$?
          case $status in
            0) exit 0 ;;
            2|3) gh pr comment "$PR" --edit-last --body-file "$RUNNER_TEMP/diff.md" || gh pr comment "$PR" --body-file "$RUNNER_TEMP/diff.md" ;;
            *) cat "$RUNNER_TEMP/diff.md"; exit "$status" ;;
          esac
          if [ "$status" = 3 ] && [ "$ACCEPTED" != true ]; then
            echo "::error::dangerous monitoring changes, listed first in the comment; a reviewer who accepts them labels the pull request dangerous-monitoring-change"
            exit 3
          fi
        env:
          GH_TOKEN: \${{ github.token }}
          PR: \${{ github.event.pull_request.number }}
          ACCEPTED: \${{ contains(github.event.pull_request.labels.*.name, 'dangerous-monitoring-change') }}

  deploy:
    if: github.event_name == 'push'
    runs-on: ubuntu-latest
    environment: production
    concurrency: production
    permissions:
      contents: write
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 22
          cache: npm
      - run: npm ci
      # Stops the deploy while an error budget is exhausted or a page-level burn is active (exit 1), or when
      # Prometheus cannot answer (exit 3). A new SLO has no data before its first deploy, hence pass on no data.
      - run: npx watchkeeper gate --prometheus "$PROMETHEUS_URL" --on-no-data pass
        env:
          PROMETHEUS_URL: \${{ vars.PROMETHEUS_URL }}
      - run: npm run synth
      # Argo CD or Flux deploy snapshots/dist/: it must be what synth writes.
      - run: diff -r dist snapshots/dist
      - uses: hashicorp/setup-terraform@v3
        with:
          terraform_wrapper: false
      - run: terraform -chdir=cdktf.out/stacks/production init -input=false
      - run: terraform -chdir=cdktf.out/stacks/production apply -input=false -auto-approve
        env:
          DD_API_KEY: \${{ secrets.DD_API_KEY }}
          DD_APP_KEY: \${{ secrets.DD_APP_KEY }}
          PAGERDUTY_TOKEN: \${{ secrets.PAGERDUTY_TOKEN }}
          GRAFANA_URL: \${{ vars.GRAFANA_URL }}
          GRAFANA_AUTH: \${{ secrets.GRAFANA_AUTH }}
      # Argo CD or Flux sync snapshots/dist/production/kubernetes/ from this branch: the commit just deployed.
      - run: git push --force origin HEAD:refs/heads/${DEPLOYED_BRANCH}
`;
}
