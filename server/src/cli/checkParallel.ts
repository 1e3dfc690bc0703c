/**
 * `nota check` between collecting the files and printing them, on every core.
 * Each note is checked with the configuration (.nota/) of the workspace it
 * lies in. With many files, worker threads check batches of them while the
 * main thread checks batches too; the results come back in the order of the
 * sequential run, so the output is identical whatever the number of threads
 * (NOTA_THREADS=1 forces one).
 *
 * The workers run dist/checkWorker.js: this same module bundled as its own
 * entry, with the core but no language-server code, so a worker starts fast.
 * The main thread reads each workspace's configuration files once and hands
 * the same texts to the workers, and every thread configures its services
 * with the same function, so all threads check with the same configuration.
 * Without the worker bundle (running from source) or when a worker fails,
 * its files are checked on the main thread: slower, never different.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createLanguageService, type NotaLanguageService } from '../core/languageService';
import type { Locale } from '../core/findings/messages';
import { configProblemFinding, workspaceConfigOf, type ConfigProblem } from '../core/workspace/workspaceConfig';
import { findWorkspaceRoot, readWorkspaceFiles, type WorkspaceFiles } from '../node/workspaceFiles';
import { checkTarget, type CheckOutcome, type FileResult } from './checkFiles';
import type { Target } from './collectFiles';
import { addCrossNoteFindings } from './crossNotes';

/** The worker bundle, next to dist/cli.js. */
export const WORKER_FILE = 'checkWorker.js';

/**
 * A worker is ready to check only after loading the core, and it checks
 * slowly until its own copy of the code is warm; by then this thread has
 * checked several hundred notes (half a millisecond each). On a two-core
 * virtual machine a second thread paid off only from a few thousand notes
 * (two threads also slow each other down there): one more thread per this
 * many files, unless NOTA_THREADS says otherwise.
 */
const FILES_PER_THREAD = 2500;
/** Files handed out at a time: small enough to balance the threads at the end, large enough that messages are rare. */
const BATCH_SIZE = 8;

/** A file to check and the workspace root whose configuration applies ('' for none). */
export interface Job {
  target: Target;
  root: string;
}

interface WorkerInit {
  nota: 'check-worker';
  locale: Locale;
  workspaces: [string, WorkspaceFiles][];
}

type ToWorker = { batch: number; jobs: Job[] };
type FromWorker = { ready: true } | { batch: number; outcomes: CheckOutcome[] };

export interface CheckOptions {
  /**
   * Threads in all, this one included, as long as there are files for them;
   * default: NOTA_THREADS, else one per core and per FILES_PER_THREAD files.
   */
  threads?: number;
  /** Folder holding the worker bundle; default: this bundle's folder. */
  workerDir?: string;
  /** Off: this thread leaves all checking to the workers (for tests of the workers). */
  checkOnMainThread?: boolean;
  /** How a finding across notes names another note; default: the path as given. */
  nameOf?: (file: string) => string;
}

export interface CheckedFiles {
  /** Configuration problems and notes, in the order the sequential run reports them. */
  results: FileResult[];
  /** Files that could not be read, in target order. */
  errors: string[];
  /** How many batches of files each side checked. */
  batches: { main: number; workers: number };
}

/** Checks every target with its workspace's configuration; results in the order of the sequential run. */
export async function checkTargets(targets: readonly Target[], locale: Locale, options: CheckOptions = {}): Promise<CheckedFiles> {
  // Each workspace's files are read once, here, and shared with the workers.
  const { jobs, workspaces } = await planJobs(targets);

  // The workers start first: they load and compile while this thread configures and checks.
  const batches: Job[][] = [];
  for (let i = 0; i < jobs.length; i += BATCH_SIZE) batches.push(jobs.slice(i, i + BATCH_SIZE));
  const queue = batches.map((_, index) => index);
  const outcomes = new Array<CheckOutcome>(jobs.length);
  const store = (batch: number, results: readonly CheckOutcome[]) => results.forEach((outcome, i) => (outcomes[batch * BATCH_SIZE + i] = outcome));
  const init: WorkerInit = { nota: 'check-worker', locale, workspaces: [...workspaces] };
  const workers = startWorkers(threadCount(jobs.length, options) - 1, init, options).map((worker) => feed(worker, queue, batches, store));

  try {
    const services = new ServicePool(workspaces);
    // Configuration problems come first for each workspace, where the sequential run meets it.
    const configResults = new Map<string, FileResult[]>();
    for (const { root } of jobs) if (!configResults.has(root)) configResults.set(root, configFindings(services.problems(root), locale));

    let mainBatches = 0;
    const checkHere = (index: number) => {
      store(index, checkBatch(services, batches[index] as Job[], locale));
      mainBatches++;
    };
    if (options.checkOnMainThread !== false || workers.length === 0) {
      for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
        checkHere(index);
        // A turn of the event loop between batches, so the workers' messages are served and they get their next batch.
        await new Promise((resolve) => setImmediate(resolve));
      }
      // Nothing left to hand out: a worker still starting up is not worth waiting for.
      for (const worker of workers) worker.stopIfIdle();
    }
    // Batches a crashed worker gave back after the queue ran dry are checked here.
    for (const returned of await Promise.all(workers.map((worker) => worker.finished))) for (const index of returned) checkHere(index);

    const checked: CheckedFiles = { results: [], errors: [], batches: { main: mainBatches, workers: batches.length - mainBatches } };
    const reported = new Set<string>();
    jobs.forEach(({ root }, i) => {
      if (!reported.has(root)) checked.results.push(...(configResults.get(root) ?? []));
      reported.add(root);
      const outcome = outcomes[i] as CheckOutcome;
      if (outcome.kind === 'note') checked.results.push(outcome.result);
      else if (outcome.kind === 'error') checked.errors.push(outcome.message);
    });
    // Checks across notes need every note: a pass after all threads are done.
    addCrossNoteFindings(checked.results, locale, options.nameOf);
    return checked;
  } finally {
    for (const worker of workers) worker.stop();
  }
}

/** Checks a batch, file by file, each on its own document: the outcomes are those of checking the files one by one. */
function checkBatch(services: ServicePool, jobs: readonly Job[], locale: Locale): CheckOutcome[] {
  return jobs.map((job) => checkTarget(services.get(job.root), job.target, locale));
}

/** Each target with its workspace root, and the configuration files of every workspace, read once. */
export async function planJobs(targets: readonly Target[]): Promise<{ jobs: Job[]; workspaces: Map<string, WorkspaceFiles> }> {
  const jobs = await findRoots(targets);
  const workspaces = new Map<string, WorkspaceFiles>();
  for (const { root } of jobs) if (root && !workspaces.has(root)) workspaces.set(root, await readWorkspaceFiles(root));
  return { jobs, workspaces };
}

/** The workspace root of each target: one lookup per folder, not per file. */
async function findRoots(targets: readonly Target[]): Promise<Job[]> {
  const byFolder = new Map<string, Promise<string | undefined>>();
  const jobs: Job[] = [];
  for (const target of targets) {
    const folder = path.dirname(path.resolve(target.path));
    let root = byFolder.get(folder);
    if (!root) byFolder.set(folder, (root = findWorkspaceRoot(folder)));
    jobs.push({ target, root: (await root) ?? '' });
  }
  return jobs;
}

/** One service per workspace, configured from the files read for it; the same on every thread. */
export class ServicePool {
  private readonly services = new Map<string, { service: NotaLanguageService; problems: ConfigProblem[] }>();

  constructor(private readonly workspaces: ReadonlyMap<string, WorkspaceFiles>) {}

  get(root: string): NotaLanguageService {
    return this.entry(root).service;
  }

  problems(root: string): ConfigProblem[] {
    return this.entry(root).problems;
  }

  private entry(root: string) {
    let entry = this.services.get(root);
    if (!entry) {
      const service = createLanguageService();
      const read = this.workspaces.get(root);
      let problems: ConfigProblem[] = [];
      if (read) problems = service.configure(workspaceConfigOf(read));
      entry = { service, problems };
      this.services.set(root, entry);
    }
    return entry;
  }
}

/** A workspace's configuration problems as findings, one result per file that has them. */
function configFindings(problems: readonly ConfigProblem[], locale: Locale): FileResult[] {
  const byFile = new Map<string, FileResult>();
  for (const problem of problems) {
    const file = path.relative(process.cwd(), problem.path) || problem.path;
    const entry = byFile.get(file) ?? { file, findings: [], config: true };
    entry.findings.push(configProblemFinding(locale, problem));
    byFile.set(file, entry);
  }
  return [...byFile.values()];
}

/** Threads in all, this one included: as asked (NOTA_THREADS), else the cores, but no more than the files pay for. */
function threadCount(files: number, options: CheckOptions): number {
  const batches = Math.ceil(files / BATCH_SIZE);
  const configured = options.threads ?? Number.parseInt(process.env.NOTA_THREADS ?? '', 10);
  if (Number.isInteger(configured) && configured > 0) return Math.max(1, Math.min(configured, batches));
  return Math.max(1, Math.min(os.availableParallelism(), Math.floor(files / FILES_PER_THREAD)));
}

function startWorkers(count: number, init: WorkerInit, options: CheckOptions): Worker[] {
  if (count <= 0) return [];
  const file = path.join(options.workerDir ?? __dirname, WORKER_FILE);
  if (!existsSync(file)) return [];
  // stdout/stderr not piped through: a worker never prints, and nothing may interleave with the report.
  return Array.from({ length: count }, () => new Worker(file, { workerData: init, stdout: true, stderr: true }));
}

interface FedWorker {
  /** The batches it took but did not finish (it crashed), once it is done. */
  finished: Promise<number[]>;
  stopIfIdle(): void;
  stop(): void;
}

/** Hands one worker batches from the shared queue, one at a time from when it is ready, until the queue is empty. */
function feed(worker: Worker, queue: number[], batches: readonly Job[][], store: (batch: number, outcomes: readonly CheckOutcome[]) => void): FedWorker {
  let current: number | undefined;
  let ready = false;
  let resolveFinished: (unfinished: number[]) => void = () => {};
  const finished = new Promise<number[]>((resolve) => (resolveFinished = resolve));
  const stop = () => {
    worker.removeAllListeners();
    worker.on('error', () => {}); // an error while shutting down changes nothing
    void worker.terminate();
    resolveFinished(current === undefined ? [] : [current]);
    current = undefined;
  };
  const next = () => {
    current = queue.shift();
    if (current === undefined) stop();
    else worker.postMessage({ batch: current, jobs: batches[current] as Job[] } satisfies ToWorker);
  };
  worker.on('message', (message: FromWorker) => {
    if ('ready' in message) {
      ready = true;
      next();
    } else if (message.batch === current) {
      store(message.batch, message.outcomes);
      next();
    }
  });
  worker.once('error', stop);
  worker.once('exit', stop);
  return { finished, stop, stopIfIdle: () => (!ready || current === undefined ? stop() : undefined) };
}

/** The worker side: checks each batch it is sent, answers with the outcomes. */
function serveChecks(init: WorkerInit): void {
  const port = parentPort;
  if (!port) return;
  const services = new ServicePool(new Map(init.workspaces));
  // Compile the schemas before taking work: until then the main thread is the better place for it.
  for (const [root] of init.workspaces.length ? init.workspaces : [['']]) services.get(root as string);
  port.postMessage({ ready: true } satisfies FromWorker);
  port.on('message', (message: ToWorker) => {
    port.postMessage({ batch: message.batch, outcomes: checkBatch(services, message.jobs, init.locale) } satisfies FromWorker);
  });
}

// Only in a worker started by checkTargets: in dist/cli.js (main thread) this does nothing.
if (!isMainThread && (workerData as Partial<WorkerInit> | null)?.nota === 'check-worker') serveChecks(workerData as WorkerInit);
