import type { Mentor, Review } from '../mentors/types';
import type { ContentSnapshot, DecisionLog, DecisionRecord } from '../store/decisions';
import { reviewItems, type ReviewItem } from './review-items';
import { reviewState, type ReviewerRole, type ReviewState } from './review-state';
import { GovernedFaculty } from './served';

export interface ItemWithState {
  readonly item: ReviewItem;
  readonly state: ReviewState;
}

/**
 * Content governance: the review items of every mentor, their decisions, and the faculty learners
 * are served from. Decisions are read from the store (so every instance agrees) and the served
 * content follows them after each decision here and on each `refresh` (a timer in index.ts).
 */
export class ContentGovernance {
  readonly items: readonly ReviewItem[];
  readonly faculty: GovernedFaculty;
  private readonly byKey: ReadonlyMap<string, ReviewItem>;

  constructor(
    readonly mentors: readonly Mentor[],
    private readonly decisions: DecisionLog,
    serveDrafts: boolean,
  ) {
    this.items = reviewItems(mentors);
    this.byKey = new Map(this.items.map((i) => [i.key, i]));
    this.faculty = new GovernedFaculty(mentors, serveDrafts);
    this.faculty.apply(verdictsOf(this.items.map((item) => ({ item, state: reviewState(item, []) }))));
  }

  item(key: string): ReviewItem | undefined {
    return this.byKey.get(key);
  }

  /** Every item with its state, read fresh from the decision log (one partition read per mentor). */
  async states(): Promise<ItemWithState[]> {
    const byItem = await this.decisionsByItem();
    return this.items.map((item) => ({ item, state: reviewState(item, byItem.get(item.key) ?? []) }));
  }

  /** One item's state, its full decision history, and the text last approved when it differs from now. */
  async stateOf(item: ReviewItem): Promise<{ state: ReviewState; history: DecisionRecord[]; approvedText?: ContentSnapshot }> {
    const history = (await this.decisions.forMentor(item.mentorId)).filter((d) => d.itemKey === item.key);
    const state = reviewState(item, history);
    const previous = state.lastApproved && state.lastApproved.hash !== item.hash ? state.lastApproved : undefined;
    const approvedText = previous ? await this.decisions.snapshot(item.mentorId, previous.hash) : undefined;
    return { state, history, ...(approvedText ? { approvedText } : {}) };
  }

  /** Records a decision on the item's current text and updates what learners are served. */
  async decide(item: ReviewItem, decision: Omit<DecisionRecord, 'itemKey' | 'mentorId' | 'hash'>): Promise<ReviewState> {
    await this.decisions.record({ ...decision, itemKey: item.key, mentorId: item.mentorId, hash: item.hash }, item.text);
    await this.refresh();
    return (await this.stateOf(item)).state;
  }

  /** Re-reads the decisions and swaps the served content if it changed; true when it did. */
  async refresh(): Promise<boolean> {
    return this.faculty.apply(verdictsOf(await this.states()));
  }

  private async decisionsByItem(): Promise<Map<string, DecisionRecord[]>> {
    const byItem = new Map<string, DecisionRecord[]>();
    for (const mentor of this.mentors) {
      for (const d of await this.decisions.forMentor(mentor.id)) {
        const list = byItem.get(d.itemKey);
        if (list) list.push(d);
        else byItem.set(d.itemKey, [d]);
      }
    }
    return byItem;
  }
}

/** The served items' reviews: who approved and when, as the cards and exports show it. */
export function verdictsOf(states: readonly ItemWithState[]): Map<string, Review> {
  const verdicts = new Map<string, Review>();
  for (const { item, state } of states) {
    if (!state.served) continue;
    const names = (['educator', 'welsh-reviewer'] as ReviewerRole[]).map((r) => state.roles[r].by ?? '').filter(Boolean);
    const date = (['educator', 'welsh-reviewer'] as ReviewerRole[]).map((r) => state.roles[r].at ?? '').sort().pop() ?? '';
    verdicts.set(item.key, { status: 'reviewed', reviewer: [...new Set(names)].join(', '), date: date.slice(0, 10) });
  }
  return verdicts;
}
