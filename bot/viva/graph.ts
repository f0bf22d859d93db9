import { Client, PageIterator, type PageCollection } from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';
import type { TokenCredential } from '@azure/identity';
import type { VivaContent } from './catalogue';

/** An assignment (or self-initiated record) from Viva Learning, as HALI needs it. */
export interface VivaCourseActivity {
  readonly id: string;
  readonly kind: 'assignment' | 'selfInitiated';
  readonly learningContentId: string;
  readonly learnerUserId: string;
  readonly status?: string;
  readonly assignmentType?: 'required' | 'recommended' | string;
  /** Due date and time (its zone as Graph gives it). */
  readonly due?: { readonly dateTime: string; readonly timeZone: string };
}

export interface VivaGraphOptions {
  readonly credential: TokenCredential;
  /** Graph's root, e.g. https://graph.microsoft.com (a loopback stand-in in tests). */
  readonly baseUrl: string;
}

/**
 * Viva Learning's provider APIs through the Microsoft Graph client library (v1.0): the client adds
 * the app's token from an @azure/identity credential and retries 429/503 honouring Retry-After
 * (its RetryHandler); paging follows @odata.nextLink with the library's PageIterator.
 */
export class VivaGraph {
  private readonly client: Client;

  constructor(options: VivaGraphOptions) {
    const base = new URL(options.baseUrl);
    this.client = Client.initWithMiddleware({
      authProvider: new TokenCredentialAuthenticationProvider(options.credential, { scopes: ['https://graph.microsoft.com/.default'] }),
      baseUrl: `${base.origin}/`,
      defaultVersion: 'v1.0',
      customHosts: new Set([base.hostname]),
    });
  }

  /** Registers HALI as a learning provider (an administrator's delegated call, per the Graph docs); returns its registration id. */
  async registerProvider(provider: { displayName: string; logoUrl: string; loginWebUrl?: string }): Promise<string> {
    const created = await this.client.api('/employeeExperience/learningProviders').post({
      displayName: provider.displayName,
      squareLogoWebUrlForDarkTheme: provider.logoUrl,
      longLogoWebUrlForDarkTheme: provider.logoUrl,
      squareLogoWebUrlForLightTheme: provider.logoUrl,
      longLogoWebUrlForLightTheme: provider.logoUrl,
      ...(provider.loginWebUrl ? { loginWebUrl: provider.loginWebUrl } : {}),
      isCourseActivitySyncEnabled: true,
    });
    return (created as { id: string }).id;
  }

  /** Creates or replaces one catalogue item by its external id; returns Viva's content id. */
  async publish(providerId: string, content: VivaContent): Promise<string> {
    const { externalId, ...body } = content;
    const path = `/employeeExperience/learningProviders/${encodeURIComponent(providerId)}/learningContents(externalId='${encodeURIComponent(externalId.replace(/'/g, "''"))}')`;
    const saved = (await this.client.api(path).patch({ externalId, ...body })) as { id: string };
    return saved.id;
  }

  /** Every item HALI has published, as external id → Viva content id (all pages). */
  async contentIds(providerId: string): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    await this.eachItem(`/employeeExperience/learningProviders/${encodeURIComponent(providerId)}/learningContents`, (item: { id: string; externalId: string }) => {
      ids.set(item.externalId, item.id);
    });
    return ids;
  }

  /** Records a lesson finished on HALI's own initiative as completed in Viva Learning. */
  async reportSelfInitiated(providerId: string, activity: { learnerUserId: string; learningContentId: string; externalId: string; completedAt: string }): Promise<void> {
    await this.client.api(`/employeeExperience/learningProviders/${encodeURIComponent(providerId)}/learningCourseActivities`).post({
      '@odata.type': '#microsoft.graph.learningSelfInitiatedCourse',
      learnerUserId: activity.learnerUserId,
      learningContentId: activity.learningContentId,
      externalcourseActivityId: activity.externalId,
      completionPercentage: 100,
      status: 'completed',
      startedDateTime: activity.completedAt,
      completedDateTime: activity.completedAt,
    });
  }

  /**
   * Deletes the self-initiated completion HALI reported under `externalId` (after the learner said "forget me"): found by the
   * provider's external id, deleted by its id. False when there is none (never made, or already gone).
   */
  async withdrawSelfInitiated(providerId: string, externalId: string): Promise<boolean> {
    const provider = `/employeeExperience/learningProviders/${encodeURIComponent(providerId)}/learningCourseActivities`;
    let found: { id?: string; '@odata.type'?: string };
    try {
      found = (await this.client.api(`${provider}(externalCourseActivityId='${encodeURIComponent(externalId.replace(/'/g, "''"))}')`).get()) as typeof found;
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) return false;
      throw error;
    }
    if (!found.id || found['@odata.type'] === '#microsoft.graph.learningAssignment') return false;
    try {
      await this.client.api(`${provider}/${encodeURIComponent(found.id)}`).delete();
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) return false;
      throw error;
    }
    return true;
  }

  /** Marks an assignment completed, so the manager who assigned it sees it done. */
  async completeAssignment(providerId: string, courseActivityId: string, completedAt: string): Promise<void> {
    await this.client.api(`/employeeExperience/learningProviders/${encodeURIComponent(providerId)}/learningCourseActivities/${encodeURIComponent(courseActivityId)}`).patch({
      '@odata.type': '#microsoft.graph.learningAssignment',
      completionPercentage: 100,
      status: 'completed',
      completedDateTime: completedAt,
    });
  }

  /** A learner's course activities (assignments and self-initiated), every page. */
  async activitiesOf(learnerUserId: string): Promise<VivaCourseActivity[]> {
    const found: VivaCourseActivity[] = [];
    await this.eachItem(`/users/${encodeURIComponent(learnerUserId)}/employeeExperience/learningCourseActivities`, (item: Record<string, any>) => {
      found.push({
        id: item.id,
        kind: item['@odata.type'] === '#microsoft.graph.learningAssignment' ? 'assignment' : 'selfInitiated',
        learningContentId: item.learningContentId,
        learnerUserId: item.learnerUserId,
        status: item.status,
        assignmentType: item.assignmentType,
        due: item.dueDateTime ?? undefined,
      });
    });
    return found;
  }

  private async eachItem<T>(path: string, each: (item: T) => void): Promise<void> {
    const first = (await this.client.api(path).get()) as PageCollection;
    const iterator = new PageIterator(this.client, first, (item: T) => {
      each(item);
      return true;
    });
    await iterator.iterate();
  }
}
