// docs/frameworks.md's plain-page, React, Vue and Angular sections are files of the example apps
// (examples/apps/, driven in a browser by `npm run test:examples`): this checks that it still
// quotes each one as it is.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

/** Each quoted file of an app, with the language of its fenced block in docs/frameworks.md. */
const QUOTED = {
  'html/index.html': 'html',
  'html/app.js': 'js',
  'react19/src/ApiTokens.tsx': 'tsx',
  'react18/src/ApiTokens.tsx': 'tsx',
  'vue/src/ApiTokens.vue': 'vue',
  'vue/vite.config.ts': 'ts',
  'angular/src/api-tokens.ts': 'ts',
};

test('docs/frameworks.md quotes the example apps verbatim', () => {
  const page = readFileSync(new URL('../../docs/frameworks.md', import.meta.url), 'utf8');
  for (const [file, language] of Object.entries(QUOTED)) {
    const code = readFileSync(new URL(`../../examples/apps/${file}`, import.meta.url), 'utf8');
    assert.ok(
      page.includes(`\`\`\`${language}\n${code}\`\`\`\n`),
      `docs/frameworks.md does not quote examples/apps/${file} as it is; paste it into its \`\`\`${language} block`,
    );
  }
});
