// <call-log-list>: moving through the rows and acting on them with the keyboard.
import { expect, oneEvent } from '@open-wc/testing';
import { call, memoryList, rowButtons, text } from './helpers.js';

describe('<call-log-list>', () => {
  describe('keyboard', () => {
    it('makes the rows one tab stop, moved with the arrow keys, Home and End', async () => {
      const list = await memoryList([
        call({ sessionID: 'a', initiatedAt: 4000 }),
        call({ sessionID: 'b', initiatedAt: 3000 }),
        call({ sessionID: 'c', initiatedAt: 2000 }),
      ]);
      const tabStops = () => rowButtons(list).filter((b) => b.tabIndex === 0).map((b) => b.dataset['id']);
      expect(tabStops()).to.deep.equal(['a']);
      const press = async (key: string) => {
        (list.shadowRoot!.activeElement as HTMLElement).dispatchEvent(
          new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
        );
        await list.updateComplete;
        return (list.shadowRoot!.activeElement as HTMLElement).dataset['id'];
      };
      rowButtons(list)[0]!.focus();
      expect(await press('ArrowDown')).to.equal('b');
      expect(tabStops()).to.deep.equal(['b']);
      expect(await press('End')).to.equal('c');
      expect(await press('ArrowDown')).to.equal('c');
      expect(await press('Home')).to.equal('a');
      expect(await press('ArrowUp')).to.equal('a');
    });

    it('selects the focused row with Enter', async () => {
      const list = await memoryList([call({ sessionID: 'a' })]);
      const row = rowButtons(list)[0]!;
      row.focus();
      setTimeout(() => row.click()); // Enter on a native button clicks it
      const { detail } = await oneEvent(list, 'call-log-select');
      expect(detail.callLog.sessionID).to.equal('a');
    });

    it('names every control of a row', async () => {
      const list = await memoryList([call({ sessionID: 'a' })]);
      const buttons = [...list.shadowRoot!.querySelectorAll('button')];
      for (const button of buttons) {
        expect(button.getAttribute('aria-label') || text(button), button.outerHTML).to.not.equal('');
      }
    });
  });
});
