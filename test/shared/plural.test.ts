import { expect } from '@open-wc/testing';
import { plural } from '../../src/shared/plural.js';

describe('plural', () => {
  it("picks Arabic's six forms by the number, with the language's digits", () => {
    const n = plural('ar');
    const forms = { zero: 'z #', one: 'o #', two: 't #', few: 'f #', many: 'm #', other: 'x #' };
    const picked = [0, 1, 2, 3, 11, 100].map((count) => n(count, forms));
    const digits = (count: number) => new Intl.NumberFormat('ar').format(count);
    expect(picked).to.deep.equal(
      ['z', 'o', 't', 'f', 'm', 'x'].map(
        (form, i) => `${form} ${digits([0, 1, 2, 3, 11, 100][i]!)}`,
      ),
    );
    expect(plural('ar-EG')(3, forms)).to.equal('f ٣');
  });

  it('falls back to other, and formats the count for the language', () => {
    expect(plural('en')(1234, { one: '# entry', other: '# entries' })).to.equal('1,234 entries');
    expect(plural('en')(1, { one: '# entry', other: '# entries' })).to.equal('1 entry');
    expect(plural('fr')(0, { one: '# entrée', other: '# entrées' })).to.equal('0 entrée');
    expect(plural('ja')(3, { other: '#件' })).to.equal('3件');
    expect(plural('de')(1_000_000, { one: '# Eintrag', other: '# Einträge' })).to.equal(
      '1.000.000 Einträge',
    );
  });
});
