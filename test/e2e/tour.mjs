// The first ten minutes of a civil servant with Nota, driven as a person
// drives VS Code: keyboard and mouse through playwright, on the workbench
// page (run by test/e2e/runInCodeServer.mjs --tour). Every step takes a
// picture into the screenshot folder (test-results/tour/) and asserts on
// what the screen shows: the Problems entries, the editor title's buttons,
// the hover, the suggestion and quick-fix lists, the status bar's selection,
// the sticky-scroll lines, the preview's tab and content, notifications and
// the walkthrough. Texts are read from the extension's own translation files,
// so the same tour runs in an English and in a Dutch VS Code.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const json = (file) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));

/** The extension's texts in the workbench's language (findings are Dutch in both: nota.locale is nl by default). */
function texts(locale) {
  const dutch = locale.toLowerCase().startsWith('nl');
  const manifest = { ...json('package.nls.json'), ...(dutch ? json('package.nls.nl.json') : {}) };
  const bundle = dutch ? json('l10n/bundle.l10n.nl.json') : {};
  const t = (text, ...args) => (bundle[text] ?? text).replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));
  return { command: (key) => `Nota: ${manifest[`command.${key}`]}`, manifest, t, dutch };
}

class TourError extends Error {}
function check(condition, message) {
  if (!condition) throw new TourError(message);
}

export default async function tour({ page, screenshot, log, locale }) {
  const text = texts(locale);
  const shot = async (name, what) => log(`${what}: ${path.basename(await screenshot(name))}`);

  // ---- helpers: what a person does ----------------------------------------
  const visible = (selector, timeout = 30000) => page.waitForSelector(selector, { state: 'visible', timeout });
  const settle = (ms = 600) => page.waitForTimeout(ms); // for the eye only: every assertion waits for its own condition
  const until = async (what, probe, timeout = 30000) => {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      last = await probe();
      if (last) return last;
      if (Date.now() > deadline) throw new TourError(`timed out waiting for ${what}`);
      await page.waitForTimeout(150);
    }
  };
  const quickPick = async (typed, rowMatches, { opensAnother = false } = {}) => {
    await visible('.quick-input-widget');
    // Keys typed before the input has the focus are lost: wait for it, and check what arrived.
    const input = '.quick-input-widget .quick-input-box input';
    await until('the quick input to have the focus', () => page.$eval(input, (el) => el === el.ownerDocument.activeElement).catch(() => false));
    const before = await page.$eval(input, (el) => el.value);
    await page.keyboard.type(typed, { delay: 10 });
    if (!(await page.$eval(input, (el) => el.value)).endsWith(typed)) await page.fill(input, `${before}${typed}`);
    // The first row is the one VS Code takes: wait until it is the one wanted (the list filters as it is typed).
    await until(`"${rowMatches}" first in the quick pick for "${typed}"`, () => page.$eval('.quick-input-list .monaco-list-row[data-index="0"]', (row, wanted) =>
      (row.getAttribute('aria-label') ?? '').includes(wanted), rowMatches).catch(() => false));
    await page.keyboard.press('Enter');
    // A command that asks something next (Change Language Mode) keeps the widget open with a new, empty input.
    if (opensAnother) await until('the next question', () => page.$eval(input, (el) => el.value === '').catch(() => false));
    else await page.waitForSelector('.quick-input-widget', { state: 'hidden' });
  };
  const runCommand = async (title, options) => {
    await page.keyboard.press('F1');
    await quickPick(title, title, options);
  };
  const openFile = async (name) => {
    await page.keyboard.press('Control+P');
    await quickPick(name, name.split('/').pop());
    await until(`${name} in the active tab`, () => page.$eval('.editor-group-container.active .tab.active', (tab, file) => (tab.getAttribute('aria-label') ?? '').startsWith(file), name.split('/').pop()).catch(() => false));
    await visible('.editor-group-container.active .monaco-editor .view-line');
  };
  const goToLine = async (line) => {
    await page.keyboard.press('Control+G');
    await visible('.quick-input-widget');
    await page.keyboard.type(String(line));
    await page.keyboard.press('Enter');
    await page.waitForSelector('.quick-input-widget', { state: 'hidden' });
    await until(`the cursor on line ${line}`, async () => (await statusSelection()).startsWith(`Ln ${line},`));
  };
  /** Ctrl+. and the list of fixes it shows. */
  const quickFixes = async () => {
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('Control+.');
      const shown = await Promise.race([
        page.waitForSelector('.action-widget', { state: 'visible', timeout: 30000 }).then(() => 'menu'),
        page.waitForSelector('.monaco-editor-overlaymessage', { state: 'visible', timeout: 30000 }).then(() => 'message'),
      ]);
      if (shown === 'menu') return page.$$eval('.action-widget .monaco-list-row', (rows) => rows.map((r) => (r.getAttribute('aria-label') ?? r.textContent ?? '').trim()));
      const message = await page.$eval('.monaco-editor-overlaymessage', (m) => m.textContent ?? '');
      // VS Code drops a quick-fix request when the file's markers change while it runs; a person presses again.
      check(attempt < 2, `Ctrl+. showed "${message}" twice`);
      log(`Ctrl+. showed "${message}"; pressing it again`);
      await page.keyboard.press('Escape');
      await settle(1000);
    }
  };
  const statusSelection = () => page.$eval('#status\\.editor\\.selection', (item) => item.textContent?.trim() ?? '').catch(() => '');
  const problems = () => page.$$eval('.markers-panel .monaco-list-row', (rows) => rows
    .map((row) => row.getAttribute('aria-label') ?? '')
    .filter((label) => /^(Error|Warning|Info): /.test(label))
    .map((label) => { const [, severity, message] = /^(Error|Warning|Info): (.*?) at line \d+ and character \d+\./.exec(label) ?? []; return { severity, message }; }));
  const showProblems = async () => {
    await page.keyboard.press('Control+Shift+M');
    await visible('.markers-panel');
  };
  // The workspace's other notes have findings too (Nota checks them unopened): the Problems
  // panel's filter, by file name, keeps to the note at hand, as a person would filter it.
  const problemsFilter = 'input[placeholder^="Filter (e.g."]';
  const problemFiles = () => page.$$eval('.markers-panel .monaco-list-row', (rows) => rows.map((r) => r.getAttribute('aria-label') ?? '').filter((l) => / in file /.test(l)));
  const filterProblems = async (file) => {
    await page.fill(problemsFilter, file);
    // The filter applies after a moment: wait until only that file's findings are listed.
    if (file) await until(`the Problems panel filtered to ${file}`, async () => { const files = await problemFiles(); return files.length > 0 && files.every((l) => l.includes(file)); });
    // Out of the filter box, where the next Escape would clear it.
    await page.$eval(problemsFilter, (el) => el.blur());
  };
  const editorLines = () => page.$$eval('.editor-group-container.active .monaco-editor .view-line', (lines) => lines.map((l) => (l.textContent ?? '').replace(/\u00a0/g, ' ')));
  /** The suggestion list: each row's label and the kind its icon shows (module for Nota's headings, snippet, ...). */
  const suggestionRows = () => page.$$eval('.suggest-widget.visible .monaco-list-row', (rows) => rows.map((row) => ({
    label: row.querySelector('.label-name')?.textContent ?? '',
    kind: /codicon-symbol-(\w+)/.exec(row.querySelector('.suggest-icon')?.className ?? '')?.[1] ?? '',
    focused: row.classList.contains('focused'),
  })));
  const suggestions = async () => (await suggestionRows()).map((r) => r.label);
  /** Nota's heading suggestions (the rest are snippets, VS Code's and the snippet file's, which Ctrl+Space always lists). */
  const headingSuggestions = async () => (await suggestionRows()).filter((r) => r.kind === 'module');
  const actionsInTitle = () => page.$$eval('.editor-group-container.active .editor-actions .action-label', (els) => els.map((e) => (e.getAttribute('aria-label') ?? '').split('\n')[0].replace(/ \(.*\)$/, '')));
  const tabs = () => page.$$eval('.tabs-container .tab', (els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  const notification = (containing) => until(`a notification "${containing}"`, () => page.$$eval('.notifications-toasts .notification-toast', (toasts, wanted) =>
    toasts.map((t) => t.textContent ?? '').find((t) => t.includes(wanted)) ?? null, containing));
  /** The document inside Nota's preview webview (two iframes deep). */
  const previewFrame = () => until('the preview\'s content', async () => {
    for (const frame of page.frames()) {
      if (await frame.$('#nota-root').catch(() => null)) return frame;
    }
    return null;
  });

  /** The subject each open preview shows. */
  const subjects = async () => Promise.all(page.frames().map((frame) => frame.$eval('.nota-subject', (el) => (el.textContent ?? '').trim()).catch(() => null)));

  log(`workbench language ${locale}; findings in Dutch (nota.locale nl)`);
  await visible('.monaco-workbench', 90000);
  // VS Code's web workbench runs in another language only with that language's pack installed;
  // without it the extension's texts stay English too, and the tour would check the wrong ones.
  const language = await page.evaluate(() => globalThis._VSCODE_NLS_LANGUAGE ?? 'en');
  check(language.slice(0, 2) === locale.slice(0, 2), `the workbench runs in '${language}', not '${locale}': install VS Code's language pack for '${locale}' into the VS Code server first`);
  await visible('.explorer-folders-view', 90000);

  // ---- 1. A note with a missing section: the finding, where it belongs ------
  await openFile('notes/section-missing.md');
  await visible('.monaco-editor .squiggly-error');
  await showProblems();
  await filterProblems('section-missing.md');
  const missingMessage = 'De verplichte sectie ‘3. Kernpunten’ ontbreekt: die hoort tussen ‘2. Geadviseerd besluit’ en ‘3. Toelichting’.';
  // The panel redraws as the workspace's findings arrive: wait for the list to settle on the note's one finding, and show what it held if it never does.
  const missingListed = JSON.stringify([{ severity: 'Error', message: missingMessage }]);
  let found = [];
  await until('the finding in the Problems panel', async () => { found = await problems(); return JSON.stringify(found) === missingListed; }).catch(() => undefined);
  check(JSON.stringify(found) === missingListed, `Problems panel: ${JSON.stringify(found)}`);
  const marker = await page.$eval('.markers-panel .monaco-list-row[aria-label^="Error"]', (row) => row.textContent ?? '');
  check(marker.includes('[Ln 17, Col 1]'), `the finding stands on the blank line between sections 2 and 3 (Ln 17): ${marker}`);
  await shot('01-problems', 'a missing section reported where it belongs, in Dutch');

  // Two preview buttons, each with its own name.
  const actions = await actionsInTitle();
  const previewButtons = actions.filter((label) => /Preview|Voorbeeld/i.test(label));
  const notaButton = text.manifest['command.nota.preview.openToSide'];
  check(previewButtons.length === 2 && new Set(previewButtons).size === 2 && previewButtons.includes(notaButton), `preview buttons in the editor title: ${JSON.stringify(previewButtons)}`);
  log(`editor title: ${JSON.stringify(previewButtons)}`);

  // ---- 2. Hover over a short form ----------------------------------------
  const shortForm = await until('MJenV in the editor', async () => {
    const boxes = await page.$$eval('.editor-group-container.active .monaco-editor .view-line span span', (spans) =>
      spans.filter((s) => s.textContent === 'MJenV').map((s) => { const r = s.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }));
    return boxes[0];
  });
  await page.mouse.move(shortForm.x - 40, shortForm.y);
  await page.mouse.move(shortForm.x, shortForm.y, { steps: 5 });
  const hoverText = await until('the hover', () => page.$eval('.monaco-hover:not(.hidden) .monaco-hover-content', (h) => h.textContent ?? '').catch(() => null));
  check(hoverText.includes('minister van Justitie en Veiligheid (MJenV)'), `hover: ${hoverText}`);
  await shot('02-hover', 'the hover on a short form');
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');

  // ---- 3. Typing a heading: what may stand here, and no noise ------------
  await page.click('.editor-group-container.active .monaco-editor .view-lines');
  await goToLine(17);
  // '#' is a trigger character: the list opens by itself.
  await page.keyboard.type('## ', { delay: 80 });
  const offered = await until('the suggestions', async () => { const rows = await headingSuggestions(); return rows.length ? rows : null; });
  check(JSON.stringify(offered.map((r) => r.label)) === JSON.stringify(['3. Kernpunten']) && offered[0].focused, `at the place of the missing section, completion offers: ${JSON.stringify(offered)}`);
  log(`suggestions after "## ": ${JSON.stringify(await suggestions())}`);
  await settle(800); // longer than nota.debounceMs: the check has run on "## "
  const whileTyping = await problems();
  check(whileTyping.length === 1 && whileTyping[0].message === missingMessage, `while "## " is typed the Problems panel shows: ${JSON.stringify(whileTyping)}`);
  await shot('03-completion', 'completion of the missing section, and no noise while typing ##');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Backspace');

  // ---- 4. The preview, its banner, its buttons ---------------------------
  await page.click(`.editor-group-container.active .editor-actions .action-label[aria-label^="${notaButton}"]`);
  const previewTab = text.t('Preview: {0}', 'section-missing.md');
  await until(`the preview tab "${previewTab}"`, async () => (await tabs()).some((t) => t.startsWith(previewTab)));
  let frame = await previewFrame();
  await frame.waitForSelector('.nota-missing');
  const banner = await frame.$eval('.nota-banner', (b) => b.textContent ?? '');
  check(banner.includes('Deze nota bevat 1 fout(en).') && banner.includes('Meldingen bekijken'), `banner: ${banner}`);
  await shot('04-preview', 'the preview with the missing section marked and the banner');
  // The banner's link opens the findings.
  await page.keyboard.press('Control+J'); // hide the panel first, so that the link is what shows it
  await page.waitForSelector('.markers-panel', { state: 'hidden' }).catch(() => {});
  await frame.click('[data-command="showFindings"]');
  await visible('.markers-panel');

  // ---- 5. The quick fix: inserted where it belongs, selected -------------
  await page.click('.editor-group-container:first-child .monaco-editor .view-lines');
  await goToLine(17);
  const fixes = await quickFixes();
  check(fixes.some((f) => f.includes('Sectie ‘3. Kernpunten’ invoegen')), `quick fixes: ${JSON.stringify(fixes)}`);
  await shot('05-quick-fix', 'the quick fix for the missing section');
  await page.keyboard.press('Enter');
  const hint = '<!-- De kernpunten, kort. -->';
  const selection = await until('the inserted hint to be selected', async () => { const s = await statusSelection(); return s.includes(`(${hint.length} selected)`) ? s : null; });
  check(selection.startsWith('Ln 20,'), `after the fix the cursor is in the new section: ${selection}`);
  check((await editorLines()).includes(hint), 'the inserted hint is on screen');
  const afterFix = await until('the to-do in the Problems panel', async () => { const p = await problems(); return p.length === 1 && p[0].severity === 'Info' ? p : null; });
  check(afterFix[0].message === 'Nog te schrijven: de sectie ‘Kernpunten’.', `after the fix: ${JSON.stringify(afterFix)}`);
  await shot('06-fix-applied', 'the section inserted, its placeholder selected, left as a thing to do');
  // After Toelichting: only the optional sections, in the schema's order.
  await page.keyboard.press('Escape');
  await goToLine(25);
  await page.keyboard.type('## ', { delay: 80 });
  const optional = (await until('the suggestions', async () => { const rows = await headingSuggestions(); return rows.length ? rows : null; })).map((r) => r.label);
  check(optional[0] === '5. Krachtenveld' && optional.every((o) => o.startsWith('5. ')) && !optional.includes('5. Kernpunten'), `after Toelichting completion offers: ${JSON.stringify(optional)}`);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Backspace');

  // ---- 6. A fix far from the cursor is shown, selected -------------------
  await openFile('notes/naam-ontbreekt.md');
  await until('the preview to follow the active note', async () => (await tabs()).some((t) => t.startsWith(text.t('Preview: {0}', 'naam-ontbreekt.md'))));
  await goToLine(6);
  await page.keyboard.press('End'); // on the underlined addressee
  const nameFix = await quickFixes();
  check(nameFix.some((f) => f.includes('‘SJenV’ noemen in het geadviseerd besluit')), `quick fixes: ${JSON.stringify(nameFix)}`);
  await page.keyboard.press('Enter');
  const sentence = 'Ter beslissing voorgelegd aan SJenV.';
  const shown = await until('the inserted sentence to be selected', async () => { const s = await statusSelection(); return s.includes(`(${sentence.length} selected)`) ? s : null; });
  check(/^Ln 3\d,/.test(shown), `the selection is the sentence in the advised decision: ${shown}`);
  check((await editorLines()).some((l) => l.includes(sentence)), 'the inserted sentence is on screen');
  // The preview follows the edit: no error left, so no banner.
  frame = await previewFrame();
  await until('the preview to show the fixed note', async () => (await frame.$('.nota-banner')) === null && (await frame.$('.nota-mark')) === null);
  await shot('07-fix-far-away', 'the addressee named in the advised decision, scrolled into view and selected');

  // ---- 7. Sticky scroll follows the sections in order --------------------
  await openFile('beslisnota.md');
  await page.click('.editor-group-container.active .monaco-editor .view-lines');
  const sticky = () => page.$$eval('.editor-group-container.active .sticky-widget .sticky-line-content', (lines) => lines.map((l) => (l.textContent ?? '').replace(/\u00a0/g, ' ').trim()));
  // In the frontmatter nothing is sticky: its lines are not sections (line 9 centred: the top is in the frontmatter).
  await goToLine(9);
  await settle(500);
  const inFrontmatter = await sticky();
  check(inFrontmatter.length === 0, `sticky lines in the frontmatter: ${JSON.stringify(inFrontmatter)}`);
  // The end of 4.1 centred: the top of the editor is inside section 4.
  await goToLine(56);
  const inSection = await until('sticky lines in section 4', async () => { const lines = await sticky(); return lines.length ? lines : null; });
  check(inSection[0] === '## 4. Toelichting' && inSection.slice(1).every((l) => l.startsWith('### ')) && inSection.length <= 2, `sticky lines in section 4: ${JSON.stringify(inSection)}`);
  log(`sticky lines: ${JSON.stringify(inSection)}`);
  await shot('08-sticky-scroll', 'sticky scroll in section 4');

  // ---- 8. The preview follows; the lock keeps it -------------------------
  const followTab = text.t('Preview: {0}', 'beslisnota.md');
  await until(`the preview tab "${followTab}"`, async () => (await tabs()).some((t) => t.startsWith(followTab)));
  frame = await previewFrame();
  await frame.waitForSelector('.nota-subject');
  await shot('09-preview-follows', 'the preview follows the active note, titled by its file name');
  await page.click(`.tabs-container .tab[aria-label^="${followTab}"]`);
  await page.click(`.editor-group-container.active .editor-actions .action-label[aria-label^="${text.manifest['command.nota.preview.toggleLock']}"]`);
  const lockedTab = text.t('Preview (locked): {0}', 'beslisnota.md');
  await until(`the tab "${lockedTab}"`, async () => (await tabs()).some((t) => t.startsWith(lockedTab)));
  await page.click('.editor-group-container:first-child .monaco-editor .view-lines'); // back to the editor
  await openFile('notes/section-missing.md');
  await settle(1500);
  check((await tabs()).some((t) => t.startsWith(lockedTab)), `a locked preview stays on its note: ${JSON.stringify(await tabs())}`);

  // ---- 9. Not a note: say how to make it one, and do it ------------------
  await openFile('README.md');
  await runCommand(text.command('nota.preview.open'));
  const offer = text.t('{0} is not a note, so it has no preview in house style.', 'README.md');
  await notification(offer);
  await shot('10-not-a-note', 'an ordinary Markdown file: how to make it a note');
  // One button per note type, or (with more types, as in this workspace) one that lists them.
  const buttons = await page.$$eval('.notifications-toasts .notification-toast .monaco-button', (els) => els.map((e) => e.textContent ?? ''));
  const direct = text.t('Make it a {0}', 'beslisnota');
  if (buttons.includes(direct)) {
    await page.click(`.notifications-toasts .notification-toast .monaco-button:has-text("${direct}")`);
  } else {
    check(buttons.includes(text.t('Make it a note…')), `the offer's buttons: ${JSON.stringify(buttons)}`);
    await page.click(`.notifications-toasts .notification-toast .monaco-button:has-text("${text.t('Make it a note…')}")`);
    await visible('.quick-input-widget');
    await quickPick('Beslisnota', 'Beslisnota');
  }
  await until('the frontmatter in README.md', async () => (await editorLines())[1] === 'type: beslisnota');
  // Checked as a note, and shown in a preview beside it.
  await filterProblems('README.md');
  await until('README.md in the Problems panel', async () => (await problems()).some((p) => p.severity === 'Error'));
  await until('README.md in a preview', async () => (await subjects()).includes('Test workspace'));
  await shot('11-made-a-note', 'the frontmatter added, its first value selected');

  // ---- 10. A new note is a to-do list -----------------------------------
  await runCommand(text.command('nota.newNote'));
  await until('an untitled note', async () => (await editorLines())[1] === 'type: beslisnota');
  await showProblems();
  // Only this note's findings: the Problems panel's filter, by file name.
  await filterProblems('Untitled-1');
  const todo = await until('the new note\'s to-do list', async () => {
    const files = await page.$$eval('.markers-panel .monaco-list-row', (rows) => rows.map((r) => r.getAttribute('aria-label') ?? '').filter((l) => / in file /.test(l)));
    const rows = await problems();
    return files.length === 1 && files[0].includes('Untitled-1') && rows.length >= 8 ? rows : null;
  });
  check(todo.length === 8 && todo.every((r) => r.severity === 'Info'), `the new note's findings: ${JSON.stringify(todo)}`);
  check(todo.some((r) => r.message === 'Nog te schrijven: de sectie ‘Aanleiding’.'), `the new note's findings: ${JSON.stringify(todo)}`);
  // The preview follows the new note once it is one.
  await until('the preview to follow the new note', async () => (await tabs()).some((t) => t.startsWith(text.t('Preview: {0}', 'Untitled-1'))));
  // ... and shows that note under that title, not the one it showed before.
  // (Two previews are open: the locked one shows beslisnota.md's subject.)
  const followed = await until('the new note in the preview', async () => ((await subjects()).includes('Beleidsreactie op …') ? true : null), 10000).catch(() => false);
  check(followed, `the preview titled Untitled-1 shows another note; the previews show: ${JSON.stringify((await subjects()).filter(Boolean))}`);
  await shot('12-new-note', 'a new note: what to fill in, as information');
  await filterProblems('');

  // ---- 11. The snippet: one entry, a description that reads --------------
  await page.keyboard.press('Control+Alt+N'); // File: New Untitled Text File
  await until('an empty editor', async () => JSON.stringify(await editorLines()) === '[""]');
  await runCommand('Change Language Mode', { opensAnother: true });
  await quickPick('Markdown', 'Markdown');
  await page.keyboard.type('beslisnota');
  await page.keyboard.press('Control+Space');
  const snippets = await until('the snippet', async () => ((await suggestions()).length ? suggestions() : null));
  check(snippets.filter((s) => s === 'beslisnota').length === 1, `suggestions for "beslisnota": ${JSON.stringify(snippets)}`);
  // The description beside the label, whole on one line (a long one was cut mid-word).
  const details = await until('the snippet\'s description', () => page.$eval('.suggest-widget.visible .monaco-list-row.focused .details-label', (d) => ({ text: (d.textContent ?? '').trim(), fits: d.scrollWidth <= d.clientWidth && d.getBoundingClientRect().height < 30 })).catch(() => null));
  check(details.text === 'Nota: nieuwe beslisnota' && details.fits, `the snippet's description: ${JSON.stringify(details)}`);
  await shot('13-snippet', 'the beslisnota snippet, once');
  await page.keyboard.press('Escape');

  // ---- 12. Export --------------------------------------------------------
  await openFile('beslisnota.md');
  await runCommand(text.command('nota.export.docx'));
  await notification(text.t('Exported: {0}', 'beslisnota.docx'));
  await shot('14-export', 'exported to Word');

  // ---- 13. The walkthrough ------------------------------------------------
  await runCommand(text.command('nota.gettingStarted'));
  const steps = await until('the walkthrough', async () => {
    const titles = await page.$$eval('.gettingStartedContainer .getting-started-step .step-title', (els) => els.map((e) => e.textContent ?? '')).catch(() => []);
    return titles.length ? titles : null;
  });
  const expected = ['newNote', 'findings', 'preview', 'export'].map((id) => text.manifest[`walkthrough.${id}.title`]);
  check(JSON.stringify(steps) === JSON.stringify(expected), `walkthrough steps: ${JSON.stringify(steps)}`);
  // The open step's picture is there (a path the package leaves out shows a broken image).
  const picture = await until('the step\'s picture', () => page.$eval('.gettingStartedContainer .getting-started-media img', (img) => (img.complete ? { width: img.naturalWidth, alt: img.alt } : null)).catch(() => null));
  check(picture.width > 0 && picture.alt === text.manifest['walkthrough.newNote.altText'], `the walkthrough's picture: ${JSON.stringify(picture)}`);
  await shot('15-walkthrough', 'the getting-started walkthrough');
}
