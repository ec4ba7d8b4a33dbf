import { mkdirSync, writeFileSync } from "node:fs";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";

/** Writes synth's files; `flush` is where its writes are known to be done. */
export interface FileWriter {
  /** Writes `content` to `path`, creating `folder` (the path's folder, given the first time it is used) first. */
  write(path: string, content: string, folder?: string): void;
  /** Returns once every write so far is on disk; throws the first error among them, if any, once. */
  flush(): void;
}

/** The environment variable that, set to `off`, makes synth write its files on the main thread. */
export const WRITER_THREAD = "WATCHKEEPER_WRITER_THREAD";

/** How long the writer thread may write nothing while writes are waiting before flush gives up on it. */
const STALLED_MS = 60_000;

/**
 * How many files may wait for the thread at most, each in a slot of shared memory of its own (a larger file is
 * handed over by itself): the memory they take stays the same however slow the disk, and synth then waits for it
 * as it would writing itself.
 */
const SLOTS = 64;
const SLOT_BYTES = 64 * 1024;

/** Files handed to the thread in one message: a message costs far more than its content. */
const BATCH = 16;

/** One file as the thread receives it. */
interface FileMessage {
  readonly path: string;
  readonly folder?: string;
  readonly start?: number;
  readonly length?: number;
  readonly bytes?: Uint8Array<ArrayBuffer>;
}

/**
 * What the writer thread runs: each message a batch of files, each file's UTF-8 bytes in a slot (from start, length
 * bytes) or handed over (bytes); after each file one more write counted, its error (if any) sent first.
 */
const THREAD_CODE = `
const { parentPort, workerData } = require("node:worker_threads");
const { mkdirSync, writeFileSync } = require("node:fs");
const { written, errors, slots } = workerData;
parentPort.on("message", (files) => {
  for (const { path, folder, start, length, bytes } of files) {
    try {
      if (folder !== undefined) mkdirSync(folder, { recursive: true });
      writeFileSync(path, bytes ?? slots.subarray(start, start + length));
    } catch (error) {
      errors.postMessage(error instanceof Error ? error.message : String(error));
    }
    Atomics.add(written, 0, 1);
    Atomics.notify(written, 0);
  }
});
`;

const encoder = new TextEncoder();

/** Writes on the main thread, at once. */
class InlineWriter implements FileWriter {
  write(path: string, content: string, folder?: string): void {
    if (folder !== undefined) {
      mkdirSync(folder, { recursive: true });
    }
    writeFileSync(path, content);
  }

  flush(): void {}
}

/**
 * Writes on a thread of its own, so that the disk's latency (thousands of small files, often slow on a busy
 * machine) overlaps with synth's computation instead of adding to it. Writes are done in the order given; `flush`
 * waits for them, which needs no event loop, so synth stays synchronous.
 */
class ThreadWriter implements FileWriter {
  private readonly worker: Worker;
  private readonly errors: MessagePort;
  /** How many writes the thread has done, shared with it. */
  private readonly written = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  private readonly slots = new Uint8Array(new SharedArrayBuffer(SLOTS * SLOT_BYTES));
  /** How many files were given to `write`: those handed to the thread and those of the batch. */
  private posted = 0;
  private batch: FileMessage[] = [];

  constructor() {
    const { port1, port2 } = new MessageChannel();
    // Plain JavaScript, without the main thread's loaders (tsx, a test runner's): the thread needs only fs. Its heap
    // holds a few small messages at a time.
    this.worker = new Worker(THREAD_CODE, {
      eval: true,
      execArgv: [],
      workerData: { written: this.written, errors: port2, slots: this.slots },
      transferList: [port2],
      resourceLimits: { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 64 },
    });
    this.worker.unref();
    this.errors = port1;
  }

  write(path: string, content: string, folder?: string): void {
    // Writes are done in order, so the slot's previous file (SLOTS files ago) is written once fewer wait.
    this.waitUntilWaiting(SLOTS - 1);
    const start = (this.posted % SLOTS) * SLOT_BYTES;
    const { read, written } = encoder.encodeInto(content, this.slots.subarray(start, start + SLOT_BYTES));
    this.batch.push(read === content.length ? { path, folder, start, length: written } : { path, folder, bytes: encoder.encode(content) });
    this.posted += 1;
    if (this.batch.length === BATCH) {
      this.handOver();
    }
  }

  flush(): void {
    this.waitUntilWaiting(0);
    let first: string | undefined;
    for (let error = receiveMessageOnPort(this.errors); error !== undefined; error = receiveMessageOnPort(this.errors)) {
      first ??= error.message as string;
    }
    if (first !== undefined) {
      throw new Error(first);
    }
  }

  /** Blocks until at most `most` files wait to be written, the batch handed over first. */
  private waitUntilWaiting(most: number): void {
    if (this.posted - Atomics.load(this.written, 0) > most) {
      this.handOver();
    }
    for (let done = Atomics.load(this.written, 0); this.posted - done > most; done = Atomics.load(this.written, 0)) {
      if (Atomics.wait(this.written, 0, done, STALLED_MS) === "timed-out") {
        throw new Error(`the file writer has written nothing for ${STALLED_MS / 1000} s; ${this.posted - done} files are not written`);
      }
    }
  }

  /** Hands the batch to the thread, the memory of any file outside the slots with it. */
  private handOver(): void {
    if (this.batch.length === 0) {
      return;
    }
    const transfer = this.batch.flatMap((file) => (file.bytes === undefined ? [] : [file.bytes.buffer]));
    this.worker.postMessage(this.batch, transfer);
    this.batch = [];
  }
}

let shared: FileWriter | undefined;

/**
 * The process's file writer: one thread for every stack and synth, started on first use; on the main thread when
 * the WATCHKEEPER_WRITER_THREAD environment variable is `off`.
 */
export function fileWriter(): FileWriter {
  if (process.env[WRITER_THREAD] === "off") {
    return new InlineWriter();
  }
  shared ??= new ThreadWriter();
  return shared;
}
