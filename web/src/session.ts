/** Who is signed in, as /api/educator/me said. */
export interface Identity {
  name: string;
  roles: string[];
  local: boolean;
  mentors: { id: string; name: string }[];
}

let current: Identity = { name: '', roles: [], local: false, mentors: [] };

export function setIdentity(next: Identity): void {
  current = next;
}

export function identity(): Identity {
  return current;
}
