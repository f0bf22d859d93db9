import type { Language } from '../i18n';
import type { Mentor } from '../mentors/types';
import { LESSON_MINUTES } from '../reporting/vocabulary';

/** One item of Viva Learning's catalogue (Graph learningContent), keyed by HALI's stable external id. */
export interface VivaContent {
  readonly externalId: string;
  readonly title: string;
  readonly description: string;
  readonly contentWebUrl: string;
  readonly languageTag: string;
  /** ISO 8601 duration. */
  readonly duration: string;
  readonly format: 'Course' | 'Learning path';
  readonly sourceName: 'HALI';
  readonly thumbnailWebUrl?: string;
  readonly isActive: true;
  readonly isSearchable: true;
  readonly isPremium: false;
}

const TAG: Record<Language, string> = { en: 'en-gb', cy: 'cy-gb' };
/** `lesson`/`path`: the typed commands the deep links pre-fill (bot/i18n/commands.ts, LESSON_BY_ID and PATHWAY). */
const WORDS: Record<Language, { pathway: string; lesson: string; path: string; description: (n: number) => string }> = {
  en: { pathway: 'pathway', lesson: 'lesson', path: 'path', description: (n) => `${n} two-minute lessons in Microsoft Teams, with quizzes and sources.` },
  cy: { pathway: 'llwybr', lesson: 'gwers', path: 'llwybr', description: (n) => `${n} gwers dau funud yn Microsoft Teams, gyda chwisiau a ffynonellau.` },
};

export const lessonExternalId = (mentorId: string, lessonId: string, language: Language) => `hali-lesson-${mentorId}-${lessonId}-${language}`;
export const pathwayExternalId = (mentorId: string, language: Language) => `hali-pathway-${mentorId}-${language}`;

/** Reads back which lesson an external id names (assignments arrive with Viva's ids; this maps them home). */
export function lessonOfExternalId(externalId: string, mentors: readonly Mentor[]): { mentor: Mentor; lessonId: string; language: Language } | undefined {
  for (const mentor of mentors) {
    for (const language of ['en', 'cy'] as const) {
      const lesson = mentor.lessons.find((l) => lessonExternalId(mentor.id, l.id, language) === externalId);
      if (lesson) return { mentor, lessonId: lesson.id, language };
    }
  }
  return undefined;
}

/**
 * A deep link that opens HALI's one-to-one chat with a command typed in (Teams' chat deep link with
 * the bot's id and a pre-filled message): "lesson <id>" for a lesson, so "Start" in Viva Learning
 * opens exactly the lesson picked there; "path <mentor>" for a pathway.
 */
export function chatDeepLink(botId: string, command: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=28:${encodeURIComponent(botId)}&message=${encodeURIComponent(command)}`;
}

/** Every lesson and each mentor's pathway as a whole, in English and in Welsh. */
export function vivaCatalogue(mentors: readonly Mentor[], botId: string, thumbnailUrl?: string): VivaContent[] {
  const items: VivaContent[] = [];
  const common = { sourceName: 'HALI' as const, isActive: true as const, isSearchable: true as const, isPremium: false as const, ...(thumbnailUrl ? { thumbnailWebUrl: thumbnailUrl } : {}) };
  for (const mentor of mentors) {
    if (mentor.lessons.length === 0) continue;
    for (const language of mentor.languages) {
      items.push({
        ...common,
        externalId: pathwayExternalId(mentor.id, language),
        title: `${mentor.name}: ${mentor.role[language]} (${WORDS[language].pathway})`,
        description: WORDS[language].description(mentor.lessons.length),
        contentWebUrl: chatDeepLink(botId, `${WORDS[language].path} ${mentor.name}`),
        languageTag: TAG[language],
        duration: `PT${mentor.lessons.length * LESSON_MINUTES}M`,
        format: 'Learning path',
      });
      for (const lesson of mentor.lessons) {
        items.push({
          ...common,
          externalId: lessonExternalId(mentor.id, lesson.id, language),
          title: lesson.title[language],
          description: lesson.keyPoints[language].join(' '),
          contentWebUrl: chatDeepLink(botId, `${WORDS[language].lesson} ${lesson.id}`),
          languageTag: TAG[language],
          duration: `PT${LESSON_MINUTES}M`,
          format: 'Course',
        });
      }
    }
  }
  return items;
}
