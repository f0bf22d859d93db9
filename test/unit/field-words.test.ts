import { expect } from 'chai';
import { checkContent } from '../../scripts/content-check';
import { realFaculty } from '../helpers/app';
import { mentorsCopyWith } from '../helpers/mentors-copy';

/**
 * A genomics question no content answers ("what is NIPT?", "what is mosaicism", "beth yw mosaigiaeth") was told "I do not have
 * trusted content" by HALI, the default mentor, with HALI's AI topics as suggestions (stop 53's probe). A word of Gwen's field
 * (mentor.json `fieldWords`) now makes the abstention hers; what content answers, and what no field names, are chosen as before.
 */
describe('a question in a mentor\'s field that no content answers is that mentor\'s to decline', () => {
  const faculty = realFaculty();

  it('gives the abstention to Gwen when the question has one of her field words, in English and Welsh', () => {
    const asked = ['what is NIPT', 'is NIPT a genetic test?', 'what is mosaicism', 'what is a karyotype', 'explain trisomy 21', 'what does penetrance mean', 'what is an exome', 'how does CRISPR work', 'beth yw mosaigiaeth', 'beth yw cromosom', 'what is mitochondrial inheritance'];
    for (const question of asked) {
      const chosen = faculty.choose(question);
      if (chosen.passages.length > 0) continue; // Content answers it: the topic's mentor, as ever.
      expect(chosen.mentor.id, question).to.equal('gwen');
    }
    expect(asked.filter((q) => faculty.choose(q).passages.length === 0).length).to.be.greaterThan(5);
  });

  it('leaves the default mentor to decline what no field names, and the named or answering mentor as they were', () => {
    for (const question of ['what is sepsis', 'how do I treat hypertension', "what's the dose of paracetamol", 'how do I apply for annual leave']) {
      expect(faculty.choose(question).mentor.id, question).to.equal('hali');
    }
    expect(faculty.choose('what is NIPT', { named: faculty.get('hali')! }).mentor.id).to.equal('hali');
    expect(faculty.choose('what is a hallucination in AI').mentor.id).to.equal('hali');
  });

  it('does not answer a question marked as AI from a genomics passage that says nothing of AI: HALI declines, offering the nearest', () => {
    // Stop 54's probe: "can AI diagnose cancer" got Gwen's genomic medicine explainer, "how is AI used in cancer care" her cancer genomics.
    for (const question of ['can AI diagnose cancer', 'how is AI used in cancer care', 'AI for cancer diagnosis', 'how is AI used in genomics', 'can ChatGPT interpret a VUS', 'can an algorithm spot Lynch syndrome']) {
      const chosen = faculty.choose(question);
      expect(chosen.passages.map((p) => p.mentorId), question).to.not.include('gwen');
      expect(chosen.mentor.id, question).to.equal('hali');
    }
    // Answered by the mentor whose field it is, or with nothing marked, as before.
    // Since dev19 was learned from (stop 58), the ranker puts Gwen's genomic medicine explainer first for "is AI used to diagnose
    // cancer" by a hair, so HALI declines it as marked AI, offering the AI medical device explainer: one tap away, never Gwen's.
    const diagnose = faculty.choose('is AI used to diagnose cancer');
    expect(diagnose.mentor.id).to.equal('hali');
    expect([...diagnose.passages.map((p) => p.id), ...diagnose.offers.map((o) => o.id)]).to.include('ai-as-a-medical-device');
    expect(diagnose.passages.map((p) => p.mentorId)).to.not.include('gwen');
    expect(faculty.choose('what is a VUS').passages[0]?.mentorId).to.equal('gwen');
    expect(faculty.choose('what is Lynch syndrome').passages[0]?.id).to.equal('gwen-lynch-syndrome');
    // "ai" in a Welsh sentence is "a'i" typed without its apostrophe, not AI.
    expect(faculty.choose('cafodd ei mam ai chwaer ganser y fron, all hi gael prawf').passages[0]?.id).to.equal('gwen-familial-breast-cancer-testing');
    expect(faculty.choose('ydy AI yn gallu gwneud diagnosis o ganser').passages.map((p) => p.mentorId)).to.not.include('gwen');
    // Named, a mentor answers from its own content whatever the words.
    expect(faculty.choose('can AI diagnose cancer', { named: faculty.get('gwen')! }).mentor.id).to.equal('gwen');
  });

  it('answers and offers nothing for a question whose only words are numbers, and still reads a number beside a word', () => {
    // Stop 54's probe: "what is 2+2" got autosomal dominant ("2 copies"), "what is 5" DPYD testing ("5-FU").
    for (const question of ['what is 2+2', 'what is 2 + 2', 'what is 5', 'whats 10 x 10', '42?', 'beth yw 2+2', 'what is 100']) {
      const chosen = faculty.choose(question);
      expect(chosen.passages, question).to.deep.equal([]);
      expect(chosen.offers, question).to.deep.equal([]);
    }
    expect(faculty.choose('what is 5-FU').passages[0]?.id).to.equal('gwen-dpyd-testing');
    expect(faculty.choose('BRCA2?').passages[0]?.mentorId).to.equal('gwen');
  });

  it('refuses field words that are not single words in lower case', () => {
    const dir = mentorsCopyWith('gwen/mentor.json', (json) => {
      json.fieldWords = ['NIPT', 'gene therapy'];
    });
    expect(checkContent(dir, new Date('2026-12-03T12:00:00Z')).errors.join('\n')).to.include('field "fieldWords" must be a list of single words in lower case');
  });
});
