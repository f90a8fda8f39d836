// The elements under jsdom (see support.mjs): `<dialog>` without `showModal`, no layout.
import { test } from 'node:test';
import { JSDOM } from 'jsdom';
import { generateRevealAndLog, useWindow } from './support.mjs';

useWindow(new JSDOM('', { url: 'http://localhost/', pretendToBeVisual: true }).window);

test('under jsdom: generate → reveal, and the log shows rows', generateRevealAndLog);
