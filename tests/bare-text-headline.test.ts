// A headline only when a bare text shows one (issue 19). Hand-written, paraphrased cases: the expected
// values were written before the code ran on them. Each case names the cue it tests.
import { describe, expect, it } from 'vitest';
import { toDocument } from '../src/ingest/read-file.js';
import { parseDocument } from '../src/nlp/parse-document.js';
import { structureArticle } from '../src/structure/index.js';

const text = (source: string) => structureArticle(parseDocument(toDocument('case.txt', source, 'text')));

// Two paragraphs of invented story, long enough to read as prose.
const LEAD = 'The county roads department closed the old river bridge on Monday after inspectors found cracks in two of its steel supports, sending commuters on a detour of about twenty minutes.';
const MORE = 'Engineers expect the repairs to take most of the summer, and the department has asked the state for emergency money to cover a bill it puts at four million dollars.';

describe('furniture on top of a bare text is not its headline', () => {
  it('a story-highlights label and its points are not a headline; a title above them is', () => {
    const bare = text(`Story highlights Inspectors found cracks in two supports\n\nDetour adds twenty minutes for commuters\n\nRepairs could last the summer\n\n${LEAD}\n\n${MORE}`);
    expect(bare.headline).toBeNull();
    expect(bare.blocks.slice(0, 3).map((b) => b.role)).toEqual(['dek', 'dek', 'dek']);
    expect(bare.body.startsWith('The county roads department')).toBe(true);

    const titled = text(`River Bridge Closed After Inspectors Find Cracks\n\nStory highlights Inspectors found cracks in two supports\n\nDetour adds twenty minutes for commuters\n\n${LEAD}\n\n${MORE}`);
    expect(titled.headline).toBe('River Bridge Closed After Inspectors Find Cracks');
  });

  it('a time stamp line ("Updated at ...") is a dateline, not a headline', () => {
    const a = text(`Updated at 3:15 p.m. ET\n\n${LEAD}\n\n${MORE}`);
    expect(a.headline).toBeNull();
    expect(a.blocks[0].role).toBe('dateline');
  });

  it('"This story was updated on <date>." is a dateline, not a headline', () => {
    const a = text(`This story was updated on June 4, 2019.\n\n${LEAD}\n\n${MORE}`);
    expect(a.headline).toBeNull();
    expect(a.blocks[0].role).toBe('dateline');
  });

  it('a caption with the agency before "photo" is a caption, not a headline', () => {
    const a = text(`Commuters wait at the closed bridge. (Reuters photo: Ana Lopes)\n\n${LEAD}\n\n${MORE}`);
    expect(a.headline).toBeNull();
    expect(a.blocks[0].role).toBe('caption');
  });

  it('a closing "(Name/via Agency)" credit makes a caption', () => {
    const a = text(`Inspectors walk under the bridge deck on Monday. (County Herald/via Reuters)\n\n${LEAD}\n\n${MORE}`);
    expect(a.headline).toBeNull();
    expect(a.blocks[0].role).toBe('caption');
  });

  it('two names joined by ", and" are a byline, not a headline', () => {
    const a = text(`Rita Gomez, and Tom Baker\n\n${LEAD}\n\n${MORE}`);
    expect(a.headline).toBeNull();
    expect(a.blocks[0].role).toBe('byline');
  });

  it("an editor's note on top is an end note, not a headline, even when it is short and set apart", () => {
    const a = text(`Originally published on Valley Roads Weekly.\n\n${LEAD}\n\n${MORE}`);
    expect(a.headline).toBeNull();
    expect(a.blocks[0].role).toBe('boilerplate');
    expect(a.blocks[0].reason).toBe('end-note');
    const b = text(`Update: The bridge reopened to pedestrians on Friday.\n\n${LEAD}\n\n${MORE}`);
    expect(b.headline).toBeNull();
  });

  it("the writer's one-line bio on top is not a headline", () => {
    const a = text(`Dana Whitfield is a senior staff writer for Valley Roads Weekly.\n\n${LEAD}\n\n${MORE}`);
    expect(a.headline).toBeNull();
  });
});

describe('a short first sentence that leans on what follows is the lead, not a title', () => {
  it('opening with a pronoun that points back ("It won\'t be cheap ...")', () => {
    const a = text(`It won't be cheap to fix the old bridge.\n\n${LEAD}\n\n${MORE}`);
    expect(a.headline).toBeNull();
    expect(a.body.startsWith("It won't be cheap")).toBe(true);
  });

  it('opening with a discourse word ("Maybe ...")', () => {
    const a = text(`Maybe the county waited too long.\n\n${LEAD}\n\n${MORE}`);
    expect(a.headline).toBeNull();
  });

  it('the next paragraph carries on with "She ..."', () => {
    const a = text(`The mayor regrets her remarks about the bridge.\n\nShe told the council on Tuesday that she had spoken in anger and that the engineers had done their work well.\n\n${MORE}`);
    expect(a.headline).toBeNull();
  });

  it('a question title may open with "So"', () => {
    const a = text(`So how safe is the old bridge, really?\n\n${LEAD}\n\n${MORE}`);
    expect(a.headline).toBe('So how safe is the old bridge, really?');
  });

  it('a sentence-case title stays a title when the lead opens with "It" pointing forward', () => {
    const a = text(`County closes river bridge for repairs.\n\nIt takes about twenty extra minutes to reach the town centre now that the county has closed the old river bridge for repairs.\n\n${MORE}`);
    expect(a.headline).toBe('County closes river bridge for repairs.');
  });
});

describe('more lines that are not a headline', () => {
  it('an outlet credit with its place ("Valley Daily News, Brenn, Ohio") names the outlet', () => {
    const a = text(`Kyle Mora and Rita Cruz\n\nValley Daily News, Brenn, Ohio\n\nBRENN — ${LEAD}\n\n${MORE}`);
    expect(a.headline).toBeNull();
    expect(a.blocks[1].role).toBe('outlet');
    expect(a.outlet).toBe('Valley Daily News');
  });

  it('a first paragraph that leads into a list with a colon is prose, so a numbered item after it is no headline', () => {
    const intro = 'Besides choosing a mayor, voters in the county will decide on several questions about roads and bridges next month. Here are the main ones on the ballot:';
    const a = text(`${intro}\n\n1: Bridge repairs\n\n${LEAD}\n\n${MORE}`);
    expect(a.headline).toBeNull();
    expect(a.body.startsWith('Besides choosing a mayor')).toBe(true);
  });
});

// Third pass (issue 19): headline style drops articles and "to be" and does not set a scene in
// time; a short first line that keeps them is running prose, the lead. Expected values written
// before the code ran on them.
describe('a first line written as running prose is the lead, not a title', () => {
  it('two articles in a short sentence-case line ("The ... after a ...")', () => {
    const a = text(`The flood warning came after a week of heavy rain.\n\n${LEAD}\n\n${MORE}`);
    expect(a.headline).toBeNull();
    expect(a.body.startsWith('The flood warning came')).toBe(true);
  });

  it('an opening article and a form of "to be" ("The mood in town is grim.")', () => {
    const a = text(`The mood in town is grim.\n\n${LEAD}\n\n${MORE}`);
    expect(a.headline).toBeNull();
    expect(a.body.startsWith('The mood in town is grim.')).toBe(true);
  });

  it('a scene set in time before the subject ("On Monday, ...")', () => {
    const a = text(`On Monday, commuters faced long detours.\n\n${LEAD}\n\n${MORE}`);
    expect(a.headline).toBeNull();
    expect(a.body.startsWith('On Monday, commuters')).toBe(true);
  });

  it('a summary sentence with a short title glued after it ("<sentence>. <Title>") is no headline', () => {
    const a = text(`Engineers expect the repairs to take most of the summer. Bridge repairs drag on\n\n${LEAD}\n\n${MORE}`);
    expect(a.headline).toBeNull();
  });

  it('headline-style lines stay titles: one article, or a copula without an opening article', () => {
    expect(text(`Council approves a new budget for parks.\n\n${LEAD}\n\n${MORE}`).headline).toBe('Council approves a new budget for parks.');
    expect(text(`Road funding is a test of patience.\n\n${LEAD}\n\n${MORE}`).headline).toBe('Road funding is a test of patience.');
    expect(text(`The Bridge Is a Test of the County's Patience.\n\n${LEAD}\n\n${MORE}`).headline).toBe("The Bridge Is a Test of the County's Patience.");
    expect(text(`After long debate, council backs bridge loan.\n\n${LEAD}\n\n${MORE}`).headline).toBe('After long debate, council backs bridge loan.');
  });
});

describe('an article of a headline and one short sentence keeps that sentence as its body', () => {
  it('a sentence of six words under the headline is the body, not a dek', () => {
    const a = text('Bridge closed for repairs\n\nThe county closed the old bridge.');
    expect(a.headline).toBe('Bridge closed for repairs');
    expect(a.dek).toBeNull();
    expect(a.body).toBe('The county closed the old bridge.');
  });

  it('a sentence of four words under the headline is the body, not navigation', () => {
    const a = text('Bridge closed for repairs\n\nThe bridge is closed.');
    expect(a.headline).toBe('Bridge closed for repairs');
    expect(a.body).toBe('The bridge is closed.');
    expect(a.blocks[1].role).toBe('body');
  });

  it('a headline, a dek and the story keep their roles', () => {
    const a = text(`Bridge closed for repairs\n\nCommuters face a detour for most of the summer.\n\n${LEAD}\n\n${MORE}`);
    expect(a.headline).toBe('Bridge closed for repairs');
    expect(a.dek).toBe('Commuters face a detour for most of the summer.');
    expect(a.body.startsWith('The county roads department')).toBe(true);
  });
});
