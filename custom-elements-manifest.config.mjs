// The custom elements manifest (custom-elements.json), generated from the elements' JSDoc, and
// from it the types and IDE data of every host (scripts/host-types.mjs).
import { posix } from 'node:path';
import { hostTypes } from './scripts/host-types.mjs';

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

/**
 * The analyzer names the sources (`src/x.ts`, `/src/x.js`, or `./x.js` from the module re-exporting
 * it); the package ships `dist/x.js`. Every module path, and every reference to a module, becomes
 * the file a host has.
 */
const distPaths = {
  name: 'dist-paths',
  packageLinkPhase({ customElementsManifest }) {
    const toDist = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');
    const visit = (node, from) => {
      if (Array.isArray(node)) return node.forEach((item) => visit(item, from));
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'module' && typeof value === 'string')
          node[key] = toDist(
            value.startsWith('.') ? posix.join(posix.dirname(from), value) : value,
          );
        else visit(value, from);
      }
    };
    for (const module of customElementsManifest.modules) {
      visit(module, module.path);
      module.path = toDist(module.path);
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  // The elements' modules only: not the fake API, the client or the server-side proxy.
  exclude: ['src/mocks/**', 'src/client/**', 'src/server/**', 'src/react/**', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [documentedEventsOnly, statesAreNotAttributes, distPaths, hostTypes()],
};
