import { expect } from 'chai';
import { cardExecute, personalMessage } from '../helpers/activities';
import { cardTexts } from '../helpers/app';
import { serverWithConnectorEachTest } from '../helpers/server';

describe('http: stale card actions and activities missing their sender or conversation', () => {
  const each = serverWithConnectorEachTest();

  it('a card action with a verb this release does not know gets 200 and the current card, saying the old one is out of date', async () => {
    const res = await each.bot.post(cardExecute('hali.removedInAnOlderRelease', { any: 'thing' }, { serviceUrl: each.connector.url }));
    expect(res.status).to.equal(200);
    const body = (await res.json()) as any;
    expect(body.type).to.equal('application/vnd.microsoft.card.adaptive');
    const texts = cardTexts(body.value).join('\n');
    expect(texts).to.include('This card is out of date');
    expect(texts).to.include('What HALI can do');
  });

  it('a card action with no data at all gets the same answer, in Welsh for a Welsh client', async () => {
    const { value: _none, ...bare } = cardExecute('x', {}, { serviceUrl: each.connector.url, locale: 'cy-GB' });
    const res = await each.bot.post(bare);
    expect(res.status).to.equal(200);
    expect(cardTexts(((await res.json()) as any).value).join('\n')).to.include('Mae’r cerdyn hwn wedi dyddio');
  });

  it('an activity without "from" or "conversation" gets 400 and changes nothing', async () => {
    const activity = personalMessage('hi', { serviceUrl: each.connector.url });
    for (const broken of [{ ...activity, from: undefined }, { ...activity, conversation: undefined }, { ...activity, from: { name: 'no id' } }, { ...activity, conversation: { id: 7 } }]) {
      const res = await each.bot.post(broken);
      expect(res.status).to.equal(400);
    }
    expect(each.connector.requests).to.deep.equal([]);
  });
});
