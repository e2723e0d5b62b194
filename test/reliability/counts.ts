// How much the reliability suites do per run; the README's "Reliability" section quotes these (readme.test.ts checks).

/** Cases per fuzz test (fuzz.test.ts). */
export const FUZZ_RUNS = { filterAttributes: 150, connectionAttributes: 120, filterElement: 60, filtersProperty: 60, callData: 40 };
/** Named hard cases of call data (fuzz.test.ts). */
export const HARD_CASES = 15;
/** Random sequences of filter changes (races.test.ts). */
export const RACE_RUNS = 25;
/** Mount/unmount cycles measured (integrity.test.ts). */
export const MOUNT_CYCLES = 200;
/** Checks for new calls in the soak test (soak.test.ts). */
export const SOAK_CYCLES = 300;
