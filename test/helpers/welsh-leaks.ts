/**
 * What an English-reading eye would catch on a card meant to be Welsh: every visible string of what HALI sent, and those that
 * read as English (two or more common English words or UI words, or one in a short string), source titles and links apart.
 */
import type { Activity } from 'botbuilder';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const TEXT_KEYS = new Set(['text', 'title', 'placeholder', 'altText', 'label', 'errorMessage', 'fallbackText', 'speak', 'tooltip', 'name', 'abstract', 'description', 'summary', 'value']);
const SKIP_KEYS = new Set(['data', 'verb', 'id', 'type', 'url', 'iconUrl', 'contentType', 'style', '$schema', 'version', 'msteams', 'refresh', 'userIds', 'channelData', 'conversation', 'from', 'recipient', 'serviceUrl', 'channelId', 'replyToId', 'timestamp', 'locale', 'textFormat', 'inputHint', 'contentUrl', 'uploadInfo', 'acceptContext', 'declineContext', 'position', '@type', '@context', 'keywords']);

/** Every visible string in the activities HALI sent (message text, card strings, choices, placeholders, entity text). */
export function visibleTexts(activities: Partial<Activity>[] | Record<string, any> | undefined): string[] {
  const out: string[] = [];
  const walk = (node: unknown, key?: string, parentKey?: string) => {
    if (typeof node === 'string') {
      if (key && TEXT_KEYS.has(key)) out.push(node);
      return;
    }
    if (Array.isArray(node)) return node.forEach((n) => walk(n, key, parentKey));
    if (node && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      for (const [k, v] of Object.entries(obj)) {
        if (SKIP_KEYS.has(k)) continue;
        // A choice's value is an id, not shown; an input's value is shown (a default), a fact's value is shown.
        if (k === 'value' && typeof v === 'string' && key === 'choices') continue;
        if (k === 'value' && typeof v === 'string' && obj.type === 'Input.ChoiceSet') continue;
        if (k === 'value' && typeof v === 'string' && obj.type === 'Input.Toggle') continue;
        if ((k === 'valueOn' || k === 'valueOff')) continue;
        walk(v, k, key);
      }
    }
  };
  walk(activities);
  return out.filter((s) => s.trim() !== '');
}

/** Common English words and the UI's own words. */
export const ENGLISH_WORDS = [
  'the', 'and', 'your', 'you', 'of', 'to', 'is', 'are', 'was', 'a', 'an', 'in', 'on', 'for', 'with', 'this', 'that', 'it', 'not', 'no', 'yes', 'or', 'at', 'by', 'from', 'my', 'me', 'i', 'we', 'be', 'will', 'can', 'have', 'has', 'what', 'how', 'when', 'which',
  'lesson', 'lessons', 'quiz', 'next', 'save', 'saved', 'cancel', 'settings', 'progress', 'question', 'questions', 'day', 'days', 'minute', 'minutes', 'correct', 'answered', 'answer', 'answers', 'done', 'streak', 'goal', 'review', 'reviews', 'hint', 'summary', 'stage', 'case', 'team',
  'record', 'records', 'delete', 'data', 'help', 'welcome', 'role', 'time', 'zone', 'daily', 'today', 'tomorrow', 'hour', 'hours', 'snooze', 'change', 'pause', 'resume', 'start', 'finish', 'more', 'read', 'example', 'simply', 'sources', 'source', 'topic', 'topics',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'nurse', 'doctor', 'midwife', 'pharmacist', 'student', 'sorry', 'please', 'thanks', 'thank', 'right', 'wrong', 'sure', 'unsure', 'people', 'person', 'colleagues', 'key', 'points', 'point', 'try', 'work', 'off', 'none', 'nothing', 'all', 'than', 'about', 'there', 'here', 'their',
];
const ENGLISH = new Set(ENGLISH_WORDS);
// Welsh words that collide with the list ("a" = and, "i" = to, "am" etc): count only when two or more English words appear.
const AMBIGUOUS = new Set(['a', 'i', 'am', 'yn', 'no', 'on', 'at', 'is', 'me', 'man', 'dim', 'data', 'person', 'hint', 'quiz', 'case', 'record', 'team', 'be', 'an', 'or', 'it', 'to', 'in', 'help', 'ward']);

/** Every source title cited in the content (these may stay English). */
export const SOURCE_TITLES: string[] = (() => {
  const titles = new Set<string>();
  const root = join(__dirname, '..', '..', 'mentors');
  const walk = (o: any) => {
    if (Array.isArray(o)) o.forEach(walk);
    else if (o && typeof o === 'object') {
      if (typeof o.title === 'string' && typeof o.url === 'string') titles.add(o.title);
      Object.values(o).forEach(walk);
    }
  };
  for (const m of ['hali', 'gwen']) for (const f of readdirSync(join(root, m))) if (f.endsWith('.json')) walk(JSON.parse(readFileSync(join(root, m, f), 'utf8')));
  return [...titles];
})();

/** English words in a string (URLs, e-mail and proper-looking tokens stripped), when they make it read as English. */
export function englishWords(text: string): string[] {
  let cleaned = text.replace(/\[[^\]]*\]\([^)]*\)/g, ' ').replace(/https?:\/\/\S+/g, ' ');
  for (const title of SOURCE_TITLES) cleaned = cleaned.split(title).join(' ');
  const words = cleaned.toLowerCase().match(/[a-z’']+/g) ?? [];
  const hits = words.filter((w) => ENGLISH.has(w));
  const strong = hits.filter((w) => !AMBIGUOUS.has(w));
  return strong.length >= 2 || (strong.length === 1 && words.length <= 4) ? hits : [];
}

/** The strings in `texts` that look English. */
export function englishLeaks(texts: string[], allow: RegExp[] = []): string[] {
  return texts.filter((t) => !allow.some((a) => a.test(t))).filter((t) => englishWords(t).length > 0);
}

export const CY = { locale: 'cy-GB' } as const;
