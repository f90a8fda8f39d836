import { plural, registerMessages, type OperatorCatalogue } from '../shared/localize.js';

/**
 * German strings for every part. Importing this module registers them; elements under
 * `lang="de"` (on themselves or the document) then use them, with English for any key left out.
 *
 * Vocabulary (docs/glossary.md): token → Token (das), secret → Secret (das), scope → Berechtigung,
 * rotate → erneuern, revoke → widerrufen, grace period → Übergangsfrist, access log →
 * Zugriffsprotokoll, request → Anfrage, expiry → Ablauf. The reader is addressed as „Sie“.
 * Typography: „…“ quotes, a no-break space (U+00A0) between a number and its unit.
 */

/** German plurals: `one` for exactly 1, else `other`. */
const n = plural('de');

/** "1 Eintrag exportiert", "2 Einträge exportiert". */
const entries = (count: number) => n(count, { one: '# Eintrag', other: '# Einträge' });

export const de = {
  // Shared
  loading: 'Wird geladen…',
  retry: 'Erneut versuchen',
  cancel: 'Abbrechen',
  close: 'Schließen',
  token: 'Token',
  status: 'Status',
  unauthorized: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.',
  stepUpRequired: 'Bestätigen Sie Ihre Identität für diese Änderung und versuchen Sie es erneut.',
  forbidden: 'Mit Ihrer Rolle können Sie diese Einstellungen ansehen, aber nicht ändern.',
  forbiddenRead: 'Mit Ihrer Rolle können Sie diese Einstellungen nicht ansehen.',
  notFound: 'Dieses Element existiert nicht mehr. Laden Sie die Seite neu.',
  validationFailed: (detail: string) => `Nicht akzeptiert: ${detail}`,
  conflict: 'Dies wurde bereits mit anderen Angaben gesendet. Laden Sie die Seite neu.',
  rateLimited: (seconds?: number) =>
    seconds
      ? n(seconds, { other: 'Zu viele Anfragen. Versuchen Sie es in #\u00a0s erneut.' })
      : 'Zu viele Anfragen. Versuchen Sie es gleich noch einmal.',
  serverError: 'Bei {brand} ist ein Problem aufgetreten. Versuchen Sie es gleich noch einmal.',
  networkError:
    '{brand} ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  timeout: '{brand} hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut.',
  invalidResponse: (detail: string) =>
    `{brand} hat eine Antwort gesendet, die diese Seite nicht verarbeiten kann: ${detail}.`,
  operatorError: (detail: string) => `Etwas ist schiefgelaufen: ${detail}`,
  requestId: (id: string) => `Anfrage-ID: ${id}`,
  noClient: 'Nicht konfiguriert: Legen Sie einen Client fest oder eine base-url mit auth.',

  // <operator-token-manager>
  tmCaption: 'API-Tokens',
  tmGenerate: 'Token erstellen',
  tmSearch: 'Nach Name suchen',
  tmAll: 'Alle',
  tmAllButRevoked: 'Alle außer widerrufenen',
  tmActive: 'Aktiv',
  tmExpiring: 'Läuft bald ab',
  tmExpired: 'Abgelaufen',
  tmRevoked: 'Widerrufen',
  tmSortBy: 'Sortieren nach',
  tmSortCreated: 'Neueste zuerst',
  tmCreated: 'Erstellt',
  tmLastUsed: 'Zuletzt verwendet',
  tmExpires: 'Läuft ab',
  tmActions: 'Aktionen',
  tmFullAccess: 'Vollzugriff',
  tmNeverUsed: 'Nie verwendet',
  tmNever: 'Nie',
  tmFromIp: (ip: string) => `von ${ip}`,
  tmReplacedBy: (prefix: string) => `Ersetzt durch ${prefix}…`,
  tmAdviceNoExpiry: 'Läuft nie ab: Verwenden Sie besser ein Token mit Ablaufdatum.',
  tmAdviceOld: 'Älter als 90\u00a0Tage: Erneuern empfohlen.',
  tmAdviceUnused: 'Seit 30\u00a0Tagen nicht verwendet: Widerrufen Sie es gegebenenfalls.',
  tmViewActivity: 'Aktivität anzeigen',
  tmViewActivityFor: (name: string) => `Aktivität anzeigen für ${name}`,
  tmRotate: 'Erneuern',
  tmRotateNamed: (name: string) => `${name} erneuern`,
  tmRevoke: 'Widerrufen',
  tmRevokeNamed: (name: string) => `${name} widerrufen`,
  tmRevokeNow: 'Jetzt widerrufen',
  tmRevokeNowNamed: (name: string) => `${name} jetzt widerrufen`,
  tmLoadMore: 'Mehr laden',
  tmEmpty: 'Noch keine API-Tokens.',
  tmEmptyHint: 'Erstellen Sie eines für jede Integration, die {brand} aufruft.',
  tmNoMatch: 'Keine Tokens entsprechen diesen Filtern.',
  tmGenerateTitle: 'API-Token erstellen',
  tmName: 'Name',
  tmNameHint: 'Optional. Verwenden Sie ein Token pro Integration, z.\u00a0B. „CRM-Integration“.',
  tmNameTooLong: (max: number, count: number) =>
    n(max, { other: 'Verwenden Sie höchstens #\u00a0Zeichen' }) +
    n(count, { other: ' (dieser Name hat #).' }),
  tmScopes: 'Berechtigungen',
  tmScopesHint: 'Ohne Auswahl erhält das Token Vollzugriff.',
  tmExpiration: 'Ablauf',
  tmCustomDate: 'Eigenes Datum',
  tmNoExpiration: 'Kein Ablauf',
  tmExpirationDate: 'Ablaufdatum',
  tmNoExpirationWarning:
    'Ein Token ohne Ablaufdatum funktioniert, bis jemand es widerruft. Legen Sie besser ein Ablaufdatum fest.',
  tmDateRequired: 'Wählen Sie das Datum, an dem das Token ungültig wird.',
  tmDateFuture: 'Wählen Sie ein Datum nach dem heutigen.',
  tmCreate: 'Token erstellen',
  tmRotateTitle: (name: string) => `„${name}“ erneuern?`,
  tmRotateIntro:
    'Ein neues Secret ersetzt das bisherige. Das alte kann weiter funktionieren, während Sie das neue bereitstellen.',
  tmGrace: 'Übergangsfrist für das alte Secret',
  tmGraceNone: 'Keine: Es wird sofort ungültig',
  tmGraceFor: (count: number, unit: 'hour' | 'day') =>
    new Intl.NumberFormat('de', { style: 'unit', unit, unitDisplay: 'long' }).format(count),
  tmRotateConfirm: 'Token erneuern',
  tmRevokeTitle: (name: string) => `„${name}“ widerrufen?`,
  tmRevokeRecent: (when: string, ip: string) =>
    `Es wurde ${when} von ${ip} verwendet: Eine Integration ist möglicherweise noch darauf angewiesen.`,
  tmRevokeFinal:
    'Anfragen mit diesem Token schlagen sofort fehl. Dies kann nicht rückgängig gemacht werden.',
  tmRevokeConfirm: 'Token widerrufen',
  tmRevealTitle: (name: string) => `Ihr neues Secret für „${name}“`,
  tmRevealWarning:
    'Kopieren Sie es jetzt und bewahren Sie es sicher auf: Es wird nie wieder angezeigt, auch Ihnen nicht.',
  tmSecret: 'Secret',
  tmShow: 'Anzeigen',
  tmHide: 'Ausblenden',
  tmCopy: 'Kopieren',
  tmCopied: 'In die Zwischenablage kopiert.',
  // German keyboards label Control „Strg“.
  tmCopyKeys: (mac: boolean) => (mac ? '⌘+C' : 'Strg+C'),
  tmCopyManual: (keys: string) =>
    `Kopieren ist hier blockiert. Das Secret ist markiert: Drücken Sie ${keys}.`,
  tmDone: 'Fertig',
  tmNotCopied:
    'Sie haben das Secret nicht kopiert. Nach dem Schließen kann es nicht mehr angezeigt werden.',
  tmCloseAnyway: 'Ohne Kopieren schließen',
  tmGoBack: 'Zurück',
  tmScopesLoading: 'Die Berechtigungen werden noch geladen.',
  tmFinishing: 'Wird abgeschlossen…',
  tmUnknown: (button: string) =>
    `Der Vorgang ist möglicherweise schon durchgelaufen. Klicken Sie erneut auf „${button}“, um sein Secret zu erhalten – es wird kein zweites erstellt.`,
  tmAttention:
    'Das Secret ist möglicherweise verloren: Erneuern Sie das Token, um ein neues zu erhalten.',

  // <operator-access-log>
  alCaption: 'Zugriffsprotokoll',
  alFilters: 'Filter des Zugriffsprotokolls',
  alToken: 'Nach Token filtern',
  alAllTokens: 'Alle Tokens',
  alTokenOption: (name: string, prefix: string) => `${name} (\u2066${prefix}…\u2069)`,
  alTokensFailed: (reason: string) => `Die Token-Liste konnte nicht geladen werden. ${reason}`,
  alRetryTokens: 'Tokens erneut laden',
  alTokensIncomplete: 'Für den Filter konnten nur einige Tokens aufgelistet werden.',
  alAnyStatus: 'Jeder Status',
  alStatusClass: (range: string) =>
    (
      ({
        '2xx': '2xx Erfolg',
        '4xx': '4xx Client-Fehler',
        '5xx': '5xx Serverfehler',
      }) as Record<string, string>
    )[range] ?? range,
  alMethod: 'Methode',
  alAnyMethod: 'Jede Methode',
  alRange: 'Zeitraum',
  alRange1h: 'Letzte Stunde',
  alRange24h: 'Letzte 24\u00a0Stunden',
  alRange7d: 'Letzte 7\u00a0Tage',
  alRange30d: 'Letzte 30\u00a0Tage',
  alRangeCustom: 'Benutzerdefiniert',
  alFrom: 'Von',
  alTo: 'Bis',
  alSearch: 'Suchen',
  alSearchPlaceholder: 'Pfad oder IP-Adresse',
  alLive: 'Live',
  alLiveOn: (seconds: number) =>
    n(seconds, {
      one: 'Sucht jede Sekunde nach neuen Anfragen.',
      other: 'Sucht alle #\u00a0s nach neuen Anfragen.',
    }),
  alLivePaused: 'Live-Aktualisierung angehalten, solange diese Seite ausgeblendet ist.',
  alLiveBackoff: (seconds: number, reason: string) =>
    `Live-Aktualisierung fehlgeschlagen: ${reason} ${n(seconds, { other: 'Neuer Versuch in #\u00a0s.' })}`,
  alNewEntries: (count: number) => n(count, { one: '# neue Anfrage.', other: '# neue Anfragen.' }),
  alExportCsv: 'Als CSV exportieren',
  alExportJson: 'Als JSON exportieren',
  alCancelExport: 'Export abbrechen',
  alExporting: (count: number) => `Wird exportiert… bisher ${entries(count)}.`,
  alExported: (count: number, filename: string) => `${entries(count)} nach ${filename} exportiert.`,
  alExportCancelled: 'Export abgebrochen.',
  alExportFailed: (reason: string) => `Der Export wurde unterbrochen. ${reason}`,
  alRetryExport: 'Export wiederholen',
  alTime: 'Zeit',
  alPath: 'Pfad',
  alIp: 'IP-Adresse',
  alDuration: 'Dauer',
  alDetails: 'Details',
  alDetailsOf: (method: string, path: string, time: string) =>
    `Details zu ${method} ${path}, ${time}`,
  alUserAgent: 'User-Agent',
  alNoUserAgent: 'Keiner gesendet',
  alRequestIdLabel: 'Anfrage-ID',
  alCopyRequestId: 'Anfrage-ID kopieren',
  alCopied: 'Anfrage-ID kopiert.',
  alCopyFailed: 'Kopieren nicht möglich: Markieren Sie die ID und kopieren Sie sie selbst.',
  alEmpty: 'Keine Anfragen entsprechen diesen Filtern in diesem Zeitraum.',
  alLoadingMore: 'Ältere Anfragen werden geladen…',
  alLoadMoreFailed: (reason: string) => `Ältere Anfragen konnten nicht geladen werden. ${reason}`,
  alRetryLoadMore: 'Ältere Anfragen erneut laden',
  alEnd: (count: number) =>
    n(count, {
      one: 'Die einzige Anfrage für diese Filter wird angezeigt.',
      other: 'Alle # Anfragen für diese Filter werden angezeigt.',
    }),
  alHintNewIp: 'Neue IP',
  alHintNewIpLong: 'Erste Anfrage von dieser IP-Adresse für dieses Token im geladenen Zeitraum.',
  alHintBurst: '401/403-Häufung',
  alHintBurstLong: 'Teil einer Häufung abgelehnter Anfragen (401 oder 403).',
  alSummary: (newIps: number, bursts: number) =>
    [
      newIps &&
        n(newIps, {
          one: '# erste Anfrage von einer neuen IP',
          other: '# erste Anfragen von neuen IPs',
        }),
      bursts &&
        n(bursts, {
          one: '# Häufung von 401/403-Antworten',
          other: '# Häufungen von 401/403-Antworten',
        }),
    ]
      .filter(Boolean)
      .join('; ') + ' in den geladenen Anfragen.',
  alSummaryLabel: 'Verdächtige Nutzung:',
  alChart: 'Anfragen im Zeitverlauf',
  alChartSummary: (total: number, from: string, to: string, peak: number) =>
    `${n(total, { one: '# Anfrage', other: '# Anfragen' })} von ${from} bis ${to}; ${n(peak, { other: 'höchstens # in einem Intervall' })}. Wählen Sie einen Balken, um den Zeitraum darauf einzugrenzen.`,
  alChartBar: (when: string, ok: number, client: number, server: number) =>
    `${when}: ${n(ok, { other: '# erfolgreich' })}, ${n(client, { other: '# Client-Fehler' })}, ${n(server, { other: '# Serverfehler' })}`,
  alChartStart: 'Beginn',
  alChartEmpty: 'Keine Anfragen in diesem Zeitraum.',
  alChartFailed: (reason: string) => `Das Diagramm konnte nicht geladen werden. ${reason}`,
  alRetryChart: 'Diagramm erneut laden',
  alOk: 'Erfolgreich',
  alClientErrors: 'Client-Fehler',
  alServerErrors: 'Serverfehler',
  alRetryLog: 'Protokoll erneut laden',
} satisfies OperatorCatalogue;

registerMessages({ $code: 'de', $name: 'Deutsch', $dir: 'ltr', ...de });
