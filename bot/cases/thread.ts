import type { CaseStudy } from '../mentors/types';

export const CASE_SCHEMA_VERSION = 1;

/**
 * One case discussion: the shared state of a thread (or a group chat). It holds no one's words or
 * name: those live in each participant's own document, so erasure and export reach them.
 */
export interface CaseThread {
  readonly schemaVersion: number;
  readonly caseId: string;
  readonly mentorId: string;
  /** The stage the team is on, from 0. */
  readonly stage: number;
  /** Bumped on every reveal; a "Reveal next" press carries the stage it was pressed on. */
  readonly version: number;
  /** Concept ids the team has covered, per stage. */
  readonly covered: readonly (readonly string[])[];
  /** Contributions received, per stage. */
  readonly contributions: readonly number[];
  /** Hints and model answers given, per stage. */
  readonly hintsUsed: readonly number[];
  readonly startedAt: string;
  readonly updatedAt: string;
  /** Set when the last stage has been revealed past (or the case was ended): the thread is free again. */
  readonly finishedAt?: string;
}

/** A new discussion of `study`, on its first stage. */
export function startThread(study: CaseStudy, mentorId: string, now: Date): CaseThread {
  const stages = study.stages.length;
  return {
    schemaVersion: CASE_SCHEMA_VERSION,
    caseId: study.id,
    mentorId,
    stage: 0,
    version: 1,
    covered: Array.from({ length: stages }, () => []),
    contributions: Array.from({ length: stages }, () => 0),
    hintsUsed: Array.from({ length: stages }, () => 0),
    startedAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
}

export function isActive(thread: CaseThread | undefined): thread is CaseThread {
  return !!thread && !thread.finishedAt;
}

const replaceAt = <T>(list: readonly T[], index: number, value: T): T[] => list.map((item, i) => (i === index ? value : item));

/** One contribution at `stage`, covering `conceptIds` (added to what the team had already covered). */
export function recordContribution(thread: CaseThread, stage: number, conceptIds: readonly string[], now: Date): CaseThread {
  if (stage < 0 || stage >= thread.covered.length) return thread;
  const covered = [...new Set([...thread.covered[stage], ...conceptIds])];
  return {
    ...thread,
    covered: replaceAt(thread.covered, stage, covered),
    contributions: replaceAt(thread.contributions, stage, thread.contributions[stage] + 1),
    updatedAt: now.toISOString(),
  };
}

/** A hint (or the model answer) given at the current stage. */
export function recordHint(thread: CaseThread, now: Date): CaseThread {
  return { ...thread, hintsUsed: replaceAt(thread.hintsUsed, thread.stage, thread.hintsUsed[thread.stage] + 1), updatedAt: now.toISOString() };
}

export interface RevealOutcome {
  readonly thread: CaseThread;
  /** False when the press was stale (someone else revealed first) or the case had already ended. */
  readonly advanced: boolean;
}

/**
 * "Reveal next" pressed on `pressedStage`: moves to the next stage, or finishes after the last one.
 * Only a press made on the current stage counts, so two members pressing together advance it once.
 */
export function reveal(thread: CaseThread, pressedStage: number, now: Date): RevealOutcome {
  if (thread.finishedAt || pressedStage !== thread.stage) return { thread, advanced: false };
  const last = thread.stage >= thread.covered.length - 1;
  const stamp = now.toISOString();
  const next = last ? { ...thread, finishedAt: stamp } : { ...thread, stage: thread.stage + 1 };
  return { thread: { ...next, version: thread.version + 1, updatedAt: stamp }, advanced: true };
}

/**
 * Takes back the reveal that made `revealed`, when the stage it moved to could not be posted to the thread: nobody read it, so the
 * team stays on the stage they read and Reveal next pressed there moves on again. Only while the thread is still as that reveal
 * left it (no other reveal, no contribution since); an ended case stays ended.
 */
export function unreveal(thread: CaseThread, revealed: CaseThread, now: Date): CaseThread {
  if (thread.version !== revealed.version || thread.updatedAt !== revealed.updatedAt || thread.finishedAt || thread.stage === 0) return thread;
  return { ...thread, stage: thread.stage - 1, version: thread.version + 1, updatedAt: now.toISOString() };
}

/** Ends the case where it stands (the team asked to finish early). */
export function finish(thread: CaseThread, now: Date): RevealOutcome {
  if (thread.finishedAt) return { thread, advanced: false };
  const stamp = now.toISOString();
  return { thread: { ...thread, finishedAt: stamp, version: thread.version + 1, updatedAt: stamp }, advanced: true };
}
