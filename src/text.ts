// Plain string helpers shared by several stages.

/** Runs of white space (newlines included) to one space, trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
