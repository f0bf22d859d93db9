import { api, ApiError } from './api';
import { clear, h } from './dom';
import { t } from './i18n';

interface Entry {
  id: string;
  mentorId: string;
  at: string;
  question: string;
  answer: string;
  comment: string;
  sources: { title: string; url: string }[];
  verdict?: string;
  stub?: { id: string };
}

/** Answers learners rated unhelpful (redacted, no identity): mark each, and make content gaps into stubs. */
export async function renderFeedback(panel: HTMLElement): Promise<void> {
  clear(panel, h('fluent-spinner', { 'aria-label': t('loading') }));
  const { entries, untriaged } = await api<{ entries: Entry[]; untriaged: number }>('feedback');
  const message = h('p', { role: 'status' });
  const act = async (path: string, body: unknown) => {
    try {
      await api(path, body);
      await renderFeedback(panel);
    } catch (error) {
      message.textContent = error instanceof ApiError ? error.message : t('error');
    }
  };
  clear(panel,
    h('h2', {}, t('feedback.title')),
    h('p', {}, t('feedback.intro', { count: untriaged })),
    message,
    entries.length === 0 ? h('p', {}, t('feedback.none')) : h('ul', { class: 'feedback' }, ...entries.map((e) => h('li', { class: 'card', 'data-id': e.id },
      h('p', {}, h('strong', {}, `${t('feedback.question')}: `), e.question),
      h('p', {}, h('strong', {}, `${t('feedback.answer')}: `), e.answer),
      e.comment && h('p', {}, h('strong', {}, `${t('feedback.comment')}: `), e.comment),
      h('p', {}, `${t('item.sources')}: `, ...e.sources.map((s) => h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, `${s.title} `))),
      h('p', {}, `${e.at.slice(0, 10)} · ${e.mentorId} · ${e.verdict ? t(`triage.${e.verdict}`) : t('feedback.untriaged')}`),
      h('div', { role: 'group', 'aria-label': t('feedback.mark') }, ...['content-gap', 'wrong-answer', 'fine'].map((v) =>
        h('fluent-button', { 'data-verdict': v, appearance: e.verdict === v ? 'primary' : undefined, onclick: () => void act('feedback/triage', { mentorId: e.mentorId, id: e.id, verdict: v }) }, t(`triage.${v}`)))),
      e.verdict === 'content-gap' && (e.stub ? h('p', {}, t('feedback.stubMade', { id: e.stub.id })) : h('fluent-button', { onclick: () => void act('feedback/stub', { mentorId: e.mentorId, id: e.id }) }, t('feedback.makeStub'))),
    ))),
  );
}
