/**
 * What is known about the notes of a workspace: one summary per note, kept as
 * plain data. An adapter fills it (the language server from the files it
 * scanned and the documents that are open, the CLI from the notes it checked);
 * checks across notes read it and never the disk.
 */
import type { NoteSummary } from './noteSummary';

export interface IndexedNote extends NoteSummary {
  /** How the note is named to people: its path in the workspace, or as given on the command line. */
  name: string;
}

export class NoteIndex {
  private readonly notes = new Map<string, IndexedNote>();
  /** Reference value -> the uris of the notes that carry it. */
  private readonly byReference = new Map<string, Set<string>>();

  get size(): number {
    return this.notes.size;
  }

  get(uri: string): IndexedNote | undefined {
    return this.notes.get(uri);
  }

  all(): IndexedNote[] {
    return [...this.notes.values()];
  }

  /** The notes that carry this reference. */
  withReference(value: string): IndexedNote[] {
    return [...(this.byReference.get(value) ?? [])].map((uri) => this.notes.get(uri) as IndexedNote);
  }

  /**
   * Adds or replaces a note. Returns the other notes whose findings across
   * notes may have changed: those that shared its old reference or share its
   * new one (they name this note and point at its reference).
   */
  set(note: IndexedNote): string[] {
    const before = this.notes.get(note.uri);
    const affected = before ? this.unlink(before) : [];
    this.notes.set(note.uri, note);
    const value = note.reference?.value;
    if (value !== undefined) {
      const sharing = this.byReference.get(value) ?? new Set<string>();
      affected.push(...sharing);
      sharing.add(note.uri);
      this.byReference.set(value, sharing);
    }
    return unique(affected);
  }

  /** Forgets a note; returns the other notes whose findings across notes may have changed. */
  delete(uri: string): string[] {
    const before = this.notes.get(uri);
    if (!before) return [];
    this.notes.delete(uri);
    return unique(this.unlink(before));
  }

  private unlink(note: IndexedNote): string[] {
    const value = note.reference?.value;
    if (value === undefined) return [];
    const sharing = this.byReference.get(value);
    // Stryker disable next-line ArrayDeclaration: a stored note's reference always has its set (set() adds it, only the last unlink removes it); the guard is for a summary its caller changed after storing it
    if (!sharing) return [];
    sharing.delete(note.uri);
    if (sharing.size === 0) this.byReference.delete(value);
    return [...sharing];
  }
}

function unique(uris: string[]): string[] {
  return [...new Set(uris)];
}
