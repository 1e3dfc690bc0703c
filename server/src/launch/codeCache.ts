/**
 * Runs a bundle with V8's code cache. Compiling a bundle of a couple of
 * megabytes is a large part of starting the language server, `nota check` and
 * each of its worker threads; with the bytecode V8 wrote on an earlier start,
 * that work is skipped. V8 checks the cache against the source and its own
 * version and flags and refuses one that does not fit (then we compile as
 * usual and write a new one), so a stale cache costs one normal start.
 *
 * The cache lives in a folder of the current user only (NOTA_CODE_CACHE names
 * another folder; `off` turns the cache off). A cache file is code, so one in
 * a folder that another user could write to is never read.
 */
import { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

export interface LaunchOptions {
  /** When to write a missing cache: at exit (always), and also this many ms after start (a server, a worker thread that is terminated rather than exits). */
  writeAfterMs?: number;
}

/** What became of the cache: none (off, or no safe folder), used, or missing or refused and so to be written. */
export type CacheUse = 'none' | 'used' | 'missing' | 'refused';

/** Loads `bundle` as a CommonJS module would be, compiled from the code cache where there is a usable one. */
export function launch(bundle: string, options: LaunchOptions = {}): CacheUse {
  return loadBundle(bundle, options).cache;
}

/** Loads `bundle` from the code cache like launch(), and gives its exports (a bundle loaded on demand, such as the writers). */
export function loadBundle(bundle: string, options: LaunchOptions = {}): { exports: unknown; cache: CacheUse } {
  const source = readFileSync(bundle, 'utf8');
  const cacheFile = cacheFileFor(bundle);
  const cachedData = cacheFile ? readOwnFile(cacheFile) : undefined;
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  if (cacheFile && (!cachedData || script.cachedDataRejected)) scheduleWrite(script, cacheFile, options);

  const module = new Module(bundle);
  module.filename = bundle;
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  return { exports: module.exports, cache: !cacheFile ? 'none' : !cachedData ? 'missing' : script.cachedDataRejected ? 'refused' : 'used' };
}

/**
 * The bytecode is written once the bundle has done its start-up work, so it
 * holds the functions compiled for it too (lazily compiled ones are not in a
 * cache taken right after loading).
 */
function scheduleWrite(script: vm.Script, file: string, options: LaunchOptions): void {
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    // Written aside and renamed: a reader never sees half a file (V8 checks a cache's header, not every byte).
    // node:worker_threads only now: loading it (and the streams it brings) cost every start milliseconds.
    const { threadId } = process.getBuiltinModule('node:worker_threads');
    const temporary = `${file}.${process.pid}-${threadId}.tmp`;
    try {
      writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
      renameSync(temporary, file);
      removeStale(file);
    } catch {
      // A cache that cannot be written only means the next start compiles again.
      try {
        rmSync(temporary, { force: true });
      } catch {
        // Nothing more to do: a left-over .tmp file is never read.
      }
    }
  };
  process.once('exit', write);
  if (options.writeAfterMs !== undefined) setTimeout(write, options.writeAfterMs).unref();
}

/** Caches of earlier builds of the same bundle (same name up to the last part of the key). */
function removeStale(file: string): void {
  const folder = path.dirname(file);
  const prefix = path.basename(file).replace(/[^-]+\.v8cache$/, '');
  for (const name of readdirSync(folder)) {
    if (name.startsWith(prefix) && name !== path.basename(file) && name.endsWith('.v8cache')) rmSync(path.join(folder, name), { force: true });
  }
}

/** The cache file for this bundle, Node and platform, or undefined when there is no safe place for it. */
function cacheFileFor(bundle: string): string | undefined {
  const setting = process.env.NOTA_CODE_CACHE;
  if (setting === 'off' || setting === '0') return undefined;
  const folder = setting || path.join(os.tmpdir(), `nota-code-cache-${userId() ?? os.userInfo().username}`);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (!ownedAndPrivate(lstatSync(folder))) return undefined;
    const stat = statSync(bundle);
    // V8 itself compares only the source's length: the key must change with the bundle.
    const hash = (...parts: unknown[]) => fnv1a(parts.join('\0'));
    return path.join(folder, `${path.basename(bundle, '.js')}-${hash(bundle)}-${hash(stat.size, stat.mtimeMs, process.version, process.arch)}.v8cache`);
  } catch {
    return undefined;
  }
}

/**
 * 64 bits of FNV-1a (two 32-bit lanes) as hex: a key for a file name, not a
 * security measure (the folder is the user's own, and V8 checks what it
 * loads). Loading node:crypto for it cost every start several milliseconds.
 */
function fnv1a(text: string): string {
  let low = 0x811c9dc5;
  let high = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    low = Math.imul(low ^ code, 0x01000193) >>> 0;
    high = Math.imul(high ^ (code + i), 0x01000193) >>> 0;
  }
  return low.toString(16).padStart(8, '0') + high.toString(16).padStart(8, '0');
}

function readOwnFile(file: string): Buffer | undefined {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file, 'r');
    if (!ownedAndPrivate(fstatSync(descriptor))) return undefined;
    return readFileSync(descriptor);
  } catch {
    return undefined;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/** Owned by this user and not writable by others (on systems that have owners; Windows keeps a temp folder per user). */
function ownedAndPrivate(stat: { uid: number; mode: number; isSymbolicLink(): boolean }): boolean {
  const uid = userId();
  if (uid === undefined) return true;
  return !stat.isSymbolicLink() && stat.uid === uid && (stat.mode & 0o022) === 0;
}

function userId(): number | undefined {
  return typeof process.getuid === 'function' ? process.getuid() : undefined;
}
