import { createRetriever, type Passage, type Retriever } from './retrieval';
import type { DecisionModel } from './decision-model';
import type { Bilingual, Mentor } from './types';
import { isAboutOnePatient, isDecisionForOnePatient, isPatientSpecificRequest } from '../safety/patient-specific';

/** An explainer offered when the mentor has no answer ("did you mean…"). */
export interface NearestQuestion {
  readonly mentorId: string;
  readonly id: string;
  readonly question: Bilingual;
}

/** The digital faculty: every loaded mentor, its content index, and how a question finds its mentor. */
export interface Faculty {
  readonly mentors: readonly Mentor[];
  readonly defaultMentor: Mentor;
  readonly retriever: Retriever;
  get(id: string): Mentor | undefined;
  /** The mentor with this name or id, ignoring case. */
  named(name: string): Mentor | undefined;
  /** The mentor named, else the learner's current one, else the default. */
  forLearner(currentMentorId: string | undefined, name?: string): Mentor;
  /**
   * Chooses the mentor for `question`: the one named, else the one whose content answers it best,
   * else `fallback` (the conversation's mentor), else the default mentor. A patient-specific decision
   * request gets no passages: the caller sends the patient-specific deflection instead.
   */
  /** The mentor and passages for a question; with no passage, `offers` are its nearest questions (nearestQuestions). */
  choose(question: string, options?: { named?: Mentor; fallback?: Mentor }): { mentor: Mentor; passages: Passage[]; byTopic: boolean; offers: NearestQuestion[] };
  /**
   * What to offer when the mentor has no answer: the explainers and lessons nearest the question (any mentor's, or the
   * named one's), by the question or title the mentor does answer. Empty for a request about one patient.
   */
  nearestQuestions(question: string, options?: { named?: Mentor }): NearestQuestion[];
  /** "ask Gwen …", "Gwen: …", "gofyn i Gwen …": the mentor named at the start and the question after it. */
  addressed(text: string): { mentor: Mentor; question: string } | undefined;
}

/** How many nearest questions an abstention offers: enough to find the one meant, few enough to read in a glance. */
const NEAREST_OFFERED = 3;

/** `model` is the answer-or-abstain model; by default the committed one (mentors/decision-model.json). */
export function createFaculty(loaded: readonly Mentor[], model?: DecisionModel): Faculty {
  // The default mentor fronts the faculty: listed first wherever mentors are shown.
  const mentors = [...loaded].sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
  const byId = new Map(mentors.map((m) => [m.id, m]));
  const defaultMentor = mentors.find((m) => m.isDefault) ?? mentors[0];
  const retriever = createRetriever(mentors, model);
  const named = (name: string) => mentors.find((m) => m.name.toLowerCase() === name.toLowerCase() || m.id === name.toLowerCase());
  const nearestQuestions: Faculty['nearestQuestions'] = (question, options = {}) => {
    // A request about one patient is not met with "did you mean" (the learner is told the mentor does not advise on patients).
    if (isPatientSpecificRequest(question) || isAboutOnePatient(question)) return [];
    // Explainers and lessons, nearest first: a lesson by its title, which the mentor answers from that lesson
    // (test/unit/nearest-questions.test.ts asks every title), unless an explainer of its topic is offered before it
    // ("What does explainability mean?" then "Explainability: why did the AI say that?" says one thing twice).
    const offered: Passage[] = [];
    for (const p of retriever.nearest(question, { limit: 8, ...(options.named ? { mentorId: options.named.id } : {}) })) {
      if (offered.length === NEAREST_OFFERED) break;
      if (p.kind === 'lesson' && offered.some((o) => o.kind === 'explainer' && o.mentorId === p.mentorId && o.topic === p.topic)) continue;
      offered.push(p);
    }
    return offered.map((p) => ({ mentorId: p.mentorId, id: p.id, question: p.title }));
  };
  /** Words only a Welsh sentence has. */
  const WELSH_MARKERS = new Set('y yr mae ydy ydi yw beth sut ei efo gyda fy dy eich gael cael oes ddim dim hefyd neu ond pwy pam pryd sydd sy gan wedi yn ac mewn hyn hynny'.split(' '));
  const wordsOf = (text: string) => new Set(text.normalize('NFC').toLowerCase().match(/[\p{L}\d'’-]+/gu) ?? []);
  /** The mentor one of whose field words the question has, with those words, if only one mentor's are there. */
  const markedField = (question: string): { mentor: string; words: readonly string[] } | undefined => {
    const words = wordsOf(question);
    // A two-letter field word in a Welsh sentence is Welsh ("ai" is "a'i" typed without its apostrophe: "cafodd ei mam ai chwaer
    // ganser"), unless written in capitals ("AI").
    const welsh = [...words].some((w) => WELSH_MARKERS.has(w));
    const counts = (w: string) => words.has(w) && (w.length > 2 || !welsh || new RegExp(String.raw`(?<![\p{L}])${w.toUpperCase()}(?![\p{L}])`, 'u').test(question));
    const fields = mentors.map((m) => ({ mentor: m.id, words: (m.fieldWords ?? []).filter(counts) })).filter((f) => f.words.length > 0);
    return fields.length === 1 ? fields[0] : undefined;
  };
  /** Whether a passage's title or answer, in either language, has any of `words`. */
  const says = (passage: Passage, words: readonly string[]) => {
    const text = wordsOf([passage.title.en, passage.title.cy, passage.answer.en, passage.answer.cy].join(' '));
    return words.some((w) => text.has(w));
  };
  return {
    mentors,
    defaultMentor,
    retriever,
    get: (id) => byId.get(id),
    named,
    // A mentor by name ("quiz Gwen"), else by its field ("quiz me on genomics", "gwers ar eneteg"): the mentor whose content
    // the word finds.
    forLearner: (currentMentorId, name) =>
      (name && (named(name) ?? byId.get(retriever.search(name, { limit: 1 })[0]?.mentorId ?? ''))) || byId.get(currentMentorId ?? '') || defaultMentor,
    choose(question, options = {}) {
      const searched = retriever.search(question, { limit: 12, ...(options.named ? { mentorId: options.named.id } : {}) });
      // A question marked as one mentor's field ("how is AI used in cancer care") is not answered from another's passage that says
      // nothing of it (Gwen's cancer genomics): that mentor declines, offering the nearest questions (stop 54's probe).
      const marked = options.named ? undefined : markedField(question);
      const foreign = marked !== undefined && searched[0] !== undefined && searched[0].mentorId !== marked.mentor && !says(searched[0], marked.words);
      const found = foreign ? [] : searched;
      // Whatever leaves it unanswered, a question marked as one mentor's field ("NIPT", "trisomy", "can AI diagnose cancer") is
      // that mentor's to decline, whoever's questions are nearest: HALI declines, offering Gwen's nearest too.
      const markedAbstains = marked !== undefined && !found[0] ? marked.mentor : undefined;
      const byTopic = !options.named && !!found[0];
      // With no answer, the nearest questions are offered ("did you mean"), by the mentor whose they are.
      const offers = found[0] ? [] : nearestQuestions(question);
      // A decision about one patient gets the patient-specific deflection from the mentor whose field it is, never content
      // that would read as advice for that patient. Nothing is offered for it, so its field is the ranker's best passage's
      // (retriever.fieldOf): "Does Mrs [name removed] need a BRCA test?" is Gwen's, though retrieval answers it with nothing, and
      // the words model reads a named patient as out of scope.
      const onePatient = isDecisionForOnePatient(question);
      const field = onePatient && !found[0] ? retriever.fieldOf(question) : undefined;
      const mentor = options.named ?? byId.get(found[0]?.mentorId ?? markedAbstains ?? offers[0]?.mentorId ?? field ?? '') ?? options.fallback ?? defaultMentor;
      if (onePatient) return { mentor, passages: [], byTopic, offers };
      return { mentor, passages: found.filter((p) => p.mentorId === mentor.id).slice(0, 3), byTopic, offers };
    },
    nearestQuestions,
    addressed(text) {
      const match = /^(?:(?:please\s+)?ask|gofyn(?:nwch)?\s+i|holi)\s+([\p{L}-]+)[,:]?\s+(.+)$/isu.exec(text.trim()) ?? /^@?([\p{L}-]+)\s*[:,]\s*(.+)$/isu.exec(text.trim());
      if (!match) return undefined;
      const mentor = named(match[1]);
      return mentor ? { mentor, question: match[2].trim() } : undefined;
    },
  };
}
