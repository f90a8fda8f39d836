import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { setViewport } from '@web/test-runner-commands';
import { expect, oneEvent } from '@open-wc/testing';
import { CSV_COLUMNS, csvField, toCsv } from '../../src/access-log/export.js';
import type { AccessLogEntry } from '../../src/client/types.js';
import { findByShadowRole, queryAllByShadowRole } from 'shadow-dom-testing-library';
import { findText } from '../helpers/text.js';
import { at } from '../helpers/assertions.js';
import { setupFake } from '../helpers/fake.js';
import {
  listRequests,
  mountAccessLog,
  mountAccessLogRecordingAborts,
  nextExport,
} from '../helpers/access-log.js';
import { until } from '../helpers/wait.js';

/** A small RFC 4180 parser: CRLF records, quoted fields with doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && field === '') {
      // A quoted field: up to the quote that is not doubled.
      i++;
      while (true) {
        const end = text.indexOf('"', i);
        if (end < 0) throw new Error('unterminated quoted field');
        field += text.slice(i, end);
        if (text[end + 1] === '"') {
          field += '"';
          i = end + 2;
        } else {
          i = end + 1;
          break;
        }
      }
      if (!(text[i] === ',' || text.startsWith('\r\n', i) || i === text.length))
        throw new Error(`text after a quoted field at ${i}`);
    } else if (c === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (text.startsWith('\r\n', i)) {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else {
      if (c === '"' || c === '\r' || c === '\n')
        throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
      field += c;
      i++;
    }
  }
  if (field || record.length) throw new Error('the last record does not end with CRLF');
  return records;
}

/**
 * The cells a spreadsheet whose list separator is `separator` reads from `text`: a quote opens a
 * quoted value only at the start of a cell; elsewhere quotes, and separators inside quotes that
 * did not start the cell, are plain characters.
 */
function spreadsheetCells(text: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let start = true;
  for (let i = 0; i < text.length;) {
    const c = text[i]!;
    if (start && c === '"') {
      for (i++; i < text.length; i++) {
        if (text[i] !== '"') cell += text[i];
        else if (text[i + 1] === '"') cell += text[++i];
        else break;
      }
      i++;
      start = false;
    } else if (c === separator || c === '\r' || c === '\n') {
      cells.push(cell);
      cell = '';
      start = true;
      i++;
    } else {
      cell += c;
      start = false;
      i++;
    }
  }
  return [...cells, cell];
}

const DANGEROUS = ['=HYPERLINK("https://evil.example","click")', '+1+1', '-2+3', '@SUM(A1:A2)'];

describe('<operator-access-log> export', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  // Wide enough for every column (narrower containers move IP and duration to the details).
  before(() => setViewport({ width: 1280, height: 900 }));

  describe('CSV', () => {
    it('quotes fields as RFC 4180 says and neutralises formulas', () => {
      expect(csvField('plain')).to.equal('plain');
      expect(csvField('a,b')).to.equal('"a,b"');
      expect(csvField('say "hi"')).to.equal('"say ""hi"""');
      expect(csvField('two\r\nlines')).to.equal('"two\r\nlines"');
      expect(csvField('=1+1')).to.equal("'=1+1");
      expect(csvField('+1')).to.equal("'+1");
      expect(csvField('-1')).to.equal("'-1");
      expect(csvField('@A1')).to.equal("'@A1");
      // A tab is a separator too (tab-separated pastes): quoted as well as neutralised.
      expect(csvField('\t=1')).to.equal(`"'\t'=1"`);
      expect(csvField('a;b')).to.equal('"a;b"');
      expect(csvField('a\tb')).to.equal('"a\tb"');
      expect(csvField('\r=1')).to.equal(`"'\r=1"`);
      expect(csvField('=A1,"x"')).to.equal('"\'=A1,""x"""');
      expect(csvField(-1)).to.equal('-1');
      expect(csvField(404)).to.equal('404');
      expect(toCsv([])).to.equal(`${CSV_COLUMNS.join(',')}\r\n`);
    });

    it('exports 10,000 entries through every page, which parse back with the guard', async function () {
      this.timeout(60_000);
      const { fake, client, el } = await mountAccessLog({
        fakeOptions: { logEntries: 10_000 - DANGEROUS.length },
        attributes: { range: '30d' },
      });
      await findByShadowRole(el, 'table', { name: 'Access log' });
      const now = fake.clock.now();
      const added = DANGEROUS.flatMap((user_agent, i) =>
        fake.addLogEntries(1, {
          user_agent,
          path: i ? '/v1/conversations' : '/v1/search?q=a,"b"',
          timestamp: new Date(now - 1000 * i).toISOString(),
        }),
      );
      const before = listRequests(fake).length;
      const done = nextExport(el);
      (await findByShadowRole(el, 'button', { name: 'Export CSV' })).click();
      const { detail } = await done;
      expect(detail.format).to.equal('csv');
      expect(detail.count).to.equal(10_000);
      expect(detail.filename).to.match(/^access-log-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.csv$/);
      expect(detail.blob.type).to.equal('text/csv;charset=utf-8');
      expect(listRequests(fake).length - before).to.equal(100);

      const text = await detail.blob.text();
      expect(text.endsWith('\r\n')).to.equal(true);
      const [header, ...records] = parseCsv(text);
      expect(header).to.deep.equal(CSV_COLUMNS);
      expect(records).to.have.length(10_000);
      expect(records.every((record) => record.length === CSV_COLUMNS.length)).to.equal(true);

      const expected: AccessLogEntry[] = [];
      const since = listRequests(fake)[0]!.searchParams.get('since')!;
      for await (const entry of client.accessLogs.iterate({ since, limit: 100 }))
        expected.push(entry);
      const column = (name: keyof AccessLogEntry) => CSV_COLUMNS.indexOf(name);
      expect(records.map((r) => r[column('id')])).to.deep.equal(expected.map((e) => e.id));
      expect(records.map((r) => Number(r[column('status')]))).to.deep.equal(
        expected.map((e) => e.status),
      );
      // The injection guard: each dangerous cell comes back as text, led by an apostrophe. (The
      // added entries are found by id: seeded ones may fall between them, by the clock's second.)
      const byId = new Map(records.map((record) => [record[column('id')], record]));
      const cell = (entry: AccessLogEntry, name: keyof AccessLogEntry) =>
        at(byId.get(entry.id) ?? [], column(name), `${name} of ${entry.id}`);
      expect(added.map((entry) => cell(entry, 'user_agent'))).to.deep.equal(
        DANGEROUS.map((value) => `'${value}`),
      );
      expect(cell(at(added, 0), 'path')).to.equal('/v1/search?q=a,"b"');
      const unguarded = records.flat().filter((cell) => /^[=+\-@]/.test(cell));
      expect(unguarded).to.deep.equal([]);

      await findText(el, `Exported 10,000 entries to ${detail.filename}.`);
      await expect(el).to.be.accessible();
    });

    it('downloads the file unless the host handles it', async () => {
      const { el } = await mountAccessLog({
        fakeOptions: { logEntries: 150 },
        attributes: { range: '30d' },
      });
      await findByShadowRole(el, 'table', { name: 'Access log' });
      const clicked: { download: string; href: string }[] = [];
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked.push({ download: this.download, href: this.href });
      };
      try {
        const event = oneEvent(el, 'operator-export-complete');
        (await findByShadowRole(el, 'button', { name: 'Export CSV' })).click();
        const { detail } = await event;
        await until(() => clicked.length === 1);
        expect(clicked[0]!.download).to.equal(detail.filename);
        expect(clicked[0]!.href).to.match(/^blob:/);
      } finally {
        HTMLAnchorElement.prototype.click = click;
      }
    });

    it('keeps every cell text in spreadsheets that split on a comma, a semicolon or a tab', async () => {
      const attack = "Mozilla/5.0;=cmd|' /C calc'!A0;x";
      const hostile = [attack, 'a\t=1+1\t@b', '-1;+2', 'x;"=HYPERLINK(1)"', '\t\t-3'];
      const { fake, el } = await mountAccessLog({
        fakeOptions: { logEntries: 20 },
        attributes: { range: '30d' },
      });
      await findByShadowRole(el, 'table', { name: 'Access log' });
      const now = fake.clock.now();
      hostile.forEach((user_agent, i) =>
        fake.addLogEntries(1, { user_agent, timestamp: new Date(now - 1000 * i).toISOString() }),
      );
      const done = nextExport(el);
      (await findByShadowRole(el, 'button', { name: 'Export CSV' })).click();
      const text = await (await done).detail.blob.text();
      for (const separator of [',', ';', '\t']) {
        const formulas = spreadsheetCells(text, separator).filter((cell) => /^[=+\-@]/.test(cell));
        expect(formulas, `cells split on ${JSON.stringify(separator)}`).to.deep.equal([]);
      }
      // Split on commas, as the file says, each user agent is one cell.
      const agents = parseCsv(text)
        .slice(1, 1 + hostile.length)
        .map((record) => record[CSV_COLUMNS.indexOf('user_agent')]);
      expect(agents[0]).to.equal("Mozilla/5.0;'=cmd|' /C calc'!A0;x");
      expect(spreadsheetCells(text, ',')).to.include(agents[0]);
      expect(agents).to.have.length(hostile.length);
      await expect(el).to.be.accessible();
    });
  });

  describe('JSON', () => {
    it('exports what matches the current filter', async () => {
      const { fake, el } = await mountAccessLog({ attributes: { range: '30d', status: '4xx' } });
      await findByShadowRole(el, 'table', { name: 'Access log' });
      const done = nextExport(el);
      (await findByShadowRole(el, 'button', { name: 'Export JSON' })).click();
      const { detail } = await done;
      expect(detail.filename).to.match(/\.json$/);
      const entries = JSON.parse(await detail.blob.text()) as AccessLogEntry[];
      expect(entries.length).to.equal(detail.count);
      expect(entries.length).to.be.greaterThan(0);
      expect(entries.every((e) => e.status >= 400 && e.status < 500)).to.equal(true);
      expect(listRequests(fake).at(-1)!.searchParams.get('status')).to.equal('4xx');
    });
  });

  describe('progress, Cancel and errors', () => {
    it('shows progress and cancels', async () => {
      const { fake, el } = await mountAccessLog({ attributes: { range: '30d' } });
      await findByShadowRole(el, 'table', { name: 'Access log' });
      const completed: Event[] = [];
      el.addEventListener('operator-export-complete', (e) => completed.push(e));
      fake.fault('accessLogs.list', { latency: 60_000, skip: 2, times: 1 });
      (await findByShadowRole(el, 'button', { name: 'Export CSV' })).click();
      await findText(el, 'Exporting… 200 entries so far.');
      expect(queryAllByShadowRole(el, 'progressbar')).to.have.length(1);
      await expect(el).to.be.accessible();
      (await findByShadowRole(el, 'button', { name: 'Cancel export' })).click();
      await findText(el, 'Export cancelled.');
      await findByShadowRole(el, 'button', { name: 'Export CSV' });
      expect(completed).to.have.length(0);
    });

    it('stops on an endless cursor with a clear error and operator-error', async () => {
      const { fake, client, el } = await mountAccessLog({ attributes: { range: '30d' } });
      await findByShadowRole(el, 'table', { name: 'Access log' });
      const { data } = await client.accessLogs.list({ limit: 2 });
      const errors: string[] = [];
      el.addEventListener('operator-error', (e) =>
        errors.push(`${e.detail.operation} ${e.detail.error.name}`),
      );
      // Every page points at the same next page, for ever.
      fake.fault('accessLogs.list', { body: { data, next_cursor: 'again' } });
      const before = listRequests(fake).length;
      (await findByShadowRole(el, 'button', { name: 'Export CSV' })).click();
      await findText(el, /The export stopped\. .*next_cursor/);
      expect(errors).to.deep.equal(['accessLogs.export InvalidResponseError']);
      expect(listRequests(fake).length - before).to.be.at.most(2);
      await findByShadowRole(el, 'button', { name: 'Retry export' });
      await expect(el).to.be.accessible();
    });

    it('ends with its credential: a new client aborts it and nothing downloads', async () => {
      const { fake, el, aborted } = await mountAccessLogRecordingAborts();
      await findByShadowRole(el, 'table', { name: 'Access log' });
      const completed: Event[] = [];
      el.addEventListener('operator-export-complete', (e) => completed.push(e));
      // Credential A's third page of the export takes long; B is another account.
      fake.fault('accessLogs.list', { latency: 60_000, skip: 2 });
      (await findByShadowRole(el, 'button', { name: 'Export CSV' })).click();
      await findText(el, 'Exporting… 200 entries so far.');
      el.client = setupFake({ seed: 2 }).client;
      await findText(el, 'Export cancelled.');
      await until(() => aborted.some((url) => url.includes('cursor=')), 'A’s page was aborted');
      await findByShadowRole(el, 'button', { name: 'Export CSV' });
      expect(completed).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('shows a failed export with Retry export', async () => {
      const { fake, el } = await mountAccessLog({
        attributes: { range: '30d' },
        clientOptions: { retry: 0 },
      });
      await findByShadowRole(el, 'table', { name: 'Access log' });
      fake.fault('accessLogs.list', { status: 500, skip: 2, times: 1 });
      (await findByShadowRole(el, 'button', { name: 'Export JSON' })).click();
      await findText(el, 'The export stopped. Operator had a problem. Try again in a moment.');
      await expect(el).to.be.accessible();
      const done = nextExport(el);
      (await findByShadowRole(el, 'button', { name: 'Retry export' })).click();
      const { detail } = await done;
      expect(detail.format).to.equal('json');
      expect(detail.count).to.be.greaterThan(200);
    });
  });
});
