import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * Files a stack writes besides Terraform: Kubernetes manifests, rule files, dashboards, tests. Paths are
 * relative to the stack's output folder; writing the same path twice is a mistake in a construct and throws.
 */
export class OutputFiles {
  private readonly files = new Map<string, string>();

  add(path: string, content: string): void {
    if (this.files.has(path)) {
      throw new Error(`two constructs write ${path}; give them different names`);
    }
    this.files.set(path, content);
  }

  get paths(): string[] {
    return [...this.files.keys()].sort();
  }

  get(path: string): string | undefined {
    return this.files.get(path);
  }

  /** Replaces the folder's content with these files, so that removed declarations leave no stale output. */
  writeTo(folder: string): void {
    rmSync(folder, { recursive: true, force: true });
    for (const path of this.paths) {
      const target = join(folder, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, this.files.get(path) as string);
    }
  }
}
