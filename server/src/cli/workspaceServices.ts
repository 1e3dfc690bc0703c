/**
 * A language service per workspace, configured with that workspace's .nota/
 * files, made when a file of it is first met: for commands that handle
 * notes one by one (export), where `nota check` hands whole batches to
 * threads (checkParallel.ts).
 */
import path from 'node:path';
import { createLanguageService, type NotaLanguageService } from '../core/languageService';
import { workspaceConfigOf } from '../core/workspace/workspaceConfig';
import { findWorkspaceRoot, readWorkspaceFiles } from '../node/workspaceFiles';

export class WorkspaceServices {
  private readonly byRoot = new Map<string, Promise<NotaLanguageService>>();

  /** The service for the workspace the file lies in (its nearest folder with a .nota/ folder), or a plain one. */
  async forFile(file: string): Promise<NotaLanguageService> {
    const root = (await findWorkspaceRoot(path.dirname(path.resolve(file)))) ?? '';
    let service = this.byRoot.get(root);
    if (!service) this.byRoot.set(root, (service = this.create(root)));
    return service;
  }

  private async create(root: string): Promise<NotaLanguageService> {
    const service = createLanguageService();
    if (root) service.configure(workspaceConfigOf(await readWorkspaceFiles(root)));
    return service;
  }
}
