import '@fluentui/web-components/badge.js';
import '@fluentui/web-components/button.js';
import '@fluentui/web-components/message-bar.js';
import './spinner';
import '@fluentui/web-components/tab.js';
import '@fluentui/web-components/tablist.js';
import { app, authentication } from '@microsoft/teams-js';
import { renderAnalytics } from './analytics';
import { api, ApiError, useToken } from './api';
import { clear, h } from './dom';
import { renderFeedback } from './feedback';
import { currentLanguage, languageOf, setLanguage, t } from './i18n';
import { errorText } from './load';
import { renderQueue } from './queue';
import { registerSection, renderSections } from './sections';
import { identity, setIdentity, type Identity } from './session';
import { applyTeamsTheme } from './theme';

/**
 * HALI for educators. In Teams: sign in with Teams single sign-on and follow the Teams theme and
 * language. In local mode (`npm run dev`): the server signs in a local educator; a banner says so.
 */
registerSection({ id: 'queue', label: 'nav.queue', render: renderQueue });
registerSection({ id: 'feedback', label: 'nav.feedback', render: renderFeedback });
registerSection({ id: 'analytics', label: 'analytics.title', render: renderAnalytics });

const root = document.getElementById('app')!;
const mode = document.querySelector('meta[name="hali-auth"]')?.getAttribute('content') ?? 'entra';

async function startInTeams(): Promise<void> {
  await app.initialize();
  const context = await app.getContext();
  applyTeamsTheme(context.app.theme);
  setLanguage(languageOf(context.app.locale));
  app.registerOnThemeChangeHandler((theme) => applyTeamsTheme(theme));
  useToken(() => authentication.getAuthToken());
  app.notifySuccess();
}

function startLocally(): void {
  applyTeamsTheme(window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'default');
  setLanguage(languageOf(navigator.language));
}

function render(): void {
  const me = identity();
  const other = currentLanguage() === 'cy' ? 'en' : 'cy';
  clear(root,
    me.local && h('fluent-message-bar', { intent: 'warning', id: 'local-banner', role: 'status' }, t('local')),
    h('header', {},
      h('h1', {}, t('title')),
      h('p', { id: 'who' }, t('signedIn', { name: me.name, roles: me.roles.map((r) => t(`role.${r}`)).join(', ') })),
      h('fluent-button', { id: 'language', lang: other, onclick: () => {
        setLanguage(other);
        render();
        // The same section, now in the other language, and the focus back on the switch (it now offers the first language).
        document.getElementById('language')?.focus();
      } }, other === 'cy' ? 'Cymraeg' : 'English'),
    ),
    h('main', { id: 'main' }),
    // The one polite live region: outcomes (a decision saved, how many items a filter left) are said here.
    h('div', { id: 'announcer', role: 'status', class: 'visually-hidden' }),
  );
  renderSections(root.querySelector('main')!);
}

/** A page in place of the workspace: why, and (when it may pass) a way to try again. */
function refusal(title: string, body: string, retry?: () => void): void {
  const again = retry && h('fluent-button', { id: 'retry', appearance: 'primary', onclick: retry }, t('retry'));
  clear(root, h('main', { id: 'refused' }, h('h1', {}, title), h('p', { role: 'alert' }, body), again));
}

async function start(): Promise<void> {
  try {
    if (mode === 'local') startLocally();
    else await startInTeams();
  } catch {
    setLanguage(languageOf(navigator.language));
    refusal(t('title'), t('openInTeams'));
    return;
  }
  await signIn();
}

async function signIn(): Promise<void> {
  try {
    setIdentity(await api<Identity>('me'));
    render();
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) refusal(t('forbidden.title'), t('forbidden.body'));
    else refusal(t('title'), errorText(error), () => void signIn().then(() => (document.getElementById('language') ?? document.getElementById('retry'))?.focus()));
  }
}

void start();
