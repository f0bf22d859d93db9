import { expect } from 'chai';
import { expectKept } from '../helpers/variants';
import { realFaculty } from '../helpers/app';
import { CHATTER, chattyVariants, wrappedInChat, type ChattyLanguage } from '../helpers/chatty';
import { evaluationSet, MENTOR_IDS } from '../helpers/evaluation';
import { chatAround, clausesOf } from '../../bot/mentors/chat-clauses';
import { radicals, subjectTerms, words } from '../../bot/mentors/terms';

describe('a question wrapped in chat gets the answer it gets asked bare', function () {
  // Hundreds of generated questions read through the whole retriever: seconds on a busy machine.
  this.timeout(60_000);
  const faculty = realFaculty();
  const answer = (q: string) => faculty.choose(q).passages[0]?.id;

  it('wraps questions in chat that names no subject of the content: no chatter word names a passage or is a word of a terms table', () => {
    const groups = faculty.mentors.flatMap((m) => m.terms ?? []);
    const termWords = new Set(groups.flatMap((g) => g.words.flatMap(subjectTerms)));
    const phrases = groups.flatMap((g) => g.phrases ?? []).map((p) => ` ${words(p).join(' ')} `);
    const chatter = (['en', 'cy'] as const).flatMap((language) => Object.values(CHATTER[language]).flat());
    const naming = chatter.flatMap((text) => {
      const bySubject = subjectTerms(text).filter((term) => [term, ...radicals(term)].some((form) => faculty.retriever.isSubjectWord(form) || termWords.has(form)));
      const byPhrase = phrases.filter((p) => ` ${words(text).join(' ')} `.includes(p));
      return [...bySubject, ...byPhrase].map((word) => `${word} (in "${text}")`);
    });
    expect(chatter.length).to.be.above(70);
    expect(naming, naming.join('\n')).to.deep.equal([]);
  });

  it('checks chatter words against the index: a word naming a passage, as written, mutated or through a terms table, is caught', () => {
    expect(faculty.retriever.isSubjectWord('lynch')).to.equal(true);
    // "mawr" of HALI's "model iaith mawr", read before its mutation.
    expect(faculty.retriever.isSubjectWord('fawr')).to.equal(true);
    // "break" is Gwen's terms-table word for communicating ("break the news").
    expect(faculty.retriever.isSubjectWord('break')).to.equal(true);
    expect(faculty.retriever.isSubjectWord('huddle')).to.equal(false);
  });

  // Floors for each language. Before slice 17t (bot/mentors/chat-clauses.ts), five seeds: 81-83% English and 61-64% Welsh,
  // nearly all the rest abstaining. Since: 95.5-97.1% English and 95.2-97.1% Welsh, under 1% another topic.
  const FLOORS: Readonly<Record<ChattyLanguage, number>> = { en: 0.95, cy: 0.95 };
  for (const seed of [1, 42, 2026]) {
    it(`answers ~600 generated chatty questions (seed ${seed}) as asked bare: at least 95% in each language, under 2% another topic`, () => {
      const results = chattyVariants(faculty, { seed });
      expect(results.length).to.be.above(550);
      expectKept(results, FLOORS, 0.02, 'bare');
    });
  }

  it('reads thanks, apologies and "I am learning Welsh" as chat, whatever their words name ("diolch yn fawr", "dw i\'n dysgu Cymraeg")', () => {
    // From dev13 and dev14: "Helo. Dw i'n dysgu Cymraeg. Beth ydy 'cascade testing'? Diolch yn fawr" abstained, "dysgu" read as
    // machine learning and "fawr" as the large of "model iaith mawr".
    const openers = ["Dw i'n dysgu Cymraeg.", 'Helo. Dwi’n dysgu Cymraeg.', 'Dysgwr dw i, sori.', "Rwy'n dysgu Cymraeg, felly sori am y camgymeriadau."];
    const closers = ['Diolch yn fawr', 'Diolch yn fawr iawn!', 'Sori am y cwestiwn twp', 'Dim brys, diolch'];
    const questions = faculty.mentors.flatMap((m) => m.explainers.map((e) => e.question.cy));
    const asked = questions.flatMap((q, i) => [`${openers[i % openers.length]} ${q}`, `${q} ${closers[i % closers.length]}`, `${openers[(i + 1) % openers.length]} ${q} ${closers[(i + 2) % closers.length]}`]);
    const differ = asked.filter((text, i) => answer(text) !== answer(questions[Math.floor(i / 3)])).map((text) => `${text} → ${answer(text)}`);
    expect(asked.length).to.be.above(100);
    expect(differ.length / asked.length, differ.join('\n')).to.be.below(0.03);
    // A clause that asks is never chat, though it starts with thanks: "Diolch - beth yw AI?".
    expect(answer('Diolch - beth yw AI?')).to.equal(answer('beth yw AI?'));
  });

  it('still abstains on an out-of-scope question wrapped in chat', () => {
    // The out-of-scope questions of the tuned, held-out and blind sets the mentor abstains on, each wrapped three ways.
    const questions = MENTOR_IDS.flatMap((m) => (['tuned', 'heldout', 'blind'] as const).flatMap((set) => evaluationSet(m, set)))
      .filter((q) => q.expected === 'abstain' && answer(q.question) === undefined);
    const wrapped = questions.flatMap((q, i) => wrappedInChat(q.question, q.language, { seed: i + 1 }));
    const answered = wrapped.filter((message) => answer(message) !== undefined);
    expect(wrapped.length).to.be.above(300);
    // Three messages around one blind question ("how many genomic tests did our health board do last year") are
    // answered: the bare question is within a hair of the threshold, and chat that names nothing tips it.
    expect(answered.length, answered.join('\n')).to.be.at.most(3);
    expect(answer('We had a really busy shift today. best diet for cholesterol? thanks!')).to.equal(undefined);
    expect(answer('One of the doctors mentioned it in handover. how do I treat a chest infection? cheers')).to.equal(undefined);
    expect(answer('The ward was short-staffed again last night. which AI companies should I invest in cheers')).to.equal(undefined);
  });

  it('answers the subject told in the context when the question itself names nothing', () => {
    // A context clause that names a passage is asked, not chat: "how does that work?" asks about it.
    expect(answer('So we had a lovely family in clinic today and the dad has very high cholesterol and his brother had a heart attack at 40, and the consultant mentioned FH and testing the kids, how does that work?'))
      .to.be.oneOf(['gwen-familial-hypercholesterolaemia', 'gwen-cascade-testing']);
  });
});

describe('chat-clauses: the clauses of a message and the chat around its question', function () {
  // Hundreds of generated questions read through the whole retriever: seconds on a busy machine.
  this.timeout(60_000);
  const names = (nameWords: string[]) => (clause: readonly string[]) => clause.some((t) => nameWords.includes(t));

  it('breaks a message at sentence ends, dashes, commas, emoji, "but"/"ond", thanks and a sentence run on without its full stop', () => {
    const clauses = (text: string) => clausesOf(text).map((c) => c.terms.join(' '));
    expect(clauses('sorry if this is a daft question but what is AI? thanks!')).to.deep.equal(['sorry daft question', 'ai']);
    expect(clauses('how does Copilot work We had a busy day cheers')).to.deep.equal(['copilot', 'busy day', 'cheer']);
    // ("shifft", like "shift", is the workplace around a question: a stop word.)
    expect(clauses("sut mae ChatGPT yn gweithio Dw i newydd orffen shifft hir - diolch o galon")).to.deep.equal(['chatgpt', 'orffen hir', 'galon']);
    // A name starts no clause: "Lynch" is asked about.
    expect(clauses('what does Lynch mean for the family')).to.deep.equal(['lynch family']);
    // An emoji is typed where a full stop would be, a skin tone or joined emoji as one.
    expect(clauses('I sort of waffled my way through it 🙈 can you explain LLMs')).to.deep.equal(['sort waffled through', 'llms']);
    expect(clauses('night shift was manic 🤦🏽‍♀️ what is automation bias 😅')).to.deep.equal(['night manic', 'automation bias']);
  });

  it('reads a clause as asked when it is a question: a question mark, or a question word or verb first', () => {
    const asked = (text: string) => clausesOf(text).map((c) => c.question);
    expect(asked("both parents carriers - what's the risk")).to.deep.equal([false, true]);
    expect(asked('We had a busy shift. is it safe')).to.deep.equal([false, true]);
    expect(asked('Beth yw AI? Roedd y ward yn brin o staff.')).to.deep.equal([true, false]);
    // The Welsh "does neb" (there is nobody) is no English "does".
    expect(asked('Does neb yn y tîm yn siŵr.')).to.deep.equal([false]);
  });

  it('finds chat only beside a clause that names something, never in a question, and never a word the question also has', () => {
    const chat = (text: string, nameWords: string[]) => [...chatAround(text, names(nameWords)).chat];
    expect(chat('The ward was busy last night. What is AI?', ['ai'])).to.deep.equal(['busy', 'last', 'night']);
    // Nothing named: the whole message is asked (an out-of-scope question keeps its subject).
    expect(chat('The ward was busy last night. What is the best diet?', ['ai'])).to.deep.equal([]);
    // A question naming nothing is still asked ("what's the risk").
    expect(chat("both parents carriers - what's the risk", ['carrier'])).to.deep.equal([]);
    // A word also in the naming clause stays asked.
    expect(chat('A long day. How long does AI take?', ['ai'])).to.deep.equal(['day']);
    expect(chatAround('The ward was busy last night. What is AI?', names(['ai'])).asked.trim()).to.equal('What is AI?');
  });

  it('keeps a clause that sets up the question after it ("if…, what do I say?") as asked, in English and Welsh', () => {
    const chat = (text: string, nameWords: string[]) => [...chatAround(text, names(nameWords)).chat];
    expect(chat("Sorry, I'm not very techy. If a computer made a decision about them, what am I supposed to say?", ['say'])).to.deep.equal(['sorry', 'techy']);
    expect(chat('When the AI gets it wrong, who is to blame?', ['blame'])).to.deep.equal([]);
    expect(chat("Os ydy'r cyfrifiadur yn anghywir, pwy sydd ar fai?", ['bai'])).to.deep.equal([]);
    // Not a condition before a statement: "if I'm honest, it's been a long shift" is chat beside the question.
    expect(chat("If I'm honest it's been a long shift. What is AI?", ['ai'])).to.include('honest');
  });

  it('answers a question whose subject is in the clause that sets it up', () => {
    const faculty = realFaculty();
    // The chat ("Sorry, I'm not very techy") is left out and the clause that sets the question up read. Being open with patients
    // led the answer until the decision's words model (decision-model.ts) let the phrasings' pick, accountability, answer
    // first: a known miss. Explainability, which says what people may be told of automated decisions about them, comes with it.
    const ids = faculty.choose("Sorry, I'm not very techy. If a patient asks me whether a computer made a decision about them, what am I supposed to say?").passages.map((p) => p.id);
    expect(ids).to.include.oneOf(['hali-x-being-open-with-patients', 'hali-x-explainability']);
  });
});
