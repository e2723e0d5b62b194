// <call-log-list>: what a row shows: avatar, direction, status, time, participants, and day groups.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import { MemoryCallLogSource } from '../../src/sources/memory-source.js';
import { call, memoryList, part, PICTURE, rows, settled, text, VIEWER } from './helpers.js';

describe('<call-log-list>', () => {
  describe('rows', () => {
    it('shows initials on a colour when there is no picture, and never an unsafe picture URL', async () => {
      const list = await memoryList([
        call({ sessionID: 'a', initiator: { entityType: 'user', uid: 'ana', name: 'Ana Lopez', avatar: 'javascript:alert(1)' } }),
        call({
          sessionID: 'b',
          initiatedAt: 1000,
          initiator: { entityType: 'user', uid: 'ben', name: 'Ben Ode', avatar: PICTURE },
        }),
        call({
          sessionID: 'c',
          initiatedAt: 500,
          // Unreachable here: the broken picture gives way to initials.
          initiator: { entityType: 'user', uid: 'cy', name: 'Cy Twombly', avatar: 'http://127.0.0.1:9/cy.png' },
        }),
      ]);
      const [a, b] = rows(list);
      const avatarA = a!.querySelector('[part~="avatar"]')!;
      expect(avatarA.tagName).to.equal('SPAN');
      expect(text(avatarA)).to.equal('AL');
      expect((avatarA as HTMLElement).style.background).to.match(/oklch/);
      const img = b!.querySelector('img')!;
      expect(img.getAttribute('src')).to.equal(PICTURE);
      expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
      await waitUntil(() => text(rows(list)[2]!.querySelector('[part~="avatar"]')) === 'CT', 'no fallback to initials');
    });

    it('marks direction from the viewer\'s side, with missed in the warning colour', async () => {
      const list = await memoryList([
        call({ sessionID: 'in', initiatedAt: 3000 }),
        call({
          sessionID: 'out',
          initiatedAt: 2000,
          initiator: { entityType: 'user', uid: VIEWER, name: 'Sam Rivera' },
          receiver: { entityType: 'user', uid: 'ben', name: 'Ben Ode' },
        }),
        call({ sessionID: 'miss', initiatedAt: 1000, status: 'missed', endedAt: 1000 }),
      ]);
      const [incoming, outgoing, missed] = rows(list);
      expect(text(incoming!.querySelector('[part~="direction"]'))).to.equal('Incoming');
      expect(text(outgoing!.querySelector('[part~="direction"]'))).to.equal('Outgoing');
      expect(text(outgoing!.querySelector('[part~="name"]'))).to.equal('Ben Ode');
      expect(text(missed!.querySelector('[part~="direction"]'))).to.equal('Missed');
      const missedColour = getComputedStyle(missed!.querySelector('[part~="name"]')!).color;
      expect(missedColour).to.not.equal(getComputedStyle(incoming!.querySelector('[part~="name"]')!).color);
    });

    it('shows a status word when the call did not simply end, and a live timer for an ongoing call', async () => {
      const now = Math.floor(Date.now() / 1000);
      const list = await memoryList([
        call({ sessionID: 'live', status: 'ongoing', initiatedAt: now - 65 }),
        call({ sessionID: 'rej', status: 'rejected', initiatedAt: now - 500 }),
        call({ sessionID: 'ok', initiatedAt: now - 900 }),
      ]);
      const [live, rejected, ended] = rows(list);
      expect(text(live!.querySelector('[part~="status"]'))).to.equal('Ongoing');
      expect(text(rejected!.querySelector('[part~="status"]'))).to.equal('Rejected');
      expect(ended!.querySelector('[part~="status"]')).to.equal(null);
      const timer = live!.querySelector('[part~="duration"]')!;
      expect(timer.getAttribute('role')).to.equal('timer');
      const before = text(timer);
      await waitUntil(() => text(live!.querySelector('[part~="duration"]')) !== before, 'the live timer did not tick', {
        timeout: 2500,
      });
    });

    it('puts the full date and time in a <time datetime> and its title', async () => {
      const at = Math.floor(new Date(2024, 0, 15, 9, 30).getTime() / 1000);
      const list = await memoryList([call({ sessionID: 'a', initiatedAt: at, endedAt: at + 60 })]);
      const time = list.shadowRoot!.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal(new Date(at * 1000).toISOString());
      expect(time.title).to.contain('2024');
      expect(text(time)).to.contain('2024');
    });

    it('formats dates in the locale attribute', async () => {
      const at = Math.floor(new Date(2024, 0, 15, 9, 30).getTime() / 1000);
      const source = new MemoryCallLogSource([call({ sessionID: 'a', initiatedAt: at, endedAt: at + 60 })]);
      const list = await fixture<CallLogList>(html`<call-log-list .source=${source} locale="fr"></call-log-list>`);
      await settled(list);
      expect(text(list.shadowRoot!.querySelector('time'))).to.contain('janv.');
    });

    it('shows participants for groups and a recording mark', async () => {
      const list = await memoryList([
        call({
          sessionID: 'g',
          receiver: { entityType: 'group', guid: 'team', name: 'Team' },
          receiverType: 'group',
          totalParticipants: 4,
          hasRecording: true,
          recordings: [{ rid: 'r1', recordingURL: 'https://rec.example/r1.mp3', duration: 60, startTime: 0, endTime: 60 }],
        }),
      ]);
      expect(text(part(list, 'participants'))).to.contain('4');
      expect(text(part(list, 'recording-mark'))).to.equal('Recorded');
      expect(text(part(list, 'name'))).to.equal('Team');
    });

    it('groups rows by day, or not at all with group-by="none"', async () => {
      const now = new Date();
      const today = Math.floor(now.getTime() / 1000) - 60;
      const yesterday = Math.floor(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1, 12).getTime() / 1000);
      const list = await memoryList([call({ sessionID: 't', initiatedAt: today }), call({ sessionID: 'y', initiatedAt: yesterday })]);
      const headers = [...list.shadowRoot!.querySelectorAll('[part~="section-header"]')].map(text);
      expect(headers).to.deep.equal(['Today', 'Yesterday']);
      list.setAttribute('group-by', 'none');
      await list.updateComplete;
      expect(list.shadowRoot!.querySelectorAll('[part~="section-header"]')).to.have.length(0);
      expect(rows(list)).to.have.length(2);
    });
  });
});
