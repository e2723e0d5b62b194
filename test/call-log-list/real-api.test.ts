import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import type { ResolvedUser } from '../../src/controllers/user-directory.js';
import { scenario, TEST_TOKEN } from '../setup/calls-api.js';
import { part, rows, settled, text, VIEWER } from './helpers.js';

// What the real Calls API sends, through the REST source over HTTP, and what a person reads of it.

const NOW = Math.floor(Date.now() / 1000);

/** A call as the Calls API lists it: plain ids, entities under `data`, participants by uid only, one per device. */
function wireCall(fields: Record<string, unknown> = {}) {
  return {
    sessionId: `v1.us.test.${Math.random().toString(36).slice(2)}`,
    type: 'audio',
    mode: 'call',
    status: 'ended',
    initiator: 'ana',
    receiver: VIEWER,
    receiverType: 'user',
    initiatedAt: NOW - 3600,
    startedAt: NOW - 3560,
    endedAt: NOW - 3435,
    totalDuration: '00:02:05',
    totalDurationInMinutes: 125 / 60,
    totalAudioMinutes: 125 / 60,
    totalVideoMinutes: 0,
    totalParticipants: 2,
    hasRecording: false,
    participants: [
      { uid: 'ana', isJoined: true, state: 'ended', joinedAt: NOW - 3560, leftAt: NOW - 3435, totalDuration: 125 / 60 },
      { uid: VIEWER, isJoined: true, state: 'ended', joinedAt: NOW - 3560, leftAt: NOW - 3435, totalDuration: 125 / 60 },
    ],
    data: {
      entities: {
        initiator: { entityType: 'user', entity: { uid: 'ana', name: 'Ana Lopez' } },
        receiver: { entityType: 'user', entity: { uid: VIEWER, name: 'Sam Rivera' } },
      },
    },
    ...fields,
  };
}

/** A group call to "Design Team" that Ana placed, with the given participant entries. */
function groupCall(participants: Record<string, unknown>[], fields: Record<string, unknown> = {}) {
  return wireCall({
    receiver: 'design-team',
    receiverType: 'group',
    mode: 'meet',
    totalParticipants: participants.length,
    participants,
    data: {
      entities: {
        initiator: { entityType: 'user', entity: { uid: 'ana', name: 'Ana Lopez' } },
        receiver: { entityType: 'group', entity: { guid: 'design-team', name: 'Design Team' } },
      },
    },
    ...fields,
  });
}

async function restList(items: unknown[], attributes = html``) {
  const api = await scenario({ items });
  const list = await fixture<CallLogList>(
    html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} viewer-uid=${VIEWER}>${attributes}</call-log-list>`,
  );
  await settled(list);
  return { list, api };
}

async function expand(list: CallLogList, index = 0): Promise<HTMLElement> {
  rows(list)[index]!.querySelector<HTMLButtonElement>('[part~="expand-button"]')!.click();
  await list.updateComplete;
  return rows(list)[index]!.querySelector<HTMLElement>('[part~="details"]')!;
}

const participantTexts = (details: HTMLElement) => [...details.querySelectorAll('[part~="participant"]')].map(text);

describe('<call-log-list> and the real Calls API', () => {
  describe('talk time', () => {
    it('shows how long people talked, not how long it rang: a call that rang 40 s and lasted 2:05 shows 2:05', async () => {
      const { list } = await restList([wireCall()]);
      expect(list.items[0]!.startedAt).to.equal(NOW - 3560);
      expect(text(part(list, 'duration'))).to.equal('2m 5s');
      const details = await expand(list);
      expect(text(details.querySelector('.full-time'))).to.contain('Rang 40s');
      await expect(list).to.be.accessible();
    });

    it('counts the talk time from the answer when the server sends no duration', async () => {
      const { list } = await restList([wireCall({ totalDuration: undefined, totalDurationInMinutes: undefined })]);
      expect(text(part(list, 'duration'))).to.equal('2m 5s');
    });

    it('runs the clock of an ongoing call from its answer, not from when it began to ring', async () => {
      const ongoing = wireCall({
        status: 'ongoing',
        initiatedAt: NOW - 600,
        startedAt: NOW - 60,
        endedAt: undefined,
        totalDuration: '00:00:00',
        participants: [{ uid: 'ana', isJoined: true, state: 'ongoing', joinedAt: NOW - 60, totalDuration: 0 }],
      });
      const { list } = await restList([ongoing]);
      const clock = part(list, 'duration')!;
      expect(clock.getAttribute('role')).to.equal('timer');
      // A minute and a little, never the ten minutes since it was placed.
      expect(text(clock)).to.match(/^1:0\d$/);
    });
  });

  describe('participants', () => {
    it('lists a person who joined from two devices once, with the minutes of both and the number of devices', async () => {
      const { list } = await restList([
        groupCall([
          { uid: 'ana', isJoined: true, state: 'ended', joinedAt: NOW - 3560, leftAt: NOW - 3435, totalDuration: 125 / 60 },
          { uid: 'ben', isJoined: true, state: 'ended', joinedAt: NOW - 3550, leftAt: NOW - 3500, totalDuration: 50 / 60, deviceId: 'phone', mid: 'm1' },
          { uid: 'ben', isJoined: true, state: 'ended', joinedAt: NOW - 3510, leftAt: NOW - 3440, totalDuration: 70 / 60, deviceId: 'laptop', mid: 'm2' },
        ]),
      ]);
      const ben = list.items[0]!.participantInfoList.filter((p) => p.uid === 'ben');
      expect(ben).to.have.length(1);
      expect(ben[0]).to.include({ joinedAt: NOW - 3550, leftAt: NOW - 3440, totalDurationInMinutes: 2, devices: 2 });
      const texts = participantTexts(await expand(list));
      expect(texts).to.have.length(2);
      expect(texts[1]).to.contain('ben').and.contain('2m').and.contain('2 devices');
    });

    it('says who declined and who did not answer', async () => {
      const { list } = await restList([
        groupCall([
          { uid: 'ana', isJoined: true, state: 'ended', joinedAt: NOW - 3560, leftAt: NOW - 3435, totalDuration: 2 },
          { uid: 'ben', isJoined: false, state: 'rejected', totalDuration: 0 },
          { uid: 'cy', isJoined: false, state: 'unanswered', totalDuration: 0 },
        ]),
      ]);
      const details = await expand(list);
      const texts = participantTexts(details);
      expect(texts[0]).to.contain('Ana Lopez').and.contain('Joined');
      expect(texts[1]).to.contain('ben').and.contain('Declined');
      expect(texts[2]).to.contain('cy').and.contain('Did not answer');
      await expect(list).to.be.accessible();
    });

    it('names participants through resolveUsers, asking once for every row of a page', async () => {
      const asked: string[][] = [];
      const resolveUsers = async (uids: readonly string[]): Promise<ResolvedUser[]> => {
        asked.push([...uids]);
        return uids.filter((uid) => uid !== 'nobody').map((uid) => ({ uid, name: `Person ${uid.toUpperCase()}` }));
      };
      const joined = (uid: string) => ({ uid, isJoined: true, state: 'ended', joinedAt: NOW - 3500, leftAt: NOW - 3440, totalDuration: 1 });
      const calls = Array.from({ length: 8 }, (_, i) =>
        groupCall([joined('ana'), joined(`p${i}`), joined(`p${i + 1}`), joined('nobody')], { initiatedAt: NOW - 3600 - i * 60 }),
      );
      const api = await scenario({ items: calls });
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} viewer-uid=${VIEWER} .resolveUsers=${resolveUsers}></call-log-list>`,
      );
      await settled(list);
      await waitUntil(() => asked.length > 0, 'the resolver was not asked');
      // Each unnamed uid once, in one call for the whole page: Ana is named by the call itself.
      expect(asked).to.have.length(1);
      expect([...asked[0]!].sort()).to.deep.equal(['nobody', ...Array.from({ length: 9 }, (_, i) => `p${i}`)].sort());
      const details = await expand(list, 3);
      await waitUntil(() => participantTexts(details).some((t) => t.includes('Person P3')), 'the name did not show');
      const texts = participantTexts(details);
      expect(texts[0]).to.contain('Ana Lopez');
      expect(texts[1]).to.contain('Person P3');
      expect(texts[2]).to.contain('Person P4');
      // The resolver did not know this one: its uid stands.
      expect(texts[3]).to.contain('nobody');
      await expand(list, 5);
      expect(asked).to.have.length(1);
    });

    it('shows the rows at once and the uids for good when resolveUsers fails', async () => {
      let calls = 0;
      const resolveUsers = () => {
        calls++;
        return Promise.reject(new Error('directory down'));
      };
      const api = await scenario({
        items: [groupCall([{ uid: 'ben', isJoined: true, state: 'ended', joinedAt: NOW - 3500, leftAt: NOW - 3440, totalDuration: 1 }])],
      });
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} viewer-uid=${VIEWER} .resolveUsers=${resolveUsers}></call-log-list>`,
      );
      await settled(list);
      expect(rows(list)).to.have.length(1);
      await waitUntil(() => calls === 1, 'the resolver was not asked');
      const details = await expand(list);
      expect(participantTexts(details)[0]).to.contain('ben');
      expect(list.status).to.equal('complete');
      expect(list.error).to.equal(undefined);
      list.refresh();
      await settled(list);
      expect(calls).to.equal(1);
    });
  });

  describe('presenter sessions', () => {
    it('finds presentations by their own category, labelled as such, and a meeting filter does not', async () => {
      const api = await scenario({});
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} viewer-uid=${VIEWER} call-category="presenter"></call-log-list>`,
      );
      await settled(list);
      expect((await api.state()).lastQuery.mode).to.equal('presenter');
      const categories = rows(list).map((row) => text(row.querySelector('[part~="category"]')));
      expect(categories.length).to.be.above(0);
      expect(new Set(categories)).to.deep.equal(new Set(['Presentation']));
      await expect(list).to.be.accessible();

      list.callCategory = 'meet';
      await waitUntil(() => list.items.length > 0 && list.items.every((c) => c.callCategory === 'meet'), 'no meetings shown');
      await settled(list);
      expect(rows(list).map((row) => text(row.querySelector('[part~="category"]')))).to.not.include('Presentation');
    });
  });
});
