/** Beslisnota's built around their addressees, for the tests of how a note names them. */

/** A beslisnota with these addressees and this advised decision (line 5 holds the first addressee). */
export function noteWith(aan: readonly string[], decision: string): string {
  return [
    '---', 'type: beslisnota', 'onderwerp: Voorbeeld van een nota', 'aan:', ...aan.map((a) => `  - ${a}`),
    'datum: 19 maart 2026', 'referentie: "7244668"', '---', '',
    '## 1. Aanleiding', '', 'Er is aanleiding.', '',
    '## 2. Geadviseerd besluit', '', decision, '',
    '## 3. Kernpunten', '', '- Punt.', '', '## 4. Toelichting', '', 'Toelichting.', '',
    '## 5. Informatie die niet openbaar gemaakt kan worden', '', 'Persoonsgegevens van ambtenaren.', '',
  ].join('\n');
}
