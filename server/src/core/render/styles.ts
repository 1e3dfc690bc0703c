/**
 * The house style of a printed note: an A4 page, the lintblauw (#154273)
 * ribbon with a neutral placeholder where the state emblem would be (the
 * emblem and the RO fonts are protected and not shipped), open fonts, the
 * right-hand column with sender, date, reference and attachments.
 */
export const LINTBLAUW = '#154273';

export const NOTE_CSS = `
:root { --lintblauw: ${LINTBLAUW}; --ink: #1b1b1b; --muted: #535353; --warn: #8a5a00; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { background: #e8e8e8; color: var(--ink); font-family: "Fira Sans", "Noto Sans", "DejaVu Sans", Verdana, Arial, sans-serif; font-size: 9.5pt; line-height: 1.45; }
.nota-banner { position: sticky; top: 0; z-index: 1; margin: 0 auto; max-width: 210mm; padding: 6px 12px; background: #fff4e0; color: var(--warn); border-bottom: 1px solid #f0d9a8; font-size: 9pt; }
.nota-page { position: relative; width: 210mm; max-width: calc(100vw - 16px); min-height: 297mm; margin: 12px auto; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.25); padding: 0 0 20mm 0; }
.nota-ribbon { position: absolute; top: 0; left: 50%; transform: translateX(-50%); width: 16mm; height: 34mm; background: var(--lintblauw); display: flex; align-items: flex-end; justify-content: center; padding-bottom: 4mm; }
.nota-emblem { width: 9mm; height: 14mm; border: 1.5px solid #fff; border-radius: 1mm; opacity: .9; }
.nota-emblem img { width: 100%; height: 100%; object-fit: contain; }
.nota-sheet { display: grid; grid-template-columns: 1fr 48mm; column-gap: 10mm; padding: 48mm 14mm 0 22mm; }
/* A narrow editor column: the same page, with the colophon kept in view. */
@media screen and (max-width: 200mm) { .nota-sheet { grid-template-columns: 1fr 36mm; column-gap: 5mm; padding: 44mm 5mm 0 7mm; } }
.nota-addressees { margin: 0 0 10mm 0; }
.nota-doctype { font-size: 22pt; font-weight: 600; letter-spacing: .02em; margin: 0 0 4mm 0; text-transform: lowercase; }
.nota-addressees li { list-style: none; }
.nota-addressees ul { margin: 0; padding: 0; }
.nota-subject { font-size: 11pt; font-weight: 600; margin: 0 0 8mm 0; }
.nota-colophon { font-size: 7.5pt; line-height: 1.35; color: var(--ink); }
.nota-colophon .nota-unit strong { display: block; }
.nota-colophon p { margin: 0 0 3mm 0; }
.nota-colophon dl { margin: 4mm 0 0 0; }
.nota-colophon dt { font-weight: 600; margin-top: 2.5mm; }
.nota-colophon dd { margin: 0; }
.nota-mark-error, .nota-mark-warning { text-decoration: underline wavy; text-underline-offset: 2px; text-decoration-skip-ink: none; }
.nota-mark-error { color: #a4262c; text-decoration-color: #c0392b; }
.nota-mark-warning { text-decoration-color: #b07800; }
.nota-mark-information { text-decoration: underline dotted #2f6fb0; text-underline-offset: 2px; }
.nota-absent.nota-mark { font-style: italic; opacity: .85; }
.nota-banner a { color: inherit; margin-left: .5em; }
.nota-body h1 { font-size: 12pt; }
.nota-body h2 { font-size: 10pt; font-weight: 600; margin: 6mm 0 2mm 0; }
.nota-body h3, .nota-body h4 { font-size: 9.5pt; font-weight: 600; font-style: italic; margin: 4mm 0 1mm 0; }
.nota-body h2[data-line], .nota-body h3[data-line], .nota-body h4[data-line] { cursor: pointer; }
.nota-body p, .nota-body ul, .nota-body ol { margin: 0 0 2.5mm 0; }
.nota-body ul, .nota-body ol { padding-left: 5mm; }
.nota-body table { border-collapse: collapse; } .nota-body td, .nota-body th { border: 1px solid #bbb; padding: 1mm 2mm; }
.nota-body a { color: var(--lintblauw); }
.nota-missing { border: 1.5px dashed #c0392b; background: #fdf1ef; padding: 1mm 3mm; margin: 4mm 0; color: #8e2a1f; }
.nota-missing h2 { margin-top: 1mm; }
.nota-remote-image { font-style: italic; }
@page { size: A4; margin: 0; }
@media print {
  body { background: #fff; }
  .nota-banner, .nota-missing, .nota-absent { display: none; }
  .nota-mark { color: inherit; text-decoration: none; }
  .nota-page { margin: 0; box-shadow: none; width: auto; min-height: auto; page-break-after: always; }
  .nota-body h2, .nota-body h3 { break-after: avoid; }
}
`;
