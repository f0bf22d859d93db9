import { expect } from 'chai';
import { realFaculty } from '../helpers/app';

/**
 * Stop 53's probe: "can you inherit cancer" found nothing (HALI said it had no content), while "is cancer inherited" got Gwen's
 * answer. Retrieval folds plurals, not verb forms, so "inherit" was no word of the content; Gwen's terms table now reads it.
 */
describe('retrieval: "inherit" as a verb is inheritance', () => {
  const faculty = realFaculty();
  it('answers questions that use the verb with Gwen’s content on inheritance', () => {
    for (const question of ['can you inherit cancer', 'can you inherit cancer?', 'do kids inherit high cholesterol', 'what conditions can you inherit', 'inheriting lynch syndrome']) {
      const chosen = faculty.choose(question);
      expect(chosen.mentor.id, question).to.equal('gwen');
      expect(chosen.passages.length, question).to.be.greaterThan(0);
    }
  });
});
