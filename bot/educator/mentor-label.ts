import { midSentence, type Language } from '../i18n';
import type { Mentor } from '../mentors/types';

/**
 * A mentor as the bot introduces it, from the mentor's own data: "Gwen (genomics mentor)", "Gwen (mentor genomeg)".
 * The workspace shows this, never the id ("gwen"), so a mentor added as a folder of data is named with no code change.
 */
export function mentorLabel(mentor: Pick<Mentor, 'name' | 'role'>, language: Language): string {
  return `${mentor.name} (${midSentence(mentor.role[language])})`;
}

/** The labels in both languages, for the page (which switches language without asking the server again). */
export function mentorLabels(mentor: Pick<Mentor, 'name' | 'role'>): { en: string; cy: string } {
  return { en: mentorLabel(mentor, 'en'), cy: mentorLabel(mentor, 'cy') };
}
