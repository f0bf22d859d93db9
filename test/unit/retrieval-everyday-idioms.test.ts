import { expect } from 'chai';
import { realFaculty } from '../helpers/app';
import { questionsOf } from '../helpers/chatty';
import { seeded } from '../helpers/variants';
import { OPINION_IDIOMS, SETTING_IDIOMS } from '../../bot/mentors/everyday-idioms';
import { phraseTable } from '../../bot/mentors/retrieval-index';

/**
 * Issue 17, from the dev12 sets: "Is a VUS a smoking gun or a red herring?", "For Lynch do they go straight for the
 * jugular with a blood test", "FH - apple doesn't fall far from the tree?" and "chwilio am nodwydd mewn tas wair" were
 * turned down: "gun", "herring", "jugular" and "tas wair" were read as subjects no content has. An everyday idiom is now
 * read as no word at all (everyday-idioms.ts), unless it judges a whole field and nothing more specific is asked.
 */
describe('retrieval: an everyday idiom is how a question feels, not what it asks', function () {
  this.timeout(60_000);
  const faculty = realFaculty();
  const answer = (q: string) => faculty.choose(q).passages[0]?.id;
  const idioms = (['en', 'cy'] as const).flatMap((language) => [...OPINION_IDIOMS[language], ...SETTING_IDIOMS[language]].map((idiom) => ({ idiom, language })));

  // Each idiom, in sentences of its own language, around six of the content's own questions that are answered: the same answer.
  // Without the idioms read so, 714 of these 726 keep their answer and 4 get another topic; with them, 723 and none.
  const answeredIn = { en: questionsOf(faculty, 'en', 0).filter((q) => answer(q) !== undefined), cy: questionsOf(faculty, 'cy', 0).filter((q) => answer(q) !== undefined) };
  const cases = idioms.flatMap(({ idiom, language }, i) => {
    const random = seeded(i + 1);
    const answered = answeredIn[language];
    const picked = Array.from({ length: 6 }, () => answered[Math.floor(random() * answered.length)]);
    const frames = language === 'en' ? [(q: string) => `${q} Bit of a ${idiom} if you ask me.`, (q: string) => `${idiom[0].toUpperCase()}${idiom.slice(1)}, I know, but ${q[0].toLowerCase()}${q.slice(1)}`] : [(q: string) => `${q} (${idiom})`, (q: string) => `${idiom}... ${q}`];
    return picked.flatMap((q, k) => ({ q, asked: frames[k % 2](q) }));
  });

  it(`keeps the answer of at least 95% of ${cases.length} questions with an idiom around them (English and Welsh)`, () => {
    expect(cases.length).to.be.above(690);
    const kept = cases.filter((c) => answer(c.asked) === answer(c.q));
    expect(kept.length / cases.length, cases.filter((c) => !kept.includes(c)).slice(0, 20).map((c) => `${c.asked} -> ${answer(c.asked) ?? 'abstain'}`).join('\n')).to.be.at.least(0.95);
  });

  it('answers the subject an idiom is said of, in English and Welsh', () => {
    expect(answer('Is a VUS a smoking gun or a red herring?')).to.be.oneOf(['gwen-variant-classification-vus', 'gwen-variant-of-uncertain-significance']);
    expect(answer('FH - does the apple not fall far from the tree? will the kids get it?')).to.equal('gwen-familial-hypercholesterolaemia');
    expect(answer('is a DPIA a can of worms? what is it')).to.equal('hali-x-dpia');
    expect(answer('help me get my head round AI')).to.equal('what-is-ai');
    expect(answer('is automation bias the elephant in the room')).to.be.oneOf(['automation-bias', 'hali-automation-bias']);
    // "a clean bill of health" is no bill and no pill (Gwen's terms table reads "pills" as drugs).
    expect(answer("Does a clean bill of health on the DPYD test mean we're out of the woods for toxicity?")).to.be.oneOf(['gwen-dpyd-testing', 'gwen-pharmacogenomics']);
  });

  it('reads "smile and nod" as how the asker feels, not as the nodding along of automation bias; and "band 5s" as a number', () => {
    const read = (q: string) => realFaculty().retriever.explain(q).terms.filter((t) => t.w > 0).map((t) => t.term);
    expect(read("someone says 'LLM' and I just smile and nod. What is it in normal words?")).to.not.include('nod');
    expect(read('a teaching session for our band 5s on genomic medicine')).to.not.include('5s');
  });

  it('turns down an idiom that judges a whole field and asks nothing more specific, as it did before', () => {
    for (const q of ['is AI a silver bullet for the NHS?', 'genetics is a can of worms isnt it', 'is AI a double edged sword', 'is genomic testing a double edged sword', 'is AI just pie in the sky', 'is genomics the elephant in the room', 'smoking gun?', 'AI: best of both worlds?', "ydy AI yn chwedl hen wragedd a ffyn?"]) {
      expect(faculty.choose(q).passages, q).to.deep.equal([]);
    }
  });

  it('lists no idiom a terms table reads as a subject', () => {
    const tables = new Set(phraseTable(faculty.mentors).map((p) => p.words.join(' ')));
    const both = idioms.map(({ idiom }) => idiom).filter((idiom) => tables.has(idiom.replace(/[’']/g, '').toLowerCase()));
    expect(both).to.deep.equal([]);
  });
});
