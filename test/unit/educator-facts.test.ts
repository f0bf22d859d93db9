import { expect } from 'chai';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSourceFacts } from '../../bot/educator/facts';
import { readFaculty } from '../../bot/mentors/load';
import { tempDir } from '../helpers/temp-dir';

const FIXTURE = join(__dirname, '..', 'fixtures', 'mentors');
const CITED = 'https://www.nice.org.uk/corporate/ecd7/chapter/introduction';

describe('educator workspace: what an item shows beside its text', () => {
  it('reads when each source was last checked (under the names it has carried) and lists the content checks per item', () => {
    const dir = tempDir('hali-facts-');
    cpSync(FIXTURE, dir, { recursive: true });
    const { mentors } = readFaculty(dir);
    writeFileSync(join(dir, 'sources.json'), JSON.stringify({ sources: [{ url: CITED, evidence: 'github-only', lastChecked: '2026-10-01' }, { url: 'https://example.org/old', checked: '2025-01-02' }] }));
    const facts = readSourceFacts(dir, mentors);
    expect(facts.lastChecked.get(CITED)).to.equal('2026-10-01');
    expect(facts.lastChecked.get('https://example.org/old')).to.equal('2025-01-02');
    // The fixture cites a source seen only in code: the lesson's findings say to confirm it.
    expect(facts.findings.get('nova-first')?.join('\n')).to.include(CITED);
  });

  it('copes with no sources.json at all', () => {
    const dir = tempDir('hali-facts-');
    cpSync(FIXTURE, dir, { recursive: true });
    const facts = readSourceFacts(dir, readFaculty(dir).mentors);
    expect(facts.lastChecked.size).to.equal(0);
    expect(facts.findings.get('nova-first')?.join('\n')).to.include('not in mentors/sources.json');
  });
});
