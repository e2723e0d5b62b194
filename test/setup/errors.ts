import { expect } from '@open-wc/testing';
import { CallLogError } from '../../src/errors/call-log-error.js';

/** The `CallLogError` a promise rejects with; fails the test if it resolves or rejects with anything else. */
export async function rejection(promise: Promise<unknown>): Promise<CallLogError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(CallLogError);
    return error as CallLogError;
  }
  throw new Error('expected the promise to reject');
}

/** The `CallLogError` a call throws; fails the test if it returns or throws anything else. */
export function thrown(run: () => unknown): CallLogError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(CallLogError);
    return error as CallLogError;
  }
  throw new Error('expected a CallLogError to be thrown');
}
