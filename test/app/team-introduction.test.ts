import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { botAddedTo, botInstalled } from '../helpers/activities';
import { testApp } from '../helpers/app';

const said = (activities: Partial<Activity>[]) => activities.filter((a) => a.type === 'message').map((a) => a.text ?? '');

describe('app: HALI introduces itself once when added to a team or group chat', () => {
  it('posts one short introduction in a team channel: the mentors, how to start a case, and help', async () => {
    const app = testApp();
    const [intro, ...rest] = said(await app.send(botAddedTo('channel')));
    expect(rest).to.deep.equal([]);
    expect(intro).to.include('I am HALI');
    expect(intro).to.include('Gwen (');
    expect(intro).to.include('"@HALI case"');
    expect(intro).to.include('Mention me with "help"');
    expect(intro).to.include('never share real patients’ details');
  });

  it('introduces itself once per team across duplicate deliveries and installs in other channels of the team', async () => {
    const app = testApp();
    expect(said(await app.send(botAddedTo('channel')))).to.have.length(1);
    expect(said(await app.send(botAddedTo('channel')))).to.deep.equal([]);
    expect(said(await app.send(botAddedTo('channel', { channel: '19:other@thread.tacv2' })))).to.deep.equal([]);
    // Another team is another place.
    expect(said(await app.send(botAddedTo('channel', { team: '19:team-two@thread.tacv2', channel: '19:team-two@thread.tacv2' })))).to.have.length(1);
  });

  it('introduces itself once in a group chat, in Welsh for a Welsh-speaking member', async () => {
    const app = testApp();
    const [intro] = said(await app.send(botAddedTo('groupChat', { locale: 'cy-GB' })));
    expect(intro).to.include('HALI ydw i');
    expect(intro).to.include('"@HALI achos"');
    expect(intro).to.include('"cymorth"');
    expect(said(await app.send(botAddedTo('groupChat', { locale: 'cy-GB' })))).to.deep.equal([]);
    expect(said(await app.send(botAddedTo('groupChat', { conversationId: '19:another-chat@thread.v2' })))).to.have.length(1);
  });

  it('says nothing when someone else joins the team, and keeps the welcome card for a personal install', async () => {
    const app = testApp();
    const memberJoined = { ...botAddedTo('channel'), membersAdded: [{ id: '29:new-member', name: 'New Member' }] };
    expect(await app.send(memberJoined)).to.deep.equal([]);
    const personal = await app.send(botInstalled());
    expect(personal[0].attachments?.[0].contentType).to.equal('application/vnd.microsoft.card.adaptive');
    expect(said(personal).join('')).to.not.include('learning companion for this team');
  });
});
