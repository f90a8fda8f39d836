/**
 * msw, the fake's router: its handlers are msw's `http` handlers, and `fake.fetch` answers through
 * msw's `getResponse`. msw is an optional peer dependency of the package (the elements and the
 * client never load it), so it is loaded here, once, and a missing or too old msw fails with the
 * fix instead of Node's `ERR_MODULE_NOT_FOUND` or a bundler's `MISSING_EXPORT`.
 */
const FIX = 'npm install --save-dev msw@3';

const msw = await import('msw').catch((error: unknown) => {
  throw new Error(
    `@operator-ai/admin-widget/mocks needs msw, which routes the fake's requests (for fake.fetch as for setupServer and setupWorker), and could not load it: ${FIX}.`,
    { cause: error },
  );
});
// `getResponse` came in msw 2.2; the package is tested with msw 3.
if (typeof msw.getResponse !== 'function') {
  throw new Error(
    `@operator-ai/admin-widget/mocks needs msw 3; the msw installed has no getResponse (it is older than 2.2): ${FIX}.`,
  );
}

export const { getResponse, http, HttpResponse } = msw;
