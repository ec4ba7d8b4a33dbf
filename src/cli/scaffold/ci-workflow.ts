/** Where the scaffold writes the workflow, as its first line names it. */
export const CI_WORKFLOW_PATH = ".github/workflows/monitoring.yml";

/**
 * The team repository's GitHub Actions workflow, also the README's pull request and main branch example (a test
 * keeps the two the same). On a pull request: the tests, synth, `watchkeeper validate` and `watchkeeper test`
 * (promtool and amtool from the runner's apt), and `watchkeeper diff` against the base branch's
 * snapshots posted as a comment; dangerous changes (exit 3) fail the job until a reviewer labels the pull request
 * `dangerous-monitoring-change`. On main: `watchkeeper gate`, then `cdktf deploy` with cdktf-cli at the version
 * Watchkeeper is tested with.
 */
export function ciWorkflow(cdktfCliVersion: string): string {
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
      - uses: hashicorp/setup-terraform@v3
        with:
          terraform_wrapper: false
      - run: npx --yes --package=cdktf-cli@${cdktfCliVersion} cdktf deploy production --auto-approve
        env:
          DD_API_KEY: \${{ secrets.DD_API_KEY }}
          DD_APP_KEY: \${{ secrets.DD_APP_KEY }}
          PAGERDUTY_TOKEN: \${{ secrets.PAGERDUTY_TOKEN }}
          GRAFANA_URL: \${{ vars.GRAFANA_URL }}
          GRAFANA_AUTH: \${{ secrets.GRAFANA_AUTH }}
`;
}
