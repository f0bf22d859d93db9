import { expect } from 'chai';
import { redact } from '../../bot/safety/redact';
import { seeded } from '../helpers/variants';
import { cross, folded, leaks, numbersFrom } from '../helpers/redaction-probe';
import { firstComeSpans } from '../../bot/safety/spans';
import type { Found, IdentifierKind } from '../../bot/safety/identifiers';

/**
 * An outside probe's eighth round (3,349 generated staff messages, English and Welsh, tmp/redact8) wrote identifiers in ways the
 * earlier rounds had not. Each kind it found left in is generated here over several values and contexts, with the clinical text the
 * new rules could take.
 */
const rand = seeded(8);
const int = (low: number, high: number) => low + Math.floor(rand() * (high - low + 1));
const { digits, nhsNumber } = numbersFrom(rand);
const groupsOf = (n: string) => [n.slice(0, 3), n.slice(3, 6), n.slice(6)];
/** Every text redaction changes. */
const changed = (texts: readonly string[]) => texts.filter((text) => redact(text).text !== text).map((text) => `${JSON.stringify(text)} -> ${JSON.stringify(redact(text).text)}`);

describe('redaction: overlapping spans, earlier finder first (probe 8)', () => {
  /** The rule as it was written: a span overlapping any taken one is dropped, compared pair by pair. */
  function pairwise(lists: readonly (readonly Found[])[]): Found[] {
    const taken: Found[] = [];
    for (const list of lists) for (const span of list) if (!taken.some((t) => span.start < t.end && t.start < span.end)) taken.push(span);
    return taken;
  }
  const KINDS: readonly IdentifierKind[] = ['name', 'phone', 'nhs-number', 'address', 'date-of-birth'];
  function generated(length: number, finders: number, perFinder: number, longest: number): Found[][] {
    return Array.from({ length: finders }, () =>
      Array.from({ length: perFinder }, () => {
        const start = int(0, length);
        // Now and then an empty span, which overlaps only a span strictly around it.
        const end = rand() < 0.05 ? start : Math.min(length, start + int(1, longest));
        return { start, end, kind: KINDS[int(0, KINDS.length - 1)] };
      }),
    );
  }

  it('takes the same spans, in the same order, as comparing every pair', () => {
    for (let round = 0; round < 400; round++) {
      const length = int(0, 300);
      const lists = generated(length, int(1, 16), int(0, 40), int(1, 60));
      expect(firstComeSpans(lists, length), `round ${round}`).to.deep.equal(pairwise(lists));
    }
  });

  it('takes the same spans for thousands of short spans in a long text', () => {
    const length = 60_000;
    const lists = generated(length, 16, 400, 12);
    expect(firstComeSpans(lists, length)).to.deep.equal(pairwise(lists));
  });

  it('still removes every one of thousands of names in one message', () => {
    const surnames = ['Jones', 'Evans', 'Pritchard', 'Morgan', 'Parry', 'Hughes'];
    const text = Array.from({ length: 1500 }, (_, i) => `Mrs ${surnames[i % surnames.length]} bed ${(i % 30) + 1}`).join(', ');
    const out = redact(text).text;
    expect(out.match(/\[name removed\]/g)?.length).to.equal(1500);
    for (const surname of surnames) expect(out).not.to.include(surname);
  });
});

describe('redaction: NHS numbers split by dots, bars, colons and other marks (probe 8)', () => {
  const LABELLED = ['NHS no %s - can I refer for genetic testing?', 'her NHS No. is %s, on tamoxifen 20 mg', 'rhif GIG %s - ydy hi angen prawf BRCA2?', 'Rhif GIG y claf yw %s, syndrom Lynch?'];
  const UNLABELLED = ['results for %s? BRCA1 panel', 'canlyniad BRCA1 i %s plis', 'pt %s in bay 4'];
  it('removes an NHS number whose groups a middle dot, a bullet or another dot-like mark splits, labelled or not', () => {
    const cases = cross(['·', '•', '∙', '・', '⋅', '‧', ' · '], [...LABELLED, ...UNLABELLED]).map(([mark, context]) => {
      const n = nhsNumber();
      return [context.replace('%s', groupsOf(n).join(mark)), n, ...groupsOf(n)] as const;
    });
    expect(leaks(cases)).to.deep.equal([]);
  });

  it('removes an NHS number split by bars, colons, tildes, pluses or apostrophes in its own grouping', () => {
    const cases = cross(['|', ' | ', ':', '~', '+', "'"], [...LABELLED, ...UNLABELLED]).map(([mark, context]) => {
      const n = nhsNumber();
      return [context.replace('%s', groupsOf(n).join(mark)), n, ...groupsOf(n)] as const;
    });
    expect(leaks(cases)).to.deep.equal([]);
  });

  it('keeps times, ratios, scores, tables and decimals written with those marks', () => {
    const kept = ['obs at 08:30 12:00 16:00 20:00', 'obs 08:30, 12:00, 16:00', 'dilution 1:100:1000', 'Gleason 3+4 and 4+3', 'c.1905+1G>A', "the 1990's and 2000's", '| 12 | 34 | 56 |', 'K+ 5.2 and Na+ 140', '5·5 mmol/L', 'HbA1c 48·0', '• 5 mg od • 10 mg bd', 'arsylwadau am 08:30 12:00 16:00'];
    expect(changed(kept)).to.deep.equal([]);
  });
});

describe('redaction: identifiers inside character references, Markdown and Windows line breaks (probe 8)', () => {
  it('removes an NHS number, a name or a date of birth written with &nbsp; or another character reference', () => {
    const cases = cross(['NHS no', 'rhif GIG'], ['&nbsp;', '&#160;', '&#32;', '&#xA0;']).flatMap(([label, space]) => {
      const n = nhsNumber();
      const surname = ['Hughes', 'Pritchard', 'Okafor', 'Llywelyn'][int(0, 3)];
      const year = String(int(1930, 1990));
      return [
        [`<p>${label}${space}${groupsOf(n).join(space)}</p>`, n],
        [`Mrs${space}${surname} ${label === 'NHS no' ? 'in bay 2' : 'yn gwely 2'}`, surname],
        [`${label === 'NHS no' ? 'DOB' : 'dyddiad geni'}${space}0${int(1, 9)}/0${int(1, 9)}/${year}`, year],
        [`&#78;HS no ${groupsOf(n).join(' ')}`, n],
      ] as const;
    });
    expect(leaks(cases)).to.deep.equal([]);
  });

  it('removes a name inside Markdown emphasis and a name or number after a Windows or next-line break', () => {
    const cases = cross(['Hughes', 'Price-Davies', "O'Neill-Jones", 'Rees', 'Okafor'], ['**', '*', '__', '_', '~~']).flatMap(([surname, mark]) => {
      const n = nhsNumber();
      return [
        [`Mrs ${mark}${surname}${mark} has a VUS in BRCA2`, surname],
        [`Mae Mrs ${mark}${surname}${mark} yn gwely 3`, surname],
        [`Mrs\r\n${surname} on ward 3`, surname],
        [`Mrs\r\n${surname} ar ward 3`, surname],
        [`NHS no\u0085${groupsOf(n).join(' ')}`, n],
        [`rhif GIG:\r\n${groupsOf(n).join('\r\n')}`, n],
      ] as const;
    });
    expect(leaks(cases)).to.deep.equal([]);
  });

  it('keeps clinical signs, variants and code written with the same marks', () => {
    const kept = ['eGFR &lt;30 and metformin', 'A&amp;E at 02:00', '**NB** 5 mg od', '*BRCA1* and *BRCA2*', '_BRCA1_ testing', 'c.1521_1523del', 'HLA-B*57:01 and HLA-B*58:01', 'snake_case_name', 'Lynch\r\nsyndrome', 'Hughes\r\nsyndrome and aspirin 75 mg', '__init__ file', '`c.1234A>G` in CFTR'];
    expect(changed(kept)).to.deep.equal([]);
  });
});

describe('redaction: numbers read out in words and figures at once (probe 8)', () => {
  const EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  const CY = ['dim', 'un', 'dau', 'tri', 'pedwar', 'pump', 'chwech', 'saith', 'wyth', 'naw'];
  it('removes an NHS number with some groups said in words, labelled or said of a patient, in English and Welsh', () => {
    const cases = cross([EN, CY], [0, 1, 2, 3]).flatMap(([words, shape]) => {
      const said = (s: string) => [...s].map((d) => words[Number(d)]).join(' ');
      return ['NHS no %s, thanks', 'rhif GIG %s diolch', 'pt %s on ward 4', 'claf %s ar ward 4'].map((context) => {
        const [a, b, c] = groupsOf(nhsNumber());
        const written = [`${said(a)} ${b} ${c}`, `${a} ${said(b)} ${c}`, `${said(a)}, ${said(b)}, ${c}`, `${a} ${b} ${said(c)}`][shape];
        return [context.replace('%s', written), ...[a, b, c].filter((g) => written.includes(g)), [said(a), said(b), said(c)].find((w) => written.includes(w))!] as const;
      });
    });
    expect(leaks(cases)).to.deep.equal([]);
  });

  it('removes a mobile number started in words and finished in figures', () => {
    const cases = cross([EN, CY], ['ring her on %s', 'ffoniwch hi ar %s', 'daughter %s', "rhif y mab yw %s"]).map(([words, context]) => {
      const tail = digits(3);
      const said = [...'07700'].map((d) => words[Number(d)]).join(' ');
      return [context.replace('%s', `${said} 900 ${tail}`), `900${tail}`, said] as const;
    });
    expect(leaks(cases)).to.deep.equal([]);
  });

  it('keeps doses, counts and times said in words and figures', () => {
    const kept = ['one 500 mg tablet three times a day', 'two to three 5 ml spoons', 'dau dabled 500mg dair gwaith y dydd', 'one in 500 and two in 1000', 'take two 30/500 every four to six hours', 'count one two three 4 5 6 7 8 9', 'zero one two 3 4 5 6 7 8 9', 'nine 9 nine 9', 'un 5 mg a dau 10 mg'];
    expect(changed(kept)).to.deep.equal([]);
  });
});

describe('redaction: dates of birth, phones, emails and flats written another way (probe 8)', () => {
  const MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
  it('removes a Welsh date of birth with "fis" or "o fis" before the month', () => {
    const cases = cross(['dyddiad geni', 'DG:', 'ganwyd ar', 'geni:', 'dyddiad geni y claf yw'], [' fis ', ' o fis ', 'fed o fis ']).map(([label, between]) => {
      const year = String(int(1930, 2005));
      const month = MONTHS[int(0, 11)];
      return [`${label} ${int(1, 28)}${between}${month} ${year}, ydy hi'n gymwys?`, year, month] as const;
    });
    expect(leaks(cases)).to.deep.equal([]);
  });

  it('removes a date of birth said with a Welsh ordinal word, a month first with its year cut, or a month and a two-digit year', () => {
    const ordinals = ['cyntaf', 'ail', 'trydydd', 'pedwerydd', 'pumed', 'wythfed', 'unfed ar ddeg', 'deuddegfed', 'pymthegfed', 'ugeinfed', 'unfed ar hugain', 'ail ar hugain'];
    const SOFT = ['Ionawr', 'Chwefror', 'Fawrth', 'Ebrill', 'Fai', 'Fehefin', 'Orffennaf', 'Awst', 'Fedi', 'Hydref', 'Dachwedd', 'Ragfyr'];
    const ENGLISH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const welsh = cross(['dyddiad geni:', 'ganwyd ar', 'dyddiad geni y claf yw', 'DG:'], ordinals).map(([label, ordinal]) => {
      const year = String(int(1930, 2000));
      const month = int(0, 11);
      const article = /^(?:cyntaf|ail|unfed)/.test(ordinal) ? 'yr' : 'y';
      return [`${label} ${article} ${ordinal} o ${rand() < 0.5 ? SOFT[month] : `fis ${MONTHS[month]}`} ${year}`, year] as const;
    });
    const english = ['DOB', 'dob:', 'D.O.B.'].flatMap((label) =>
      ENGLISH.map((month) => {
        const year = String(int(1930, 2000)).slice(2);
        return [`${label} ${month} ${int(1, 28)}${['st', 'nd', 'rd', 'th'][int(0, 3)]} '${year}, ok for the vaccine?`, year, month] as const;
      }),
    );
    const monthYear = cross(['DOB %s is she due screening?', 'dyddiad geni %s ydy hi angen sgrinio?'], [1, 4, 9, 12]).map(([context, month]) => {
      const written = `${month}/${int(30, 99)}`;
      return [context.replace('%s', written), written] as const;
    });
    expect(leaks([...welsh, ...english, ...monthYear])).to.deep.equal([]);
    expect(changed(['DOB 12/03/1948 is on the form', 'clinic on 4/56 days', 'y trydydd o Ebrill 2025 yw dyddiad y clinig', 'the second of April 2025 clinic'])).to.deep.equal(['"DOB 12/03/1948 is on the form" -> "DOB [date of birth removed] is on the form"']);
  });

  it('removes a landline dialled from abroad with 0044', () => {
    const cases = cross(['tel %s', 'daughter on %s', 'ffôn y ferch: %s', 'ffoniwch y mab ar %s'], ['0044 29 2074 %d', '0044 1248 38%d', '0044 (0)29 2074 %d']).map(([context, shape]) => {
      const local = digits(4);
      return [context.replace('%s', shape.replace('%d', local)), local] as const;
    });
    expect(leaks(cases)).to.deep.equal([]);
  });

  it('removes the name a mail program writes before the address', () => {
    const cases = cross(['"megan morgan"', '"Tomasz Pritchard"', 'Siân Evans', '"Khan, Aisha"', "Dafydd O'Neill"], ['family email %s pls', 'e-bost y teulu: %s diolch']).map(([name, context]) => {
      const local = name.replace(/[^a-zA-Z ]/g, '').toLowerCase().split(' ').filter(Boolean).join('.');
      const surname = name.replace(/["]/g, '').split(/[ ,]+/).find((w) => /^(?:morgan|pritchard|evans|khan|o'neill)$/i.test(w))!;
      return [context.replace('%s', `${name} <${local}@wales.nhs.uk>`), surname] as const;
    });
    expect(leaks(cases)).to.deep.equal([]);
    expect(redact('email "help desk" <servicedesk@wales.nhs.uk>').text).to.equal('email "help desk" <[email removed]>');
    expect(redact('Genomics Team <genomics@wales.nhs.uk>').text).to.equal('Genomics Team <[email removed]>');
  });

  it('removes the flat number written with a slash before the house number', () => {
    const cases = cross(['Cathedral Road', 'Heol y Parc', 'Station Road', 'Stryd Fawr'], ['address: Flat %f/%n %s, Cardiff', 'cyfeiriad: Fflat %f/%n %s', 'lives at flat %f/%n %s']).map(([street, context]) => {
      const flat = String(int(1, 9));
      return [context.replace('%f', flat).replace('%n', String(int(10, 99))).replace('%s', street), `${flat}/`, street.split(' ').find((w) => !/^(?:Road|Heol|Stryd|y)$/.test(w))!] as const;
    });
    const stillThere = cases.filter(([text, flat]) => folded(redact(text).text).includes(flat.toLowerCase()));
    expect(stillThere.map(([text]) => `${text} -> ${redact(text).text}`)).to.deep.equal([]);
    expect(leaks(cases.map(([text, , street]) => [text, street] as const))).to.deep.equal([]);
    expect(changed(['Flat 3 weeks of pain', 'flat 2/3 of the time', 'a flat 5/10 pain score'])).to.deep.equal([]);
  });

  it('removes an NHS number with letters for digits when the grouping and a label or the check digit say it is one', () => {
    const cases = ['NHS no %s - refer?', 'rhif GIG %s', 'pt %s in bed 2', 'claf %s yn gwely 2'].flatMap((context) =>
      Array.from({ length: 6 }, () => {
        // A number with four or five zeros and ones, typed as letters: five or six digits are left.
        for (;;) {
          const n = nhsNumber();
          const lettered = (n.match(/[01]/g) ?? []).length;
          if (lettered < 4 || lettered > 5) continue;
          const written = groupsOf(n).join(' ').replace(/0/g, 'O').replace(/1/g, 'l');
          return [context.replace('%s', written), ...written.split(' ')] as const;
        }
      }),
    );
    expect(leaks(cases)).to.deep.equal([]);
  });
});

describe('redaction: names after Welsh titles, in lower case, and beside a bed (probe 8)', () => {
  const SURNAMES = ['Evans', 'Pritchard', 'Morgan', 'Parry', 'Okafor', 'Patel', 'Llywelyn'];
  it('removes a surname after a Welsh title: Meistr, Meistres, Mistar, Bonwr, Bonesig, Yr Athro', () => {
    const cases = cross(['Meistr', 'Meistres', 'Mistar', 'Bonwr', 'Bonesig', 'Yr Athro'], SURNAMES).flatMap(([title, surname]) => [
      [`Mae ${title} ${surname} yn gwely 4 gyda syndrom Lynch`, surname],
      [`gwelais ${title} ${surname.toUpperCase()} heddiw`, surname],
      [`${title} ${surname} wedi cael canlyniad BRCA1`, surname],
    ] as const);
    expect(leaks(cases)).to.deep.equal([]);
  });

  it('removes a listed surname in lower case after a title that otherwise wants a capital', () => {
    const cases = cross(['Dr', 'Dr.', 'Miss', 'Ms', 'Ms.', 'Prof', 'Master', 'Meistr', 'Bonwr', 'Parch.'], ['evans', 'pritchard', 'okafor', 'patel', "o'neill", 'price-davies']).flatMap(([title, surname]) => [
      [`can you ring ${title} ${surname} re tamoxifen`, surname],
      [`${title} ${surname}'s BRCA1 result is back`, surname],
      [`gwelais ${title} ${surname} heddiw`, surname],
    ] as const);
    expect(leaks(cases)).to.deep.equal([]);
  });

  it('removes a surname after initials typed together ("Mr D.J. Jones")', () => {
    const cases = cross(['Mr', 'Mrs', 'Dr', 'Ms', 'Meistr'], ['D.J.', 'A.B.', 'M.E.', 'R.T.W.']).flatMap(([title, initials]) => {
      const surname = SURNAMES[int(0, SURNAMES.length - 1)];
      return [[`${title} ${initials} ${surname} has a VUS`, surname], [`${title} ${initials} ${surname} wedi ffonio`, surname]] as const;
    });
    expect(leaks(cases)).to.deep.equal([]);
  });

  it('removes "miss khan", "ms ali" and other surnames the Welsh dictionary also has', () => {
    const cases = cross(['miss', 'ms', 'Miss', 'Dr'], ['khan', 'ali', 'chen', 'li', 'llwyd']).flatMap(([title, surname]) => [
      [`${title} ${surname} in side room 2 for discharge`, surname],
      [`${title} ${surname} yn ystafell ochr 2`, surname],
    ] as const);
    expect(leaks(cases)).to.deep.equal([]);
  });

  it('removes an initial and a surname in lower case after the patient or a bed, and a given name the bed is said to be', () => {
    const cues = ['pt', 'patient', 'the patient is', 'claf', 'y claf', 'y claf yw', 'bed 4 is', 'bed 4:', 'bay 2 bed 3 is', 'gwely 4', 'gwely 4 yw', 'gwely 4:'];
    const cases = cross(cues, ['g evans', 'b okafor', 'm hughes', 'd llywelyn', 'w ap gwynfor', 'p pritchard']).map(([cue, name]) => [`${cue} ${name} needs bloods today`, name.split(' ').pop()!] as const);
    const given = cross(['bed 4 is', 'side room 2 is', 'gwely 4 yw', 'bay 2 bed 3 is'], ['gareth', 'dai', 'bethan', 'tomos roberts', 'huw khan']).map(([cue, name]) => [`${cue} ${name} angen gwaed heddiw`, ...name.split(' ')] as const);
    expect(leaks([...cases, ...given])).to.deep.equal([]);
  });

  it('keeps MR, microbes, beds and the Welsh titles\' other meanings', () => {
    const kept = [
      'Mr scan booked', 'mr imaging tomorrow', 'MR scan of the spine', 'Dr on call', 'the Dr will ring', 'miss a dose', 'ms patients and vitamin D', 'miss price checks', 'Dr young is the reg',
      'gradd Meistr Gwyddoniaeth', 'Meistr mewn Nyrsio', 'Yr Athro Cymraeg', 'yr athro', 'pt e coli uti', 'pt c diff positive', 'claf e coli', 'bed 4 c diff', 'pt h pylori +ve', 'pt s aureus bacteraemia',
      'bed 4 is empty', 'bed 4 is free', 'bed 4 is closed', 'gwely 4 yw gwag', 'bed 4 is nbm', 'bed 4 is confused', 'side room 2 is for isolation', 'gwely 4 yw ar gau', 'pt x ray today', 'pt r knee pain', 'pt b cells low',
    ];
    expect(changed(kept)).to.deep.equal([]);
  });
});
