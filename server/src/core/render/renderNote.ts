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
      return { title: String(f.data?.title ?? ''), number: String(f.data?.number ?? ''), beforeLine: before ? context.parsed.lines.positionAt(before.start).line : null };
    });
  const body = bodyRenderer.render(context.text, {
    missing,
    missingLabel: () => formatMessage(locale, 'preview.missing'),
    remoteImageLabel: formatMessage(locale, 'preview.remoteImage'),
  });

  const page = describeFrame(context, findings);
  const { column } = page;
  const colophon = [
    column.organisation.length || column.units.length
      ? `<p class="nota-unit">${column.organisation.map((l) => `<strong>${escapeHtml(l)}</strong>`).join('')}${column.units.map(escapeHtml).join('<br>')}</p>`
      : '',
    column.visitingAddress.length ? `<p class="nota-address">${column.visitingAddress.map(escapeHtml).join('<br>')}</p>` : '',
    column.postalAddress.length ? `<p class="nota-address">${column.postalAddress.map(escapeHtml).join('<br>')}</p>` : '',
    '<dl>',
    ...column.fields.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd${f.flagged ? ' class="nota-flagged"' : ''}>${escapeHtml(f.value)}</dd>`),
    '</dl>',
  ].join('');

  const banner = errorCount > 0 ? `<div class="nota-banner" role="status">${escapeHtml(formatMessage(locale, 'preview.banner', { count: errorCount }))}</div>` : '';
  const emblem = options.emblemSrc ? `<img src="${escapeHtml(options.emblemSrc)}" alt="">` : '';
  const content = `${banner}<article class="nota-page">
<header class="nota-ribbon"><div class="nota-emblem" aria-hidden="true">${emblem}</div></header>
<div class="nota-sheet">
<main class="nota-main">
<div class="nota-addressees"><ul>${page.addressees.map((a) => `<li>${escapeHtml(a)}</li>`).join('')}</ul></div>
<h1 class="nota-doctype">${escapeHtml(page.documentWord)}</h1>
${page.subject ? `<p class="nota-subject">${escapeHtml(page.subject)}</p>` : ''}
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
