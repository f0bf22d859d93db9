/** Learning facts: the shared types live with the learner (bot/learning/learning-records.ts). */
export type { FactKind, LearningFact } from '../learning/learning-records';
