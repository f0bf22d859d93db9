import { expect } from 'chai';
import { realFaculty } from '../helpers/app';
import { LEADING_ASPECTS, leadingAspectsAsked } from '../../bot/mentors/leading-aspect';

/**
 * A question that asks one thing of a subject two close passages share is answered by the one that says it
 * (bot/mentors/leading-aspect.ts). Before, "do we need to inform patients about the ambient voice tool" got the explainer on
 * AI scribes in Wales, which never says patients are told, and "no family history so it can't be genetic?" got the
 * three-generation family history explainer, which never says a variant can arise new. Generated in English and Welsh.
 */
describe('a close passage that says what is asked of the subject answers', function () {
  this.timeout(60_000);
  const faculty = realFaculty();
  const first = (q: string) => faculty.choose(q).passages[0];
  const aspect = (name: string) => LEADING_ASPECTS.find((a) => a.name === name)!;
  const says = (name: string, id: string | undefined) => id !== undefined && aspect(name).covers.test(faculty.retriever.passageText(id)!);

  const tools = ['an AI scribe', 'ChatGPT', 'the AI triage tool', 'Copilot', 'the ambient voice tool', 'AI on their scans'];
  const tellEn = [
    (t: string) => `Do I have to tell patients when we use ${t}?`,
    (t: string) => `should patients be told about ${t}`,
    (t: string) => `do patients need to know we use ${t}`,
    (t: string) => `be upfront with patients about ${t}?`,
    (t: string) => `do we need to inform patients about ${t}`,
    (t: string) => `how do I explain to patients that we use ${t}`,
  ];
  const offer = ['scribe AI', 'ChatGPT', 'yr ap sy’n gwrando', 'ysgrifennydd AI'];
  const tellCy = [
    (t: string) => `oes rhaid dweud wrth y claf ein bod ni’n defnyddio ${t}?`,
    (t: string) => `oes angen deud wrth gleifion am ${t}?`,
    (t: string) => `sut mae esbonio i gleifion ein bod ni’n iwsio ${t}?`,
    (t: string) => `ydy cleifion angen cael gwybod am ${t}?`,
  ];
  const telling = [...tools.flatMap((t) => tellEn.map((f) => f(t))), ...offer.flatMap((t) => tellCy.map((f) => f(t)))];

  it(`reads each of ${telling.length} questions as asking whether patients are told`, () => {
    expect(telling.filter((q) => !leadingAspectsAsked(q).some((a) => a.name === 'telling patients'))).to.deep.equal([]);
  });

  it('answers at least 85% of them with a passage that says patients are told, in each language', () => {
    for (const [language, asked] of [['en', tools.flatMap((t) => tellEn.map((f) => f(t)))], ['cy', offer.flatMap((t) => tellCy.map((f) => f(t)))]] as const) {
      const told = asked.filter((q) => says('telling patients', first(q)?.id));
      expect(told.length / asked.length, `${language}: ${asked.filter((q) => !told.includes(q)).join(' | ')}`).to.be.at.least(0.85);
    }
  });

  it("keeps Gwen's questions about telling families a result with Gwen, though HALI's being-open explainer says 'tell'", () => {
    const gwen = ['how should I tell patients their genetic result', 'do I tell patients about cascade testing', 'how do I tell a family about a VUS result', 'sut mae dweud wrth y teulu am ganlyniad genetig?', 'oes rhaid dweud wrth berthnasau am ganlyniad BRCA?'];
    expect(gwen.filter((q) => first(q)?.mentorId !== 'gwen')).to.deep.equal([]);
  });

  const writers = ['the AI', 'ChatGPT', 'Copilot', 'the scribe', 'the chatbot'];
  const checkEn = [
    (w: string) => `how shud i chek what ${w} wrote b4 it goes in the notes`,
    (w: string) => `what should I check before putting something ${w} wrote into a discharge letter?`,
    (w: string) => `do I really have to proofread everything ${w} produces?`,
    (w: string) => `how do I check ${w.replace(/^the /, '')}'s draft before I send it`,
    // Rubber-stamping what it drafted (stop 61: "roi stamp rwber ar nodiadau'r sgribydd" got the scribes explainer, which never says to check).
    (w: string) => `is it ok to just rubber stamp the notes ${w} drafted?`,
  ];
  // And as staff say it in Welsh: "tsiecio", "tsieco", and Copilot by name (dev14 and dev17 got the scribes explainer, stop 57).
  const checkCy = [
    (w: string) => `oes rhaid i fi wirio bopeth ma'r ${w} yn sgwennu cyn ei roi yn y nodiadau`,
    (w: string) => `sut mae gwirio beth mae'r ${w} yn ei ddweud cyn ei ddefnyddio?`,
    (w: string) => `sut dw i fod i tsiecio be mae'r ${w} wedi sgwennu cyn ei roi yn y nodiadau?`,
    (w: string) => `odw i'n gorfod tsieco popeth ma'r ${w} yn sgrifennu cyn bo fe'n mynd mewn i'r nodiade?`,
    (w: string) => `ydi o'n iawn i fi roi stamp rwber ar nodiadau'r ${w}?`,
  ];
  const checking = [...writers.flatMap((w) => checkEn.map((f) => f(w))), ...['AI', 'chatbot', 'scribe', 'Copilot'].flatMap((w) => checkCy.map((f) => f(w)))];

  it(`answers at least 80% of ${checking.length} questions about checking what an AI tool wrote with a passage that says how, and none with one that does not`, () => {
    expect(checking.filter((q) => !leadingAspectsAsked(q).some((a) => a.name === 'checking what AI wrote'))).to.deep.equal([]);
    const answered = checking.map((q) => ({ q, id: first(q)?.id })).filter((a) => a.id !== undefined);
    expect(answered.length / checking.length).to.be.at.least(0.8);
    expect(answered.filter(({ id }) => !says('checking what AI wrote', id)).map(({ q, id }) => `${q} -> ${id}`)).to.deep.equal([]);
  });

  // A gene panel too, and as the dev16 to dev18 writers put it: "comes back with nothing", "draws a blank", "finds no diagnosis",
  // "could a genetic cause slip through", "nad ydy … yn rhoi diagnosis", "nad oes achos genetig" (each answered with the
  // sequencing passage, or nothing, before stop 57).
  // An alert that never came (dev11, dev13 and dev17 got the automation bias explainer, which never says a missing alert is no
  // all clear; the lesson does). A pump or a phone that flags nothing is no AI, and is still turned down.
  const alerters = ['the computer', 'the AI tool', 'the sepsis tool', 'the system', 'the early warning score'];
  const noAlertEn = [
    (a: string) => `${a} hasn't flagged anything so we're in the clear, aren't we?`,
    (a: string) => `someone told me that if ${a} doesn't flag anything, there's nothing to worry about. Is that right?`,
    (a: string) => `${a} didnt trigger so she must be fine, right?`,
    (a: string) => `nothing was flagged by ${a} - can I relax?`,
  ];
  const noAlertCy = [
    (a: string) => `os nad ydi'r ${a} yn fflagio dim byd, ma'r claf yn iawn, ia?`,
    (a: string) => `dim rhybudd gan y ${a} - felly popeth yn iawn?`,
  ];
  const noAlert = [...alerters.flatMap((a) => noAlertEn.map((f) => f(a))), ...['system', 'teclyn AI', 'cyfrifiadur'].flatMap((a) => noAlertCy.map((f) => f(a)))];

  it(`answers at least 80% of ${noAlert.length} questions on whether no alert means all clear with the passage that says it is not`, () => {
    expect(noAlert.filter((q) => !leadingAspectsAsked(q).some((a) => a.name === 'no alert is no all clear'))).to.deep.equal([]);
    const answered = noAlert.map((q) => ({ q, id: first(q)?.id })).filter((a) => a.id !== undefined);
    expect(answered.length / noAlert.length).to.be.at.least(0.8);
    expect(answered.filter(({ id }) => !says('no alert is no all clear', id)).map(({ q, id }) => `${q} -> ${id}`)).to.deep.equal([]);
    for (const q of ['the pump didnt trigger an alarm, should I report it', 'my phone doesnt flag spam calls', 'the printer doesnt flag low toner']) expect(first(q), q).to.equal(undefined);
  });

  const tests = ['the rapid genome test', 'the baby’s genome test', 'whole genome sequencing', 'the WGS', 'a gene panel', 'the gene panel'];
  const nothingEn = [
    (t: string) => `${t} found nothing so it's definitely not genetic?`,
    (t: string) => `a parent was told ${t} came back negative, does that rule out a genetic cause?`,
    (t: string) => `if ${t} shows nothing does that mean it isn't genetic`,
    (t: string) => `negative result on ${t} - so not genetic then?`,
    (t: string) => `if ${t} comes back with nothing, can we rule out a genetic condition?`,
    (t: string) => `${t} drew a blank - could a genetic cause have slipped through?`,
    (t: string) => `does ${t} that finds no diagnosis mean it definitely isn't genetic?`,
  ];
  const nothingCy = [
    (t: string) => `dim byd wedi'i ganfod yn ${t}, felly ddim yn enetig?`,
    (t: string) => `canlyniad negyddol ar ${t} - ydy hynny'n diystyru achos genetig?`,
    (t: string) => `os nad ydy ${t} yn rhoi diagnosis, ydy hynny'n golygu nad oes achos genetig?`,
  ];
  const nothingFound = [...tests.flatMap((t) => nothingEn.map((f) => f(t))), ...['y prawf genom cyflym', 'y dilyniannu genom cyfan', 'y panel genynnau'].flatMap((t) => nothingCy.map((f) => f(t)))];

  it(`answers ${nothingFound.length} questions on whether a test that found nothing means it is not genetic with a passage that says it does not rule it out`, () => {
    expect(nothingFound.filter((q) => !leadingAspectsAsked(q).some((a) => a.name === 'nothing found is not genetic'))).to.deep.equal([]);
    const answered = nothingFound.map((q) => ({ q, id: first(q)?.id })).filter((a) => a.id !== undefined);
    expect(answered.length / nothingFound.length).to.be.at.least(0.7);
    // Whole genome sequencing asked by name may get its own lesson.
    const own = (q: string, id?: string) => /WGS|whole genome|genom cyfan/i.test(q) && id === 'gwen-whole-genome-sequencing';
    expect(answered.filter(({ q, id }) => !says('nothing found is not genetic', id) && !own(q, id)).map(({ q, id }) => `${q} -> ${id}`)).to.deep.equal([]);
    // What a negative result means for other tests is those tests' passages; asked of one's own patient, it is their risk, which
    // Gwen leaves to the genetics service (bot/safety/patient-specific.ts).
    // (With dev20 learned from, stop 59, the decision model turns the first down: 0.590 -> 0.525 at 0.555. It is never led to
    // another passage.)
    expect(first("a patient's BRCA test was negative, does that mean they're not at risk?")?.id).to.be.oneOf(['gwen-familial-breast-cancer-testing', undefined]);
    expect(first("a BRCA test was negative, does that mean she's not at risk?")?.id).to.equal('gwen-familial-breast-cancer-testing');
    expect(first("my patient's BRCA test was negative, does that mean she's not at risk?")).to.equal(undefined);
    expect(first('what does a normal DPYD result mean')?.id).to.equal('gwen-dpyd-testing');
  });

  const removedEn = [
    (t: string) => `once you take the patient's name off, are the notes fine to put in ${t}?`,
    (t: string) => `is it ok to paste notes into ${t} if I remove the names?`,
    (t: string) => `a pharmacist asked whether taking the name off makes a letter safe for ${t}`,
    (t: string) => `if I strip out the NHS number and name can I use ${t} for the summary?`,
  ];
  const removedCy = [
    (t: string) => `ydi'n iawn iwsio ${t} i sgwennu llythyr at glaf os dwi'n tynnu'r enw allan?`,
    (t: string) => `os dwi'n tynnu'r enw, ga i roi'r nodiadau yn ${t}?`,
  ];
  const removing = [...['ChatGPT', 'Copilot', 'an AI chatbot'].flatMap((t) => removedEn.map((f) => f(t))), ...['ChatGPT', 'Copilot'].flatMap((t) => removedCy.map((f) => f(t)))];

  it(`answers ${removing.length} questions on whether taking the name off makes notes safe with the passage that says it is not always enough`, () => {
    expect(removing.filter((q) => !leadingAspectsAsked(q).some((a) => a.name === 'removing the name'))).to.deep.equal([]);
    const answered = removing.map((q) => ({ q, id: first(q)?.id })).filter((a) => a.id !== undefined);
    expect(answered.length / removing.length).to.be.at.least(0.8);
    expect(answered.filter(({ id }) => !says('removing the name', id)).map(({ q, id }) => `${q} -> ${id}`)).to.deep.equal([]);
    // Asked plainly, patient information in an AI tool keeps its explainer.
    expect(first('Can I put patient information into an AI tool?')?.id).to.equal('patient-data-and-ai-tools');
  });

  const conditions = ['it', 'FH', 'a BRCA variant', 'cystic fibrosis', 'Huntington’s'];
  const noHistoryEn = [
    (c: string) => `no family history so ${c} can't be genetic, right?`,
    (c: string) => `can ${c} be inherited if there's no family history`,
    (c: string) => `nobody else in the family has ${c}, can it still be genetic?`,
    (c: string) => `is ${c} genetic if it doesnt run in the family`,
  ];
  const noHistoryCy = [
    (c: string) => `dim hanes teuluol - felly dydi ${c} ddim yn enetig?`,
    (c: string) => `ydy ${c} yn gallu bod yn enetig heb hanes teuluol?`,
    (c: string) => `neb arall yn y teulu efo ${c}, ydi o’n etifeddol?`,
  ];
  const cyConditions = ['o', 'FH', 'ffibrosis systig'];
  const noHistory = [...conditions.flatMap((c) => noHistoryEn.map((f) => f(c))), ...cyConditions.flatMap((c) => noHistoryCy.map((f) => f(c)))];

  it(`reads each of ${noHistory.length} questions as asking about no family history`, () => {
    expect(noHistory.filter((q) => !leadingAspectsAsked(q).some((a) => a.name === 'no family history'))).to.deep.equal([]);
  });

  it('answers each with a passage that says a variant can arise new, or with the named condition’s own passage', () => {
    // A named condition's own passage answers for it (FH, the BRCA testing explainer, cystic fibrosis in the heel prick); otherwise
    // the passage that says a variant can arise new does, never the family history explainers whose words the question shares.
    const own: Record<string, readonly string[]> = {
      FH: ['gwen-familial-hypercholesterolaemia'], 'a BRCA variant': ['gwen-familial-breast-cancer-testing'], 'cystic fibrosis': ['gwen-x-newborn-bloodspot-screening', 'gwen-newborn-bloodspot-screening'],
      'ffibrosis systig': ['gwen-x-newborn-bloodspot-screening', 'gwen-newborn-bloodspot-screening'],
    };
    const asked = [...conditions.flatMap((c) => noHistoryEn.map((f) => ({ q: f(c), c }))), ...cyConditions.flatMap((c) => noHistoryCy.map((f) => ({ q: f(c), c })))];
    const answered = asked.map((a) => ({ ...a, id: first(a.q)?.id })).filter((a) => a.id !== undefined);
    // 23 of 29 since stop 57 (24 before): with dev18 learned from, the decision model's threshold rose (0.523 -> 0.552) and
    // "is cystic fibrosis genetic if it doesnt run in the family" is turned down; Huntington's, which no passage names, is.
    // 22 of 29 since stop 59, with dev20 learned from (the threshold kept, the weights moved).
    expect(answered.length / asked.length).to.be.at.least(0.75);
    const wrong = answered.filter(({ id, c }) => !says('no family history', id) && !(own[c] ?? []).includes(id!));
    expect(wrong.map(({ q, id }) => `${q} -> ${id}`)).to.deep.equal([]);
  });

  // dev19: "Os yw canlyniad yn dangos VUS, ddylen ni brofi gweddill y teulu?" got cascade testing, which names testing relatives
  // but is for a pathogenic variant; "Ym mha ysbyty mae Gwasanaeth Genomeg Meddygol Cymru Gyfan wedi'i leoli?" got the referral
  // explainer, which never says where the service is; "Dwi di bod yn defnyddio Copilot i sgwennu negeseuon e-bost. Oes rhaid i
  // mi ddeud wrth fy nghydweithwyr?" got nothing.
  const vusFindings = ['a VUS', 'a variant of uncertain significance', 'a VUS in BRCA2', 'a VUS in MLH1'];
  const vusEn = [
    (v: string) => `the report shows ${v} - should the rest of the family be tested for it?`,
    (v: string) => `if a result comes back as ${v}, do we offer testing to relatives?`,
    (v: string) => `should siblings be tested for ${v}?`,
    (v: string) => `can we test the children for ${v} found in a parent?`,
  ];
  const vusCy = [
    (v: string) => `os yw'r canlyniad yn dangos ${v}, ddylen ni brofi gweddill y teulu?`,
    (v: string) => `oes angen profi perthnasau am ${v}?`,
  ];
  const vusRelatives = [...vusFindings.flatMap((v) => vusEn.map((f) => f(v))), ...['VUS', 'amrywiolyn o arwyddocâd ansicr'].flatMap((v) => vusCy.map((f) => f(v)))];

  it(`answers ${vusRelatives.length} questions on testing relatives for a VUS with the passage that says a VUS does not predict their risk`, () => {
    expect(vusRelatives.filter((q) => !leadingAspectsAsked(q).some((a) => a.name === 'testing relatives for a VUS'))).to.deep.equal([]);
    const answers = vusRelatives.map((q) => ({ q, id: first(q)?.id }));
    const wrong = answers.filter(({ id }) => id !== undefined && !says('testing relatives for a VUS', id));
    expect(wrong.map(({ q, id }) => `${q} -> ${id}`)).to.deep.equal([]);
    // 16 of 20 answered in stop 58, 15 since dev20 was learned from (stop 59).
    expect(answers.filter(({ id }) => id !== undefined).length / answers.length).to.be.at.least(0.75);
    // A pathogenic variant's testing of relatives is cascade testing's, as before.
    for (const q of ['should we test the family after a pathogenic variant?', 'what is cascade testing?']) expect(first(q)?.id, q).to.equal('gwen-cascade-testing');
  });

  // dev20: "a dosing app suggested the wrong thing… besides our usual incident form, where else should that be reported?" got
  // nothing; the passages that say where (the Yellow Card scheme) were behind the accountability explainer.
  const reportingTools = ['the dosing app', 'an AI tool', 'the chatbot', 'the AI scribe', 'the sepsis software'];
  const reportingEn = [
    (t: string) => `${t} suggested the wrong dose, where should that be reported?`,
    (t: string) => `who do I report it to if ${t} gets something dangerously wrong?`,
    (t: string) => `how do I report a near miss with ${t}?`,
    (t: string) => `${t} nearly caused harm - how do we report it?`,
  ];
  const reportingCy = ['awgrymodd yr ap y dos anghywir, ble dw i’n riportio hyn?', 'sut ydw i’n rhoi gwybod am broblem efo’r teclyn AI?', 'i bwy ydw i’n adrodd am gamgymeriad gan y feddalwedd?'];
  const reporting = [...reportingTools.flatMap((t) => reportingEn.map((f) => f(t))), ...reportingCy];

  it(`reads ${reporting.length} questions on where a problem with a tool is reported as asking it, and answers them only with a passage that says where`, () => {
    expect(reporting.filter((q) => !leadingAspectsAsked(q).some((a) => a.name === 'reporting a problem with a tool'))).to.deep.equal([]);
    const answers = reporting.map((q) => ({ q, id: first(q)?.id }));
    // One answered otherwise: "…if the AI scribe gets something dangerously wrong?" gets the Wales scribe explainer, the only
    // passage close enough to lead being about scribes.
    const wrong = answers.filter(({ id }) => id !== undefined && !says('reporting a problem with a tool', id)).map(({ q, id }) => `${q} -> ${id}`);
    expect(wrong.length, wrong.join('\n')).to.be.at.most(1);
    // Most are still turned down (stop 59): "report" said as a verb ("where should that be reported?") is read as the talk
    // around what is asked, and what is left ("the chatbot", "wrong") is too little for the decision. A near miss and harm
    // nearly caused are read as the content's "incident" and "harm".
    expect(answers.filter(({ id }) => id !== undefined && says('reporting a problem with a tool', id)).length).to.be.at.least(6);
    // No tool, or a data breach: not this aspect.
    for (const q of ['how do I report a data breach?', 'where do I report sickness absence?', 'who do I report to on nights?', 'ble dw i’n riportio salwch?']) {
      expect(leadingAspectsAsked(q).map((a) => a.name), q).to.not.include('reporting a problem with a tool');
    }
  });

  const where = [
    'where is the All Wales Medical Genomics Service based?', 'which hospital is the All Wales Medical Genomics Service at?', 'where is the clinical genetics service for Wales?',
    "Ym mha ysbyty mae Gwasanaeth Genomeg Meddygol Cymru Gyfan wedi'i leoli?", "ble mae Gwasanaeth Genomeg Meddygol Cymru Gyfan wedi'i leoli?", 'pa ysbyty sy’n cynnal y gwasanaeth genomeg meddygol?',
  ];

  it(`answers ${where.length} questions on where the genomics service is with the passage that says where it is hosted`, () => {
    expect(where.filter((q) => !leadingAspectsAsked(q).some((a) => a.name === 'where a service is'))).to.deep.equal([]);
    const answers = where.map((q) => ({ q, id: first(q)?.id }));
    const wrong = answers.filter(({ id }) => !says('where a service is', id));
    expect(wrong.length, wrong.map(({ q, id }) => `${q} -> ${id}`).join('\n')).to.be.at.most(1);
  });

  const toldColleagues = [
    'I have been using Copilot to draft emails - do I have to tell my colleagues?', 'should I let my team know when I have used ChatGPT for a report?', 'do I need to be open with colleagues about using AI?',
    'must my manager be told that I used an AI tool to write the rota letter?', "oes rhaid i mi ddeud wrth fy nghydweithwyr mod i'n defnyddio Copilot?", 'ddylwn i ddweud wrth y tîm fy mod i wedi defnyddio AI?',
  ];

  it(`reads ${toldColleagues.length} questions as asking whether colleagues are told AI was used, and leads with a passage that says so when it answers`, () => {
    expect(toldColleagues.filter((q) => !leadingAspectsAsked(q).some((a) => a.name === 'telling colleagues'))).to.deep.equal([]);
    // Known miss: "do I need to be open with colleagues about using AI?" keeps the being-open explainer, whose question says
    // "open"; the policy passages score under a quarter of it (LEAD_SHARE), too far to lead.
    const wrong = toldColleagues.map((q) => ({ q, id: first(q)?.id })).filter(({ id }) => id !== undefined && !says('telling colleagues', id));
    expect(wrong.length, wrong.map(({ q, id }) => `${q} -> ${id}`).join('\n')).to.be.at.most(1);
  });

  it('reads an alert that was not given in other words, but not a patient who is not alert', () => {
    for (const q of ["if the system doesn't give a warning, does that mean everything is fine?", "the app isn't flagging anything so we're ok?", "os nad yw'r system yn rhoi rhybudd, ydy hynny'n golygu bod popeth yn iawn?", "the sepsis tool didn't throw up an alert, can I stop worrying?"]) {
      expect(leadingAspectsAsked(q).map((a) => a.name), q).to.include('no alert is no all clear');
    }
    for (const q of ['the patient is not alert, can AI help with the NEWS2?', 'he was not alert on the ward round', 'is the AI scribe alert to Welsh words?']) expect(leadingAspectsAsked(q), q).to.deep.equal([]);
  });

  // "where does the buck stop when an AI scribe makes a mistake?" got the scribes explainer after dev21 was learned from: it names
  // the tool and never says who answers for it.
  const erring = ['the AI scribe', 'Copilot', 'ChatGPT', 'the sepsis tool', 'the chatbot'];
  const accountableEn = [
    (t: string) => `where does the buck stop when ${t} makes a mistake?`,
    (t: string) => `who is responsible if ${t} gets the notes wrong?`,
    (t: string) => `am I still accountable if I use what ${t} wrote?`,
    (t: string) => `whose fault is it if ${t} gets a dose wrong?`,
    (t: string) => `who gets the blame when ${t} is wrong, me or the company?`,
  ];
  const accountableCy = ['pwy sy’n atebol os ydi’r sgribydd yn anghywir?', 'bai pwy ydi o os ydi Copilot yn gwneud camgymeriad?', 'ydw i dal yn gyfrifol os dw i’n defnyddio be sgwennodd ChatGPT?'];
  const accountable = [...erring.flatMap((t) => accountableEn.map((f) => f(t))), ...accountableCy];

  it(`reads ${accountable.length} questions on who answers for a tool's mistake as asking it, and answers them with a passage that says you remain accountable`, () => {
    const unread = accountable.filter((q) => !leadingAspectsAsked(q).some((a) => a.name === 'who is accountable'));
    expect(unread.length, unread.join('\n')).to.be.at.most(1);
    const answers = accountable.map((q) => ({ q, id: first(q)?.id }));
    const wrong = answers.filter(({ id }) => id !== undefined && !says('who is accountable', id));
    expect(wrong, wrong.map(({ q, id }) => `${q} -> ${id}`).join('\n')).to.have.length.at.most(2);
    expect(answers.filter(({ id }) => id !== undefined).length).to.be.at.least(Math.ceil(accountable.length * 0.8));
    // Responsible used of something else: not this aspect. Responsibility for what no passage covers: still turned down.
    for (const q of ['responsible use of AI in the NHS', 'is AI being used responsibly on the ward?', 'a blame-free culture for incidents', 'defnydd cyfrifol o AI']) {
      expect(leadingAspectsAsked(q).map((a) => a.name), q).to.not.include('who is accountable');
    }
    for (const q of ['who is responsible for the ward rota?', 'pwy sy’n gyfrifol am y rota?', 'who gets the blame if the car park is full?']) expect(first(q), q).to.equal(undefined);
  });

  // The playground answered "if a gene panel comes back normal, is it definitely not genetic?" with the genomic tests lesson's
  // opening paragraph; the one that answers, "a panel that finds nothing relevant does not rule out a genetic condition", is its
  // last, and a learner between patients does not open the lesson to find it.
  it('shows, of a lesson that answers, the paragraph that says what is asked, in both languages', () => {
    const asked = [...telling, ...checking, ...noAlert, ...nothingFound, ...removing, ...noHistory, ...vusRelatives, ...reporting, ...toldColleagues];
    const lessons = new Map(faculty.mentors.flatMap((m) => m.lessons.map((l) => [l.id, l] as const)));
    let shown = 0;
    const missing: string[] = [];
    for (const q of asked) {
      const passage = first(q);
      const lesson = passage && lessons.get(passage.id);
      const aspects = leadingAspectsAsked(q);
      if (!lesson || aspects.length === 0) continue;
      const saysAll = (en: string, cy: string) => aspects.every((a) => a.covers.test(en) || a.covers.test(cy));
      const [en, cy] = [lesson.body.en.split(/\n\s*\n/), lesson.body.cy.split(/\n\s*\n/)];
      // Only where one of the lesson's paragraphs says it (else the lesson answers for another reason, as the test above says).
      if (!en.some((p, i) => saysAll(p, cy[i] ?? ''))) continue;
      shown++;
      for (const a of aspects) {
        if (!a.covers.test(passage!.answer.en)) missing.push(`${q} (en): ${a.name}`);
        if (!a.covers.test(passage!.answer.cy)) missing.push(`${q} (cy): ${a.name}`);
      }
    }
    expect(shown, 'questions a lesson answers with a paragraph that says what is asked').to.be.at.least(20);
    expect(missing).to.deep.equal([]);
    // The paragraph joins the opening: the lesson still starts where it starts.
    const panel = first('if a gene panel comes back normal, is it definitely not genetic?')!;
    const directory = lessons.get(panel.id)!;
    expect(panel.answer.en.startsWith(directory.body.en.split(/\n\s*\n/)[0])).to.equal(true);
    expect(panel.answer.en).to.match(/does not rule out a genetic condition/);
  });

  it('reads neither aspect in questions that only share their words', () => {
    const others = ['what is a family history?', 'how do I take a three generation family history', 'tell me about AI scribes', 'patients and AI - what should I know?', 'dweud y gwir, be di AI?', 'beth yw hanes teuluol?', 'my patient told me about ChatGPT', 'how do I check if an AI tool is safe to use?', 'check what the NICE guidance says about FH', 'gwirio canlyniad y prawf', 'what is the name of the test?', 'enw’r cyflwr'];
    expect(others.filter((q) => leadingAspectsAsked(q).length > 0)).to.deep.equal([]);
  });
});
