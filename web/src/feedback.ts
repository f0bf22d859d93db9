import { api } from './api';
import { dateLabel } from './dates';
import { h } from './dom';
import { t } from './i18n';
import { errorText, loadPanel } from './load';
import { mentorName } from './session';

interface Entry {
  id: string;
  mentorId: string;
  at: string;
  language: string;
  question: string;
  answer: string;
  comment: string;
  sources: { title: string; url: string }[];
  verdict?: string;
  stub?: { id: string };
}

/** Answers learners rated unhelpful (redacted, no identity): mark each, and make content gaps into stubs. */
export async function renderFeedback(panel: HTMLElement): Promise<boolean> {
  return loadPanel(panel, () => api<{ entries: Entry[]; untriaged: number }>('feedback'), ({ entries, untriaged }) => {
    const message = h('p', { role: 'alert', id: 'feedback-message' });
    // The redraw keeps the focus on the button used (loadPanel finds it again by its id).
    const act = async (path: string, body: unknown) => {
      try {
        await api(path, body);
      } catch (error) {
        message.textContent = errorText(error);
        return;
      }
      await renderFeedback(panel);
    };
    return [
      h('h2', {}, t('feedback.title')),
      h('p', {}, t('feedback.intro', { count: untriaged })),
      message,
      entries.length === 0 ? h('p', {}, t('feedback.none')) : h('ul', { class: 'feedback' }, ...entries.map((e) => h('li', { class: 'card', 'data-id': e.id },
        // What the learner asked and was told is in their language, whichever the page is in.
        h('p', {}, h('strong', {}, `${t('feedback.question')}: `), h('span', { lang: e.language }, e.question)),
        h('p', {}, h('strong', {}, `${t('feedback.answer')}: `), h('span', { lang: e.language }, e.answer)),
        e.comment && h('p', {}, h('strong', {}, `${t('feedback.comment')}: `), h('span', { lang: e.language }, e.comment)),
        h('p', {}, `${t('item.sources')}: `, ...e.sources.map((s) => h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, `${s.title} `))),
        h('p', {}, `${dateLabel(e.at)} · ${mentorName(e.mentorId)} · ${e.verdict ? t(`triage.${e.verdict}`) : t('feedback.untriaged')}`),
        h('div', { role: 'group', 'aria-label': t('feedback.mark') }, ...['content-gap', 'wrong-answer', 'fine'].map((v) =>
          h('fluent-button', { id: `triage-${e.id}-${v}`, 'data-verdict': v, appearance: e.verdict === v ? 'primary' : undefined, onclick: () => void act('feedback/triage', { mentorId: e.mentorId, id: e.id, verdict: v }) }, t(`triage.${v}`)))),
        e.verdict === 'content-gap' && (e.stub ? h('p', {}, t('feedback.stubMade', { id: e.stub.id })) : h('fluent-button', { id: `stub-${e.id}`, onclick: () => void act('feedback/stub', { mentorId: e.mentorId, id: e.id }) }, t('feedback.makeStub'))),
      ))),
    ];
  });
}
