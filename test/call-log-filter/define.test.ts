// defineCallLogFilter: registering <call-log-filter>, under its tag or another.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { CallLogFilter } from '../../src/call-log-filter/call-log-filter.js';
import { defineCallLogFilter } from '../../src/call-log-filter/define.js';

describe('<call-log-filter>', () => {
  describe('defineCallLogFilter', () => {
    it('is safe to call again', () => {
      expect(() => defineCallLogFilter()).not.to.throw();
      expect(customElements.get('call-log-filter')).to.equal(CallLogFilter);
    });

    it('registers under another tag too', () => {
      defineCallLogFilter('my-call-filter');
      expect(document.createElement('my-call-filter')).to.be.instanceOf(CallLogFilter);
    });

    it('warns once, without throwing, when the tag belongs to another class', () => {
      customElements.define('taken-call-filter', class extends HTMLElement {});
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        defineCallLogFilter('taken-call-filter');
        defineCallLogFilter('taken-call-filter');
      } finally {
        console.warn = warn;
      }
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('taken-call-filter');
    });
  });
});
