/**
 * WCAG AA in the default light and dark themes and in each shipped preset (in both schemes): axe's
 * colour-contrast rule on both elements with the fake's data, the token manager's Generate form
 * and its reveal open; and 3:1 for what axe does not measure (the focus ring, the edge of a field).
 */
import { expect } from '@open-wc/testing';
import { findByShadowRole, getByShadowRole } from 'shadow-dom-testing-library';
import { mountTokenManager, openGenerateForm } from '../helpers/token-manager.js';
import { click } from '../helpers/user.js';
import {
  applyTheme,
  axeContrast,
  contrast,
  ignoreResizeObserverNotices,
  logWithRows,
  themeName,
  THEMES,
} from './support.js';

/**
 * axe in full (colour-contrast on, as by default), then colour-contrast alone: no violation, and
 * enough texts measured that the rule did run.
 */
async function checkContrast(el: Element) {
  await expect(el).to.be.accessible();
  const { violations, lowest, checked } = await axeContrast(el);
  expect(violations, 'colour-contrast').to.be.empty;
  expect(checked, 'texts measured').to.be.greaterThan(3);
  expect(lowest).to.be.at.least(4.5);
}

describe('contrast in every shipped theme', () => {
  ignoreResizeObserverNotices();
  for (const theme of THEMES) {
    describe(themeName(theme), () => {
      let remove: () => void;
      beforeEach(async () => (remove = await applyTheme(theme)));
      afterEach(() => remove());

      it('the token manager: its list, its Generate form and its reveal', async () => {
        const { el } = await mountTokenManager();
        await checkContrast(el);
        const { dialog, name } = await openGenerateForm(el);
        await checkContrast(el);

        // The focus ring (3:1 against the dialog) and a field's edge (3:1: it shows where to type).
        name.focus();
        const field = getComputedStyle(name);
        const surface = getComputedStyle(dialog).backgroundColor;
        expect(field.outlineStyle).to.equal('solid');
        expect(contrast(field.outlineColor, surface), 'focus ring').to.be.at.least(3);
        expect(contrast(field.borderTopColor, surface), 'field edge').to.be.at.least(3);

        await click(dialog, 'Create token');
        const reveal = await findByShadowRole(el, 'dialog', { name: /Your new secret/ });
        await checkContrast(el);
        // An outlined button's edge; a filled one is told by its label, which axe measured.
        const show = getByShadowRole(reveal, 'button', { name: 'Show' });
        expect(
          contrast(getComputedStyle(show).borderTopColor, surface),
          'button edge',
        ).to.be.at.least(3);
      });

      it('the access log with rows, statuses and its chart', async () => {
        const el = await logWithRows();
        await checkContrast(el);
      });
    });
  }
});
