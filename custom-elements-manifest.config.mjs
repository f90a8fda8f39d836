// The custom elements manifest (custom-elements.json), generated from the elements' JSDoc.

/**
 * The analyzer also reads `dispatchEvent(new SomeEvent(…))` calls, which name no event (the name
 * lives in the event class) or take the first argument's name (`operation`). The `@fires` tags
 * are the documented events: keep those only.
 */
const documentedEventsOnly = {
  name: 'documented-events-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.events) {
          declaration.events = declaration.events.filter((event) =>
            event.name?.startsWith('operator-'),
          );
        }
      }
    }
  },
};

/**
 * The analyzer takes every entry of `static properties` for an attribute, `{ state: true }` ones
 * included; those are private state (`rows`, `filter`…), never attributes.
 */
const statesAreNotAttributes = {
  name: 'states-are-not-attributes',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        const states = new Set(
          (declaration.members ?? [])
            .filter((member) => member.privacy === 'private')
            .map((member) => {
              delete member.attribute;
              return member.name;
            }),
        );
        declaration.attributes &&= declaration.attributes.filter(
          (attribute) => !states.has(attribute.fieldName),
        );
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/mocks/**', 'src/client/**', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [documentedEventsOnly, statesAreNotAttributes],
};
