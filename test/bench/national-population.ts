/**
 * The national bench's learners, generated from their number (nothing stored): one tenant, London
 * time, weekday nudges, chosen times heavy at 08:00, 09:00 and 12:30 and spread through the working
 * day, some with quiet hours after a night shift.
 */
import { LEARNER_SCHEMA_VERSION, WEEKDAYS, type Learner, type NudgePreferences } from '../../bot/learning/learner';
import { slotFor } from '../../bot/learning/nudge-plan';

export const DAY = '2026-11-30';
export const DAY_START = Date.parse(`${DAY}T00:00:00Z`);
const TENANT = 'nhs-england';
const ZONE = 'Europe/London';
const NIGHT_SHIFT = { start: '22:00', end: '07:30' };

/** A well-mixed number in [0, 1) from an integer (a 32-bit finaliser). */
function mix(n: number): number {
  let x = (n + 0x9e3779b9) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return ((x ^ (x >>> 16)) >>> 0) / 2 ** 32;
}

function chosenTime(i: number): string {
  const u = mix(i);
  if (u < 0.3) return '08:00';
  if (u < 0.55) return '09:00';
  if (u < 0.65) return '12:30';
  const minutes = 7 * 60 + Math.floor(mix(i + 0x5bd1e995) * 133) * 5;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function nationalPopulation(size: number) {
  const slots = new Map<string, string>();
  const created = new Date(DAY_START - 30 * 86_400_000).toISOString();
  return {
    size,
    learner(i: number): Learner {
      const time = chosenTime(i);
      const quiet = mix(i + 0x27d4eb2d) < 0.08;
      const nudges: NudgePreferences = { enabled: true, time, days: WEEKDAYS, ...(quiet ? { quietHours: NIGHT_SHIFT } : {}), chosenAt: created };
      const key = `${time}/${quiet}`;
      let nextAt = slots.get(key);
      if (!nextAt) slots.set(key, (nextAt = new Date(slotFor(DAY, nudges, ZONE)).toISOString()));
      return {
        id: `L${String(i).padStart(8, '0')}`,
        tenantId: TENANT,
        schemaVersion: LEARNER_SCHEMA_VERSION,
        language: 'en',
        profile: {},
        preferences: { timeZone: ZONE, nudges },
        progress: { lessonsDone: {}, saved: [] },
        reviews: {},
        streak: { current: 0, longest: 0 },
        conversationRef: { channelId: 'msteams', serviceUrl: 'https://smba.invalid/uk/', conversationId: `a:${i}`, tenantId: TENANT, userId: `29:${i}`, botId: '28:hali' },
        nudge: { nextAt },
        conversations: [],
        createdAt: created,
        updatedAt: created,
      };
    },
  };
}
