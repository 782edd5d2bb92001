// The whole road: files -> ingest -> parse (once) -> structure -> analyze -> compare.
import type { ArticleAnalysis } from './analyze/index.js';
import { analyzeArticle } from './analyze/index.js';
import { buildTermMatcher } from './analyze/terms.js';
import type { TermMatcher } from './analyze/terms.js';
import { compareArticles } from './compare/index.js';
import type { Story } from './compare/index.js';
import { readArticleFile } from './ingest/read-file.js';
import { loadLexicons } from './lexicon/load.js';
import { parseDocument } from './nlp/parse-document.js';
import { findCorpusRepeats, structureArticle } from './structure/index.js';
import type { SourceDocument } from './types.js';

export interface PipelineOptions {
  /** Extra lexicon files (--lexicon), merged after the bundled one. */
  lexicons?: readonly string[];
  /** Called after each article is analysed. */
  onProgress?: (done: number, total: number, file: string) => void;
}

let bundledMatcher: TermMatcher | undefined;
export function termMatcher(lexicons: readonly string[] = []): TermMatcher {
  if (lexicons.length > 0) return buildTermMatcher(loadLexicons(lexicons));
  bundledMatcher ??= buildTermMatcher(loadLexicons());
  return bundledMatcher;
}

/** Analyses already-read documents; pure apart from the lexicon files. */
export function analyzeDocuments(documents: readonly SourceDocument[], options: PipelineOptions = {}): ArticleAnalysis[] {
  const terms = termMatcher(options.lexicons);
  // Blocks found in 3+ documents are site templates; with fewer documents there is no evidence.
  const repeatedAcrossCorpus = documents.length >= 3 ? findCorpusRepeats(documents) : new Set<string>();
  return documents.map((doc, i) => {
    const article = structureArticle(parseDocument(doc), { repeatedAcrossCorpus });
    const analysis = analyzeArticle(article, { terms });
    options.onProgress?.(i + 1, documents.length, doc.file);
    return analysis;
  });
}

export function analyzeFiles(files: readonly string[], options: PipelineOptions = {}): ArticleAnalysis[] {
  // Read (and validate) every file before any analysis, so a bad file fails fast.
  return analyzeDocuments(files.map(readArticleFile), options);
}

export function buildStories(files: readonly string[], options: PipelineOptions = {}): { analyses: ArticleAnalysis[]; stories: Story[] } {
  const analyses = analyzeFiles(files, options);
  return { analyses, stories: compareArticles(analyses) };
}
