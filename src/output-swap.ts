import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";

/** One rename of a swap. Every step is a rename, so undoing it is the reverse rename. */
export interface SwapStep {
  readonly from: string;
  readonly to: string;
}

/** The renames that put one output folder in place, what to delete once every part is in place, and what if undone. */
export interface SwapPart {
  readonly steps: readonly SwapStep[];
  /** The previous output moved aside by the steps, and the emptied staging folders. */
  readonly afterCommit: readonly string[];
  /** The staged new output, back where the steps found it. */
  readonly afterUndo: readonly string[];
}

/** What the journal records: the renames, how many are done, whether the swap is committed, what to delete after. */
interface Journal {
  readonly steps: readonly SwapStep[];
  readonly done: number;
  readonly committed: boolean;
  readonly afterCommit: readonly string[];
  readonly afterUndo: readonly string[];
}

/** The part that removes `folder`, the output of a stack the app no longer has: moved aside, deleted once committed. */
export function removal(folder: string, aside: string): SwapPart {
  return existsSync(folder) ? { steps: [{ from: folder, to: aside }], afterCommit: [aside], afterUndo: [] } : { steps: [], afterCommit: [], afterUndo: [] };
}

/** A swap that failed: `restored` when its renames were undone, otherwise the journal is left for the next synth. */
export class SwapFailed extends Error {
  constructor(
    readonly cause: Error,
    readonly restored: boolean,
  ) {
    super(restored ? cause.message : `${cause.message}; undoing the renames done failed too, the next synth undoes them`);
  }
}

/** A step is done when its source is gone and its target is there. */
function isDone(step: SwapStep): boolean {
  return !existsSync(step.from) && existsSync(step.to);
}

/**
 * Swaps staged output into place as one transaction over several folders (cdktf.out/ and each stack's dist/),
 * which no single rename can: the renames are recorded in a journal before the first, and its progress after
 * each, so that whatever interrupts them (an error, a kill, a power cut) the outputs end up all previous or all
 * new. An error undoes the done renames at once; a kill leaves the journal, and the next synth's `recover` finishes
 * a committed swap or undoes an uncommitted one before it reads or writes anything.
 */
export class OutputSwap {
  constructor(private readonly journal: string) {}

  /** Finishes or undoes the swap an interrupted synth left; does nothing when there is none. */
  recover(): void {
    if (!existsSync(this.journal)) {
      return;
    }
    const journal = JSON.parse(readFileSync(this.journal, "utf8")) as Journal;
    if (!journal.committed) {
      this.undo(journal);
    }
    this.finish(journal.committed ? journal.afterCommit : journal.afterUndo);
  }

  /**
   * Runs every part's renames in order, then deletes what they leave behind. On an error, undoes the renames done,
   * leaving every folder as it was, and throws SwapFailed.
   */
  run(parts: readonly SwapPart[]): void {
    let journal: Journal = {
      steps: parts.flatMap((part) => part.steps),
      done: 0,
      committed: false,
      afterCommit: parts.flatMap((part) => part.afterCommit),
      afterUndo: parts.flatMap((part) => part.afterUndo),
    };
    try {
      this.record(journal);
      for (const [index, step] of journal.steps.entries()) {
        renameSync(step.from, step.to);
        journal = { ...journal, done: index + 1 };
        this.record(journal);
      }
      this.record({ ...journal, committed: true });
    } catch (error) {
      throw this.rollBack(journal, error as Error);
    }
    this.finish(journal.afterCommit);
  }

  private rollBack(journal: Journal, cause: Error): SwapFailed {
    try {
      this.undo(journal);
      this.finish(journal.afterUndo);
      return new SwapFailed(cause, true);
    } catch {
      return new SwapFailed(cause, false);
    }
  }

  /** Undoes the done renames, last first: those the journal counts, and the next one if it happened unrecorded. */
  private undo(journal: Journal): void {
    const next = journal.steps[journal.done];
    const done = journal.done + (next !== undefined && isDone(next) ? 1 : 0);
    for (const step of journal.steps.slice(0, done).reverse()) {
      renameSync(step.to, step.from);
    }
  }

  /** Deletes what the swap left behind, then the journal: from here on there is nothing to recover. */
  private finish(leftovers: readonly string[]): void {
    leftovers.forEach((path) => rmSync(path, { recursive: true, force: true }));
    rmSync(this.journal, { force: true });
    rmSync(`${this.journal}.tmp`, { force: true });
  }

  /** Writes the journal durably and atomically: a temporary file, flushed, renamed over the journal. */
  private record(journal: Journal): void {
    const temporary = `${this.journal}.tmp`;
    const descriptor = openSync(temporary, "w");
    try {
      writeSync(descriptor, JSON.stringify(journal));
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporary, this.journal);
  }
}
