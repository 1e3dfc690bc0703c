/** "minister van X" -> "Minister van X": how titles stand at the start of a line or list item. */
export function capitalize(text: string): string {
  return text ? (text[0] as string).toUpperCase() + text.slice(1) : text;
}
