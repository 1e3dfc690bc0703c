/**
 * The rendered note, laid out like the printed one. The same function serves
 * the VS Code preview (inner HTML for live updates, a full page with a CSP
 * nonce and the webview script) and `nota render` (a standalone page).
 */
import type { NoteContext } from '../features/noteContext';
import type { Finding } from '../findings/finding';
import { formatMessage } from '../findings/messages';
import { describeFrame } from '../page/describePage';
import type { MissingSection } from './markdownToHtml';
import { BodyRenderer } from './bodyRenderer';
import { NOTE_CSS } from './styles';
import { WEBVIEW_SCRIPT } from './webviewScript';
import { escapeHtml } from './escapeHtml';
import { frameMarks } from './frameMarks';
import { pageFieldsOf } from '../page/describePage';

export interface PageOptions {
  /** Webview: a nonce for the one style and script element, and the webview's resource source for CSP. */
  webview?: { nonce: string; cspSource: string };
  /** A licensed emblem the user points to (a URI the page may load); otherwise the neutral placeholder. */
  emblemSrc?: string;
}

export interface RenderedNote {
  /** What goes inside the page's root element; swapped in on live updates. */
  content: string;
  errorCount: number;
}

export function renderNoteContent(context: NoteContext, findings: readonly Finding[], options: PageOptions = {}, bodyRenderer = new BodyRenderer()): RenderedNote {
  const { locale } = context;
  const errorCount = findings.filter((f) => f.severity === 'error').length;
  const missing: MissingSection[] = findings
    .filter((f) => f.code === 'section-missing')
    .map((f) => {
      const before = typeof f.data?.beforeSection === 'number' ? context.sourceMap.spans.get(`/sections/${f.data.beforeSection}`) : undefined;
      // Stryker disable next-line StringLiteral: every section-missing finding carries its title and number; the fallback only types them
      return { title: String(f.data?.title ?? ''), number: String(f.data?.number ?? ''), beforeLine: before ? context.parsed.lines.positionAt(before.start).line : null };
    });
  const body = bodyRenderer.render(context.text, {
    missing,
    missingLabel: () => formatMessage(locale, 'preview.missing'),
    remoteImageLabel: formatMessage(locale, 'preview.remoteImage'),
  });

  const page = describeFrame(context, findings);
  const { column } = page;
  const marks = frameMarks(context, findings);
  const absent = formatMessage(locale, 'preview.missingField');
  // A value with a finding is marked as a missing section is, with the finding's message on hover.
  const marked = (html: string, finding: Finding | undefined, tag: string, classes: string[] = []) => {
    const all = finding ? [...classes, 'nota-mark', `nota-mark-${finding.severity}`] : classes;
    const attributes = `${all.length ? ` class="${all.join(' ')}"` : ''}${finding ? ` title="${escapeHtml(finding.message)}"` : ''}`;
    return `<${tag}${attributes}>${html}</${tag}>`;
  };
  const colophon = [
    column.organisation.length || column.units.length
      ? `<p class="nota-unit">${column.organisation.map((l) => `<strong>${escapeHtml(l)}</strong>`).join('')}${column.units.map(escapeHtml).join('<br>')}</p>`
      : '',
    column.visitingAddress.length ? `<p class="nota-address">${column.visitingAddress.map(escapeHtml).join('<br>')}</p>` : '',
    column.postalAddress.length ? `<p class="nota-address">${column.postalAddress.map(escapeHtml).join('<br>')}</p>` : '',
    '<dl>',
    ...column.fields.map((f) => `<dt>${escapeHtml(f.label)}</dt>${marked(escapeHtml(f.value), marks.column.get(f.label), 'dd')}`),
    ...marks.missing.column.map(({ label, finding }) => `<dt class="nota-absent">${escapeHtml(label)}</dt>${marked(absent, finding, 'dd', ['nota-absent'])}`),
    '</dl>',
  ].join('');

  // In the editor's preview, a link that opens the findings (the webview script runs it); standalone, the count alone.
  const showFindings = options.webview ? ` <a href="#" class="nota-show-findings" data-command="showFindings">${escapeHtml(formatMessage(locale, 'preview.showFindings'))}</a>` : '';
  const banner = errorCount > 0 ? `<div class="nota-banner" role="status">${escapeHtml(formatMessage(locale, 'preview.banner', { count: errorCount }))}${showFindings}</div>` : '';
  const addresseeField = pageFieldsOf(context.type.schema).addressees;
  const rawAddressees = context.model.frontmatter?.[addresseeField];
  // One addressee written as a value instead of a list is still the author's: shown as the list's only entry, as on the exported page.
  const addressees = (Array.isArray(rawAddressees) ? rawAddressees : [rawAddressees]).flatMap((value, index) => {
    const text = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value).trim() : '';
    const finding = marks.addressees.get(index);
    return text || finding ? [marked(text ? escapeHtml(text) : absent, finding, 'li', text ? [] : ['nota-absent'])] : [];
  });
  if (marks.missing.addressees) addressees.push(marked(absent, marks.missing.addressees, 'li', ['nota-absent']));
  const subject = page.subject
    ? marked(escapeHtml(page.subject), marks.subject, 'p', ['nota-subject'])
    : marks.missing.subject ? marked(absent, marks.missing.subject, 'p', ['nota-subject', 'nota-absent']) : '';
  const emblem = options.emblemSrc ? `<img src="${escapeHtml(options.emblemSrc)}" alt="">` : '';
  const content = `${banner}<article class="nota-page">
<header class="nota-ribbon"><div class="nota-emblem" aria-hidden="true">${emblem}</div></header>
<div class="nota-sheet">
<main class="nota-main">
<div class="nota-addressees"><ul>${addressees.join('')}</ul></div>
<h1 class="nota-doctype">${escapeHtml(page.documentWord)}</h1>
${subject}
<div class="nota-body">${body}</div>
</main>
<aside class="nota-colophon">${colophon}</aside>
</div>
</article>`;
  return { content, errorCount };
}

/** A whole HTML page around rendered content, with a strict Content-Security-Policy. */
export function renderPage(rendered: RenderedNote, title: string, options: PageOptions = {}): string {
  const nonce = options.webview?.nonce ?? 'nota-standalone';
  const images = options.webview ? `${options.webview.cspSource} data:` : `'self' data:`;
  const csp = [`default-src 'none'`, `img-src ${images}`, `style-src 'nonce-${nonce}'`, options.webview ? `script-src 'nonce-${nonce}'` : `script-src 'none'`, `font-src ${options.webview ? options.webview.cspSource : `'self'`}`, `base-uri 'none'`, `form-action 'none'`].join('; ');
  const script = options.webview ? `<script nonce="${nonce}">${WEBVIEW_SCRIPT}</script>` : '';
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${NOTE_CSS}</style>
</head>
<body>
<div id="nota-root">${rendered.content}</div>
${script}
</body>
</html>
`;
}
