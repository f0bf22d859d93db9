import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { v5 as uuidv5, validate, version } from 'uuid';
import { statementId } from '../../bot/reporting/ids';

const HALI_NAMESPACE = '6f1d3a52-5a0e-4c53-9a86-2f3f6b0d7c41';

describe('reporting: statement ids are version 5 UUIDs under HALI\'s namespace', () => {
  it('gives exactly the ids the uuid package gives, for every kind of name', () => {
    const names: string[][] = [
      [],
      [''],
      ['aad-1', '2026-11-27T09:00:00.000Z', 'answered', 'https://learning.example.nhs.uk/hali/item/hali/hali-what-is-ai-q1', 'n-1'],
      ['void', '55ba01f2-e8e7-52d3-b2d7-ac78019da4be'],
      ['aad-2', 'Gwers: ŵ ŷ â ê î ô û', '日本語', '🧬 genomics', 'a\u001fb'],
    ];
    for (let i = 0; i < 500; i++) names.push([randomBytes(1 + (i % 40)).toString('latin1'), randomBytes(i % 17).toString('base64'), String(i)]);
    for (const parts of names) {
      const id = statementId(...parts);
      expect(id, JSON.stringify(parts)).to.equal(uuidv5(parts.join('\u001f'), HALI_NAMESPACE));
      expect(validate(id) && version(id)).to.equal(5);
    }
  });
});
