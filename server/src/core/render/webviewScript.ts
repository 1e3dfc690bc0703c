/**
 * The preview webview's only script (run with a CSP nonce). It swaps in new
 * content without reloading, so the scroll position stays; reports clicks on
 * headings so the editor can reveal them, and on links that ask for a
 * command (the banner's "show the findings"); and answers a `describe` message
 * with what it shows, for the extension's tests.
 */
export const WEBVIEW_SCRIPT = String.raw`
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('nota-root');
  // An update is for the page it was rendered for (its nonce): one sent just before the
  // preview switched to another note must not put that note's text under this one's title.
  const page = document.currentScript ? document.currentScript.nonce : '';
  document.addEventListener('click', function (event) {
    const command = event.target.closest && event.target.closest('[data-command]');
    if (command) {
      event.preventDefault();
      vscode.postMessage({ type: 'command', command: command.getAttribute('data-command') });
      return;
    }
    const heading = event.target.closest && event.target.closest('[data-line]');
    if (heading) vscode.postMessage({ type: 'reveal', line: Number(heading.getAttribute('data-line')) });
  });
  window.addEventListener('message', function (event) {
    const message = event.data || {};
    if (message.type === 'update' && typeof message.html === 'string' && (!message.page || message.page === page)) {
      const y = window.scrollY;
      root.innerHTML = message.html;
      window.scrollTo(0, y);
      vscode.postMessage({ type: 'updated', version: message.version });
    } else if (message.type === 'describe') {
      const text = function (selector) { return Array.from(document.querySelectorAll(selector)).map(function (n) { return n.textContent.trim(); }); };
      vscode.postMessage({
        type: 'description', id: message.id,
        doctype: text('.nota-doctype')[0] || null,
        addressees: text('.nota-addressees li'),
        colophon: text('.nota-colophon dt, .nota-colophon dd'),
        headings: text('.nota-body h2, .nota-body h3'),
        missing: text('.nota-missing h2'),
        banner: text('.nota-banner')[0] || null,
        marks: Array.from(document.querySelectorAll('.nota-mark')).map(function (n) {
          return { text: n.textContent.trim(), severity: (/nota-mark-(\w+)/.exec(n.className) || [])[1] || null, message: n.getAttribute('title') };
        }),
        unsafe: Array.from(document.querySelectorAll('#nota-root *')).filter(function (n) {
          return n.tagName === 'SCRIPT' || Array.from(n.attributes).some(function (a) {
            return /^on/i.test(a.name) || (/^(src|href)$/i.test(a.name) && /^\s*(javascript|data):/i.test(a.value)) || (a.name === 'src' && /^\s*(https?:)?\/\//i.test(a.value));
          });
        }).length,
        csp: (document.querySelector('meta[http-equiv="Content-Security-Policy"]') || {}).content || null
      });
    }
  });
  vscode.postMessage({ type: 'ready' });
})();
`;
