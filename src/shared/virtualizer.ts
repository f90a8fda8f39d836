/**
 * `@lit-labs/virtualizer`, loaded on first use, for the tables that can hold thousands of rows
 * (the log's entries, the token manager's tokens): a page that never shows such a table never
 * downloads it.
 */
type VirtualizeModule = typeof import('@lit-labs/virtualizer/virtualize.js');

/** The virtualizer's module once it has loaded. */
export let virtualizer: VirtualizeModule | undefined;
/** The virtualizer could not be fetched (a network blip): rows are drawn without it. */
export let unvirtualized = false;
let loading: Promise<void> | undefined;

/**
 * Loads the virtualizer once; resolves when a table can render rows, with it or, when it could
 * not be fetched, without it (every loaded row in the DOM: slower, but nothing is lost).
 */
export function loadVirtualizer(): Promise<void> {
  // Nor in a DOM without layout (happy-dom, jsdom), where it could not place a row. Its default
  // layout, which it would import only once it has rows, is fetched at the same time.
  return (loading ??= (
    document.body.offsetWidth
      ? Promise.all([
          import('@lit-labs/virtualizer/virtualize.js'),
          import('@lit-labs/virtualizer/layouts/flow.js'),
        ])
      : Promise.reject()
  ).then(
    ([module]) => {
      virtualizer = module;
    },
    () => {
      unvirtualized = true;
    },
  ));
}
