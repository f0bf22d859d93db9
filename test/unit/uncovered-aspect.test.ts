import { expect } from 'chai';
import { realFaculty } from '../helpers/app';
import { aspectQuestions } from '../helpers/aspect-questions';
import { evaluationSet, MENTOR_IDS } from '../helpers/evaluation';
import { uncoveredAspect } from '../../bot/mentors/uncovered-aspect';
import { createFaculty } from '../../bot/mentors/faculty';

/**
 * A question that names a subject the content is about and asks what it never says of it ("who invented AI", "will AI
 * take my job", "what's the survival rate for BRCA breast cancer") gets "I don't have that yet" with the subject's
 * passages offered, not the passage about the subject. Before bot/mentors/uncovered-aspect.ts the near-miss sets
 * (test/fixtures/evaluation/nearmiss-<mentor>.json) had 8 of 30 and 9 of 27 answered with content, now 1 and 1; the
 * generated near misses (test/helpers/aspect-questions.ts) 269 of 440, now 34.
 */
describe('a question asking what the content never says of its subject abstains', function () {
  // Hundreds of generated questions read through the whole retriever: seconds on a busy machine.
  this.timeout(60_000);
  const faculty = realFaculty();
  const answer = (text: string) => faculty.choose(text).passages[0]?.id;
  // All a passage says, as the retriever checks aspects against it.
  const textOf = (id: string) => faculty.retriever.passageText(id)!;

  it('abstains on near misses staff ask, in English and Welsh, and offers the subject instead', () => {
    const nearMisses = [
      'will AI take my job as a HCA?', 'is AI going to replace nurses jobs', 'how do I become a genetic counsellor?', 'what is the salary of a clinical scientist in genomics',
      'which AI company should I invest in', 'should I buy shares in Nvidia because of ChatGPT', 'how much does an AI scribe cost per clinician?', 'how much does whole genome sequencing cost?',
      'who invented ChatGPT?', 'who invented artificial intelligence', 'what is the history of machine learning?', 'who discovered DNA?',
      'what GPU do I need to run a large language model at home', 'how much RAM does an LLM need',
      'what is the dose of clopidogrel after a stent?', 'what is the survival rate for BRCA breast cancer', 'life expectancy with Lynch syndrome?',
      'best diet for familial hypercholesterolaemia', 'how is Lynch syndrome bowel cancer treated', 'is there a cure for sickle cell disease',
      'how do I install Copilot on my laptop?', 'how do I log in to ChatGPT with my NHS account', 'forgot my password for the AI scribe', 'how do I get a licence for Copilot?', 'who do I ask about a licence key for the AI scribe',
      'a fydd AI yn cymryd fy swydd?', 'sut ydw i’n gosod Copilot?', 'pwy ddyfeisiodd ChatGPT?', 'faint mae dilyniannu genom cyfan yn ei gostio?', 'beth yw dos clopidogrel ar ôl stent?',
      'beth yw’r gyfradd goroesi ar gyfer canser y fron BRCA?', 'pa ddeiet sydd orau ar gyfer hypercolesterolaemia teuluol?', 'a ddylwn i fuddsoddi mewn cwmnïau AI?',
      'how many babies are diagnosed with cystic fibrosis through the heel prick each year?', 'what percentage of NHS staff use ChatGPT?', 'how many people have Lynch syndrome in Wales?',
      'what time does the information governance office open? need to ask about an AI app', 'opening hours for the clinical genetics service?', 'phone number for the all wales genomics service',
      'email address for the IG team about a DPIA', "faint o'r gloch mae'r labordy geneteg yn cau?", 'beth yw rhif ffôn y gwasanaeth geneteg?',
      "Faint o staff GIG Cymru sydd wedi cwblhau'r modiwl AI hyd yma?", "Faint o fabanod sy'n cael diagnosis ffibrosis systig drwy'r prawf pigo sawdl bob blwyddyn?",
      // How long a course takes and whether it earns a certificate; figures asked as staff say them in Welsh.
      'how long does the Foundations in AI module take to do?', 'do you get a certificate for the AI module on Y Tŷ Dysgu?', 'how many CPD hours is the Foundations in AI module worth?',
      "Faint o amser ma'r modiwl AI ar Y Tŷ Dysgu yn gymryd?", "Oes 'na dystysgrif ar ôl gwneud y modiwl AI?", "faint o fabis sy'n cael canlyniad positif o'r prawf sawdl bob blwyddyn?",
      'isio ffigyrau am syndrom Lynch yng Nghymru ar gyfer cyflwyniad',
      // From the dev12 sets: a cost per family, who "actually" invented it and when it "first came out", how long cards are kept.
      'Need a ballpark cost per family for a WINGS trio genome for a business case', "what's the cost per test for DPYD?", 'Who actually invented ChatGPT and when did it first come out?',
      'How long does the newborn screening lab hang on to the blood spot cards after testing?', 'how long are AI scribe recordings kept?', "Am faint mae'r labordy'n cadw'r cardiau smotyn gwaed?",
      // From the dev13 sets: who a condition is named after, and how long a result takes where the content never says.
      'who was Lynch syndrome named after? need a bit of history for my teaching slides', "Ar ôl pwy mae syndrom Lynch wedi'i enwi?", 'where does the name Lynch syndrome come from?',
      "Faint o amser ma canlyniade'r prawf pigo sawdl yn gymryd i ddod nôl fel arfer?", 'how long do heel prick results take to come back?', 'how long does a WGS result take?', 'when will we get the results of the BRCA test?',
      // From the dev15 sets: an accuracy or error rate, and the code to order a test or record a condition.
      "What's the accuracy rate of AI apps for spotting melanoma from skin photos?", 'what is the error rate of AI scribes?', 'false positive rate for the AI fracture tool?',
      'Beth yw cyfradd cywirdeb apiau AI ar gyfer canfod canser y croen?', "What's the ordering code for the Lynch syndrome panel on the lab request system?",
      'what is the SNOMED code for familial hypercholesterolaemia', 'which code do I use to request a DPYD test?', "Beth yw'r cod archebu ar gyfer y prawf DPYD?", 'pa god ddylwn i ddefnyddio i ofyn am brawf WGS?',
      // From an outside probe of clinical near misses: an antidote, how long a medicine is given, stopping it before a procedure,
      // a target level, a drug's own side effects, and clinical codes, each named with a subject the content teaches.
      'antidote for 5-fu toxicity?', 'is there an antidote if capecitabine toxicity happens', 'what reverses fluorouracil overdose', 'oes gwrthwenwyn i wenwyndra 5-FU?',
      'how long do we give dual antiplatelets after a tia', 'how long should patients stay on clopidogrel after a stent', 'duration of antiplatelet therapy after stroke?', 'am ba mor hir ddylai cleifion gymryd clopidogrel ar ôl strôc?',
      'pryd i stopio clopidogrel cyn llawdriniaeth', 'should we stop clopidogrel before a colonoscopy', 'do I hold statins before surgery for FH patients', 'oes angen stopio clopidogrel cyn endosgopi?',
      'whats the target ldl once FH is treated', 'LDL target for familial hypercholesterolaemia?', 'be di’r targed colesterol ar ol trawiad ar y galon', 'beth yw’r targed LDL ar gyfer FH?',
      'ticagrelor vs clopidogrel bleeding risk', 'clopidogrel side effects?', 'what are the side effects of statins in FH', 'sgil-effeithiau clopidogrel?',
      'ydy AI yn mynd i gymryd fy swydd', 'ydy AI yn mynd i ddwyn ein swyddi ni?', 'a fydd y robotiaid yn disodli ein gwaith?',
      // From dev22: when a regulator or a practice began, which the content never says.
      'When did the MHRA first start regulating software as a medical device?', 'since when has the MHRA regulated AI?', 'what year did newborn blood spot screening start?',
      'Pryd ddechreuodd yr MHRA reoleiddio meddalwedd?', 'ers pryd mae sgrinio smotyn gwaed yn digwydd?',
      'how do i code a VUS for clinical coding', 'beth yw’r cod ICD-10 ar gyfer syndrom Lynch', 'ICD-10 code for Lynch syndrome?', 'what is the diagnosis code for FH',
    ];
    const answered = nearMisses.filter((q) => answer(q) !== undefined).map((q) => `${q} → ${answer(q)}`);
    expect(answered, answered.join('\n')).to.deep.equal([]);
    // The subject is still one tap away: "will AI take my job" offers what HALI has on AI and responsibility.
    const offered = nearMisses.filter((q) => faculty.nearestQuestions(q).length > 0);
    expect(offered.length / nearMisses.length).to.be.at.least(0.7);
  });

  it('answers what the content does say of a subject, and the words that only look like such a question', () => {
    const asked: [string, string][] = [
      ['how is familial hypercholesterolaemia treated?', 'gwen-familial-hypercholesterolaemia'],
      ['sut mae FH yn cael ei drin?', 'gwen-familial-hypercholesterolaemia'],
      ['how is Lynch syndrome managed', 'gwen-lynch-syndrome'],
      ['does CYP2C19 change the clopidogrel dose?', 'gwen-cyp2c19-clopidogrel'],
      ['DPYD and the dose of fluorouracil', 'gwen-dpyd-testing'],
      ['can I share patient data with Copilot', 'patient-data-and-ai-tools'],
      ['who is offered BRCA testing because of a family history of breast cancer?', 'gwen-familial-breast-cancer-testing'],
      ['Pam mae AI yn dyfeisio pethau?', 'hallucination'],
      // A figure the content gives: three generations, one in four.
      ['how many generations should a family history cover?', 'gwen-family-history'],
      // How long a result takes, where the content gives it: DPYD in about three working days, rapid sequencing a mean of nine.
      ['how long do DPYD results take to come back?', 'gwen-dpyd-testing'],
      ['WINGS how long for results', 'gwen-wings'],
      // Accuracy checked, not its rate; a test directory's code, which the content explains.
      ['how do I check the accuracy of what Copilot wrote?', 'hali-x-checking-ai-output'],
      ['what does the R208 code mean in the test directory?', 'gwen-national-genomic-test-directory'],
      ['how soon will the family get the results of the rapid genome test', 'gwen-rare-disease-rapid-sequencing'],
      // When a change came in, where the passage gives its date ("in force 5 February 2026").
      ['when did the new rules on automated decisions come into force?', 'hali-x-explainability'],
      // The same aspects asked in the light of genes: what a result means for the medicine is taught.
      ['how long should a CYP2C19 poor metaboliser stay on clopidogrel', 'gwen-cyp2c19-clopidogrel'],
      ['DPYD variants and capecitabine toxicity', 'gwen-dpyd-testing'],
      ['I do the coding for the genetics clinic letters and keep seeing likely pathogenic and benign, are these official categories?', 'gwen-variant-classification'],
    ];
    for (const [question, id] of asked) expect(answer(question), question).to.equal(id);
    // A dose made up by AI is no dose asked: answered from hallucination, or (since the decision model learned dev17, stop 56)
    // its same-topic neighbour on checking AI output, which says to check doses against the BNF.
    expect(answer('the AI made up a drug dose, why does that happen')).to.be.oneOf(['hallucination', 'hali-x-checking-ai-output']);
    // "dos and don'ts", "dose" typed for "does", Outlook the mail app, "treat AI output as a draft": no aspect asked.
    for (const question of ['when should I be open with patients about AI?', 'what does open source mean for AI', 'who do I contact about a genetic referral?', "what are the dos and don'ts of using ChatGPT at work", 'how dose chat gpt work', 'is AI in Outlook safe to use', 'should I treat AI output as a draft?', 'why is AI good at one job and bad at others', 'can AI help us turn around discharge letters faster?', 'how quickly should I check the results ChatGPT gives back', 'how long should a discharge summary be before AI checks it', 'is the AI scribe a licence to take my eye off the ball?', 'how long should I keep checking the AI output?', 'how long do I keep going with the DPIA', 'when did the AI scribe guidance in Wales come out?', 'what are the side effects of relying on AI at work?', 'does the app hold my notes before surgery lists are printed?', 'when did you first notice the AI getting things wrong?', 'when did it start making things up?']) {
      expect(uncoveredAspect(question, ''), question).to.equal(undefined);
    }
    // What redaction leaves in place of an identifier is no aspect asked: "[phone number removed]" asks for no phone number.
    expect(uncoveredAspect('what is automation bias? (re NHS [NHS number removed], DOB [date of birth removed], [phone number removed])', '')).to.equal(undefined);
    // A clinical aspect asked of what a tool did is about the tool.
    expect(uncoveredAspect('ChatGPT gave me the wrong dose for a patient', '')).to.equal(undefined);
    expect(uncoveredAspect('can Copilot write a diet sheet for the ward?', '')).to.equal(undefined);
  });

  it('abstains on how long an approval takes, the size of a fine and running a machine, asked many ways in both languages', () => {
    // From the dev16 sets: "How long does the MHRA usually take to approve an AI medical device?", "What's the typical ICO fine
    // if someone puts patient data into ChatGPT?", "How do I calibrate the point-of-care CYP2C19 analyser", "Faint o fyrddau
    // iechyd yng Nghymru sy'n defnyddio ysgrifenyddion AI". Generated from the subjects the content names, not copied.
    const tools = ['an AI medical device', 'the AI scribe', 'an AI triage tool', 'a new AI app'];
    const approvals = tools.flatMap((tool) => [
      `how long does the MHRA take to approve ${tool}?`, `How long will it take to get ${tool} registered?`, `how long does it usually take for ${tool} to be certified`,
      `whats the approval timescale for ${tool}`, `how long do DPIAs take to get signed off for ${tool}?`,
    ]);
    const fines = ['patient data in ChatGPT', 'a data breach with Copilot', 'uploading clinic letters to an AI app'].flatMap((what) => [
      `what's the typical ICO fine for ${what}?`, `how much could the trust be fined for ${what}`, `is there a penalty for ${what}?`, `what are the fines for ${what}`,
    ]);
    const machines = ['the point-of-care CYP2C19 analyser', 'the genome sequencer', 'the DPYD analyser'].flatMap((machine) => [`how do I calibrate ${machine}?`, `calibration steps for ${machine}`, `who services ${machine}`, `how do I run QC on ${machine}`]);
    const welsh = [
      "faint o amser mae'n gymryd i'r MHRA gymeradwyo dyfais AI?", "pa mor hir mae'n gymryd i gofrestru'r ysgrifennydd AI?", "beth yw'r ddirwy am roi data cleifion yn ChatGPT?",
      "oes cosb am uwchlwytho llythyrau i ap AI?", "sut ydw i'n graddnodi'r dadansoddwr CYP2C19?", "faint o fyrddau iechyd sy'n defnyddio ysgrifenyddion AI?", "faint o ysbytai sy'n defnyddio Copilot?",
    ];
    const asked = [...approvals, ...fines, ...machines, ...welsh];
    expect(asked.length).to.be.above(50);
    const answered = asked.filter((q) => answer(q) !== undefined).map((q) => `${q} → ${answer(q)}`);
    expect(answered, answered.join('\n')).to.deep.equal([]);
    // "fine" meaning all right, approval itself, and what a result means for a medicine are asked of what the content says.
    for (const question of ['is it fine to use Copilot for rota emails?', 'is it fine if I paste a discharge letter into ChatGPT', 'Is it fine for me to ask ChatGPT about Lynch syndrome?', 'how long does it take to learn to write good prompts', 'does an AI medical device need MHRA approval?', 'who signs off a DPIA?', 'what is a CYP2C19 analyser result telling me about clopidogrel?']) {
      expect(uncoveredAspect(question, ''), question).to.equal(undefined);
    }
  });

  // dev19: "How often should people with Lynch syndrome have a colonoscopy, every year or every two years?" was answered with the
  // Lynch explainer, which says carriers are offered bowel surveillance, never how often.
  it('abstains on how often a check is repeated, asked many ways in both languages, and answers how often something happens', () => {
    const who = ['people with Lynch syndrome', 'BRCA carriers', 'someone with FH', 'a person with a VUS'];
    const checks = ['a colonoscopy', 'a breast MRI', 'their cholesterol checked', 'a review'];
    const asked = [
      ...who.flatMap((w, i) => [`How often should ${w} have ${checks[i]}?`, `how often do ${w} need ${checks[i]}, every year or every two years?`, `what is the surveillance interval for ${w}?`]),
      'colonoscopy interval for Lynch?', 'pa mor aml mae pobl efo syndrom Lynch yn cael colonosgopi?', 'pa mor aml dylai cludwyr BRCA gael sgan MRI?', 'ydy pobl â syndrom Lynch yn cael colonosgopi bob blwyddyn neu bob dwy flynedd?',
    ];
    const answered = asked.filter((q) => answer(q) !== undefined).map((q) => `${q} → ${answer(q)}`);
    expect(answered, answered.join('\n')).to.deep.equal([]);
    // How often something happens is a figure (or answered), not a schedule; nor is how often AI output is checked.
    for (const question of ['how often are VUS results reclassified?', 'how often does AI hallucinate?', 'how often should I check what the AI scribe wrote?', 'what is Lynch syndrome?']) {
      expect(uncoveredAspect(question, '')?.name, question).to.not.equal('how often a check is repeated');
    }
  });

  // dev19: "Which AI scribe works best for consultations held in Welsh?" was answered with the Wales scribe explainer, which
  // names no best product.
  it('abstains on which product is best, in both languages, and answers how to choose one', () => {
    const products = ['AI scribe', 'chatbot', 'AI tool', 'LLM', 'AI app'];
    const asked = [
      ...products.flatMap((p) => [`which ${p} works best for clinic letters?`, `what is the best ${p} for the NHS?`, `best ${p} for summarising notes?`, `which ${p} is the most accurate?`]),
      'pa sgribydd AI sy’n gweithio orau yn Gymraeg?', 'pa declyn AI ydy’r gorau i nyrsys?', 'beth yw’r ap AI gorau?',
    ];
    const answered = asked.filter((q) => answer(q) !== undefined).map((q) => `${q} → ${answer(q)}`);
    expect(answered, answered.join('\n')).to.deep.equal([]);
    for (const question of ['how do I choose an AI tool?', 'what should we look at when choosing an AI tool for the ward?', 'sut ydw i’n dewis teclyn AI?', 'how do I pick an AI app for my team?']) {
      expect(answer(question), question).to.be.oneOf(['hali-x-evaluating-an-ai-tool', 'hali-evaluating-an-ai-tool']);
    }
    for (const question of ["what's the best way to write a prompt?", 'which tools are approved in my health board?']) expect(answer(question), question).to.not.equal(undefined);
  });

  // dev20: "Are patients allowed to record their consultation on their own phone?" was answered with the Wales scribe explainer,
  // which is about a tool the service chose recording with consent.
  it('abstains on a patient recording a consultation, in both languages, and answers what patients are told about a scribe recording', () => {
    const who = ['patients', 'a patient', 'relatives', 'a parent', 'my patient'];
    const asked = [
      ...who.flatMap((w) => [`are ${w} allowed to record the consultation on their phone?`, `can ${w} film the appointment?`, `what if ${w} start recording our conversation?`]),
      'oes hawl gan gleifion recordio’r apwyntiad ar eu ffôn?', 'ga i stopio claf rhag ffilmio’r ymgynghoriad?', 'mae’r teulu’n recordio’r sgwrs, ydy hynny’n iawn?',
    ];
    const answered = asked.filter((q) => answer(q) !== undefined).map((q) => `${q} → ${answer(q)}`);
    expect(answered, answered.join('\n')).to.deep.equal([]);
    const scribes = ['ai-scribes-in-wales', 'hali-ai-scribes', 'hali-x-being-open-with-patients'];
    for (const question of ['do patients know the scribe records the consultation?', 'can patients say no to the scribe recording the appointment?', 'oes rhaid i gleifion gytuno i’r sgribydd recordio’r ymgynghoriad?']) {
      expect(answer(question), question).to.be.oneOf(scribes);
    }
  });

  it('never reads a question the content answers as asking what its answer does not cover', () => {
    // Every explainer's question and everyday phrasings, and every in-scope question of the tuned, held-out and blind sets.
    const own = faculty.mentors.flatMap((m) => m.explainers.flatMap((e) => [e.question.en, e.question.cy, ...(e.askedAs?.en ?? []), ...(e.askedAs?.cy ?? [])].map((q) => ({ q, ids: [e.id] }))));
    const sets = MENTOR_IDS.flatMap((m) => (['tuned', 'heldout', 'blind'] as const).flatMap((set) => evaluationSet(m, set)))
      .filter((q) => q.expected !== 'abstain')
      .map((q) => ({ q: q.question, ids: q.expected as readonly string[] }));
    expect(own.length + sets.length).to.be.above(1000);
    const refused = [...own, ...sets].filter(({ q, ids }) => ids.every((id) => uncoveredAspect(q, textOf(id)) !== undefined)).map(({ q }) => q);
    expect(refused, refused.join('\n')).to.deep.equal([]);
  });

  it('takes what a passage covers from what it says, not from how staff ask for it', () => {
    // An everyday phrasing may name an aspect in passing ("is FH something you're born with or is it just diet"): the FH
    // explainer still says nothing about diet, so "the best diet for cholesterol" stays turned down.
    const mentors = faculty.mentors.map((m) => ({ ...m, explainers: m.explainers.map((e) => (e.id === 'gwen-familial-hypercholesterolaemia' ? { ...e, askedAs: { en: [...e.askedAs!.en, "is FH something you're born with or is it just diet"], cy: e.askedAs!.cy } } : e)) }));
    const withPhrasing = createFaculty(mentors);
    expect(withPhrasing.retriever.passageText('gwen-familial-hypercholesterolaemia')).to.not.include('just diet');
    expect(withPhrasing.choose("what's the best diet for cholesterol").passages).to.deep.equal([]);
    expect(withPhrasing.choose('is high cholesterol in families genetic?').passages[0]?.id).to.equal('gwen-familial-hypercholesterolaemia');
  });

  it('answers under 10% of ~520 generated near misses (every topic asked its job, price, history, dose, diet, outlook, treatment, figures)', () => {
    const results = aspectQuestions(faculty);
    expect(results.length).to.be.above(400);
    const answered = results.filter((r) => r.got !== undefined);
    expect(answered.length / results.length, answered.map((r) => `${r.asked} → ${r.got}`).join('\n')).to.be.below(0.1);
  });
});

describe('a figure the passage gives is a figure covered', () => {
  // "about 1 in 100 had one" was read as no figure: the pattern stopped at "in 1" inside "100", where no word may follow. The
  // dev16, dev17 and dev18 writers each asked how many in the 100,000 Genomes Project got an additional finding, and each was
  // told there was no content for it.
  const faculty = realFaculty();
  const answer = (text: string) => faculty.choose(text).passages[0]?.id;
  const FINDINGS = ['gwen-additional-findings', 'gwen-consent-additional-findings'];

  it('reads "1 in 100", "1 in 2,500" and "3 in 1000" as figures, and "in 2024" alone as none', () => {
    for (const text of ['about 1 in 100 had one', 'around 1 in 2,500 babies', 'roughly 3 in 1000 people']) expect(uncoveredAspect('how many people have it?', text), text).to.equal(undefined);
    expect(uncoveredAspect('how many people have it?', 'it started in 2024')?.name).to.equal('figures and statistics');
  });

  it('answers how many had an additional finding in the 100,000 Genomes Project, however asked, in both languages', () => {
    const asked = [
      'in the hundred thousand genomes project how many people got an additional finding', 'How many people in the 100,000 Genomes Project got an additional finding?',
      'how many participants had an additional finding in the 100k genomes project', 'what proportion of people got additional findings in the 100,000 Genomes Project?',
      "Faint o bobl gafodd ganfyddiad ychwanegol ym Mhrosiect 100,000 o Genomau?",
    ];
    // One may miss, and does: the Welsh, which the decision model turns down (0.21) as it weighs "faint" (how much, how many)
    // as the out-of-scope questions about costs it learned from (-1.7); English "how many" weighs -1.1. Written down in
    // stop 57's note as Welsh still read less favourably by the words model.
    const missed = asked.filter((q) => !FINDINGS.includes(answer(q) ?? ''));
    expect(missed.length, missed.join('\n')).to.be.at.most(1);
  });
  // dev22: "…Ydi o 'run peth â machine learning?" ("is it the same thing as machine learning?") was read as running a machine.
  it('reads running or calibrating a machine, not Welsh "run peth" (the same thing) nor machine learning', () => {
    const faculty = realFaculty();
    const answer = (q: string) => faculty.choose(q).passages[0]?.id;
    const text = faculty.retriever.passageText('what-is-ai')!;
    for (const q of ["Ydi AI 'run peth â machine learning?", 'ydi o run peth a machine learning', 'is it the same as machine learning or not?', "Dwi'n clywed 'AI' ym mhob cyfarfod. Ydi o 'run peth â machine learning?"]) {
      expect(uncoveredAspect(q, text)?.name, q).to.not.equal('calibrating and running equipment');
    }
    expect(['what-is-ai', 'hali-what-is-ai']).to.include(answer("Dwi'n clywed 'AI' ym mhob cyfarfod ond 'sgen i'm syniad be mae o'n gynnwys go iawn. Ydi o 'run peth â machine learning?"));
    for (const q of ['who runs the sequencing machines?', 'how do I calibrate the analyser?', 'who services the machines on the ward?']) {
      expect(uncoveredAspect(q, text)?.name, q).to.equal('calibrating and running equipment');
    }
  });
});
