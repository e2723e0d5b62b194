// The README's table of message keys is what an app overrides by: it lists every key of the message table, in its
// order, with its English words, and no other.
import { expect } from '@open-wc/testing';
import { ALL_ENGLISH as ENGLISH } from './english.js';

describe('the README table of message keys', () => {
  it('lists every message with its English words, in the order of the table', async () => {
    const readme = await (await fetch('/README.md', { cache: 'no-store' })).text();
    const start = readme.indexOf('| Key | English | Values |');
    expect(start, 'the table is in the README').to.be.greaterThan(-1);
    const rows = readme
      .slice(start, readme.indexOf('\n\n', start))
      .split('\n')
      .slice(2)
      .map((row) => row.split(' | ').map((cell) => cell.replace(/^\| |`| \|$/g, '').trim()));
    const english = Object.entries(ENGLISH).map(([key, message]) => [
      key,
      typeof message === 'string'
        ? message
        : Object.entries(message)
            .map(([category, text]) => `${category}: ${text}`)
            .join('; '),
    ]);
    expect(rows.map(([key, words]) => [key, words])).to.deep.equal(english);
  });
});
