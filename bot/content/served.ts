import { createFaculty, type Faculty } from '../mentors/faculty';
import type { Mentor, Review } from '../mentors/types';

/**
 * What learners are served, from the review verdicts. In production only items approved for their
 * current text in both roles reach a lesson, quiz, nudge, case, offline answer or the model's
 * retrieval; elsewhere everything is served and unapproved items carry review status "draft", which
 * the cards show as a draft label.
 */

/** Item key to review, for the items approved for their current hash (case stages keyed per stage). */
export type Verdicts = ReadonlyMap<string, Review>;

/** The verdicts the served content was built from, and a key that changes whenever that content does. */
export interface ServedVerdicts {
  readonly key: string;
  readonly verdicts: Verdicts;
}

const DRAFT: Review = { status: 'draft' };

export function servedMentors(mentors: readonly Mentor[], verdicts: Verdicts, serveDrafts: boolean): Mentor[] {
  return mentors.map((mentor) => {
    const mark = <T extends { id: string; review: Review }>(kind: string, item: T): T => ({ ...item, review: verdicts.get(`${kind}:${item.id}`) ?? DRAFT });
    const keep = <T extends { review: Review }>(items: T[]) => (serveDrafts ? items : items.filter((x) => x.review.status === 'reviewed'));
    const lessons = keep(mentor.lessons.map((l) => mark('lesson', l)));
    const lessonIds = new Set(lessons.map((l) => l.id));
    const cases = mentor.cases.map((c) => {
      const stages = c.stages.map((s) => verdicts.get(`case-stage:${c.id}/${s.id}`));
      const review = stages.every((r) => r) ? { status: 'reviewed' as const, reviewer: stages[0]!.reviewer, date: stages[0]!.date } : DRAFT;
      return { ...c, review, relatedLessons: c.relatedLessons.filter((id) => serveDrafts || lessonIds.has(id)) };
    });
    return {
      ...mentor,
      lessons,
      quiz: keep(mentor.quiz.map((q) => mark('quiz', q))).filter((q) => lessonIds.has(q.lessonId)),
      explainers: keep(mentor.explainers.map((e) => mark('explainer', e))),
      cases: keep(cases),
    };
  });
}

/**
 * A Faculty whose content is swapped whenever the verdicts change, so an approval reaches learners
 * without a restart. Everyone holding it sees the new content on their next call.
 */
export class GovernedFaculty implements Faculty {
  private current: Faculty;
  private servedKey = '';
  private verdicts: Verdicts = new Map();

  constructor(
    private readonly all: readonly Mentor[],
    private readonly serveDrafts: boolean,
  ) {
    this.current = createFaculty(servedMentors(all, new Map(), serveDrafts));
  }

  /** Rebuilds the served content (and its search index) when the set of approved items changed. */
  apply(verdicts: Verdicts): boolean {
    const key = [...verdicts.keys()].sort().join('|');
    if (key === this.servedKey) return false;
    this.servedKey = key;
    this.verdicts = verdicts;
    this.current = createFaculty(servedMentors(this.all, verdicts, this.serveDrafts));
    return true;
  }

  get mentors() {
    return this.current.mentors;
  }
  /** What the served content was built from: a second thread rebuilds the same content from it. */
  get served(): ServedVerdicts {
    return { key: this.servedKey, verdicts: this.verdicts };
  }
  get defaultMentor() {
    return this.current.defaultMentor;
  }
  get retriever() {
    return this.current.retriever;
  }
  get: Faculty['get'] = (id) => this.current.get(id);
  named: Faculty['named'] = (name) => this.current.named(name);
  forLearner: Faculty['forLearner'] = (id, name) => this.current.forLearner(id, name);
  choose: Faculty['choose'] = (question, options) => this.current.choose(question, options);
  nearestQuestions: Faculty['nearestQuestions'] = (question, options) => this.current.nearestQuestions(question, options);
  addressed: Faculty['addressed'] = (text) => this.current.addressed(text);
}
