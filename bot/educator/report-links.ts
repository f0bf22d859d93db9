import { randomBytes } from 'node:crypto';

/** How long a link to the evaluation report opens it: long enough to read and refresh, short enough not to linger in a history. */
export const REPORT_LINK_MS = 10 * 60_000;
/** At most this many links are held at once (each is a few filter values); the oldest go first. */
const MOST_LINKS = 1_000;

/**
 * Short-lived links that open the evaluation report in a browser tab of its own. The tab's calls carry the educator's
 * Teams sign-in token, which a link the browser follows cannot; so the signed-in page asks for a link and opens it.
 * A link is 256 random bits, names only the report's filters (cohort figures, never a learner), and lapses after
 * REPORT_LINK_MS. Held in this process's memory: a link is opened moments after the same server made it.
 */
export class ReportLinks {
  private readonly links = new Map<string, { readonly query: Readonly<Record<string, string>>; readonly until: number }>();

  constructor(private readonly clock: () => Date) {}

  /** A new link's id for the report with these filters. */
  create(query: Readonly<Record<string, string>>): string {
    const now = this.clock().getTime();
    for (const [id, link] of this.links) if (link.until <= now - REPORT_LINK_MS || this.links.size >= MOST_LINKS) this.links.delete(id);
    const id = randomBytes(32).toString('base64url');
    this.links.set(id, { query, until: now + REPORT_LINK_MS });
    return id;
  }

  /** The filters a link opens, 'expired' once its time is up, or undefined for a link this server never made. */
  open(id: string): Readonly<Record<string, string>> | 'expired' | undefined {
    const link = this.links.get(id);
    if (!link) return undefined;
    return link.until > this.clock().getTime() ? link.query : 'expired';
  }
}
