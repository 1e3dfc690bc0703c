/**
 * Restricted mode, as the manifest declares it (untrustedWorkspaces:
 * "limited"): Nota checks notes as usual, loads the workspace's .nota/ note
 * types, and ignores the workspace's nota.schemas setting.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { nextPublish, someFindings, summarize } from '../support/diagnostics';
import { expectedFindings, fileInWorkspace, openInEditor } from '../support/workspace';

describe('Nota in restricted mode (an untrusted workspace)', () => {
  it('runs in a workspace that is not trusted', () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the runner should have left the workspace untrusted');
  });

  it('checks notes as usual', async () => {
    const note = 'notes/field-missing.md';
    const findings = someFindings(fileInWorkspace(note));
    await openInEditor(note);
    assert.deepEqual(summarize(await findings), await expectedFindings(note));
  });

  it('loads the note types of .nota/types (data only)', async () => {
    const findings = someFindings(fileInWorkspace('memos/memo.md'));
    await openInEditor('memos/memo.md');
    assert.deepEqual(summarize(await findings), ['10:1 section-missing']);
  });

  it('ignores the workspace\'s nota.schemas setting', async () => {
    const uri = fileInWorkspace('extra/extra.md');
    const published = nextPublish(uri, 'the first check of extra/extra.md');
    await openInEditor('extra/extra.md');
    // In a trusted workspace the "extra" type applies (see the dev suite); here the file is no note.
    assert.deepEqual(summarize(await published), []);
  });
});
