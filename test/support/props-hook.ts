import type { Construct } from "constructs";

/**
 * Reaches the props of every construct and stack as they are declared through the public API, whatever their
 * type: tests mock `constructs/index.ts` with `hookedExports`, then set a transform of the props by construct path
 * (to plant sentinel secrets, to put hostile values at a prop path). Test files share a worker's module cache, so
 * such a test resets the modules and imports the organisation, the public API and this hook afresh (`freshModules`).
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

/** A construct class of the public API that declarations instantiate: the stack, or a construct with outputs. */
function isConstructClass(name: string, value: unknown): value is ConstructClass {
  return typeof value === "function" && name !== "MonitoringConstruct" && (name === "MonitoringStack" || typeof value.prototype?.writeOutputs === "function");
}

/** The public API with every construct and the stack passing its props through the transform. */
export function hookedExports<T extends Record<string, unknown>>(exports: T): T {
  return Object.fromEntries(Object.entries(exports).map(([name, value]) => [name, isConstructClass(name, value) ? hooked(value) : value])) as T;
}

/** The modules a props-hook test declares the example organisation with, imported afresh after the mock. */
export interface FreshModules {
  readonly api: typeof import("../../constructs");
  readonly organisation: typeof import("../../stacks/organisation");
  readonly settings: typeof import("../../stacks/settings");
  readonly base: typeof import("../../src/monitoring-construct");
  readonly hook: typeof import("./props-hook");
}
