// Loads the boilerplate cue data (lexicon/boilerplate.json) once and answers questions about one block.
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import type { BoilerplateReason } from '../types.js';

interface CueFile {
  maxWords: number;
  reasons: Record<string, string[]>;
  sections: string[];
  outletWords: string[];
  endNotes: { patterns: string[] };
  openingNotes: { patterns: string[] };
  highlights: { patterns: string[] };
  callToAction: { verbs: string[] };
}

export interface BoilerplateCues {
  maxWords: number;
  patterns: { reason: BoilerplateReason; pattern: RegExp }[];
  sections: Set<string>;
  outletWords: Set<string>;
  /** Notes about the reporting that close an article (credits, contact lines, bios, agency notes). */
  endNotes: RegExp[];
  /** Editors' notes above a story (updated, corrected, first published elsewhere). */
  openingNotes: RegExp[];
  /** Labels over a list of story highlights ("Story highlights", "Key points"). */
  highlights: RegExp[];
  /** Verbs whose imperative opening a short line asks the reader to act ("Read ...", "Follow ..."). */
  callToActionVerbs: Set<string>;
}

let cached: BoilerplateCues | undefined;

export function loadBoilerplateCues(): BoilerplateCues {
  if (cached) return cached;
  const data = JSON.parse(readFileSync(dataPath('boilerplate.json'), 'utf8')) as CueFile;
  const patterns = Object.entries(data.reasons).flatMap(([reason, list]) =>
    list.map((source) => ({ reason: reason as BoilerplateReason, pattern: new RegExp(source, 'iu') })),
  );
  cached = {
    maxWords: data.maxWords,
    patterns,
    sections: new Set(data.sections),
    outletWords: new Set(data.outletWords),
    endNotes: data.endNotes.patterns.map((source) => new RegExp(source, 'iu')),
    openingNotes: data.openingNotes.patterns.map((source) => new RegExp(source, 'iu')),
    highlights: data.highlights.patterns.map((source) => new RegExp(source, 'iu')),
    callToActionVerbs: new Set(data.callToAction.verbs),
  };
  return cached;
}

/** Longer than this, a block that mentions copyright is text, not a copyright notice. */
const COPYRIGHT_MAX_WORDS = 80;

/** The boilerplate reason whose wording matches a short block, if any. */
export function matchCue(text: string, words: number, cues: BoilerplateCues): BoilerplateReason | undefined {
  const copyright = cues.patterns.filter((cue) => cue.reason === 'copyright');
  // A copyright line can run long (a legal notice), but a block of article length that mentions
  // copyright in passing (a document's own notice among its sections) is text.
  if (words <= COPYRIGHT_MAX_WORDS && copyright.some((cue) => cue.pattern.test(text))) return 'copyright';
  if (words > cues.maxWords) return undefined;
  return cues.patterns.find((cue) => cue.pattern.test(text.trim()))?.reason;
}

const matchesAny = (text: string, patterns: readonly RegExp[]) => {
  const t = text.trim();
  return patterns.some((pattern) => pattern.test(t));
};

/** True when a block reads like a note about the reporting (credit, contact, bio, agency or trademark note). */
export const isEndNote = (text: string, cues: BoilerplateCues): boolean => matchesAny(text, cues.endNotes);

/** True when a block is an editor's note about the article: updated, corrected, first published elsewhere. */
export const isOpeningNote = (text: string, cues: BoilerplateCues): boolean => matchesAny(text, cues.openingNotes);

/** True when a block opens with a story-highlights label ("Story highlights ...", "Key points: ..."). */
export const opensHighlights = (text: string, cues: BoilerplateCues): boolean => matchesAny(text, cues.highlights);
