// The whole road for one article and, for library use, for a handful of them in memory:
// file -> ingest -> parse (once) -> structure -> analyze, then compare. The CLI's runs over whole
// corpora (workers, cache, streaming) live in src/run and call `analyzeDocument` for each article.
import type { ArticleAnalysis } from './analyze/index.js';
import { analyzeArticle } from './analyze/index.js';
import { buildTermMatcher } from './analyze/terms.js';
import type { TermMatcher } from './analyze/terms.js';
import { compareArticles } from './compare/index.js';
import type { Story } from './compare/index.js';
import type { GroupingOptions } from './compare/stories.js';
import { readArticleFile } from './ingest/read-file.js';
import { loadLexicons } from './lexicon/load.js';
import { parseDocument } from './nlp/parse-document.js';
import { findCorpusRepeats, structureArticle } from './structure/index.js';
import type { SourceDocument } from './types.js';
import { actorRegistry } from './actors/data.js';
import type { ActorRegistry } from './actors/data.js';

export interface PipelineOptions extends GroupingOptions {
  /** Extra lexicon files (--lexicon), merged after the bundled one. */
  lexicons?: readonly string[];
  /** Extra actors files (--actors), whose entries replace bundled ones with the same id. */
  actors?: readonly string[];
  /** Called after each article is analysed. */
  onProgress?: (done: number, total: number, file: string) => void;
}

const matchers = new Map<string, TermMatcher>();
/** The compiled loaded-terms matcher for the bundled lexicon plus `lexicons`, built once per process. */
export function termMatcher(lexicons: readonly string[] = []): TermMatcher {
  const key = JSON.stringify(lexicons);
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = buildTermMatcher(loadLexicons(lexicons));
    matchers.set(key, matcher);
  }
  return matcher;
}

export interface DocumentContext {
  terms: TermMatcher;
  /** Normalized block texts that repeat across the corpus (site templates). */
  repeatedAcrossCorpus?: ReadonlySet<string>;
  /** Actors data; the bundled lexicon/actors.json when absent. */
  actors?: ActorRegistry;
}

/** One article, from its blocks to its analysis. Pure apart from the lexicon data already loaded. */
export function analyzeDocument(doc: SourceDocument, context: DocumentContext): ArticleAnalysis {
  const article = structureArticle(parseDocument(doc), { repeatedAcrossCorpus: context.repeatedAcrossCorpus ?? new Set() });
  return analyzeArticle(article, { terms: context.terms, actors: context.actors });
}

/** Analyses already-read documents in memory (a few at a time: nothing is streamed or cached here). */
export function analyzeDocuments(documents: readonly SourceDocument[], options: PipelineOptions = {}): ArticleAnalysis[] {
  const terms = termMatcher(options.lexicons);
  const actors = actorRegistry(options.actors);
  // Blocks found in 3+ documents are site templates; with fewer documents there is no evidence.
  const repeatedAcrossCorpus = documents.length >= 3 ? findCorpusRepeats(documents) : new Set<string>();
  return documents.map((doc, i) => {
    const analysis = analyzeDocument(doc, { terms, repeatedAcrossCorpus, actors });
    options.onProgress?.(i + 1, documents.length, doc.file);
    return analysis;
  });
}

export function analyzeFiles(files: readonly string[], options: PipelineOptions = {}): ArticleAnalysis[] {
  return analyzeDocuments(files.map(readArticleFile), options);
}

export function buildStories(files: readonly string[], options: PipelineOptions = {}): { analyses: ArticleAnalysis[]; stories: Story[] } {
  const analyses = analyzeFiles(files, options);
  return { analyses, stories: compareArticles(analyses, options) };
}
