/**
 * A note type defined by the workspace (.nota/types/memo.schema.json) and a
 * portfolio holder added by it (.nota/portefeuilles.json): both apply in the
 * editor, and an edit of the schema applies at once, without a reload.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { someFindings, summarize, waitForDiagnostics } from '../support/diagnostics';
import { fileInWorkspace, openInEditor } from '../support/workspace';

const SCHEMA = '.nota/types/memo.schema.json';

describe('Workspace note types in a real VS Code', () => {
  it('checks a memo against the workspace\'s own schema, knowing the workspace\'s portfolio holder', async () => {
    const uri = fileInWorkspace('memos/memo.md');
    const findings = someFindings(uri);
    await openInEditor('memos/memo.md');
    // MDZ comes from .nota/portefeuilles.json: no portfolio-holder-unknown; the
    // memo lacks its required "Antwoord" section.
    assert.deepEqual(summarize(await findings), ['10:1 section-missing']);
  });

  it('applies an edit of the schema at once', async () => {
    const schemaUri = fileInWorkspace(SCHEMA);
    const original = await vscode.workspace.fs.readFile(schemaUri);
    const uri = fileInWorkspace('memos/memo.md');
    try {
      const schema = JSON.parse(new TextDecoder().decode(original)) as { 'x-nota-sections': { sections: { required?: boolean }[] }; 'x-nota-addressees'?: unknown };
      for (const section of schema['x-nota-sections'].sections) section.required = false;
      delete schema['x-nota-addressees'];
      const cleared = waitForDiagnostics(uri, (d) => d.length === 0, 'the memo\'s findings to clear after the schema edit', { requireEvent: true });
      await vscode.workspace.fs.writeFile(schemaUri, new TextEncoder().encode(JSON.stringify(schema, null, 2)));
      assert.deepEqual(summarize(await cleared), []);
    } finally {
      const back = waitForDiagnostics(uri, (d) => d.length > 0, 'the memo\'s finding to return', { requireEvent: true });
      await vscode.workspace.fs.writeFile(schemaUri, original);
      assert.deepEqual(summarize(await back), ['10:1 section-missing']);
    }
  });

  it('reports a broken schema file as a finding on that file, and keeps checking notes', async () => {
    const broken = fileInWorkspace('.nota/types/kapot.schema.json');
    const reported = waitForDiagnostics(broken, (d) => d.length > 0, 'a finding on the broken schema');
    await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode('{ "x-nota-type": '));
    try {
      const [finding] = await reported;
      assert.equal(finding?.code, 'config-invalid');
      assert.equal(finding?.severity, vscode.DiagnosticSeverity.Error);
    } finally {
      const cleared = waitForDiagnostics(broken, (d) => d.length === 0, 'the broken schema\'s finding to clear', { requireEvent: true });
      await vscode.workspace.fs.delete(broken);
      await cleared;
    }
    const memo = await waitForDiagnostics(fileInWorkspace('memos/memo.md'), () => true, 'the memo\'s findings');
    assert.deepEqual(summarize(memo), ['10:1 section-missing']);
  });
});

describe('Note types from the nota.schemas setting (trusted workspace)', () => {
  it('applies a schema listed in the workspace settings', async () => {
    const uri = fileInWorkspace('extra/extra.md');
    const findings = someFindings(uri);
    await openInEditor('extra/extra.md');
    assert.deepEqual(summarize(await findings), ['8:1 section-missing']);
  });
});
