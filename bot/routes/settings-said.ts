import { midSentence, type Language, type Translate } from '../i18n';
import { ROLES, type Role } from '../mentors/types';
import { weekdayNames } from '../i18n/dates';
import { DEFAULT_NUDGES, WEEKDAYS, type Learner, type NudgePreferences } from '../learning/learner';
import { streakShown } from '../learning/daily-goal';

/** What the settings card shows for settings said in words: the learner as they would be, and the line saying what was filled in. */
export type Filled = { readonly shown: Learner; readonly note: string } | { readonly reply: string };

const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((day, i) => day === b[i]);

/** Days as the learner reads them: "Monday to Friday", "every day, weekends included", "Monday, Wednesday and Friday". */
export function describeDays(days: readonly number[], language: Language, t: Translate): string {
  if (same(days, WEEKDAYS)) return t('settings.days.weekdays');
  if (days.length === 7) return t('settings.days.everyDay');
  const names = weekdayNames(language).map((name) => (language === 'cy' ? name.replace(/^Dydd/, 'dydd') : name));
  const named = days.map((day) => names[day - 1]);
  return named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} ${language === 'cy' ? 'a' : 'and'} ${named[named.length - 1]}`;
}

/**
 * The settings card for "settings days 1,2,3,4,5" / "settings days without 5" / "settings quiet 22:00-07:00" / "settings role
 * nurse" (SETTINGS_SAID):
 * the learner's own settings with what they said filled in, saved only when they press Save. A request that changes nothing,
 * or would leave no day for the daily lesson, is answered in a line.
 */
export function filledIn(learner: Learner, said: RegExpExecArray, language: Language, t: Translate): Filled {
  const nudges: NudgePreferences = learner.preferences.nudges ?? { ...DEFAULT_NUDGES, enabled: false };
  const save = t('settings.save');
  const off = nudges.enabled ? '' : ` ${t('settings.said.off')}`;
  const showing = (changed: Partial<NudgePreferences>): Learner => ({ ...learner, preferences: { ...learner.preferences, nudges: { ...nudges, ...changed } } });
  const [, without, listed, start, end, roleWord, roleId, streak] = said;
  if (roleWord !== undefined) return roleFilled(learner, roleId, language, t);
  if (streak !== undefined) return streakFilled(learner, /^(?:on|ymlaen)$/i.test(streak), t);
  if (listed !== undefined) {
    const current = nudges.days?.length ? nudges.days : WEEKDAYS;
    const named = listed.split(',').map(Number);
    const days = without ? current.filter((day) => !named.includes(day)) : [...new Set(named)].sort();
    if (days.length === 0) return { reply: t('settings.said.noDays') };
    if (same(days, [...current].sort())) return { reply: t('settings.said.daysAlready', { days: describeDays(days, language, t) }) };
    return { shown: showing({ days }), note: `${t('settings.said.days', { days: describeDays(days, language, t), save })}${off}` };
  }
  if (nudges.quietHours?.start === start && nudges.quietHours?.end === end) return { reply: t('settings.said.quietAlready', { start, end }) };
  return { shown: showing({ quietHours: { start, end } }), note: `${t('settings.said.quiet', { start, end, save })}${off}` };
}

/** The streak and daily goal turned off or on in words: the card's toggle set, saved only by its Save. */
function streakFilled(learner: Learner, show: boolean, t: Translate): Filled {
  const save = t('settings.save');
  if (streakShown(learner) === show) return { reply: t(show ? 'settings.said.streakAlreadyOn' : 'settings.said.streakAlreadyOff') };
  return { shown: { ...learner, preferences: { ...learner.preferences, showStreak: show } }, note: t(show ? 'settings.said.streakOn' : 'settings.said.streakOff', { save }) };
}

const isRole = (value: string | undefined): value is Role => (ROLES as readonly string[]).includes(value ?? '');

/** The role said ("I am a pharmacist"), chosen on the card; a job that is none of the roles, with the roles HALI knows. */
function roleFilled(learner: Learner, said: string | undefined, language: Language, t: Translate): Filled {
  const save = t('settings.save');
  const roleName = (role: Role) => midSentence(t(`role.${role}`));
  const role = said?.toLowerCase();
  if (!isRole(role)) {
    const roles = ROLES.map(roleName);
    const listed = `${roles.slice(0, -1).join(', ')} ${language === 'cy' ? 'a' : 'and'} ${roles[roles.length - 1]}`;
    return { shown: learner, note: t('settings.said.roleUnknown', { roles: listed, save }) };
  }
  if (learner.profile.role === role) return { reply: t('settings.said.roleAlready', { role: t(`role.${role}`) }) };
  return { shown: { ...learner, profile: { ...learner.profile, role } }, note: t('settings.said.role', { role: t(`role.${role}`), save }) };
}
