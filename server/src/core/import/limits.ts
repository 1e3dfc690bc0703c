/**
 * What an import accepts, at most. Files from outside are hostile until
 * proven otherwise: every read is bounded before it starts.
 */
export const IMPORT_LIMITS = {
  /** The source file itself; checked before it is read. */
  maxFileBytes: 32 * 1024 * 1024,
  /** Entries in a Word file's zip directory. */
  maxZipEntries: 2000,
  /** What one zip entry may declare (pictures included, which are never inflated). */
  maxEntryBytes: 64 * 1024 * 1024,
  /** One XML part, inflated: a long note's document.xml is a megabyte or two. */
  maxXmlPartBytes: 16 * 1024 * 1024,
  /** Entries larger than this must not inflate more than maxRatio times. */
  ratioCheckFromBytes: 1024 * 1024,
  maxRatio: 200,
  /** All parts read from one Word file, inflated. */
  maxInflatedBytes: 48 * 1024 * 1024,
  /** Pages read from a PDF. */
  maxPdfPages: 500,
  /** Reading a PDF (PDF.js, in a worker thread) may take this long and this much heap. */
  pdfTimeoutMs: 30_000,
  pdfHeapMb: 512,
} as const;
