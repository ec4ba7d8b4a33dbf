import type { Construct } from "constructs";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import { MonitoringStack } from "../../src/stack";

/**
 * Reaches the props of every construct and stack as they are declared through the public API, whatever their
 * type: tests mock `constructs/index.ts` with `hookedExports`, then set a transform of the props by construct path
 * (to plant sentinel secrets, to put hostile values at a prop path).
 */

type PropsTransform = (construct: string, props: unknown) => unknown;

let transform: PropsTransform | undefined;

/** Transforms the props of each construct declared from now on; undefined declares them as they are. */
export function transformProps(next: PropsTransform | undefined): void {
  transform = next;
}

function pathOf(scope: Construct, id: string): string {
  return scope.node.path === "" ? id : `${scope.node.path}/${id}`;
}

type ConstructClass = new (scope: Construct, id: string, props?: unknown) => Construct;

/** The class with its props transformed on the way in; keeps the class's name. */
function hooked(original: ConstructClass): ConstructClass {
  const wrapped = class extends original {
    constructor(scope: Construct, id: string, props?: unknown) {
      super(scope, id, transform === undefined ? props : transform(pathOf(scope, id), props));
    }
  };
  Object.defineProperty(wrapped, "name", { value: original.name });
  return wrapped;
}

function isConstructClass(value: unknown): value is ConstructClass {
  return typeof value === "function" && (value === MonitoringStack || value.prototype instanceof MonitoringConstruct);
}

/** The public API with every construct and the stack passing its props through the transform. */
export function hookedExports<T extends Record<string, unknown>>(exports: T): T {
  return Object.fromEntries(Object.entries(exports).map(([name, value]) => [name, isConstructClass(value) ? hooked(value) : value])) as T;
}
