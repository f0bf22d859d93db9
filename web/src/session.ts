import { currentLanguage } from './i18n';

/** Who is signed in, as /api/educator/me said. */
export interface Identity {
  name: string;
  roles: string[];
  local: boolean;
  /** Every mentor, named as the bot introduces it in each language ("Gwen (genomics mentor)"). */
  mentors: { id: string; name: string; label: { en: string; cy: string } }[];
}

const NOBODY: Identity = { name: '', roles: [], local: false, mentors: [] };
let current: Identity = NOBODY;

export function setIdentity(next: Identity): void {
  current = next;
}

/** Whether the server has said who is signed in: after that, a 401 means the session lapsed while in use. */
export function signedIn(): boolean {
  return current !== NOBODY;
}

export function identity(): Identity {
  return current;
}

/** A mentor's name in the page's language, from the list the server sent; the id only for a mentor it did not list. */
export function mentorName(id: string): string {
  return current.mentors.find((m) => m.id === id)?.label[currentLanguage()] ?? id;
}
