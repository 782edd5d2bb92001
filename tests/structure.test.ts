import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedArticle, seedFiles } from './helpers/seeds.js';

type BlockLabel = [role: string, textStart: string, reason?: string];
interface SeedLabels { headline: string | null; dek: string | null; byline: string | null; outlet: string | null; blocks: BlockLabel[] }
const labels = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/seeds/structure.json'), 'utf8')) as Record<string, SeedLabels>;

describe('structure on the hand-labelled seeds', () => {
  it('has a label file for every seed', () => {
    expect(Object.keys(labels).filter((k) => !k.startsWith('_')).sort()).toEqual(seedFiles());
  });
  for (const [file, expected] of Object.entries(labels).filter(([k]) => !k.startsWith('_'))) {
    describe(file, () => {
      const article = seedArticle(file);
      it('finds headline, dek, byline and outlet', () => {
        expect({ headline: article.headline, dek: article.dek, byline: article.byline, outlet: article.outlet })
          .toEqual({ headline: expected.headline, dek: expected.dek, byline: expected.byline, outlet: expected.outlet });
      });
      it('gives every block its labelled role and reason', () => {
        const got = article.blocks.map((b) => [b.role, b.text.trim(), b.reason]);
        expect(got).toHaveLength(expected.blocks.length);
        expected.blocks.forEach(([role, start, reason], i) => {
          expect({ i, role: got[i][0], starts: (got[i][1] as string).startsWith(start), reason: got[i][2] }).toEqual({ i, role, starts: true, reason });
        });
      });
      it('keeps every body block in body text and nothing else', () => {
        const bodyBlocks = article.blocks.filter((b) => b.role === 'body');
        expect(article.body.split('\n\n')).toHaveLength(bodyBlocks.length);
      });
    });
  }
});
