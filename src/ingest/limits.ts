// Limits on what ingest reads, in a module of their own: the corpus run checks file sizes before it
// reads anything, and should not load the HTML parser to learn a number.

/** Files larger than this are refused: no news article is 20 MB of text. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
