/**
 * The "Nota's" view: every note of the workspace with its subject, type,
 * date, reference and status (errors, warnings, or ready), grouped by type
 * or by status and sorted by date. The language server knows the notes (it
 * scanned the workspace); this only asks it and draws the list, again each
 * time the server says the notes changed.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { NOTES_CHANGED_NOTIFICATION, NOTES_REQUEST, type NoteListEntry, type NotesResult } from '../../server/src/protocol';

export const NOTES_VIEW_ID = 'nota.notes';
type GroupBy = 'type' | 'status';
type Status = 'errors' | 'warnings' | 'ready';
type Order = 'newest' | 'oldest';

interface Group {
  kind: 'group';
  id: string;
  label: string;
  notes: NoteListEntry[];
}
type Node = Group | { kind: 'note'; note: NoteListEntry };

const STATUS_ORDER: readonly Status[] = ['errors', 'warnings', 'ready'];

export class NotesView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private result: NotesResult = { workspace: true, scanning: true, notes: [] };
  private groupBy: GroupBy;
  private order: Order;
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly refreshed = new vscode.EventEmitter<NotesResult>();
  /** Fires with what the server said after each refresh (for tests). */
  readonly onDidRefresh = this.refreshed.event;
  private readonly notesChanged = new vscode.EventEmitter<void>();
  /** Fires when the server says the notes changed, whether the view is shown or not. */
  readonly onDidChangeNotes = this.notesChanged.event;
  /** The server said the notes changed while the view was hidden: ask when it shows. */
  private stale = true;
  private readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: () => BaseLanguageClient | undefined, private readonly state: vscode.Memento) {
    this.groupBy = state.get<GroupBy>('nota.notes.groupBy') === 'type' ? 'type' : 'status';
    this.order = state.get<Order>('nota.notes.order') === 'oldest' ? 'oldest' : 'newest';
    this.view = vscode.window.createTreeView(NOTES_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changed,
      this.refreshed,
      this.notesChanged,
      // A hidden view asks for nothing: a scan of thousands of notes changes the list many times.
      this.view.onDidChangeVisibility(({ visible }) => {
        if (visible && this.stale) void this.refresh();
      }),
      vscode.commands.registerCommand('nota.notes.refresh', () => this.refresh()),
      vscode.commands.registerCommand('nota.notes.groupByType', () => this.setGrouping('type')),
      vscode.commands.registerCommand('nota.notes.groupByStatus', () => this.setGrouping('status')),
      vscode.commands.registerCommand('nota.notes.newestFirst', () => this.setOrder('newest')),
      vscode.commands.registerCommand('nota.notes.oldestFirst', () => this.setOrder('oldest')),
    );
    void this.updateContext();
  }

  /** Listens to the server's "notes changed" (the client keeps the handler across restarts). */
  listen(client: BaseLanguageClient): vscode.Disposable {
    return client.onNotification(NOTES_CHANGED_NOTIFICATION, () => {
      this.notesChanged.fire();
      if (this.view.visible) void this.refresh();
      else this.stale = true;
    });
  }

  /** Asks the server again; resolves with what it said (the last known list if it is not running). */
  async refresh(): Promise<NotesResult> {
    const client = this.client();
    if (!client?.isRunning()) return this.result;
    try {
      this.stale = false;
      this.result = await client.sendRequest<NotesResult>(NOTES_REQUEST);
    } catch {
      this.stale = true;
      return this.result; // the server is restarting; it says when the notes change again
    }
    const { notes, workspace, scanning } = this.result;
    this.view.description = notes.length ? vscode.l10n.t('{0} notes', notes.length) : undefined;
    this.view.message = !workspace
      ? vscode.l10n.t('Only open notes are listed: checking the whole workspace is off (setting nota.validate.workspace).')
      : scanning ? vscode.l10n.t('Checking the notes of the workspace…') : notes.length ? undefined : vscode.l10n.t('No notes in this workspace yet.');
    this.changed.fire(undefined);
    this.refreshed.fire(this.result);
    return this.result;
  }

  /** What the view shows, as text per row (for tests). */
  describe(): { groupBy: GroupBy; order: Order; groups: { label: string; rows: string[] }[] } {
    return {
      groupBy: this.groupBy,
      order: this.order,
      groups: this.groups().map((group) => ({ label: group.label, rows: group.notes.map((note) => `${labelOf(note)} — ${descriptionOf(note)}`) })),
    };
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.groups();
    return node.kind === 'group' ? node.notes.map((note) => ({ kind: 'note', note })) : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${node.id}`;
      item.description = String(node.notes.length);
      return item;
    }
    const { note } = node;
    const uri = vscode.Uri.parse(note.uri);
    const item = new vscode.TreeItem(labelOf(note), vscode.TreeItemCollapsibleState.None);
    item.id = `note:${this.groupBy}:${note.uri}`;
    item.description = descriptionOf(note);
    item.iconPath = iconOf(statusOf(note));
    item.tooltip = tooltipOf(note);
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open note'), arguments: [uri] };
    item.contextValue = 'nota.note';
    return item;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private groups(): Group[] {
    const groups = new Map<string, Group>();
    const keyOf = (note: NoteListEntry) => (this.groupBy === 'type' ? note.type : statusOf(note));
    const labelOfGroup = (note: NoteListEntry) => (this.groupBy === 'type' ? note.typeTitle : statusLabel(statusOf(note)));
    for (const note of [...this.result.notes].sort((a, b) => this.compare(a, b))) {
      const key = keyOf(note);
      const group = groups.get(key) ?? { kind: 'group', id: `${this.groupBy}:${key}`, label: labelOfGroup(note), notes: [] };
      group.notes.push(note);
      groups.set(key, group);
    }
    const rank = (group: Group) => (this.groupBy === 'status' ? STATUS_ORDER.indexOf(group.id.slice('status:'.length) as Status) : 0);
    return [...groups.values()].sort((a, b) => rank(a) - rank(b) || a.label.localeCompare(b.label));
  }

  /** By date (newest or oldest first); notes without a real date last; then by subject. */
  private compare(a: NoteListEntry, b: NoteListEntry): number {
    if (a.dateIso !== b.dateIso) {
      if (!a.dateIso) return 1;
      if (!b.dateIso) return -1;
      return this.order === 'newest' ? b.dateIso.localeCompare(a.dateIso) : a.dateIso.localeCompare(b.dateIso);
    }
    return labelOf(a).localeCompare(labelOf(b)) || a.name.localeCompare(b.name);
  }

  private async setGrouping(groupBy: GroupBy): Promise<void> {
    this.groupBy = groupBy;
    await this.state.update('nota.notes.groupBy', groupBy);
    await this.updateContext();
    this.changed.fire(undefined);
  }

  private async setOrder(order: Order): Promise<void> {
    this.order = order;
    await this.state.update('nota.notes.order', order);
    await this.updateContext();
    this.changed.fire(undefined);
  }

  /** The view's title buttons show the choice not taken. */
  private async updateContext(): Promise<void> {
    await vscode.commands.executeCommand('setContext', 'nota.notes.groupBy', this.groupBy);
    await vscode.commands.executeCommand('setContext', 'nota.notes.order', this.order);
  }
}

function statusOf(note: NoteListEntry): Status {
  return note.errors > 0 ? 'errors' : note.warnings > 0 ? 'warnings' : 'ready';
}

function statusLabel(status: Status): string {
  switch (status) {
    case 'errors': return vscode.l10n.t('With errors');
    case 'warnings': return vscode.l10n.t('With warnings');
    case 'ready': return vscode.l10n.t('Ready');
  }
}

function statusText(note: NoteListEntry): string {
  const parts: string[] = [];
  if (note.errors) parts.push(note.errors === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', note.errors));
  if (note.warnings) parts.push(note.warnings === 1 ? vscode.l10n.t('1 warning') : vscode.l10n.t('{0} warnings', note.warnings));
  return parts.length ? parts.join(', ') : vscode.l10n.t('ready');
}

function iconOf(status: Status): vscode.ThemeIcon {
  switch (status) {
    case 'errors': return new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
    case 'warnings': return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
    case 'ready': return new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
  }
}

function labelOf(note: NoteListEntry): string {
  return note.subject ?? note.name;
}

/** type · datum · referentie · status */
function descriptionOf(note: NoteListEntry): string {
  return [note.typeTitle, note.date ?? vscode.l10n.t('no date'), note.reference ?? vscode.l10n.t('no reference'), statusText(note)].join(' · ');
}

function tooltipOf(note: NoteListEntry): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.appendMarkdown(`**${escape(labelOf(note))}**\n\n`);
  const rows: [string, string][] = [
    [vscode.l10n.t('Type'), note.typeTitle],
    [vscode.l10n.t('Date'), note.date ?? '—'],
    [vscode.l10n.t('Our reference'), note.reference ?? '—'],
    [vscode.l10n.t('Status'), statusText(note)],
    [vscode.l10n.t('File'), note.name],
  ];
  tooltip.appendMarkdown(rows.map(([key, value]) => `${escape(key)}: ${escape(value)}`).join('  \n'));
  return tooltip;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
