// Article text is untrusted: everything from an article (and from a file name, a lexicon or the
// manifest) reaches an HTML page or an SVG chart only through `esc`, as text. `<script>`, an
// `onerror` attribute, a `javascript:` link or `</style>` in an article become characters on the page.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML or SVG text node or a quoted attribute value. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
