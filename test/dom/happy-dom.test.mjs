// The elements under happy-dom (see support.mjs).
import { test } from 'node:test';
import { Window } from 'happy-dom';
import { generateRevealAndLog, useWindow } from './support.mjs';

useWindow(new Window({ url: 'http://localhost/' }));

test('under happy-dom: generate → reveal, and the log shows rows', generateRevealAndLog);
