import { expect } from '@open-wc/testing';
import { CallLogError, type CallLogErrorCode, type CallLogErrorOptions } from '../../src/errors/call-log-error.js';
import { DEFAULT_RETRY, readRetryAfter, retryDelay, type RetryOptions } from '../../src/sources/retry-policy.js';

const error = (code: CallLogErrorCode, options: CallLogErrorOptions = {}) => new CallLogError(code, 'failed', options);
const http = (status: number, retryAfter?: number) => error('HTTP', { status, retryAfter });

/** Up to 10 retries, 100 ms doubling to at most 1000 ms: room to see both the doubling and the cap. */
const WIDE: Required<RetryOptions> = { retries: 10, baseDelay: 100, maxDelay: 1000 };
/** Just below 1, as `Math.random()` may give. */
const TOP = 1 - 2 ** -53;

/** The delay after `failure` on the first try, online, with the wait's longest jitter (`random` just below 1). */
const firstDelay = (failure: CallLogError, options = DEFAULT_RETRY) => retryDelay(failure, 0, options, TOP, false);

describe('retry policy', () => {
  describe('which failures are retried', () => {
    it('retries NETWORK, TIMEOUT and BAD_RESPONSE (a body that is not JSON)', () => {
      for (const code of ['NETWORK', 'TIMEOUT', 'BAD_RESPONSE'] as const) {
        expect(firstDelay(error(code)), code).to.be.a('number');
      }
    });

    for (const status of [408, 429, 500, 502, 503, 504]) {
      it(`retries HTTP ${status}`, () => {
        expect(firstDelay(http(status))).to.be.a('number');
      });
    }

    it('does not retry other statuses', () => {
      for (const status of [300, 304, 400, 404, 409, 422, 501, 505, 511, 599]) {
        expect(firstDelay(http(status)), String(status)).to.equal(undefined);
      }
      expect(firstDelay(error('HTTP'))).to.equal(undefined);
    });

    it('does not retry AUTH, even with a status that HTTP would retry', () => {
      for (const status of [401, 403, 429, 503]) {
        expect(firstDelay(error('AUTH', { status })), String(status)).to.equal(undefined);
      }
      expect(firstDelay(error('AUTH'))).to.equal(undefined);
    });

    it('does not retry ABORTED, INVALID_ARGUMENT or INVALID_CONFIG', () => {
      for (const code of ['ABORTED', 'INVALID_ARGUMENT', 'INVALID_CONFIG'] as const) {
        expect(firstDelay(error(code)), code).to.equal(undefined);
      }
    });

    it('reads only the code, status and retryAfter: a plain object does, a message or a cause changes nothing', () => {
      const plain = { code: 'HTTP', status: 503 } as const;
      expect(retryDelay(plain, 0, DEFAULT_RETRY, 0.5, false)).to.equal(250);
      const told = new CallLogError('HTTP', 'The Calls API answered 503.', { status: 503, cause: new Error('x') });
      expect(retryDelay(told, 0, DEFAULT_RETRY, 0.5, false)).to.equal(250);
    });
  });

  describe('offline', () => {
    it('does not retry a NETWORK failure while the browser is offline', () => {
      expect(retryDelay(error('NETWORK'), 0, DEFAULT_RETRY, 0.5, true)).to.equal(undefined);
      expect(retryDelay(error('NETWORK'), 0, DEFAULT_RETRY, 0.5, false)).to.equal(250);
    });

    it('still retries the other transient failures while offline', () => {
      expect(retryDelay(error('TIMEOUT'), 0, DEFAULT_RETRY, 0.5, true)).to.equal(250);
      expect(retryDelay(error('BAD_RESPONSE'), 0, DEFAULT_RETRY, 0.5, true)).to.equal(250);
      expect(retryDelay(http(503), 0, DEFAULT_RETRY, 0.5, true)).to.equal(250);
    });
  });

  describe('how many retries', () => {
    it('retries after tries 0 to retries - 1, then gives up', () => {
      const options = { retries: 3, baseDelay: 10, maxDelay: 1000 };
      const delays = [0, 1, 2, 3, 4].map((attempt) => retryDelay(http(503), attempt, options, 0.5, false));
      expect(delays).to.deep.equal([5, 10, 20, undefined, undefined]);
    });

    it('never retries with retries 0', () => {
      expect(retryDelay(http(503), 0, { ...DEFAULT_RETRY, retries: 0 }, 0.5, false)).to.equal(undefined);
      expect(retryDelay(error('NETWORK'), 0, { ...DEFAULT_RETRY, retries: 0 }, 0.5, false)).to.equal(undefined);
    });

    it('defaults to 3 retries, 500 ms doubling, at most 8000 ms', () => {
      expect(DEFAULT_RETRY).to.deep.equal({ retries: 3, baseDelay: 500, maxDelay: 8000 });
    });
  });

  describe('backoff with full jitter', () => {
    it('waits random * baseDelay * 2^attempt', () => {
      const delays = [0, 1, 2, 3].map((attempt) => retryDelay(http(503), attempt, WIDE, 0.25, false));
      expect(delays).to.deep.equal([25, 50, 100, 200]);
    });

    it('waits from 0 (random 0) up to, never reaching, the longest wait (random just below 1)', () => {
      for (let attempt = 0; attempt < 10; attempt++) {
        const longest = Math.min(WIDE.maxDelay, WIDE.baseDelay * 2 ** attempt);
        expect(retryDelay(http(503), attempt, WIDE, 0, false)).to.equal(0);
        const top = retryDelay(http(503), attempt, WIDE, TOP, false)!;
        expect(top).to.be.below(longest).and.above(longest * 0.999);
        for (const random of [0.1, 0.37, 0.5, 0.93]) {
          const delay = retryDelay(http(503), attempt, WIDE, random, false)!;
          expect(delay, `attempt ${attempt}, random ${random}`).to.be.at.least(0).and.below(longest);
        }
      }
    });

    it('caps the longest wait at maxDelay', () => {
      // 100 * 2^4 = 1600 and beyond: capped at 1000 from the fifth retry on.
      const delays = [3, 4, 5, 9].map((attempt) => retryDelay(http(503), attempt, WIDE, 0.5, false));
      expect(delays).to.deep.equal([400, 500, 500, 500]);
      expect(retryDelay(http(503), 9, WIDE, TOP, false)).to.be.below(1000);
      expect(retryDelay(http(503), 1, { retries: 3, baseDelay: 800, maxDelay: 1000 }, 0.5, false)).to.equal(500);
    });

    it('waits 0 with a baseDelay or a maxDelay of 0', () => {
      expect(retryDelay(http(503), 2, { retries: 3, baseDelay: 0, maxDelay: 1000 }, TOP, false)).to.equal(0);
      expect(retryDelay(http(503), 2, { retries: 3, baseDelay: 500, maxDelay: 0 }, TOP, false)).to.equal(0);
    });
  });

  describe('Retry-After', () => {
    it('waits at least the seconds the server asked for', () => {
      expect(retryDelay(http(429, 2), 0, DEFAULT_RETRY, 0, false)).to.equal(2000);
      expect(retryDelay(http(503, 2), 0, DEFAULT_RETRY, TOP, false)).to.equal(2000);
      expect(retryDelay(error('TIMEOUT', { retryAfter: 1 }), 0, DEFAULT_RETRY, 0, false)).to.equal(1000);
    });

    it('takes the jitter when it is longer than the server asked', () => {
      // Attempt 3: up to 4000 ms; half of it is 2000, more than the 1 s asked.
      expect(retryDelay(http(503, 1), 3, { ...DEFAULT_RETRY, retries: 5 }, 0.5, false)).to.equal(2000);
    });

    it('takes Retry-After: 0 as no wait of its own', () => {
      expect(retryDelay(http(429, 0), 0, DEFAULT_RETRY, 0, false)).to.equal(0);
      expect(retryDelay(http(429, 0), 0, DEFAULT_RETRY, 0.5, false)).to.equal(250);
    });

    it('honours a wait up to maxDelay, and gives up when asked to wait longer', () => {
      expect(retryDelay(http(503, 8), 0, DEFAULT_RETRY, 0.5, false)).to.equal(8000);
      expect(retryDelay(http(503, 9), 0, DEFAULT_RETRY, 0.5, false)).to.equal(undefined);
      expect(retryDelay(http(429, 30), 0, { retries: 3, baseDelay: 1, maxDelay: 1000 }, 0, false)).to.equal(undefined);
    });

    it('does not make a failure that is not retried retryable', () => {
      expect(retryDelay(http(400, 1), 0, DEFAULT_RETRY, 0.5, false)).to.equal(undefined);
      expect(retryDelay(error('AUTH', { status: 429, retryAfter: 1 }), 0, DEFAULT_RETRY, 0.5, false)).to.equal(undefined);
    });

    it('gives no retry past the last, whatever the server asked', () => {
      expect(retryDelay(http(429, 1), 3, DEFAULT_RETRY, 0.5, false)).to.equal(undefined);
    });
  });

  it('reads no clock, random source or network state of its own', () => {
    const { random } = Math;
    const now = Date.now;
    Math.random = () => {
      throw new Error('Math.random was read');
    };
    Date.now = () => {
      throw new Error('Date.now was read');
    };
    try {
      expect(retryDelay(error('NETWORK'), 1, DEFAULT_RETRY, 0.5, false)).to.equal(500);
      expect(readRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.UTC(2015, 9, 21, 7, 28, 0))).to.equal(10);
    } finally {
      Math.random = random;
      Date.now = now;
    }
  });

  describe('readRetryAfter', () => {
    const NOW = Date.UTC(2015, 9, 21, 7, 28, 0);

    it('gives undefined without the header', () => {
      expect(readRetryAfter(null, NOW)).to.equal(undefined);
    });

    it('reads whole seconds, spaces around them allowed', () => {
      expect(readRetryAfter('120', NOW)).to.equal(120);
      expect(readRetryAfter('0', NOW)).to.equal(0);
      expect(readRetryAfter(' 7 ', NOW)).to.equal(7);
    });

    it('reads an HTTP date as the seconds from now until then, rounded up', () => {
      expect(readRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', NOW)).to.equal(30);
      expect(readRetryAfter('Wed, 21 Oct 2015 08:28:00 GMT', NOW)).to.equal(3600);
      expect(readRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', NOW + 500)).to.equal(30);
      expect(readRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', NOW + 29_999)).to.equal(1);
    });

    it('reads a date now or passed as 0', () => {
      expect(readRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', NOW)).to.equal(0);
      expect(readRetryAfter('Wed, 21 Oct 2015 07:00:00 GMT', NOW)).to.equal(0);
    });

    it('gives undefined for a header that is neither', () => {
      for (const header of ['', 'soon', 'in a minute', 'Retry-After']) {
        expect(readRetryAfter(header, NOW), JSON.stringify(header)).to.equal(undefined);
      }
    });

    it('gives what the source passes on: the seconds a 429 asked for', () => {
      const seconds = readRetryAfter('17', NOW);
      expect(retryDelay(http(429, seconds), 0, { ...DEFAULT_RETRY, maxDelay: 20_000 }, 0, false)).to.equal(17_000);
    });
  });
});
