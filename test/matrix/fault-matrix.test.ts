/**
 * The fault matrix (issue 9): every operation of the elements (and the client's `tokens.get`) under
 * every fault a hostile network or API can give. Each cell checks that the user reads a clear
 * message, that the element works again once the fault is gone, that the host hears of it
 * (`operator-error`, `operator-unauthorized` on a 401), that no minted secret is lost and no token
 * minted twice, and that the failure state is accessible. A fault that cannot happen to an
 * operation (an endless cursor on a create) is a cell marked N/A, with its reason.
 */
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { setViewport } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import { Bench } from './bench.js';
import { FAULTS } from './faults.js';
import { OPERATIONS } from './operations.js';

const cells = OPERATIONS.flatMap((op) =>
  FAULTS.map((fault) => ({ op, fault, na: fault.notApplicable?.(op) })),
);
const applicable = cells.filter((cell) => !cell.na);
const notApplicable = cells.filter((cell) => cell.na);
const title = (cell: (typeof cells)[number]) => `${cell.op.name} × ${cell.fault.id}`;

/** Each cell's outcome, by title, as the cells finish. */
const outcomes = new Map<string, boolean>();

describe(`fault matrix: ${OPERATIONS.length} operations × ${FAULTS.length} faults = ${cells.length} cells (N/A ${notApplicable.length})`, () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  // Wide enough for every column of the log.
  before(() => setViewport({ width: 1280, height: 900 }));
  afterEach(function () {
    outcomes.set(this.currentTest!.title, this.currentTest!.state === 'passed');
  });

  for (const op of OPERATIONS) {
    describe(op.name, () => {
      for (const cell of applicable.filter((c) => c.op === op)) {
        it(title(cell), () => op.run(new Bench(op.fake), cell.fault));
      }
    });
  }
});

describe('fault matrix counts', () => {
  it(`${applicable.length} cells to run, ${notApplicable.length} N/A: ${notApplicable.map((cell) => `${title(cell)} (${cell.na})`).join('; ')}`, function () {
    const failed = [...outcomes].filter(([, passed]) => !passed).map(([name]) => name);
    const counts = `${outcomes.size} cells run, ${outcomes.size - failed.length} passed, ${failed.length} failed, ${notApplicable.length} N/A`;
    this.test!.title = `fault matrix: ${counts}`;
    console.warn(
      `Fault matrix: ${counts}.${failed.length ? ` Failing: ${failed.join('; ')}.` : ''}`,
    );
    expect(outcomes.size, 'cells run').to.equal(applicable.length);
  });
});
