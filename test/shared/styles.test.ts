import { expect } from '@open-wc/testing';
import { OperatorAccessLog } from '../../src/access-log/index.js';
import { tokens } from '../../src/shared/styles.js';
import { OperatorTokenManager } from '../../src/token-manager/index.js';

/** Custom property names declared (`--_x:`) and read (`var(--_x`) in some CSS. */
function privateTokens(cssText: string) {
  const names = (pattern: RegExp) => new Set([...cssText.matchAll(pattern)].map((m) => m[1]!));
  return { declared: names(/(--_[\w-]+)\s*:/g), used: names(/var\(\s*(--_[\w-]+)/g) };
}

const elements = { OperatorTokenManager, OperatorAccessLog };
const cssOf = (element: typeof OperatorTokenManager | typeof OperatorAccessLog) =>
  element.elementStyles.map((style) => (style as CSSStyleSheet & { cssText: string }).cssText);

describe('design tokens', () => {
  for (const [name, element] of Object.entries(elements)) {
    it(`${name} reads only tokens that are declared, and uses every token of its own`, () => {
      const [shared, ...own] = cssOf(element);
      expect(shared).to.equal(tokens.cssText);
      const all = privateTokens([shared, ...own].join('\n'));
      expect(
        [...all.used].filter((token) => !all.declared.has(token)),
        'undeclared',
      ).to.be.empty;
      const mine = privateTokens(own.join('\n'));
      expect(
        [...mine.declared].filter((token) => !all.used.has(token)),
        'unused',
      ).to.be.empty;
    });
  }

  it('every shared token is read by some element', () => {
    const { declared } = privateTokens(tokens.cssText);
    const used = new Set(
      Object.values(elements).flatMap((element) => [
        ...privateTokens(cssOf(element).join('\n')).used,
      ]),
    );
    expect(
      [...declared].filter((token) => !used.has(token)),
      'unused',
    ).to.be.empty;
  });

  it('every value of the shared tokens defaults a global --operator-* property', () => {
    const declarations = [...tokens.cssText.matchAll(/(--_[\w-]+)\s*:\s*([^;]+);/g)];
    expect(declarations).to.not.be.empty;
    for (const [, token, value] of declarations)
      expect(value!.trim(), token).to.match(/^var\(\s*--operator-[\w-]+\s*,/);
  });
});
