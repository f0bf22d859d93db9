import { expect } from 'chai';
import { createRetriever } from '../../bot/mentors/retrieval';
import { radicals, sameRoot, stem, subjectTerms } from '../../bot/mentors/terms';
import { ContentError, loadMentors } from '../../bot/mentors/load';
import type { Mentor, TermGroup } from '../../bot/mentors/types';
import { mentorsCopyWith } from '../helpers/mentors-copy';
import { realFaculty } from '../helpers/app';

/** A mentor with just what retrieval reads: explainers as [id, English question, Welsh question, answer]. */
function mentor(id: string, explainers: [string, string, string, string][], terms: TermGroup[] = []): Mentor {
  return {
    id,
    lessons: [],
    terms,
    explainers: explainers.map(([eid, en, cy, answer]) => ({ id: eid, topic: 'basics', question: { en, cy }, synonyms: [], answer: { en: answer, cy: answer }, sources: [], review: { status: 'draft' } })),
  } as unknown as Mentor;
}

/** Each question whose answer is none of its expected passages, as "question -> what it got". */
const missedOf = (answer: (q: string) => string | undefined, expected: readonly (readonly [readonly string[], readonly string[]])[]) =>
  expected.flatMap(([ids, asked]) => asked.filter((q) => !ids.includes(answer(q) ?? '')).map((q) => `${q} -> ${answer(q) ?? 'nothing'}`));

describe('retrieval: general mechanisms for questions nobody tuned on', () => {
  it('drops the English possessive, so "the AI\'s suggestion" reads "ai", not "ais"', () => {
    expect(subjectTerms("should I follow the AI's suggestion")).to.deep.equal(['follow', 'ai', 'suggestion']);
  });

  it('folds Welsh -au plurals, with the doubled n of "genynnau" (and "profion" to "prawf", a plural the Welsh dictionary pairs)', () => {
    expect([stem('genomau'), stem('genynnau'), stem('profion')]).to.deep.equal(['genom', 'genyn', 'prawf']);
  });

  it('takes the "s" off English plurals only: a word that merely ends in "s" keeps it, and a plural meets its singular', () => {
    const notPlurals = ['always', 'perhaps', 'various', 'this', 'was', 'bias', 'diagnosis', 'analysis', 'series', 'status', 'whereas', 'nowadays', 'virus', 'serious', 'previous', 'anonymous', 'metastasis', 'prognosis'];
    expect(notPlurals.filter((word) => stem(word) !== word)).to.deep.equal([]);
    const plurals: [string, string][] = [
      ['patients', 'patient'], ['tests', 'test'], ['variants', 'variant'], ['carriers', 'carrier'], ['biases', 'bias'], ['analyses', 'analysis'],
      ['diagnoses', 'diagnosis'], ['families', 'family'], ['prognoses', 'prognosis'], ['crises', 'crisis'], ['genomes', 'genome'], ['boxes', 'box'],
      ['classes', 'class'], ['approaches', 'approach'], ['syndromes', 'syndrome'], ['hallucinations', 'hallucination'], ['chromosomes', 'chromosome'],
      // jargon neither the English model nor the spoken word list knows is still a plural
      ['brcas', 'brca'], ['pathogenics', 'pathogenic'],
    ];
    expect(plurals.filter(([plural, singular]) => stem(plural) !== singular || stem(singular) !== singular)).to.deep.equal([]);
    // A field and its adjective stay one subject, as they were: "genetics" finds "genetic".
    expect([stem('genetics'), stem('genomics')]).to.deep.equal(['genetic', 'genomic']);
    expect(subjectTerms('is the AI always biased, or perhaps just various biases?')).to.deep.equal(['ai', 'always', 'biased', 'perhaps', 'various', 'bias']);
  });

  it('treats the Welsh for "mean", "explain", "know" and "need" as the English stop words are treated', () => {
    expect(subjectTerms('Beth mae bod yn gludydd yn ei olygu?')).to.deep.equal(['gludydd']);
    expect(subjectTerms('Sut mae esbonio canlyniad i’r teulu? Oes angen gwybod?')).to.deep.equal(['canlyniad', 'teulu']);
  });

  it('matches English words that share a root and differ by an ending, and not words that only look alike', () => {
    expect(sameRoot('communicate', 'communicating')).to.equal(true);
    expect(sameRoot('diagnose', 'diagnosis')).to.equal(true);
    expect(sameRoot('general', 'generate')).to.equal(false);
    expect(sameRoot('test', 'tests')).to.equal(false);
  });

  it('finds a Welsh word either way round a mutation: mutated in the question, or mutated in the content', () => {
    const retriever = createRetriever([
      mentor('m', [
        ['cancer', 'What is a family history of cancer?', 'Beth yw hanes teuluol o ganser?', 'About cancer.'],
        ['test', 'What is a test?', 'Beth yw prawf?', 'About tests.'],
      ]),
    ]);
    // "chanser" (after "a") finds "ganser" in the content through the radical "canser"; "phrawf" finds "prawf".
    expect(retriever.search('a chanser')[0]?.id).to.equal('cancer');
    expect(retriever.search('ei phrawf hi')[0]?.id).to.equal('test');
  });

  it('uses a mentor\'s terms table for staff words the content does not use, and only for that mentor\'s passages', () => {
    const accountable = mentor('a', [['accountability', 'Who is accountable?', 'Pwy sy’n atebol?', 'You stay accountable.']], [{ means: ['accountable'], words: ['liable', 'cyfrifol'] }]);
    const other = mentor('b', [['liability-insurance', 'What is indemnity?', 'Beth yw indemniad?', 'Indemnity covers liable staff.']]);
    const retriever = createRetriever([accountable, other]);
    expect(retriever.search('am I liable')[0]?.id).to.equal('accountability');
    // A mutated staff word is looked up as its radical ("gyfrifol" as "cyfrifol").
    expect(retriever.search('pwy sy’n gyfrifol')[0]?.id).to.equal('accountability');
    // Without the table the same question finds the other mentor's passage that says "liable", or nothing.
    expect(createRetriever([mentor('a', [['accountability', 'Who is accountable?', 'Pwy sy’n atebol?', 'You stay accountable.']]), other]).search('am I liable')[0]?.id).to.not.equal('accountability');
  });

  it('reads the pills and tabledi staff speak of as the drugs Gwen\'s content names, and a work tablet as no drug', () => {
    const faculty = realFaculty();
    const answer = (q: string) => faculty.choose(q).passages[0]?.id;
    expect(answer('can genes change how pills work')).to.equal('gwen-x-pharmacogenomics');
    expect(answer("Ife gwir bod genynnau rhywun yn gallu newid shwt ma tabledi'n gweithio iddyn nhw?")).to.equal('gwen-x-pharmacogenomics');
    expect(answer('can I use chatgpt on my work tablet')).to.not.be.oneOf(['gwen-x-pharmacogenomics', 'gwen-pharmacogenomics']);
    // A drug for one patient is still no question for a mentor.
    expect(answer("my patient's pills - should I stop them")).to.equal(undefined);
  });

  it('reads an alert that never came ("nothing had triggered", "fflagio dim byd") as automation bias, and a pump or phone as no AI', () => {
    const faculty = realFaculty();
    const answer = (q: string) => faculty.choose(q).passages[0]?.id;
    for (const asked of ["Os nad ydi'r system yn fflagio dim byd, ma'r claf yn iawn, ia?", 'the sepsis tool didnt trigger so she must be fine, right?', 'nothing triggered on the early warning system, are we in the clear?']) {
      expect(answer(asked), asked).to.be.oneOf(['automation-bias', 'hali-automation-bias', 'hali-x-human-in-the-loop']);
    }
    // The bare "my phone doesnt flag spam" was a known miss from stop 56 to 57 (answered with automation bias by a hair, "spam"
    // read as the everyday "scam"); with the threshold the decision model learned from dev18 (0.551) it is turned down again.
    for (const asked of ['the pump didnt trigger an alarm, should I report it', 'my phone doesnt flag spam', 'my phone doesnt flag spam calls', 'my email doesnt flag spam', 'the printer doesnt flag low toner']) expect(answer(asked), asked).to.equal(undefined);
  });

  // dev18's writers named the scribe as the thing that listens ("one of those listening note-taker things", "the listening
  // software", "y sgribydd AI") and an inheritance pattern by its name ("a father with an X-linked condition"): each got
  // nothing, or another topic.
  it('reads a listening tool or note-taker as an AI scribe, and X-linked as inheritance, in both languages (generated)', () => {
    const faculty = realFaculty();
    const answer = (q: string) => faculty.choose(q).passages[0]?.id;
    const SCRIBES = ['ai-scribes-in-wales', 'hali-ai-scribes', 'hali-x-being-open-with-patients', 'hali-x-checking-ai-output', 'hali-checking-ai-output'];
    const tools = ['listening software', 'listening tool', 'listening app', 'note taker', 'note-taker'];
    const asks = [(t: string) => `do we have to tell patients when the ${t} is on?`, (t: string) => `is the ${t} safe to use in clinic?`, (t: string) => `what is the guidance on the ${t} in Wales?`, (t: string) => `the surgery has a new ${t} - what do I need to know?`];
    const scribes = [...tools.flatMap((t) => asks.map((a) => a(t))), 'Oes rhaid i mi ddarllen y llythyr mae’r sgribydd AI yn ei sgwennu?', 'Beth ydi’r canllawiau ar sgribyddion AI yng Nghymru?'];
    const missed = scribes.filter((q) => !SCRIBES.includes(answer(q) ?? ''));
    expect(missed.length, missed.join('\n')).to.be.at.most(Math.floor(scribes.length * 0.1));
    const INHERITANCE = ['gwen-inheritance-patterns', 'gwen-autosomal-dominant'];
    const linked = ['Is it true that a father with an X-linked condition passes it to his sons?', 'what does x linked mean', 'what is X-linked inheritance?', 'can a dad pass on an x-linked condition to his daughters?', 'why are boys more often affected by x linked conditions?', 'sex linked inheritance explained', 'Beth yw etifeddiad cysylltiedig ag X?', "ydi tad efo cyflwr cysylltiedig ag X yn ei basio i'w feibion?"];
    const wrong = linked.filter((q) => !INHERITANCE.includes(answer(q) ?? ''));
    expect(wrong.length, wrong.join('\n')).to.be.at.most(1);
    // And what is shown says it: the lesson's paragraph on X-linked inheritance, not only its opening (a term found through a
    // terms table is looked for as asked too when the paragraph is chosen).
    for (const q of ['Is it true that a father with an X-linked condition passes it to his sons?', 'can a dad pass on an x-linked condition to his daughters?']) {
      expect(faculty.choose(q).passages[0]?.answer.en, q).to.match(/X-linked: the gene is on the X chromosome/);
    }
  });

  // dev19's writers asked about rights "when decisions are made automatically" and a risk score "with no reason for it", in
  // both languages: declined, since the content says it in other words (a significant decision taken solely by automated means).
  it('reads decisions made automatically, and an output given without a reason, as explainability (generated)', () => {
    const faculty = realFaculty();
    const answer = (q: string) => faculty.choose(q).passages[0]?.id;
    const EXPLAINABILITY = ['hali-x-explainability', 'hali-explainability'];
    const subjects = ['a risk score', 'a triage category', 'a sepsis alert', 'a frailty score'];
    const asks = [
      (x: string) => `if an AI tool gives ${x} but no reason for it, how far should I rely on it?`,
      (x: string) => `the AI gave ${x} without any reason - should I trust it?`,
      (x: string) => `I cant explain why the AI gave ${x}. Should I still use it?`,
    ];
    const asked = [
      ...subjects.flatMap((x) => asks.map((a) => a(x))),
      'what rights do patients have when decisions are made automatically?', 'can a significant decision about a patient be left entirely to an algorithm?',
      'is automated decision making about patients allowed?', 'Pa hawliau sydd gan gleifion pan fo penderfyniadau awtomataidd yn cael eu gwneud amdanyn nhw?',
      'Os na alla i esbonio pam bod yr AI wedi rhoi sgôr risg, ddylen i ddibynnu arno fe?',
    ];
    const missed = asked.filter((q) => !EXPLAINABILITY.includes(answer(q) ?? ''));
    expect(missed.length, missed.join('\n')).to.be.at.most(Math.floor(asked.length * 0.15));
  });

  // dev19's writers asked whether "the buck stops with me" if the AI drops the ball (the spelling pass read "buck", which the
  // spoken word list has only as a name, as a typo of "back"), whether Copilot is "pulling the wool over my eyes", whether we
  // let the computer "do our thinking for us", about a "relative ringing for a result", a variant lost "down the family
  // grapevine" and a "DPYD turnaround time": each got nothing, or another topic.
  it('reads the idioms and everyday words dev19 was written in as what they mean, in both languages (generated)', () => {
    const faculty = realFaculty();
    const answer = (q: string) => faculty.choose(q).passages[0]?.id;
    const expected: [string[], string[]][] = [
      [
        ['accountability', 'hali-x-human-in-the-loop', 'hali-safe-use-policy', 'hali-x-safe-use-policy', 'hali-checking-ai-output', 'hali-x-checking-ai-output'],
        ['if the AI gets a dose wrong, does the buck stop with me?', 'where does the buck stop when an AI scribe makes a mistake?', 'the buck stops with the clinician, not the AI tool - is that right?', 'if Copilot drops the ball in a discharge letter, does the buck stop with me?'],
      ],
      [
        ['hallucination', 'hali-llms-and-hallucination', 'hali-x-checking-ai-output', 'hali-checking-ai-output'],
        ['how can I tell if ChatGPT is pulling the wool over my eyes?', 'is the chatbot pulling a fast one when it quotes a guideline?', 'could Copilot pull the wool over our eyes with a made-up reference?'],
      ],
      [
        ['automation-bias', 'hali-automation-bias', 'hali-x-human-in-the-loop'],
        ['should we worry about letting the AI do our thinking for us?', 'is there a risk the computer ends up doing our thinking for us on the ward?', 'oes peryg bod y cyfrifiadur yn meddwl drostom ni?'],
      ],
      [
        ['gwen-x-genomics-admin-records', 'gwen-genomics-admin-records'],
        ['a daughter is ringing for her mum’s genetic result, what do I do?', 'a relative rang about a BRCA result, can I tell them?', 'brother phoning about his sister’s genetic test result??', 'mae perthynas yn ffonio am ganlyniad prawf genetig, be dwi’n ei wneud?'],
      ],
      [
        ['gwen-dpyd-testing', 'gwen-wings', 'gwen-rare-disease-rapid-sequencing'],
        ['DPYD turnaround?', 'whats the turnaround time on a DPYD test', 'WINGS turnaround time?', 'what is the turnaround for a WINGS result'],
      ],
    ];
    const missed = missedOf(answer, expected);
    expect(missed.length, missed.join('\n')).to.be.at.most(2);
    // Said of nothing the content covers, the same everyday words still name nothing.
    for (const q of ['the phone has been ringing all day on the ward', 'who do I ring about my annual leave?', 'what is the turnaround time for the pharmacy to send up TTOs?']) expect(answer(q), q).to.equal(undefined);
  });

  // dev20's writers asked "whose head is on the block?" if they paste in what the AI spits out, whether we "stop checking" a tool
  // that seems reliable, whether chatbots "know what they're on about", about "the genes and tablets thing", a relative who
  // "phones the clinic" for a result, and whether genomics is "just a buzzword" on "the shop floor": each got nothing, or another
  // topic.
  it('reads the idioms and everyday words dev20 was written in as what they mean, in both languages (generated)', () => {
    const faculty = realFaculty();
    const answer = (q: string) => faculty.choose(q).passages[0]?.id;
    const subjects = ['Copilot', 'ChatGPT', 'the AI scribe', 'the chatbot'];
    const expected: [string[], string[]][] = [
      [
        ['accountability', 'hali-x-human-in-the-loop', 'hali-safe-use-policy', 'hali-x-safe-use-policy', 'hali-checking-ai-output', 'hali-x-checking-ai-output'],
        subjects.flatMap((s) => [`if ${s} gets it wrong, whose head is on the block?`, `is my head on the line if I use what ${s} wrote?`]),
      ],
      [
        ['automation-bias', 'hali-automation-bias', 'hali-x-human-in-the-loop'],
        subjects.flatMap((s) => [`the more reliable ${s} seems, the more we stop checking it?`, `do people stop checking ${s} once they trust it?`]),
      ],
      [
        ['what-is-an-llm', 'hali-llms-and-hallucination', 'hallucination'],
        ['does ChatGPT actually know what it’s on about?', 'do these chatbots know what they’re talking about?', 'chatbots talk the hind legs off a donkey but do they know what theyre on about'],
      ],
      [
        ['gwen-x-pharmacogenomics', 'gwen-pharmacogenomics'],
        ['the genes and tablets thing, how does it work?', 'genes and medicines - what is that about', 'what is the link between DNA and drugs?', 'beth yw’r cysylltiad rhwng genynnau a meddyginiaethau?'],
      ],
      [
        ['gwen-x-genomics-admin-records', 'gwen-genomics-admin-records'],
        ['can I confirm a genetic result if a relative phones the clinic?', 'a sister rang the clinic for her brother’s genetic result, can I give it?', 'mae perthynas wedi ffonio’r clinig am ganlyniad genetig, ga i ddweud?'],
      ],
      [
        ['gwen-genomic-medicine', 'gwen-dna-genes-variants', 'gwen-genome-gene-variant'],
        ['is genomics just a buzzword?', 'is genomic medicine making any difference on the shop floor?', 'genomics - buzzword or real?'],
      ],
      [
        ['gwen-family-history', 'gwen-three-generation-family-history'],
        ['ydy hanes teulu’n werth ei halen?', 'ydi hanes teulu tair cenhedlaeth werth ei halen go iawn?', 'is taking a three generation family history worth its salt?'],
      ],
      [
        ['gwen-rare-disease-rapid-sequencing', 'gwen-genomic-test-directory'],
        ['if the rapid genome test draws a blank, is that the end of the road for a genetic cause?', 'the gene panel came back normal, is it definatly not genetic?', 'panel came back normal so it cant be genetic right?'],
      ],
    ];
    // Each expression is read as the content's word for it (or, an everyday idiom, as no word at all).
    const read = (q: string) => faculty.retriever.explain(q).terms;
    // (An expression is one term, of its words as the index reads them, found as the content's words, stemmed.)
    const readAs = (q: string, meaning: string) => read(q).some((t) => t.term.includes(' ') && t.found.map(String).includes(meaning));
    expect(readAs('if Copilot gets it wrong, whose head is on the block?', 'accountable')).to.equal(true);
    expect(readAs('do people stop checking the AI once they trust it?', 'automation')).to.equal(true);
    expect(readAs('does ChatGPT know what it’s on about?', 'understand')).to.equal(true);
    expect(readAs('the genes and tablets thing?', 'pharmacogenomic')).to.equal(true);
    expect(readAs('a relative phoned the clinic for a result', 'phoned')).to.equal(true);
    for (const q of ['is genomics just a buzzword on the shop floor?', 'ydy hanes teulu’n werth ei halen?']) {
      const terms = read(q).map((t) => t.term);
      for (const word of ['buzzword', 'shop', 'floor', 'halen']) expect(terms, `${q}: ${word}`).to.not.include(word);
    }
    // Answered: most, not all. Some are turned down by the decision however the words are read ("the more reliable the AI
    // scribe seems, the more we stop checking it?" at 0.46 on stop 59's model), and "panel came back normal so it cant be
    // genetic" loses its first clause as chat ("panel" names no passage's title).
    const missed = missedOf(answer, expected);
    expect(missed.length, missed.join('\n')).to.be.at.most(5);
    // Said of nothing the content covers, the same everyday words still name nothing.
    for (const q of ['whose head is on the block for the rota mix-up?', 'the phone has been ringing all day, can you phone the clinic for me?', 'which tablets are on offer in the canteen?']) expect(answer(q), q).to.equal(undefined);
  });

  // dev21 (waiting in evaluation-pending, first scored before these): "Odw i jyst 'na i roi stamp rwber ar beth bynnag ma'r AI'n
  // gweud?" and "os di o ddim yn y plisi ai dwi jyst yn cario mlan…" got nothing.
  it('reads a Welsh rubber stamp, "plisi", and a tool whose reasons nobody can give as what they mean; "dio" and "mlaen" as no subject', () => {
    const faculty = realFaculty();
    const answer = (q: string) => faculty.choose(q).passages[0]?.id;
    expect(answer('odw i jyst yn rhoi stamp rwber ar beth bynnag ma’r AI’n ddeud?')).to.be.oneOf(['automation-bias', 'hali-automation-bias', 'hali-x-human-in-the-loop']);
    // Since an expression's forms count once (stop 61), rubber-stamping the scribe's notes asks of the scribe, and is answered by the
    // scribes lesson, which says to check every draft (leading-aspect.ts, "checking what AI wrote").
    expect(answer('ydi o’n iawn i fi roi stamp rwber ar nodiadau’r sgribydd?')).to.be.oneOf(['automation-bias', 'hali-automation-bias', 'hali-x-human-in-the-loop', 'hali-ai-scribes']);
    expect(answer('the sepsis tool flags patients and nobody can say why')).to.be.oneOf(['hali-x-explainability', 'hali-explainability']);
    expect(answer('can you tell me why AI hallucinates')).to.be.oneOf(['hallucination', 'hali-llms-and-hallucination', 'hali-x-checking-ai-output', 'hali-checking-ai-output']);
    const read = (q: string) => faculty.retriever.explain(q).terms;
    expect(read('be mae’r plisi AI yn ddeud?').find((t) => t.term === 'plisi')?.found.map(String)).to.include('policy');
    const terms = read('os dio ddim yn y polisi, ydw i’n cario mlaen?').map((t) => t.term);
    for (const word of ['dio', 'mlaen']) expect(terms, word).to.not.include(word);
  });

  // dev21's writers asked how to "cast the net wider" to a carrier's relatives (answered with the VUS explainer), and about an
  // AI course for their DPP (Welsh for CPD) "rywle arall yng Nghymru" (somewhere else in Wales): turned down.
  it('reads casting the net wider as cascade testing, DPP as CPD, and "rhywle" and "sorto" as no subject (generated)', () => {
    const faculty = realFaculty();
    const answer = (q: string) => faculty.choose(q).passages[0]?.id;
    const people = ['their relatives', 'the family', 'brothers and sisters', 'the wider family'];
    const expected: [string[], string[]][] = [
      [
        ['gwen-cascade-testing', 'gwen-communicating-results', 'gwen-familial-hypercholesterolaemia'],
        people.flatMap((p) => [`once someone is found to carry a faulty gene, how do we cast the net wider to ${p}?`, `how do you cast a wider net to ${p} after a pathogenic variant is found?`]),
      ],
      [
        ['hali-x-learning-about-ai-in-wales'],
        ['oes cwrs AI ar gyfer fy DPP?', 'is there an AI course that counts for DPP in Wales?', 'lle ga i hyfforddiant AI ar gyfer DPP yng Nghymru, neu rywle arall?', 'trio sorto fy DPP, oes modiwl AI yng Nghymru?'],
      ],
    ];
    const missed = missedOf(answer, expected);
    expect(missed.length, missed.join('\n')).to.be.at.most(1);
    const terms = faculty.retriever.explain('dwi isio sorto rhywbeth rywle arall').terms.map((t) => t.term);
    for (const word of ['sorto', 'rywle']) expect(terms, word).to.not.include(word);
    // Said of nothing the content covers, the net is still a net.
    for (const q of ['who do I ask about the netball team?', 'can we cast the net wider for the ward rota?']) expect(answer(q), q).to.equal(undefined);
  });

  // dev22's writers asked whether an AI tool is "a jack of all trades", whether Copilot "sounds that sure of itself" because it is
  // right, whether to "ask forgiveness than permission", why it "works better for some patients than others" and how to word
  // what they ask: each was turned down. Each idiom is now the content's word for it.
  it('reads the idioms dev22 was written in as what they mean, in both languages (generated)', () => {
    const faculty = realFaculty();
    const answer = (q: string) => faculty.choose(q).passages[0]?.id;
    const tools = ['an AI tool', 'the sepsis AI', 'an AI app', 'the new scan AI'];
    const bots = ['Copilot', 'ChatGPT', 'the chatbot', 'Gemini'];
    const expected: [string[], string[]][] = [
      [
        ['what-is-ai', 'hali-what-is-ai', 'hali-x-evaluating-an-ai-tool', 'hali-evaluating-an-ai-tool'],
        tools.flatMap((t) => [`is ${t} a jack of all trades, or only any good at the one job it was built for?`, `is ${t} a one trick pony?`]),
      ],
      [
        ['hallucination', 'hali-llms-and-hallucination', 'what-is-an-llm', 'hali-x-checking-ai-output', 'hali-checking-ai-output'],
        bots.flatMap((b) => [`${b} sounds so sure of itself, does that mean it's right?`, `${b} talks like it swallowed a dictionary, can I trust it?`]),
      ],
      [
        ['hali-x-bias-in-ai', 'hali-bias-and-fairness', 'what-is-ai', 'hali-what-is-ai'],
        tools.flatMap((t) => [`why would ${t} work better for some patients than others?`, `does ${t} do worse for some groups than others?`]),
      ],
      [
        ['hali-x-writing-prompts', 'hali-writing-prompts'],
        bots.flatMap((b) => [`how should I word what I ask ${b} so I get a usable leaflet?`, `${b} was useless first time, do I keep going back at it?`]),
      ],
      [
        ['hali-x-safe-use-policy', 'hali-safe-use-policy'],
        bots.map((b) => `with ${b} at work is it better to ask forgiveness than permission?`),
      ],
    ];
    // Every one is read as what it means.
    const meanings: [RegExp, string][] = [[/jack of all|one trick/, 'narrow'], [/sure of itself|swallowed/, 'confident'], [/better for some|worse for some/, 'bias'], [/word what|going back/, 'prompt'], [/forgiveness/, 'policy']];
    const unread = expected.flatMap(([, asked]) => asked).filter((q) => {
      const meaning = meanings.find(([pattern]) => pattern.test(q))![1];
      return !faculty.retriever.explain(q).terms.some((t) => t.term.includes(' ') && t.found.map(String).includes(meaning));
    });
    expect(unread).to.deep.equal([]);
    // Answered: most, not all. "<bot> talks like it swallowed a dictionary, can I trust it?" (0.55) and "<bot> was useless first
    // time, do I keep going back at it?" (0.56) are read as meant and still turned down at this stop's threshold (0.575).
    const missed = missedOf(answer, expected);
    expect(missed.length, missed.join('\n')).to.be.at.most(10);
    // A Welsh speaker's "tŵl" is a tool.
    expect(faculty.retriever.explain('ydi’r tŵl AI yn deall meddygaeth?').terms.find((t) => t.term === 'twl')?.found.map(String)).to.include('tool');
    // Said of nothing the content covers, the same idioms still name nothing.
    for (const q of ['who is the jack of all trades on the rota?', 'the new manager is so sure of herself', 'is it better to ask forgiveness than permission when changing the rota?']) {
      expect(answer(q), q).to.equal(undefined);
    }
  });

  // "Copilot was useless first time, do I keep going back at it?" was turned down: "useless", in no passage, weighed as a
  // subject HALI lacks.
  it('weighs a judgement of how good something was as nothing asked, in English and Welsh (generated)', () => {
    const faculty = realFaculty();
    const judgements = { en: ['useless', 'hopeless', 'pointless', 'rubbish', 'brilliant', 'amazing', 'terrible', 'awful', 'dreadful'], cy: ['rwtsh', 'anobeithiol', 'diwerth', 'ofnadwy', 'gwych'] };
    const asked = [
      ...judgements.en.flatMap((j) => [`Copilot was ${j} first time, how do I word what I ask it?`, `the AI scribe is ${j}, do I still check its notes?`]),
      ...judgements.cy.flatMap((j) => [`mae Copilot yn ${j}, sut dw i'n geirio fy nghais?`, `ma'r sgribydd AI yn ${j}, oes rhaid i fi wirio'r nodiadau?`]),
    ];
    const weighed = asked.filter((q) => faculty.retriever.explain(q).terms.some((t) => [...judgements.en, ...judgements.cy].includes(t.term) && t.w > 0));
    expect(weighed).to.deep.equal([]);
    const answered = asked.filter((q) => faculty.choose(q).passages.length > 0);
    expect(answered.length / asked.length).to.be.at.least(0.8);
  });

  // dev22's "asked whether her HCPC standards still apply if she uses AI to help write her notes" was read as "write the note",
  // "write my note" and "write note" (all of them by their subject words), the AI scribe three times over.
  it('counts expressions of one meaning once, however many of its forms a question says (generated from the terms tables)', () => {
    const faculty = realFaculty() as unknown as { mentors: readonly Mentor[]; retriever: { explain(q: string): { terms: { term: string; found: string[] }[] } } };
    const pairs = faculty.mentors.flatMap((m) => (m.terms ?? []).filter((g) => (g.phrases ?? []).length >= 2).map((g) => [g.phrases![0], g.phrases![g.phrases!.length - 1]]));
    expect(pairs.length).to.be.above(40);
    const twice = pairs.flatMap(([a, b]) => {
      const meanings = faculty.retriever.explain(`${a}, or ${b}?`).terms.filter((t) => t.term.includes(' ') && t.found.length > 0).map((t) => [...new Set(t.found.map(String))].sort().join('+'));
      return meanings.length === new Set(meanings).size ? [] : [`${a} / ${b}: ${meanings.join(', ')}`];
    });
    expect(twice).to.deep.equal([]);
    const read = faculty.retriever.explain('a physio student asked if her HCPC standards still apply when AI helps write her notes').terms;
    expect(read.filter((t) => t.found.map(String).includes('scribe'))).to.have.length(1);
  });

  it('reads a comparative or superlative as its adjective ("safest" is "safe"), and the word as written when the content has it', () => {
    const faculty = realFaculty();
    const explain = (q: string) => faculty.retriever.explain(q).terms.find((t) => t.term.startsWith('saf'))?.found;
    expect(explain('which AI tool is safest to use?')).to.include('safe');
    expect(explain('is it safer to use Copilot than ChatGPT?')).to.include('safe');
    expect(faculty.choose('which AI tool is safest to use?').passages[0]?.id).to.be.oneOf(['hali-x-evaluating-an-ai-tool', 'hali-evaluating-an-ai-tool', 'hali-x-safe-use-policy', 'hali-safe-use-policy']);
  });

  it('prefers the mentor whose content uses every word asked: a word only another mentor uses counts against a passage', () => {
    const faculty = realFaculty();
    // "relatives" is Gwen's word; HALI's prompt-writing passage matched "ask" and answered a genomics question.
    // (Three Gwen passages now tie on it, so the mentor abstains rather than guess between them: still never HALI.)
    expect(faculty.retriever.search('what should I ask about relatives')[0]?.mentorId).to.not.equal('hali');
    // "genetic" is Gwen's word: not HALI's AI-scribes passage because it says "notes".
    expect(faculty.retriever.search('how should genetic results be recorded in the notes')[0]?.mentorId).to.not.equal('hali');
  });

  it('does not read a short vowel-initial word as a mutation that dropped a g ("ai" is not "gai")', () => {
    expect(radicals('ai')).to.deep.equal([]);
    expect(radicals('eneteg')).to.include('geneteg');
  });

  it('loads terms.json, and refuses a phrase or a word listed in two groups with a clear fix', () => {
    const hali = loadMentors(mentorsCopyWith('hali/terms.json', (json) => json)).find((m) => m.id === 'hali')!;
    expect(hali.terms!.length).to.be.greaterThan(5);
    const phrase = mentorsCopyWith('hali/terms.json', (json) => json.push({ means: ['tool'], words: ['made up'] }));
    expect(() => loadMentors(phrase)).to.throw(ContentError, /"made up" must be a single word \(no spaces\): put a phrase in "phrases"/);
    const twice = mentorsCopyWith('hali/terms.json', (json) => json.push({ means: ['tool'], words: ['liable'] }));
    expect(() => loadMentors(twice)).to.throw(ContentError, /"liable" is already in group/);
    const empty = mentorsCopyWith('hali/terms.json', (json) => json.push({ means: [], words: ['widget'] }));
    expect(() => loadMentors(empty)).to.throw(ContentError, /means.*at least one word/s);
  });
});
