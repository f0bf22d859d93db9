/** Longest contribution text kept (after redaction); the rest is cut with an ellipsis. */
export const MAX_CONTRIBUTION_CHARS = 600;
/** Contributions kept per participant per thread; older ones are dropped first. */
export const MAX_CONTRIBUTIONS_KEPT = 30;
/** Longest display name kept. */
export const MAX_NAME_CHARS = 80;

export interface Contribution {
  readonly stage: number;
  /** Redacted and bounded. */
  readonly text: string;
  readonly concepts: readonly string[];
  readonly at: string;
}

/**
 * One member's part in one case thread: their display name and their (redacted) words. A document
 * of its own, tagged with the member, so "my data" exports it and "forget me" deletes it.
 */
export interface CaseParticipant {
  readonly learnerId: string;
  readonly name: string;
  readonly threadId: string;
  readonly caseId: string;
  /** Which run of a case in this thread (its start time): a case run again starts afresh. */
  readonly run: string;
  readonly contributions: readonly Contribution[];
  readonly joinedAt: string;
}

export function boundText(text: string, max: number): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1).trimEnd()}…`;
}

/** The participant with one more contribution; joins them if this is their first. */
export function addContribution(
  current: CaseParticipant | undefined,
  who: { learnerId: string; name: string; threadId: string; caseId: string; run: string },
  contribution: Contribution,
): CaseParticipant {
  const base = current && current.run === who.run ? current : { ...who, contributions: [], joinedAt: contribution.at };
  const text = boundText(contribution.text, MAX_CONTRIBUTION_CHARS);
  return {
    ...base,
    name: boundText(who.name, MAX_NAME_CHARS),
    contributions: [...base.contributions, { ...contribution, text }].slice(-MAX_CONTRIBUTIONS_KEPT),
  };
}
