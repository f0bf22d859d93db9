import { expect } from 'chai';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { explainerItem } from '../../bot/content/review-items';
import { ContentError, loadMentors } from '../../bot/mentors/load';
import { createRetriever } from '../../bot/mentors/retrieval';
import { distinctiveAskedAsPairs } from '../../bot/mentors/retrieval-index';
import type { Explainer, Mentor } from '../../bot/mentors/types';
import { MENTORS_DIR } from '../helpers/app';
import { tempDir } from '../helpers/temp-dir';

/** Issue 17 (slice 17j): explainers' `askedAs` phrasings, how staff ask for them in everyday words. */
describe("explainers' askedAs phrasings", () => {
  const mentors = loadMentors(MENTORS_DIR);

  it('are loaded for every explainer of both mentors, in English and Welsh', () => {
    for (const e of mentors.flatMap((m) => m.explainers)) {
      expect(e.askedAs?.en.length ?? 0, e.id).to.be.at.least(8);
      // As many in Welsh as in English (slice 17p): NHS Wales treats Welsh no less favourably.
      expect(e.askedAs?.cy.length ?? 0, e.id).to.be.at.least(8);
    }
  });

  it('are shown to educators for approval and covered by the review hash, so editing one re-queues the explainer', () => {
    const explainer = mentors[0].explainers[0];
    const item = explainerItem(mentors[0].id, explainer);
    expect(item.text.askedAs.en).to.include(explainer.askedAs!.en[0]);
    expect(item.text.askedAs.cy).to.include(explainer.askedAs!.cy[0]);
    const edited = { ...explainer, askedAs: { ...explainer.askedAs!, en: [...explainer.askedAs!.en, 'one more way to ask'] } };
    expect(explainerItem(mentors[0].id, edited).hash).to.not.equal(item.hash);
  });

  it('are rejected, naming the file, the field and the fix, when malformed, long or repeated', () => {
    const dir = tempDir('hali-asked-as-');
    cpSync(MENTORS_DIR, dir, { recursive: true });
    const file = join(dir, 'hali', 'explainers.json');
    const explainers = JSON.parse(readFileSync(file, 'utf8'));
    explainers[0].askedAs = ['what is AI'];
    explainers[1].askedAs = { en: ['how does chatgpt work'] };
    explainers[2].askedAs = { en: [`why ${'does it '.repeat(12)}make things up`], cy: ['pam'] };
    explainers[3].askedAs = { en: ['do I trust it', 'Do I trust it'], cy: ['ydw i'] };
    writeFileSync(file, JSON.stringify(explainers));
    let problems = '';
    try {
      loadMentors(dir);
    } catch (error) {
      problems = (error as ContentError).problems.join('\n');
    }
    expect(problems).to.include(`${file}[0]: field "askedAs" must be { "en": ["…"], "cy": ["…"] }`);
    expect(problems).to.include(`${file}[1]: field "askedAs" must be { "en": ["…"], "cy": ["…"] }`);
    expect(problems).to.match(/\[2\]: field "askedAs" "why does it .*" is over 20 words/);
    expect(problems).to.include(`${file}[3]: field "askedAs" has "do i trust it" twice in "en"`);
  });

  describe('in the index', () => {
    const words = 'zorblax quimbly';
    const withAskedAs = (askedAs: Explainer['askedAs']): Mentor[] =>
      mentors.map((m) => (m.id !== 'hali' ? m : { ...m, explainers: m.explainers.map((e) => (e.id === 'automation-bias' ? { ...e, askedAs } : e)) }));

    it('find the explainer from its phrasing words, which nothing else in the content uses', () => {
      const retriever = createRetriever(withAskedAs({ en: [`the ${words} thing`], cy: ['y peth'] }));
      // One word alone is found (indexed as the passage's key points), and the two asked together.
      expect(retriever.explain('what is zorblax').nearest[0]?.id).to.equal('automation-bias');
      expect(retriever.explain(`what is ${words}`).nearest[0]?.id).to.equal('automation-bias');
      const without = createRetriever(withAskedAs(undefined)).explain(`what is ${words}`);
      expect(without.nearest.map((n) => n.id)).to.not.include('automation-bias');
    });

    it('score it higher when two of its words are asked together as a phrasing has them', () => {
      const score = (askedAs: Explainer['askedAs']) => createRetriever(withAskedAs(askedAs)).explain(`what is ${words}`).nearest[0];
      const apart = score({ en: ['zorblax', 'quimbly'], cy: ['y peth'] });
      const together = score({ en: [words], cy: ['y peth'] });
      expect(apart?.id).to.equal('automation-bias');
      expect(together?.id).to.equal('automation-bias');
      expect(together!.score).to.be.above(apart!.score);
    });

    it('name it by a pair of words asked together, but not by a pair another explainer is also asked by', () => {
      const mine = { en: ['zorblax quimbly', 'frobnic wuzzle'], cy: ['y peth'] };
      const pairs = distinctiveAskedAsPairs(withAskedAs(mine));
      expect(pairs.get('automation-bias')).to.include.members(['zorblax quimbly', 'frobnic wuzzle']);
      const shared = mentors.map((m) => ({ ...m, explainers: m.explainers.map((e) => (['automation-bias', 'gwen-lynch-syndrome'].includes(e.id) ? { ...e, askedAs: mine } : e)) }));
      const sharedPairs = distinctiveAskedAsPairs(shared);
      expect(sharedPairs.get('automation-bias')).to.not.include('zorblax quimbly');
      expect(sharedPairs.get('gwen-lynch-syndrome')).to.not.include('frobnic wuzzle');
    });
  });
});
