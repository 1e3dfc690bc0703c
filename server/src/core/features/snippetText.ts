/**
 * Text with tab stops, written once and rendered either as an LSP/VS Code
 * snippet or as plain text (placeholders replaced by their defaults).
 */
export type SnippetPart = string | { tabStop: number; placeholder?: string; raw?: string };

export function renderSnippet(parts: readonly SnippetPart[]): string {
  return parts
    .map((part) => {
      if (typeof part === 'string') return escapeSnippet(part);
      if (part.raw !== undefined) return part.raw;
      // escapeSnippet escapes `}` already: escaping it again would end the placeholder early (`\\}`).
      return part.placeholder ? `\${${part.tabStop}:${escapeSnippet(part.placeholder)}}` : `$${part.tabStop}`;
    })
    .join('');
}

export function renderText(parts: readonly SnippetPart[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : (part.placeholder ?? ''))).join('');
}

export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (ch) => `\\${ch}`);
}
