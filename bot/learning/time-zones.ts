import { DEFAULT_TIME_ZONE, isTimeZone } from './zoned-time';

// The UK first (most learners), then Ireland and the rest of Europe, then the zones NHS staff most
// often work from elsewhere. IANA names only: never free text.
const LISTED = [
  DEFAULT_TIME_ZONE, 'Europe/Dublin', 'Europe/Lisbon', 'Europe/Paris', 'Europe/Madrid', 'Europe/Berlin', 'Europe/Rome', 'Europe/Amsterdam',
  'Europe/Brussels', 'Europe/Warsaw', 'Europe/Athens', 'Europe/Bucharest', 'Europe/Helsinki', 'Europe/Istanbul', 'Atlantic/Canary',
  'Africa/Lagos', 'Africa/Cairo', 'Africa/Johannesburg', 'Africa/Nairobi', 'Asia/Dubai', 'Asia/Karachi', 'Asia/Kolkata', 'Asia/Dhaka',
  'Asia/Manila', 'Asia/Singapore', 'Asia/Hong_Kong', 'Asia/Tokyo', 'Australia/Perth', 'Australia/Sydney', 'Pacific/Auckland',
  'America/St_Johns', 'America/Halifax', 'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'UTC',
];

/** The time zones the settings card offers, UK first, with the learner's own zone included if it is not listed. */
export function timeZoneChoices(current: string | undefined): string[] {
  const listed = LISTED.filter(isTimeZone);
  return current && isTimeZone(current) && !listed.includes(current) ? [current, ...listed] : listed;
}
