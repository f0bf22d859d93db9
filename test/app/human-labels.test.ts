import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { Verbs } from '../../cards/verbs';
import { ROLES, topicName } from '../../bot/mentors/types';
import { cardExecute, cardSubmit, channelCardSubmit, channelMessage, personalMessage } from '../helpers/activities';
import { firstCard, invokeCard, realFaculty, testApp } from '../helpers/app';

/**
 * Every id in the content that is shaped like one (two or more parts joined by "-" or "_"): lessons,
 * quiz items, explainers, cases, stages, concepts, misconceptions, roles. None of them may reach a
 * learner's screen; a person's words must stand in their place.
 */
function contentIds(): Set<string> {
  const ids = new Set<string>(ROLES);
  for (const mentor of realFaculty().mentors) {
    for (const x of [...mentor.lessons, ...mentor.quiz, ...mentor.explainers, ...mentor.cases]) ids.add(x.id);
    for (const stage of mentor.cases.flatMap((c) => c.stages)) {
      ids.add(stage.id);
      for (const x of [...stage.concepts, ...stage.misconceptions]) ids.add(x.id);
    }
  }
  return new Set([...ids].filter((id) => /[-_]/.test(id)));
}

/**
 * What a card puts on screen: texts, titles, labels, placeholders, and the values of facts; not
 * the data behind buttons nor the values behind choices.
 */
function onScreen(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown, key = '') => {
    if (Array.isArray(node)) return node.forEach((child) => walk(child, key));
    if (!node || typeof node !== 'object' || key === 'data') return;
    const obj = node as Record<string, unknown>;
    for (const field of ['text', 'title', 'label', 'placeholder', 'altText']) if (typeof obj[field] === 'string') out.push(obj[field] as string);
    if (key === 'facts' && typeof obj.value === 'string') out.push(obj.value);
    for (const [child, value] of Object.entries(obj)) walk(value, child);
  };
  walk(card);
  return out;
}

/** Everything a learner reads in these replies: messages, cards, card updates (links' addresses left out). */
function shown(activities: Partial<Activity>[]): string {
  // The export that "my data" sends as JSON where a chat cannot take files is data, not prose.
  const texts = activities.flatMap((a) => [
    a.text?.includes('```json') ? '' : (a.text ?? ''),
    ...(a.attachments ?? []).filter((x) => x.contentType === 'application/vnd.microsoft.card.adaptive').flatMap((x) => onScreen(x.content)),
    ...(a.type === 'invokeResponse' ? onScreen(invokeCard([a])) : []),
  ]);
  return texts.join('\n').replace(/\]\([^)]*\)/g, ']').replace(/https?:\/\/\S+/g, '');
}

/** Id-shaped tokens in `text` that are content ids, or snake_case names, which nobody writes by hand. */
function idTokens(text: string, ids: ReadonlySet<string>): string[] {
  const tokens = text.match(/[\p{L}\d]+(?:[-_][\p{L}\d]+)+/gu) ?? [];
  return [...new Set(tokens.filter((token) => ids.has(token.toLowerCase()) || token.includes('_')))];
}

const actionData = (card: Record<string, any> | undefined, verb: string) => {
  const actions = (card?.actions ?? []) as Record<string, any>[];
  return (actions.find((a) => a.data?.verb === verb) ?? actions.find((a) => a.verb === verb))?.data;
};

/** The first-use journey in personal chat, and a team case, in `language`: everything that was shown. */
async function journey(locale: 'en-GB' | 'cy-GB'): Promise<string> {
  const app = testApp({ now: () => new Date('2026-11-27T10:00:00Z') });
  const seen: string[] = [];
  const say = async (activity: Partial<Activity>) => {
    const replies = await app.send(activity);
    seen.push(shown(replies));
    return replies;
  };
  const cy = locale === 'cy-GB';
  await say(personalMessage(cy ? 'Shwmae' : 'hi', { locale }));
  await say(cardExecute(Verbs.saveSettings, { form: 'welcome', role: 'allied-health-professional', ...(cy ? { language: 'cy' } : {}) }, { locale }));
  await say(personalMessage('settings', { locale }));
  // A question Gwen answers, then each follow-up on its card.
  const answer = firstCard(await say(personalMessage(cy ? 'Beth yw amrywiolyn o arwyddocâd ansicr?' : 'What is a variant of uncertain significance?', { locale })));
  for (const verb of [Verbs.followUpSimpler, Verbs.followUpExample, Verbs.followUpReadNext]) {
    const data = actionData(answer, verb);
    expect(data, `the answer card offers ${verb}`).to.be.an('object');
    await say(cardSubmit(data, { locale }));
  }
  const lesson = firstCard(await say(personalMessage('lesson Gwen', { locale })));
  await say(cardSubmit(actionData(lesson, Verbs.lessonPath), { locale }));
  await say(cardSubmit(actionData(lesson, Verbs.lessonSave), { locale }));
  await say(cardSubmit(actionData(lesson, Verbs.lessonDone), { locale }));
  // Two quiz answers, the first one wrong (so the misconception is shown), then progress.
  for (let i = 0; i < 2; i++) {
    const quiz = firstCard(await say(personalMessage('quiz', { locale })))!;
    const options = (quiz.actions as Record<string, any>[]).filter((a) => a.verb === Verbs.quizAnswer);
    const item = realFaculty().mentors.flatMap((m) => m.quiz).find((q) => q.id === options[0].data.itemId)!;
    const pick = options.find((o) => item.options.find((x) => x.id === o.data.optionId)!.correct === (i === 1))!;
    await say(cardExecute(Verbs.quizAnswer, pick.data, { locale }));
  }
  await say(personalMessage('progress', { locale }));
  await say(personalMessage(cy ? 'fy nata' : 'my data', { locale }));
  // A team case: a reply that raises two concepts, one that raises none, a hint and a summary.
  const thread = { threadId: '1765000000009', locale };
  const stage = firstCard(await say(channelMessage(cy ? 'achos lynch' : 'case lynch', { ...thread, newPost: true })));
  await say(channelMessage(cy ? 'Profion cyffredinol: dylai pawb gael IHC ar y tiwmor' : 'Offer IHC on the tumour to everyone with endometrial cancer', thread));
  await say(channelMessage(cy ? 'Dydw i ddim yn siŵr' : 'I am not sure', thread));
  await say(channelCardSubmit(actionData(stage, Verbs.caseHint), thread));
  await say(channelCardSubmit(actionData(stage, Verbs.caseSummary), thread));
  return seen.join('\n');
}

describe('app: what a learner reads is written as a person would (no ids, no English labels on Welsh cards)', () => {
  const ids = contentIds();

  it('finds the ids it looks for, and would catch one (the scan can fail)', () => {
    expect(ids.size).to.be.greaterThan(150);
    expect(ids.has('three-generation-history')).to.equal(true);
    expect(idTokens('Good, you have raised: three-generation-history; cascade_testing.', ids)).to.deep.equal(['three-generation-history', 'cascade_testing']);
    expect(idTokens('A three-generation family history, first-degree relatives, point-of-care tests.', ids)).to.deep.equal([]);
  });

  it('in English: the first-use journey and a team case show no content ids', async () => {
    const text = await journey('en-GB');
    expect(text).to.include('Good, you have raised 2 key points: testing is offered to everyone with endometrial cancer and immunohistochemistry (IHC) on the tumour.');
    expect(idTokens(text, ids)).to.deep.equal([]);
  });

  it('in Welsh: no content ids, and no English concept label or topic name', async () => {
    const text = await journey('cy-GB');
    expect(text).to.include('Da iawn, rydych chi wedi codi dau bwynt allweddol: cynigir profion i bawb sydd â chanser endometriaidd ac imiwnohistocemeg (IHC) ar y tiwmor.');
    expect(idTokens(text, ids)).to.deep.equal([]);
    const english: string[] = [];
    for (const mentor of realFaculty().mentors) {
      for (const topic of mentor.topics) if (topicName(mentor, topic, 'en') !== topicName(mentor, topic, 'cy')) english.push(topicName(mentor, topic, 'en'), topic);
      for (const concept of mentor.cases.flatMap((c) => c.stages.flatMap((s) => s.concepts))) english.push(concept.label.en);
    }
    // Sources keep their own (English) titles: links are left out of this check.
    const prose = text.replace(/\[[^\]]*\]/g, '').toLowerCase();
    const found = english.filter((phrase) => phrase.length > 6 && prose.includes(phrase.toLowerCase()));
    expect(found).to.deep.equal([]);
  });
});
