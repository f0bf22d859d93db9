import { expect } from 'chai';
import { redact } from '../../bot/safety/redact';

/**
 * An outside probe's sixth round (hand-written, English and Welsh) found names typed in a hurry left in: in lower case after a
 * title ("mr dafydd llywelyn", "mrs ap gwilym", "mrs b evans-pugh", "mrs.jones"), after a cue ("pts name is", "a lady called",
 * "claf o'r enw", "looked after"), surname first in capitals ("LLYWELYN Dafydd 12/3/45"), and Welsh given names that are also
 * dictionary words ("Nesta Ffransis", "Elen Wyn"). Each case here is generated over several names, both cases and languages.
 */
const GIVEN = ['dafydd', 'gwenno', 'nesta', 'osian', 'elen', 'gwynfor', 'sian', 'margaret'];
const SURNAMES = ['llywelyn', 'puw', 'ffransis', 'tudur', 'wyn', 'prys', 'evans-pugh', 'jones'];
const capital = (word: string) => word.replace(/(^|[-\s])(\p{L})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
/** The words of `names` still in `text` once redacted, whole words only. */
const left = (text: string, ...names: string[]) => {
  const out = redact(text).text.toLowerCase();
  return names.filter((name) => new RegExp(`(?<![\\p{L}])${name.toLowerCase()}(?![\\p{L}])`, 'u').test(out));
};
/** Every pair of a given name and a surname, paired off by position so each of both lists appears. */
const PAIRS = GIVEN.flatMap((given, i) => [SURNAMES[i], SURNAMES[(i + 3) % SURNAMES.length]].map((surname) => [given, surname] as const));

describe('redaction: names after a lower-case title, with a Welsh particle or an initial (probe 6)', () => {
  it('removes a given name and surname after a lower-case title, in lower case and capitalised', () => {
    const leaks: string[] = [];
    for (const title of ['mr', 'mrs', 'Mr', 'Mrs']) for (const [given, surname] of PAIRS) {
      for (const text of [`${title} ${given} ${surname} in side room 2`, `mae ${title} ${given} ${surname} yn holi am ei chanlyniad`, `${title} ${given} ${surname}, 82, for discharge`]) {
        const kept = left(text, given, surname);
        if (kept.length > 0) leaks.push(`${text} -> ${redact(text).text}`);
      }
    }
    expect(leaks).to.deep.equal([]);
  });

  it('removes a surname after a Welsh particle, and a given name with one, after a title or the patient', () => {
    const leaks: string[] = [];
    for (const particle of ['ap', 'ab', 'ferch']) for (const surname of ['gwilym', 'iorwerth', 'dafydd', 'rhys', 'owain']) {
      for (const text of [`mrs ${particle} ${surname} yn holi`, `side room 4 mr ${particle} ${surname} barrier nursed`, `pt iolo ${particle} ${surname} for discharge today`, `claf huw ${particle} ${surname} ar ward 7`]) {
        if (left(text, surname).length > 0) leaks.push(`${text} -> ${redact(text).text}`);
      }
    }
    expect(leaks).to.deep.equal([]);
  });

  it('removes an initial and a surname in lower case after any title, and a lower-case name run on to "mrs."', () => {
    const leaks: string[] = [];
    for (const title of ['mrs', 'mr', 'Miss', 'Ms', 'Dr', 'MRS']) for (const initial of ['b', 'm', 'k']) for (const surname of ['evans-pugh', 'jones', 'llywelyn', 'prys']) {
      const text = `${title} ${initial} ${surname} 19 ?appendix`;
      if (left(text, surname).length > 0) leaks.push(`${text} -> ${redact(text).text}`);
    }
    for (const text of ['mrs.jones bed 8', 'mr.price needs a cannula', 'Mrs.pugh has gone home']) if (left(text, 'jones', 'price', 'pugh').length > 0) leaks.push(text);
    expect(leaks).to.deep.equal([]);
  });

  it('keeps a lower-case word after "Miss" or "Dr" that is no initial and surname, and an address run on to "mrs."', () => {
    for (const text of ['Miss a dose of insulin - what now?', 'Dr t cells are low', 'Dr k value for this drug', 'MR.smith', 'email: mrs.jones1948 at gmail dot com']) {
      expect(redact(text).text, text).to.not.include('[name removed]');
    }
  });
});

describe('redaction: names after cues that mark a person (probe 6)', () => {
  it('removes a name after a label, "called", "o\'r enw", "looked after", "referral for" and "pt:", in lower case and capitalised', () => {
    const leaks: string[] = [];
    const cues = ['pts name is', 'pt name is', "her name's", 'a lady called', 'pt called', "claf o'r enw", 'looked after', 'can u check bloods for', 'referral for', 'dw i wedi gweld', 'pt:', 'patient:'];
    for (const cue of cues) for (const [given, surname] of PAIRS) {
      for (const [g, s] of [[given, surname], [capital(given), capital(surname)]]) {
        const text = `${cue} ${g} ${s}, 81, recurrent UTIs`;
        if (left(text, given, surname).length > 0) leaks.push(`${text} -> ${redact(text).text}`);
      }
    }
    expect(leaks).to.deep.equal([]);
  });

  it('removes a listed given name alone after "called", and one beside a bed when it is no everyday word', () => {
    for (const given of ['siân', 'nerys', 'ieuan', 'gwenno', 'lowri']) {
      for (const text of [`pt called ${given} keeps pulling her cannula`, `bed 9: ${given} (dementia) climbing out of bed`, `bed 5 ${given} - needs a cannula`, `bed 5 ${given} needs a cannula`]) {
        expect(left(text, given), `${text} -> ${redact(text).text}`).to.deep.equal([]);
      }
    }
    for (const text of ['bed 3 bryn', 'bed 2 will need obs', 'a man called back later', 'the patient called for help overnight', 'her son called nhs direct', 'looked after patients with dementia today', 'cared for my mum for years']) {
      expect(redact(text).text, text).to.equal(text);
    }
  });

  it('removes a double-barrelled given name and its surname after a cue', () => {
    for (const given of ['kayleigh-ann', 'mary-jane', 'sian-elin']) for (const surname of ['jones', 'puw', 'llywelyn']) {
      const text = `hi i saw ${given} ${surname} today she's 32/40`;
      expect(left(text, given, surname), `${text} -> ${redact(text).text}`).to.deep.equal([]);
    }
  });

  it('removes Welsh given names that are dictionary words too, with a surname, capitalised anywhere', () => {
    const leaks: string[] = [];
    for (const [given, surname] of [['Nesta', 'Ffransis'], ['Gwynfor', 'Prys'], ['Elen', 'Wyn'], ['Heulwen', 'Llwyd'], ['Fflur', 'Huws'], ['Enid', 'Rhydderch']]) {
      for (const text of [`re: ${given} ${surname} - ?PMR, CRP 60`, `mae ei merch, ${given} ${surname}, wedi ffonio`, `her husband, ${given} ${surname}, rang the ward`, `${given.toLowerCase()} ${surname.toLowerCase()} 79yo fall`]) {
        if (left(text, given, surname).length > 0) leaks.push(`${text} -> ${redact(text).text}`);
      }
    }
    expect(leaks).to.deep.equal([]);
  });

  it('removes a surname in capitals before a given name, and the date of birth after it, with or without a comma and a full stop', () => {
    const leaks: string[] = [];
    for (const [surname, given] of [['LLYWELYN', 'Dafydd'], ['GWILYM', 'Sian'], ['POPESCU', 'Mihai'], ['PUGH', 'Margaret']]) {
      for (const text of [`${surname} ${given} 12/3/45 on clexane`, `Pt details: ${surname}, ${given}. 12/03/1944. SA15 2DT`, `${surname} ${given} - 3/7 post op`]) {
        const out = redact(text).text;
        if (left(text, surname, given).length > 0 || /12\/0?3\/(?:19)?4/.test(out)) leaks.push(`${text} -> ${out}`);
      }
    }
    expect(leaks).to.deep.equal([]);
    // A heading's word or an acronym in capitals is no surname (the given name after it may still go).
    for (const text of ['URGENT Sian needs the form', 'HANDOVER Gareth please see', 'NOTE Mary is away', 'MRSA Gareth', 'CAUTION Mary']) expect(redact(text).text, text).to.match(/^[A-Z]+ /);
  });
});

describe('redaction: dates of birth however labelled, and dates after "born" that are no one\'s (probe 6)', () => {
  const DATES = ['14/03/1947', '14/03/47', '14.3.1947', '3 Ebrill 1956', '3rd April 1956', '21 nov sixty three'];

  it('removes a date after "D0B", "bday", "b\'day", Welsh "ganed" and "a aned", in any case', () => {
    const leaks: string[] = [];
    for (const label of ['D0B', 'd0b', 'bday', "b'day", 'B-day', 'Bday:', 'ganed hi ar', 'Ganed', 'a aned ar', 'dob']) for (const date of DATES) {
      const text = `${label} ${date} (80) frail`;
      if (redact(text).text.includes(date)) leaks.push(`${text} -> ${redact(text).text}`);
    }
    expect(leaks).to.deep.equal([]);
  });

  it('removes a Welsh month mutated after "yng" or "yn", and a Welsh ordinal after the month', () => {
    for (const text of ['a aned yng Ngorffennaf 1956', 'ganed yn Nhachwedd 1961', 'Ganed Ionawr 3ydd 1950 yn Llanelli', 'a aned Mehefin 2il 1948']) {
      expect(redact(text).text, text).to.not.match(/19[4-6]\d/);
    }
  });

  it('keeps a cohort\'s dates after "born", a thing that was born, and a number before "maybe", in English and Welsh', () => {
    const kept = [
      'Children born on or after 1 January 2024 get the new schedule - do they still have the 12 month MenB?',
      'Shingrix: is it for people born between 2 September 1944 and 1 September 1945, or everyone over 70?',
      'is the MMRV for children born from 1 January 2025 onwards?',
      'Are babies born before 32 weeks since 1 April 2024 eligible for RSV immunisation?',
      'babies born after 1 July 2023 - which pneumococcal schedule?',
      'Oes rhaid i bobl a aned ar ôl 1 Medi 1945 aros tan 80 oed am y brechlyn eryr?',
      'Ydy plant a aned cyn 1 Ionawr 2024 yn cael y rhaglen newydd?',
      'The NHS was born in 1948 - how has the Welsh NHS changed since devolution in 1999?',
      'born 6 maybe 7 weeks early - when should the first hearing screen happen?',
      'born 3 septic screens ago',
      'children born in 2024 get the new MenB schedule',
      'people who were born in 1945 - are they eligible?',
      'Ydy plant a aned yn 2024 yn cael MenB?',
    ];
    expect(kept.filter((text) => redact(text).text !== text).map((text) => `${text} -> ${redact(text).text}`)).to.deep.equal([]);
    // A person born on a day is still removed.
    for (const text of ['she was born on 1 January 1944', 'born 12/3/45 in Merthyr', 'a aned hi ar 1 Medi 1945', 'twins born 3/4/2020 in bay 2', 'he was born in 1948']) expect(redact(text).text, text).to.include('[date of birth removed]');
  });
});

describe('redaction: phone numbers split oddly, without their 0, or with 44 and no plus (probe 6)', () => {
  const MOBILES = ['07700900135', '07700900532', '07912345678'];
  /** A mobile's digits split every way staff type them. */
  const splits = (digits: string) => [
    `${digits.slice(0, 5)}.${digits.slice(5, 8)}.${digits.slice(8)}`,
    [...digits].join(' '),
    `${digits[0]} ${digits.slice(1, 5)} ${digits.slice(5, 8)} ${digits.slice(8)}`,
    `${digits.slice(0, 5)}-${digits.slice(5)}`,
  ];
  const digitsLeft = (text: string, digits: string) => redact(text).text.replace(/\D/g, '').includes(digits.slice(1));

  it('removes a UK mobile split evenly by dots, spaces or single digits, with or without a label', () => {
    const leaks: string[] = [];
    for (const digits of MOBILES) for (const written of splits(digits)) {
      for (const text of [`daughters no. ${written}`, `her number is ${written}`, `${written} is the NOK`, `rhif ffôn y ferch: ${written}`]) if (digitsLeft(text, digits)) leaks.push(`${text} -> ${redact(text).text}`);
    }
    expect(leaks).to.deep.equal([]);
  });

  it('removes a mobile without its 0 after a label, and 44 with no plus after one', () => {
    const leaks: string[] = [];
    for (const digits of MOBILES) {
      const bare = digits.slice(1);
      for (const text of [`mob ${bare.slice(0, 4)} ${bare.slice(4)}`, `mobile: ${bare}`, `ffôn symudol ${bare.slice(0, 4)} ${bare.slice(4, 7)} ${bare.slice(7)}`, `whatsapp 44${bare}`, `tel 44 ${bare}`]) {
        if (digitsLeft(text, digits)) leaks.push(`${text} -> ${redact(text).text}`);
      }
    }
    expect(leaks).to.deep.equal([]);
  });

  it('keeps decimals, dates, counts and doses that share a mobile\'s digits', () => {
    const kept = ['doses of 0.7 0.9 1.2 mg', 'seen 07/10/2024 and 07.11.2024', 'count 0 1 2 3 4 5 6 7 8 9 10', 'give 0.5 ml then 7700 units', 'ratio 0.77 to 0.90', 'score 0 7 7 0 0 then 9', '447 patients and 7700 visits', 'the 0 7 7 7 7 7 7 7 7 7 7 run'];
    expect(kept.filter((text) => redact(text).text !== text).map((text) => `${text} -> ${redact(text).text}`)).to.deep.equal([]);
  });
});

describe('redaction: postcodes, hospital numbers and NHS numbers written unusually (probe 6)', () => {
  it('removes a postcode with a space inside its outward code, in either case, and keeps look-alikes that are no postcode', () => {
    for (const postcode of ['CF 14 4XW', 'SA 62 5BB', 'cf 23 9PG', 'B 12 2QQ', 'LL 57 2PW']) {
      for (const text of [`postcode is ${postcode}`, `cod post ${postcode}, diolch`]) expect(redact(text).text, text).to.include('[postcode removed]');
    }
    for (const text of ['NICE NG 12 2WW referral', 'grade 3 1st line', 'bay 2 3rd bed', 'PT 12 3AB', 'at 10 2mg']) expect(redact(text).text, text).to.equal(text);
  });

  it('removes a hospital number with a letter and a slash, and a number after "pt ref" or "pt no"', () => {
    for (const label of ['hosp no', 'hospital no:', 'MRN', 'case note no', 'rhif ysbyty']) for (const value of ['D/123456', 'm/765432', 'K/4012345']) {
      const text = `${label} ${value} for the clinic`;
      expect(redact(text).text, text).to.not.include(value.slice(2));
    }
    for (const text of ['pt ref 1234567 for the podiatry referral', 'pt no. W1234567 in bay 3', 'patient id 7654321 chased']) expect(redact(text).text, text).to.include('[hospital number removed]');
    for (const text of ['Guideline ref NG12 for the podiatry referral', 'pt ref: see page 12', 'patient no 3 of 12']) expect(redact(text).text, text).to.equal(text);
  });

  it('removes a valid NHS number typed with O for 0 after a patient cue, and a mistyped one after the patient even when a thing is named first', () => {
    for (const [written, cue] of [['6O83 922 593', 'pt'], ['6O8 392 2593', 'patient'], ['4O1 O89 8356', 'claf'], ['6083 922 593', 'Mrs Jones']]) {
      const text = `${cue} ${written} on ward 7 query sepsis`;
      expect(redact(text).text, text).to.include('[NHS number removed]');
    }
    for (const text of ['datix for pt 497 733 3348 fall in bay 2 - what goes in the SI form?', 'incident report for patient 497 733 3348', 'order for the pt 497 733 3348']) {
      expect(redact(text).text, text).to.include('[NHS number removed]');
    }
    // A thing's number with no patient after the thing stays; so does an O-typed number that fails its check.
    for (const text of ['datix 497 733 3348 closed', 'pt order ref 6O83 922 594 arrived', 'pt code lOOO OOO OOl']) expect(redact(text).text, text).to.equal(text);
  });

  it('removes an NHS number given in parts after its label, in English and Welsh', () => {
    for (const text of ['nhs no starts 411 383 and ends 7228 - screen froze', 'NHS number begins with 411383, ends in 7228', 'rhif GIG yn dechrau 411 383 ac yn gorffen gyda 7228']) {
      const out = redact(text).text;
      expect(out, text).to.not.match(/411|383|7228/);
    }
    expect(redact('the queue starts 411 and ends 7228').text).to.equal('the queue starts 411 and ends 7228');
  });
});

describe('redaction: addresses in lower case, after "lives" or "at", and Welsh streets with "\'r" (probe 6)', () => {
  const STREETS = ['heol y parc', 'heol y nant', "rhodfa'r orsaf", 'ffordd yr eglwys', 'stryd fawr'];

  it('removes a Welsh street in lower case after a house number, with or without "lives", "lives at no" or "lives @"', () => {
    const leaks: string[] = [];
    for (const street of STREETS) for (const number of ['12', '4', '16a']) {
      for (const text of [`she lives ${number} ${street} on her own`, `lives at no ${number} ${street}`, `lives @ ${number} ${street}`, `${number} ${street}`, `Mrs Pugh, 85, lives ${number} ${street}, SA3 4AB`, `mae hi'n byw yn ${number} ${street} gyda'i mab`]) {
        if (redact(text).text.toLowerCase().includes(street.split(' ').at(-1)!)) leaks.push(`${text} -> ${redact(text).text}`);
      }
    }
    expect(leaks).to.deep.equal([]);
  });

  it("removes a capitalised Welsh street whose kind takes \"'r\", an English street in lower case, a farm's name after \"yn byw yn\" and a Welsh house after \"at\"", () => {
    const cases: readonly [string, string][] = [
      ["3 Rhodfa'r Môr, Aberystwyth", 'Môr'],
      ["14 Heol'r Eglwys", 'Eglwys'],
      ['flat 4, 29 richmond road', 'richmond'],
      ['lives at 7 station road with her son', 'station'],
      ['12 heathfield avenue, Cardiff', 'heathfield'],
      ['yn byw yn Fferm Tŷ Newydd', 'Newydd'],
      ['mae o\'n byw yn Plas Bryn Gwyn', 'Gwyn'],
      ['DN to visit Mrs Bevan at 6 Maesyrhaf, Llanidloes', 'Maesyrhaf'],
      ['visit @ 3 Brynhyfryd tomorrow', 'Brynhyfryd'],
      ['home visit at 12 Pantycelyn', 'Pantycelyn'],
    ];
    expect(cases.filter(([text, part]) => redact(text).text.includes(part)).map(([text]) => `${text} -> ${redact(text).text}`)).to.deep.equal([]);
  });

  it('keeps distances, counts and everyday words after "lives" or a number', () => {
    const kept = [
      'she lives 2 hours away from the hospital',
      'lives 5 doors down from her daughter',
      'lives close to the hospital',
      'had 4 close contacts last week',
      'the 5 ring road junctions were shut',
      'at 2 Penicillin doses a day',
      'at 6 weeks old she was fine',
      'mae 2 heol i\'r ysbyty',
      'give 3 main doses',
    ];
    expect(kept.filter((text) => redact(text).text !== text).map((text) => `${text} -> ${redact(text).text}`)).to.deep.equal([]);
  });
});

describe('redaction: emails said with "at" and "dot", or with the provider\'s ending left off (probe 6)', () => {
  it('removes an address whose local part has a dot and digits, said in words, and one typed without its ending', () => {
    const leaks: string[] = [];
    for (const local of ['jones.m60', 'dai.jones', 'mair60', 'g.puw', 'rhys.ap.iorwerth']) for (const provider of ['yahoo', 'gmail', 'hotmail', 'outlook']) {
      for (const text of [`${local} at ${provider} dot co dot uk`, `she's ${local}@${provider} if you need it`, `email ${local} AT ${provider.toUpperCase()}`]) {
        if (redact(text).text.includes(local)) leaks.push(`${text} -> ${redact(text).text}`);
      }
    }
    expect(leaks).to.deep.equal([]);
  });

  it('keeps a meeting at a provider, a figure at one and a Teams mention', () => {
    for (const text of ['meet at outlook calendar 3pm', 'see fig.3 at yahoo finance', 'e.g at gmail they filter spam', 'ask @Gwen about it', 'B12 at 3 months', 'they use gmail at home']) expect(redact(text).text, text).to.equal(text);
  });
});

describe('redaction: theorists and public figures named in clinical education stay (probe 6)', () => {
  it('keeps them with or without a title, a possessive or a middle name, and removes a patient who shares one of their surnames', () => {
    const kept = [
      "Can you explain Patricia Benner's novice to expert model for my revalidation?",
      "what does Julian Tudor Hart's inverse care law mean for GP practices in the valleys?",
      'Elisabeth Kubler-Ross stages of grief - useful for bereaved relatives?',
      'Elizabeth Kübler-Ross and anticipatory grief',
      'What did Dame Cicely Saunders mean by total pain?',
      'Roper Logan Tierney model activities of living - how many are there?',
      "Jean Watson's caring theory vs Virginia Henderson's 14 components - essay help",
      'what did Michael Marmot say about proportionate universalism?',
      'What did Eluned Morgan announce about the 2 year waits?',
      "Mae Eluned Morgan wedi cyhoeddi'r cynllun",
      'Gibbs reflective cycle or Graham Gibbs 1988 - which to cite?',
      'Is Dorothea Orem self-care theory still used?',
    ];
    expect(kept.filter((text) => redact(text).text !== text).map((text) => `${text} -> ${redact(text).text}`)).to.deep.equal([]);
    for (const text of ['saw Gwenno Benner in clinic today', 'Mrs Patricia Jones, 81, recurrent UTIs', 'referred Eleri Marmot for BRCA testing', 'Mrs Jean Price needs a cannula']) {
      expect(redact(text).text, text).to.include('[name removed]');
    }
  });
});

describe('redaction: a lower-case given name a relative or "she\'s called" marks (probe 6)', () => {
  it('removes a listed given name before a relative\'s possessive or after "she\'s called", in any case', () => {
    for (const given of ['heledd', 'ffion', 'iolo', 'margaret']) {
      for (const text of [`spoke to ${given}'s mum about the results`, `${given}’s daughter rang`, `she's called ${given}`, `He is called ${given} and he's 4`]) {
        expect(left(text, given), `${text} -> ${redact(text).text}`).to.deep.equal([]);
      }
    }
    for (const text of ["the team's mum", "she's called back twice", "he is called the registrar", "the baby's mum is here"]) expect(redact(text).text, text).to.equal(text);
  });
});
