/**
 * Grafana data sources as data: the ones a stack's dashboards read (each through a data source variable of a type,
 * which Grafana resolves to the default data source of that type, or the first), and the ones the stack provides (a
 * platform's Grafana, or a team's own Grafana declared). A dashboard that reads a type no data source provides
 * shows "data source not found" on every panel; the stack's check finds it at synth.
 */
import { quoted } from "../quoted";

/** The data source types of Grafana that Watchkeeper's dashboards and platform use. */
export const DATA_SOURCE_TYPES = {
  prometheus: "prometheus",
  elasticsearch: "elasticsearch",
  datadog: "grafana-datadog-datasource",
} as const;

/** One data source a dashboard reads: through a data source variable of a type. */
export interface DataSourceRead {
  /** The data source type (the plugin id): `prometheus`, `grafana-datadog-datasource`. */
  readonly type: string;
  /** The dashboard's data source variable, without `$`: `datasource`. */
  readonly variable: string;
}

/** A dashboard an output writes, and the data sources it reads. */
export interface DashboardSources {
  /** The dashboard's title, as Grafana shows it. */
  readonly title: string;
  readonly reads: readonly DataSourceRead[];
}

/** A data source a Grafana has. */
export interface ProvidedDataSource {
  readonly name: string;
  readonly type: string;
  readonly uid: string;
  /** Whether it is the Grafana's default data source, which a variable of its type resolves to first. */
  readonly isDefault: boolean;
}

/** A dashboard, with the path of the construct that writes it. */
export interface DeclaredDashboard {
  readonly path: string;
  readonly dashboard: DashboardSources;
}

/** A data source, with the path of the construct that provides it. */
export interface DeclaredDataSource {
  readonly path: string;
  readonly source: ProvidedDataSource;
}

/** What provides a data source of each type on a MonitoringPlatform, for the fix of a missing one. */
const PROVIDED_BY: Readonly<Record<string, string>> = {
  [DATA_SOURCE_TYPES.prometheus]: "declare prometheus on it, or set grafana.prometheusUrl to a Prometheus of your own",
  [DATA_SOURCE_TYPES.elasticsearch]: "declare elastic on it",
  [DATA_SOURCE_TYPES.datadog]: "set grafana.datadog on it (the Secret with Datadog's API and application keys)",
};

/** How a data source is named in messages: `"Prometheus" (prometheus, uid prometheus)`. */
const describe = ({ name, type, uid }: ProvidedDataSource) => `${quoted(name)} (${type}, uid ${uid})`;

/** Two provided data sources of one uid: Grafana keeps one. */
function uidCollisions(provided: readonly DeclaredDataSource[]): string[] {
  return provided.flatMap(({ path, source }, index) => {
    const first = provided.findIndex((other) => other.source.uid === source.uid);
    return first === index ? [] : [`${path}: data source ${describe(source)} has the uid of ${describe(provided[first].source)} from ${provided[first].path}; give each data source its own uid`];
  });
}

/** The data sources of the stack's Grafana: who declares it, and what it has. */
export interface StackGrafana {
  /** The paths of the declarations of the Grafana (a MonitoringPlatform's `grafana`). */
  readonly declaredBy: readonly string[];
  readonly dataSources: readonly DeclaredDataSource[];
}

/**
 * The stack's data-source problems: every dashboard's read that no data source of the stack's Grafana serves, once
 * per dashboard and type, naming the dashboard, its variable and the fix; and uid collisions. A stack that declares
 * no Grafana (undefined) has nothing to check against, so there is no problem.
 */
export function dataSourceProblems(dashboards: readonly DeclaredDashboard[], grafana: StackGrafana | undefined): string[] {
  if (grafana === undefined) {
    return [];
  }
  const provided = grafana.dataSources;
  const providers = grafana.declaredBy;
  const available = provided.map(({ source, path }) => `${describe(source)} from ${path}`).join(", ") || "none";
  const seen = new Set<string>();
  const missing = dashboards.flatMap(({ path, dashboard }) =>
    dashboard.reads.flatMap((read) => {
      const key = [dashboard.title, read.type].join("\u0000");
      if (provided.some(({ source }) => source.type === read.type) || seen.has(key)) {
        return [];
      }
      seen.add(key);
      const deployed = PROVIDED_BY[read.type] === undefined ? "" : `${PROVIDED_BY[read.type]}; or, `;
      return [
        `${path}: the Grafana dashboard ${quoted(dashboard.title)} reads a data source of type ${quoted(read.type)} through its $${read.variable} variable, ` +
          `and no data source of the stack has that type (it has ${available}); on ${providers.join(" or ")}, ${deployed}for a Grafana of your own, list its data source of that type in grafana.existing`,
      ];
    }),
  );
  return [...missing, ...uidCollisions(provided)];
}
