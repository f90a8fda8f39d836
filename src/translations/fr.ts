import { plural, registerMessages, type OperatorCatalogue } from '../shared/localize.js';

/**
 * French (France) strings for every part. Importing this module registers them; elements under
 * `lang="fr"` (on themselves or the document) then use them, with English for any key left out.
 *
 * Vocabulary: token → jeton, rotate → renouveler, revoke → révoquer, scopes → portées,
 * access log → journal d'accès, request → requête. Typography: a no-break space (U+00A0) before
 * « : » and between a number and its unit, a narrow no-break space (U+202F) before « ; ? ! » and
 * inside guillemets.
 */

/** French plurals: `one` for 0 and 1 (and what is below 2), else `other`. */
const n = plural('fr');

/** "1 entrée exportée", "2 entrées exportées". */
const exported = (count: number) =>
  n(count, {
    one: '# entrée exportée',
    other: '# entrées exportées',
  });

export const fr = {
  // Shared
  loading: 'Chargement…',
  retry: 'Réessayer',
  cancel: 'Annuler',
  close: 'Fermer',
  token: 'Jeton',
  status: 'Statut',
  unauthorized: 'Votre session a expiré. Reconnectez-vous pour continuer.',
  stepUpRequired: 'Confirmez votre identité pour effectuer cette modification, puis réessayez.',
  forbidden: 'Votre rôle vous permet de consulter ces paramètres, mais pas de les modifier.',
  forbiddenRead: 'Votre rôle ne vous permet pas de consulter ces paramètres.',
  notFound: "Cet élément n'existe plus. Rechargez la page.",
  validationFailed: (detail: string) => `Refusé\u00a0: ${detail}`,
  conflict: "Ceci a déjà été envoyé avec d'autres détails. Rechargez la page.",
  rateLimited: (seconds?: number) =>
    seconds
      ? n(seconds, { other: 'Trop de requêtes. Réessayez dans #\u00a0s.' })
      : 'Trop de requêtes. Réessayez dans quelques instants.',
  serverError: '{brand} a rencontré un problème. Réessayez dans un instant.',
  networkError: 'Impossible de joindre {brand}. Vérifiez votre connexion, puis réessayez.',
  timeout: "{brand} n'a pas répondu à temps. Réessayez.",
  invalidResponse: (detail: string) =>
    `{brand} a envoyé une réponse inutilisable\u00a0: ${detail}.`,
  operatorError: (detail: string) => `Une erreur est survenue\u00a0: ${detail}`,
  requestId: (id: string) => `ID de requête\u00a0: ${id}`,
  noClient: 'Non configuré\u00a0: définissez un client, ou une base-url avec auth.',

  // <operator-token-manager>
  tmCaption: "Jetons d'API",
  tmGenerate: 'Générer un jeton',
  tmSearch: 'Rechercher par nom',
  tmAll: 'Tous',
  tmAllButRevoked: 'Tous sauf les révoqués',
  tmActive: 'Actif',
  tmExpiring: 'Expire bientôt',
  tmExpired: 'Expiré',
  tmRevoked: 'Révoqué',
  tmSortBy: 'Trier par',
  tmSortCreated: "Plus récents d'abord",
  tmCreated: 'Création',
  tmLastUsed: 'Dernière utilisation',
  tmExpires: 'Expiration',
  tmActions: 'Actions',
  tmFullAccess: 'Accès complet',
  tmNeverUsed: 'Jamais utilisé',
  tmNever: 'Jamais',
  tmFromIp: (ip: string) => `depuis ${ip}`,
  tmReplacedBy: (prefix: string) => `Remplacé par ${prefix}…`,
  tmAdviceNoExpiry: "N'expire jamais\u00a0: préférez un jeton avec une date d'expiration.",
  tmAdviceOld: 'Créé il y a plus de 90\u00a0jours\u00a0: renouvellement recommandé.',
  tmAdviceUnused: 'Inutilisé depuis 30\u00a0jours\u00a0: envisagez de le révoquer.',
  tmViewActivity: "Voir l'activité",
  tmViewActivityFor: (name: string) => `Voir l'activité de ${name}`,
  tmRotate: 'Renouveler',
  tmRotateNamed: (name: string) => `Renouveler ${name}`,
  tmRevoke: 'Révoquer',
  tmRevokeNamed: (name: string) => `Révoquer ${name}`,
  tmRevokeNow: 'Révoquer maintenant',
  tmRevokeNowNamed: (name: string) => `Révoquer maintenant ${name}`,
  tmLoadMore: 'Afficher plus',
  tmEmpty: "Aucun jeton d'API pour le moment.",
  tmEmptyHint: 'Générez-en un pour chaque intégration qui appelle {brand}.',
  tmNoMatch: 'Aucun jeton ne correspond à ces filtres.',
  tmGenerateTitle: "Générer un jeton d'API",
  tmName: 'Nom',
  tmNameHint:
    'Facultatif. Utilisez un jeton par intégration, par exemple «\u202fIntégration CRM\u202f».',
  tmNameTooLong: (max: number, count: number) =>
    n(max, {
      one: 'Utilisez au maximum #\u00a0caractère',
      other: 'Utilisez au maximum #\u00a0caractères',
    }) + n(count, { other: ' (ce nom en compte #).' }),
  tmScopes: 'Portées',
  tmScopesHint: "Si aucune portée n'est sélectionnée, le jeton dispose d'un accès complet.",
  tmExpiration: 'Durée de validité',
  tmCustomDate: 'Date personnalisée',
  tmNoExpiration: 'Sans expiration',
  tmExpirationDate: "Date d'expiration",
  tmNoExpirationWarning:
    "Un jeton sans expiration fonctionne jusqu'à ce que quelqu'un le révoque. Préférez une date d'expiration.",
  tmDateRequired: 'Choisissez la date à laquelle le jeton cessera de fonctionner.',
  tmDateFuture: "Choisissez une date postérieure à aujourd'hui.",
  tmCreate: 'Créer le jeton',
  tmRotateTitle: (name: string) => `Renouveler «\u202f${name}\u202f»\u202f?`,
  tmRotateIntro:
    "Un nouveau secret remplace celui-ci. L'ancien peut continuer à fonctionner pendant que vous déployez le nouveau.",
  tmGrace: "L'ancien secret reste valide",
  tmGraceNone: 'Non\u00a0: il cesse immédiatement de fonctionner',
  tmGraceFor: (count: number, unit: 'hour' | 'day') =>
    `Pendant ${new Intl.NumberFormat('fr', { style: 'unit', unit, unitDisplay: 'long' }).format(count)}`,
  tmRotateConfirm: 'Renouveler le jeton',
  tmRevokeTitle: (name: string) => `Révoquer «\u202f${name}\u202f»\u202f?`,
  tmRevokeRecent: (when: string, ip: string) =>
    `Ce jeton a été utilisé ${when} depuis ${ip}\u00a0: une intégration en dépend peut-être encore.`,
  tmRevokeFinal:
    'Les requêtes effectuées avec ce jeton échoueront immédiatement. Cette action est irréversible.',
  tmRevokeConfirm: 'Révoquer le jeton',
  tmRevealTitle: (name: string) => `Votre nouveau secret pour «\u202f${name}\u202f»`,
  tmRevealWarning:
    'Copiez-le maintenant et conservez-le en lieu sûr\u00a0: il ne pourra plus être affiché, y compris pour vous.',
  tmSecret: 'Secret',
  tmShow: 'Afficher',
  tmHide: 'Masquer',
  tmCopy: 'Copier',
  tmCopied: 'Copié dans le presse-papiers.',
  tmCopyKeys: (mac: boolean) => (mac ? '⌘+C' : 'Ctrl+C'),
  tmCopyManual: (keys: string) =>
    `La copie est bloquée ici. Le secret est sélectionné\u00a0: appuyez sur ${keys}.`,
  tmDone: 'Terminé',
  tmNotCopied:
    "Vous n'avez pas copié le secret. Une fois cette fenêtre fermée, il ne pourra plus être affiché.",
  tmCloseAnyway: 'Fermer sans copier',
  tmGoBack: 'Retour',
  tmScopesLoading: 'Les portées sont encore en cours de chargement.',
  tmFinishing: 'Finalisation…',
  tmUnknown: (button: string) =>
    `L'opération a peut-être abouti. Appuyez de nouveau sur «\u202f${button}\u202f» pour obtenir son secret, pas un second.`,
  tmAttention: 'Son secret a peut-être été perdu\u00a0: renouvelez-le pour en obtenir un nouveau.',

  // <operator-access-log>
  alCaption: "Journal d'accès",
  alFilters: "Filtres du journal d'accès",
  alToken: 'Filtrer par jeton',
  alAllTokens: 'Tous les jetons',
  alTokenOption: (name: string, prefix: string) => `${name} (\u2066${prefix}…\u2069)`,
  alTokensFailed: (reason: string) => `Impossible de charger la liste des jetons. ${reason}`,
  alRetryTokens: 'Réessayer de charger les jetons',
  alTokensIncomplete: 'Seule une partie des jetons a pu être listée pour le filtre.',
  alAnyStatus: 'Tous les statuts',
  alStatusClass: (range: string) =>
    (
      ({
        '2xx': '2xx (succès)',
        '4xx': '4xx (erreur client)',
        '5xx': '5xx (erreur serveur)',
      }) as Record<string, string>
    )[range] ?? range,
  alMethod: 'Méthode',
  alAnyMethod: 'Toutes les méthodes',
  alRange: 'Période',
  alRange1h: 'Dernière heure',
  alRange24h: '24\u00a0dernières heures',
  alRange7d: '7\u00a0derniers jours',
  alRange30d: '30\u00a0derniers jours',
  alRangeCustom: 'Personnalisée',
  alFrom: 'Du',
  alTo: 'Au',
  alSearch: 'Rechercher',
  alSearchPlaceholder: 'Chemin ou adresse IP',
  alLive: 'En direct',
  alLiveOn: (seconds: number) =>
    seconds === 1
      ? 'Recherche de nouvelles requêtes chaque seconde.'
      : n(seconds, { other: 'Recherche de nouvelles requêtes toutes les #\u00a0s.' }),
  alLivePaused: 'Mises à jour en direct suspendues tant que cette page est masquée.',
  alLiveBackoff: (seconds: number, reason: string) =>
    `Échec des mises à jour en direct\u00a0: ${reason} ${n(seconds, { other: 'Nouvelle tentative dans #\u00a0s.' })}`,
  alNewEntries: (count: number) =>
    n(count, {
      one: '# nouvelle requête.',
      other: '# nouvelles requêtes.',
    }),
  alExportCsv: 'Exporter en CSV',
  alExportJson: 'Exporter en JSON',
  alCancelExport: "Annuler l'export",
  alExporting: (count: number) => `Export en cours… ${exported(count)} jusqu'ici.`,
  alExported: (count: number, filename: string) => `${exported(count)} dans ${filename}.`,
  alExportCancelled: 'Export annulé.',
  alExportFailed: (reason: string) => `L'export s'est interrompu. ${reason}`,
  alRetryExport: "Relancer l'export",
  alTime: 'Date',
  alPath: 'Chemin',
  alIp: 'Adresse IP',
  alDuration: 'Durée',
  alDetails: 'Détails',
  alDetailsOf: (method: string, path: string, time: string) =>
    `Détails de la requête ${method} ${path}, ${time}`,
  alUserAgent: 'Agent utilisateur',
  alNoUserAgent: 'Non transmis',
  alRequestIdLabel: 'ID de requête',
  alCopyRequestId: "Copier l'ID de requête",
  alCopied: 'ID de requête copié.',
  alCopyFailed: "Impossible de copier\u00a0: sélectionnez l'ID et copiez-le vous-même.",
  alEmpty: 'Aucune requête ne correspond à ces filtres sur cette période.',
  alLoadingMore: 'Chargement des requêtes plus anciennes…',
  alLoadMoreFailed: (reason: string) =>
    `Impossible de charger les requêtes plus anciennes. ${reason}`,
  alRetryLoadMore: 'Réessayer de charger les requêtes plus anciennes',
  alEnd: (count: number) =>
    n(count, {
      one: '#\u00a0requête correspond à ces filtres\u00a0: elle est affichée.',
      other: '#\u00a0requêtes correspondent à ces filtres\u00a0: toutes sont affichées.',
    }),
  alHintNewIp: 'Nouvelle IP',
  alHintNewIpLong: 'Première requête depuis cette adresse IP pour ce jeton sur la période chargée.',
  alHintBurst: 'Rafale de 401/403',
  alHintBurstLong: "Fait partie d'une rafale de requêtes refusées (401 ou 403).",
  alSummary: (newIps: number, bursts: number) =>
    [
      newIps &&
        n(newIps, {
          one: '# première requête depuis une nouvelle IP',
          other: '# premières requêtes depuis de nouvelles IP',
        }),
      bursts &&
        n(bursts, {
          one: '# rafale de réponses 401/403',
          other: '# rafales de réponses 401/403',
        }),
    ]
      .filter(Boolean)
      .join('\u202f; ') + ' parmi les requêtes chargées.',
  alSummaryLabel: 'Utilisation suspecte\u00a0:',
  alChart: 'Évolution des requêtes',
  alChartSummary: (total: number, from: string, to: string, peak: number) =>
    `${n(total, { one: '# requête', other: '# requêtes' })} du ${from} au ${to}, ${n(peak, { other: 'avec un maximum de # sur un même intervalle' })}. Sélectionnez une barre pour limiter la période à cet intervalle.`,
  alChartBar: (when: string, ok: number, client: number, server: number) =>
    `${when}\u00a0: ${n(ok, { one: '# réussie', other: '# réussies' })}, ${n(client, { one: '# erreur client', other: '# erreurs client' })}, ${n(server, { one: '# erreur serveur', other: '# erreurs serveur' })}`,
  alChartStart: 'Début',
  alChartEmpty: 'Aucune requête sur cette période.',
  alChartFailed: (reason: string) => `Impossible de charger le graphique. ${reason}`,
  alRetryChart: 'Réessayer de charger le graphique',
  alOk: 'Réussies',
  alClientErrors: 'Erreurs client',
  alServerErrors: 'Erreurs serveur',
  alRetryLog: 'Réessayer de charger le journal',
} satisfies OperatorCatalogue;

registerMessages({ $code: 'fr', ...fr });
