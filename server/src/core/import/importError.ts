/**
 * Why a file cannot be imported, as a message id and its arguments: the
 * adapters put it in one line with the file's name, in the user's language.
 */
import type { ImportMessageId } from './importMessages';

export class ImportError extends Error {
  constructor(
    readonly id: ImportMessageId,
    readonly args: Record<string, string | number>,
  ) {
    super(`${id}${args.detail ? `: ${args.detail}` : ''}`);
  }
}
