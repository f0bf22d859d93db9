import { expect } from 'chai';
import { redact } from '../../bot/safety/redact';
import { measureRedaction, SEPARATORS, ZERO_WIDTH } from '../helpers/redaction-corpus';

describe('patient-identifier redaction over a generated corpus', () => {
  const figures = measureRedaction(redact);

  it('the corpus has at least 1,000 identifiers: every kind, in English and Welsh, in all four kinds of free text', () => {
    expect(figures.identifiers).to.be.at.least(1000);
    expect(figures.kinds).to.have.members(['nhs-number', 'chi-number', 'ni-number', 'postcode', 'date-of-birth', 'phone', 'email', 'hospital-number', 'passport-number', 'name', 'address']);
    expect(figures.surfaces).to.have.members(['question', 'case contribution', 'feedback comment', 'settings text']);
    expect(SEPARATORS.length + ZERO_WIDTH.length).to.be.at.least(20);
  });

  it('removes 100% of the identifiers', () => {
    expect(figures.missed.map((c) => `${c.kind} (${c.language}, ${c.surface}): ${JSON.stringify(c.sentence)}`)).to.deep.equal([]);
    expect(figures.removed / figures.identifiers).to.equal(1);
  });

  it('keeps 100% of the clinical text word for word (doses, lab values, gene variants, guideline codes, years, times)', () => {
    expect(figures.changed.map((text) => `${JSON.stringify(text)} -> ${JSON.stringify(redact(text).text)}`)).to.deep.equal([]);
    expect(figures.clinical).to.be.at.least(40);
  });

  it('returns the rest of the text exactly as written, including characters that normalisation would change', () => {
    const text = 'µg/m² ½ dose ﬁne, NHS no 943\u00A0476\u00A05919, then 2.5 mg';
    expect(redact(text).text).to.equal('µg/m² ½ dose ﬁne, NHS no [NHS number removed], then 2.5 mg');
  });
});
