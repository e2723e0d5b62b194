// <call-log-list>: a row's details, and playing its recordings.
import { expect, oneEvent } from '@open-wc/testing';
import { call, memoryList, part, rowButtons, text, visible } from './helpers.js';

describe('<call-log-list>', () => {
  describe('details and recordings', () => {
    const recorded = () =>
      call({
        sessionID: 'rec',
        type: 'video',
        hasRecording: true,
        recordings: [
          { rid: 'r1', recordingURL: 'https://rec.example/r1.mp4', duration: 90, startTime: 0, endTime: 90 },
          { rid: 'r2', recordingURL: 'javascript:alert(1)', duration: 10, startTime: 0, endTime: 10 },
        ],
        participantInfoList: [
          { uid: 'ana', name: 'Ana Lopez', hasJoined: true, joinedAt: 1000, leftAt: 1300, totalAudioMinutes: 5, totalVideoMinutes: 0, totalDurationInMinutes: 5 },
          { uid: 'ben', name: 'Ben Ode', hasJoined: false, totalAudioMinutes: 0, totalVideoMinutes: 0, totalDurationInMinutes: 0 },
        ],
      });

    it('expands with the expand button to show participants and recordings', async () => {
      const list = await memoryList([recorded()]);
      const expand = part(list, 'expand-button')!;
      expect(expand.getAttribute('aria-expanded')).to.equal('false');
      expand.click();
      await list.updateComplete;
      expect(expand.getAttribute('aria-expanded')).to.equal('true');
      const details = part(list, 'details')!;
      expect(visible(details)).to.equal(true);
      const participants = [...details.querySelectorAll('[part~="participant"]')].map(text);
      expect(participants).to.have.length(2);
      expect(participants[0]).to.contain('Ana Lopez').and.contain('Joined');
      expect(participants[1]).to.contain('Ben Ode').and.contain('Did not join');
      expect(text(details)).to.contain('Ana Lopez');
      expect(text(details)).to.contain('Did not join');
      const links = [...details.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://rec.example/r1.mp4']);
      expect(links[0]!.rel).to.equal('noopener noreferrer');
      expect(text(details)).to.contain('Not available');
      await expect(list).to.be.accessible();
    });

    it('expands with Space on the row and collapses with ArrowLeft', async () => {
      const list = await memoryList([recorded()]);
      const row = rowButtons(list)[0]!;
      row.focus();
      row.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true }));
      await list.updateComplete;
      expect(part(list, 'expand-button')!.getAttribute('aria-expanded')).to.equal('true');
      row.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, cancelable: true }));
      await list.updateComplete;
      expect(part(list, 'expand-button')!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('plays a recording in a native player after a call-log-recording-open event', async () => {
      const list = await memoryList([recorded()]);
      part(list, 'expand-button')!.click();
      await list.updateComplete;
      const play = [...list.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Play')!;
      setTimeout(() => play.click());
      const { detail } = await oneEvent(list, 'call-log-recording-open');
      expect(detail.recording.rid).to.equal('r1');
      expect(detail.callLog.sessionID).to.equal('rec');
      await list.updateComplete;
      const player = part(list, 'player') as HTMLVideoElement;
      expect(player.tagName).to.equal('VIDEO');
      expect(player.getAttribute('src')).to.equal('https://rec.example/r1.mp4');
      player.pause();
    });

    it('leaves the recording to the page when call-log-recording-open is cancelled', async () => {
      const list = await memoryList([recorded()]);
      part(list, 'expand-button')!.click();
      await list.updateComplete;
      list.addEventListener('call-log-recording-open', (event) => event.preventDefault());
      const play = [...list.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Play')!;
      play.click();
      await list.updateComplete;
      expect(part(list, 'player')).to.equal(null);
      const link = list.shadowRoot!.querySelector('a')!;
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      link.dispatchEvent(click);
      expect(click.defaultPrevented).to.equal(true);
    });
  });
});
