/**
 * Work the build hands to a thread of its own (the search index, the share
 * cards): the build's thread posts each item and goes back to rendering, so
 * the work runs on the second core; `finish(outDir)` waits for the report.
 * Messages in: `{ add: args }` (many), then `{ finish: outDir }`; out:
 * `{ report }` once, or `{ error }` for an item that failed.
 */
import { parentPort, Worker } from 'node:worker_threads';

export interface WorkerReport {
  errors: string[];
}

export class BuildWorker<Args extends unknown[], Report extends WorkerReport> {
  private readonly worker: Worker;
  private readonly errors: string[] = [];
  private readonly done: Promise<Report>;
  private settle!: { resolve: (report: Report) => void; reject: (error: Error) => void };

  /** `script`: a module that calls serveBuildWorker(); `name`: what failed, in an error. */
  constructor(script: URL, name: string) {
    this.worker = new Worker(script);
    this.done = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
    this.done.catch(() => {});
    this.worker.on('message', (message: { report?: Report; error?: string }) => {
      if (message.report) this.settle.resolve({ ...message.report, errors: [...this.errors, ...message.report.errors] });
      else if (message.error) this.errors.push(message.error);
    });
    this.worker.on('error', (error) => this.settle.reject(error));
    this.worker.on('exit', (code) => this.settle.reject(new Error(`${name}: luồng xử lý dừng (mã ${code})`)));
  }

  add(...args: Args): void {
    this.worker.postMessage({ add: args });
  }

  async finish(outDir: string): Promise<Report> {
    this.worker.postMessage({ finish: outDir });
    try {
      return await this.done;
    } finally {
      await this.worker.terminate();
    }
  }
}

const describe = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));

/** The worker's side: items go to `add` as they come, then `finish` makes the report. */
export function serveBuildWorker<Args extends unknown[], Report>(handler: {
  add(...args: Args): Promise<void>;
  finish(outDir: string): Promise<Report>;
}): void {
  parentPort!.on('message', (message: { add?: Args; finish?: string }) => {
    if (message.add) {
      handler.add(...message.add).catch((error: unknown) => parentPort!.postMessage({ error: describe(error) }));
      return;
    }
    if (message.finish !== undefined) {
      handler.finish(message.finish).then(
        (report) => parentPort!.postMessage({ report }),
        (error: unknown) => parentPort!.postMessage({ error: describe(error) }),
      );
    }
  });
}
