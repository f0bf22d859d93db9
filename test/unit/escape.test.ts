import { expect } from 'chai';
import { cardLink, escapeCardText } from '../../cards/escape';

describe('card text escaping', () => {
  it('neutralises Markdown links, emphasis and lists that content might try to add', () => {
    expect(escapeCardText('[click](https://evil.example)')).to.equal('\\[click\\](https://evil.example)');
    expect(escapeCardText('**bold** and _it_')).to.equal('\\*\\*bold\\*\\* and \\_it\\_');
    expect(escapeCardText('- item\n1. first')).to.equal('\\- item\n1\\. first');
  });

  it('breaks up the DATE/TIME functions Teams expands inside text', () => {
    expect(escapeCardText('{{DATE(2017-02-14T06:08:39Z, SHORT)}}')).to.not.include('{{');
  });

  it('leaves ordinary clinical prose readable', () => {
    const text = 'Give 5 mg (oral) twice daily; eGFR 45-60 ml/min.';
    expect(escapeCardText(text)).to.equal(text);
  });

  it('links only to plain https URLs', () => {
    expect(cardLink('NICE', 'https://www.nice.org.uk/guidance/cg71')).to.equal('[NICE](https://www.nice.org.uk/guidance/cg71)');
    expect(cardLink('bad', 'javascript:alert(1)')).to.equal('bad');
    expect(cardLink('bad', 'http://example.org')).to.equal('bad');
    expect(cardLink('x', 'https://a.example/)[y](https://evil.example')).to.equal('x');
  });
});
