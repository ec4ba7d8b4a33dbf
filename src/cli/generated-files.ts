import { InputError, parseJson, parseYamlDocuments, readTextFile } from "./input-files";
import { shape, shapeProblems, type Shape } from "./shapes";

/**
 * The shapes of the files `watchkeeper synth` writes, as far as `diff`, `validate` and `test` read them: a file of
 * another shape (edited by hand, or not Watchkeeper's) is refused naming the file, rather than read as nonsense.
 */
const RULE = shape.object({ alert: shape.text, record: shape.text, labels: shape.labels, annotations: shape.labels });
const RULE_GROUPS = shape.list(shape.object({ name: shape.text, rules: shape.list(RULE) }));

/** A Prometheus rule file: `groups` of named `rules`. */
export const RULE_FILE: Shape = { type: ["object", "null"], properties: { groups: RULE_GROUPS } };

/** A promtool test file: `rule_files`, `evaluation_interval` and `tests` of alert cases. */
export const TEST_FILE: Shape = shape.object(
  {
    rule_files: shape.list(shape.text),
    evaluation_interval: shape.text,
    tests: shape.list(
      shape.object({
        name: shape.text,
        alert_rule_test: shape.list(
          shape.object({ eval_time: shape.text, alertname: shape.text, exp_alerts: shape.list(shape.object({ exp_labels: { type: "object" }, exp_annotations: { type: "object" } })) }),
        ),
      }),
    ),
  },
  ["tests"],
);

/** A document of a Kubernetes manifest (a PrometheusRule's groups are rule groups). */
export const KUBERNETES_DOCUMENT: Shape = {
  type: ["object", "null"],
  properties: { kind: shape.text, metadata: shape.object({ name: shape.text, namespace: shape.text }), spec: shape.object({ groups: RULE_GROUPS }) },
};

const BLOCKS = shape.record(shape.record(shape.object({ "//": shape.object({ metadata: shape.object({ path: shape.text }) }) })));
/** A stack's cdk.tf.json: resources and data sources by type and logical id, `removed` and `moved` blocks. */
export const TERRAFORM_JSON: Shape = shape.object({
  resource: BLOCKS,
  data: BLOCKS,
  removed: shape.list(shape.object({ from: shape.text, lifecycle: shape.object({ destroy: shape.boolean }) })),
  moved: shape.list(shape.object({ from: shape.text, to: shape.text })),
});

/** What to do about a generated file that is not what synth writes. */
export const SYNTH_AGAIN = "run watchkeeper synth to write the output again (generated files are not edited by hand)";

/** The problems of a parsed document for a shape, as one InputError naming the file; nothing when it fits. */
function checkShape(path: string, documents: readonly unknown[], documentShape: Shape, fix: string): void {
  documents.forEach((document, index) => {
    const problems = shapeProblems(documentShape, document);
    if (problems.length > 0) {
      const which = documents.length > 1 ? ` (document ${index + 1})` : "";
      throw new InputError(`${path}${which} is not what watchkeeper synth writes: ${problems.join("; ")}; ${fix}`);
    }
  });
}

/** The documents of a generated YAML text at `path` of a shape; throws InputError naming the file otherwise. */
export function generatedYaml(path: string, text: string, documentShape: Shape, fix = SYNTH_AGAIN): unknown[] {
  const documents = parseYamlDocuments(text, { path, fix });
  checkShape(path, documents, documentShape, fix);
  return documents;
}

/** The value of a generated JSON file of a shape (read from disk); throws InputError naming the file otherwise. */
export function generatedJsonFile(path: string, documentShape: Shape, fix = SYNTH_AGAIN): unknown {
  const value = parseJson(readTextFile({ path, fix }), { path, fix });
  checkShape(path, [value], documentShape, fix);
  return value;
}
