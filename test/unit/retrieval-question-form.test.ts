import { expect } from 'chai';
import { withDictatedMarks, withoutFilingVerb, withoutListMarkers } from '../../bot/mentors/question-form';
import { realFaculty } from '../helpers/app';

/**
 * Issue 17: "what counts as AI" was answered with "When does AI count as a medical device?" because "count", an everyday
 * verb of that explainer's own question, weighed more than "AI", which every HALI passage has. A verb that files one
 * thing under another is the form of a definition question, not its subject.
 */
describe('retrieval: the filing verb of a definition question ("counts as", "classed as", "yn cyfrif fel")', () => {
  const faculty = realFaculty();
  const top = (q: string) => faculty.choose(q).passages[0]?.id;

  // Generated: each filing form with each thing defined, English and Welsh.
  const forms = ['what counts as {x}', 'what actually counts as {x}?', 'does a chatbot count as {x}', 'is ChatGPT classed as {x}', 'what qualifies as {x}', 'what is regarded as {x}'];
  const ffurfiau = ['beth sy’n cyfrif fel {x}?', 'ydy ChatGPT yn cyfrif fel {x}?', 'beth sy’n cael ei gyfrif fel {x}?'];
  const ai = [...forms.flatMap((f) => ['AI', 'artificial intelligence'].map((x) => f.replace('{x}', x))), ...ffurfiau.flatMap((f) => ['AI', 'deallusrwydd artiffisial'].map((x) => f.replace('{x}', x)))];

  it(`answers none of ${ai.length} "what counts as AI" phrasings with the medical-device explainer`, () => {
    const device = ai.filter((q) => faculty.choose(q).passages.some((p) => p.id === 'ai-as-a-medical-device'));
    expect(device).to.deep.equal([]);
    const unanswered = ai.filter((q) => top(q) === undefined);
    expect(unanswered).to.deep.equal([]);
  });

  it('still answers the medical-device questions the filing is itself the subject of, in English and Welsh', () => {
    for (const q of [
      'what counts as a medical device',
      'when is software classed as a medical device',
      'is a symptom checker app regarded as a medical device',
      'does an app that helps diagnose count as a medical device',
      'does our in-house algorithm count as a medical device if we only use it in our own lab',
      'pryd mae meddalwedd yn cyfrif fel dyfais feddygol?',
    ]) {
      expect(top(q), q).to.equal('ai-as-a-medical-device');
    }
  });

  it('leaves the verb when it files under something long, and in other uses', () => {
    expect(withoutFilingVerb('what counts as AI')).to.equal('what AI');
    expect(withoutFilingVerb('does it count as a medical device if we only use it in our own lab')).to.equal('does it count as a medical device if we only use it in our own lab');
    expect(withoutFilingVerb('how do I count the variants')).to.equal('how do I count the variants');
    expect(withoutFilingVerb('beth sy’n cyfrif fel AI?')).to.equal('beth sy’n AI?');
  });
});

describe('retrieval: the numbers two questions in one message are listed by', () => {
  const faculty = realFaculty();
  const answer = (text: string) => faculty.choose(text).passages[0]?.id;

  it('reads "1) … 2) …", "(a)" and "1." at a line start as no subject, and keeps every other number', () => {
    expect(withoutListMarkers('1) how do I take a family history 2) when to refer').replace(/\s+/g, ' ').trim()).to.equal('how do I take a family history when to refer');
    expect(withoutListMarkers('1. what is AI\n2. what is a VUS').replace(/\s+/g, ' ').trim()).to.equal('what is AI what is a VUS');
    for (const kept of ['is 1 in 250 common?', 'what does NICE say in section 1.2', 'BRCA1 and BRCA2)', 'what is AI :)']) expect(withoutListMarkers(kept)).to.equal(kept);
  });

  // Generated: every explainer's question numbered as staff number them (154 of 156 kept their answer before; since, all).
  const FORMS = [(q: string) => `1) ${q}`, (q: string) => `(a) ${q}`, (q: string) => `1. ${q}`, (q: string) => `quick q - 2) ${q}`];
  const cases = faculty.mentors.flatMap((m) => m.explainers.map((e) => e.question.en)).filter((q) => answer(q) !== undefined).flatMap((q) => FORMS.map((form) => ({ q, asked: form(q) })));
  it(`answers all ${cases.length} numbered questions as it answers them unnumbered`, () => {
    expect(cases.length).to.be.above(100);
    expect(cases.filter((c) => answer(c.asked) !== answer(c.q)).map((c) => c.asked)).to.deep.equal([]);
  });
});

/**
 * Voice dictation writes punctuation out when the speaker says it: "likely pathogenic comma is that the same as
 * pathogenic question mark". Read as words, "comma" and "mark" were weighed as subjects no content has.
 */
describe('retrieval: punctuation said aloud to dictation ("comma", "question mark", "marc cwestiwn") is read as the marks', function () {
  this.timeout(60_000);
  const faculty = realFaculty();
  const top = (q: string) => faculty.choose(q).passages[0]?.id;
  const said = { en: { ',': ' comma ', '?': ' question mark', '.': ' full stop ' }, cy: { ',': ' coma ', '?': ' marc cwestiwn', '.': ' atalnod llawn ' } } as const;
  const dictate = (q: string, language: 'en' | 'cy') => q.replace(/[,?.]/g, (mark) => said[language][mark as ',' | '?' | '.']).replace(/\s+/g, ' ').trim().toLowerCase();

  it('writes the marks for the words, and leaves "colon" (the bowel) and "period" alone', () => {
    expect(withDictatedMarks('is that the same as pathogenic question mark')).to.equal('is that the same as pathogenic ?');
    expect(withDictatedMarks('likely pathogenic comma is that the same full stop')).to.equal('likely pathogenic , is that the same .');
    expect(withDictatedMarks('beth yw VUS marc cwestiwn')).to.equal('beth yw VUS ?');
    expect(withDictatedMarks('is colon cancer part of Lynch, and does my period matter?')).to.equal('is colon cancer part of Lynch, and does my period matter?');
    // "coma" is the Welsh comma, and in English a coma: a mark only in a Welsh question.
    expect(withDictatedMarks('can AI predict who wakes from a coma?')).to.equal('can AI predict who wakes from a coma?');
    expect(withDictatedMarks('beth yw VUS coma a beth yw amrywiolyn marc cwestiwn')).to.equal('beth yw VUS , a beth yw amrywiolyn ?');
  });

  it('answers the content\'s own questions dictated with their punctuation said, as it answers them written (English and Welsh)', () => {
    const cases = faculty.mentors.flatMap((m) => m.explainers.flatMap((e) => (['en', 'cy'] as const).flatMap((language) =>
      [e.question[language], ...(e.askedAs?.[language] ?? [])].filter((q) => /[,?.]/.test(q)).map((q) => ({ written: q, dictated: dictate(q, language) })))));
    expect(cases.length).to.be.above(200);
    const differ = cases.filter((c) => top(c.dictated) !== top(c.written)).map((c) => `${c.dictated} -> ${top(c.dictated)} (written: ${top(c.written)})`);
    // Read as words, 17 of the 240 got another answer or none.
    expect(differ, differ.join('\n')).to.deep.equal([]);
    expect(top('what does it mean when the genetics report says likely pathogenic comma is that the same as pathogenic question mark')).to.equal('gwen-variant-classification');
  });
});
