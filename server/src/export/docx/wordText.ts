/**
 * Text as Word's XML may hold it. XML 1.0 has no place for most control
 * characters or for a lone UTF-16 surrogate, and a file with one is a file
 * Word refuses to open; they are not text a reader sees, so they go (a tab
 * stays a tab, and a lone surrogate becomes U+FFFD so the spot stays visible).
 */
export function wordText(text: string): string {
  // The control characters are the point of this expression.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
