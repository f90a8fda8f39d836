import { registerMessages, type OperatorMessages } from '../shared/localize.js';

/**
 * French (France) strings for every part. Importing this module registers them; elements under
 * `lang="fr"` (on themselves or the document) then use them, with English for any key left out.
 *
 * Vocabulary: token → jeton, rotate → renouveler, revoke → révoquer, scopes → portées,
 * access log → journal d'accès, request → requête. Typography: a no-break space (U+00A0) before
 * « : » and between a number and its unit, a narrow no-break space (U+202F) before « ; ? ! » and
 * inside guillemets.
 */

/** French plural of a count already formatted through `Intl`: 0 and 1 take the singular. */
const one = (formatted: string) => /^[01]$/.test(formatted.trim());

/** The word for a count already formatted through `Intl`. */
const noun = (formatted: string, singular: string, plural: string) =>
  one(formatted) ? singular : plural;

export const fr: OperatorMessages = {
  // Shared
  loading: 'Chargement…',
  retry: 'Réessayer',
  cancel: 'Annuler',
  close: 'Fermer',
  unauthorized: 'Votre session a expiré. Reconnectez-vous pour continuer.',
  stepUpRequired: 'Confirmez votre identité pour effectuer cette modification, puis réessayez.',
  forbidden: 'Votre rôle vous permet de consulter ces paramètres, mais pas de les modifier.',
  forbiddenRead: 'Votre rôle ne vous permet pas de consulter ces paramètres.',
  networkError: 'Impossible de joindre Operator. Vérifiez votre connexion, puis réessayez.',
  rateLimited: (seconds?: number) =>
    seconds
      ? `Trop de requêtes. Réessayez dans ${seconds}\u00a0s.`
      : 'Trop de requêtes. Réessayez dans quelques instants.',
  serverError: 'Operator a rencontré un problème. Réessayez dans un instant.',
  genericError: (message: string) => message,
  invalidResponse: (detail: string) =>
    `Operator a envoyé une réponse inutilisable\u00a0: ${detail}.`,
  requestId: (id: string) => `ID de requête\u00a0: ${id}`,
  noClient: 'Non configuré\u00a0: définissez un client, ou une base-url avec auth.',

  // <operator-token-manager>
  tmCaption: "Jetons d'API",
  tmGenerate: 'Générer un jeton',
  tmSearch: 'Rechercher par nom',
  tmStatus: 'Statut',
  tmAll: 'Tous',
  tmAllButRevoked: 'Tous sauf les révoqués',
  tmActive: 'Actif',
  tmExpiring: 'Expire bientôt',
  tmExpired: 'Expiré',
  tmRevoked: 'Révoqué',
  tmSortBy: 'Trier par',
  tmSortCreated: "Plus récents d'abord",
  tmSortName: 'Nom',
  tmSortLastUsed: 'Dernière utilisation',
  tmToken: 'Jeton',
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
  tmEmptyHint: 'Générez-en un pour chaque intégration qui appelle Operator.',
  tmNoMatch: 'Aucun jeton ne correspond à ces filtres.',
  tmGenerateTitle: "Générer un jeton d'API",
  tmName: 'Nom',
  tmNameHint:
    'Facultatif. Utilisez un jeton par intégration, par exemple «\u202fIntégration CRM\u202f».',
  tmNameTooLong: (max: string, count: string) =>
    `Utilisez au maximum ${max}\u00a0caractères (ce nom en compte ${count}).`,
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
  tmGraceFor: (duration: string) => `Pendant ${duration}`,
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
  alStatus: 'Statut',
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
  alLiveOn: (seconds: string) =>
    seconds.trim() == '1'
      ? 'Recherche de nouvelles requêtes chaque seconde.'
      : `Recherche de nouvelles requêtes toutes les ${seconds}\u00a0s.`,
  alLivePaused: 'Mises à jour en direct suspendues tant que cette page est masquée.',
  alLiveBackoff: (seconds: string, reason: string) =>
    `Échec des mises à jour en direct\u00a0: ${reason} Nouvelle tentative dans ${seconds}\u00a0s.`,
  alNewEntries: (count: number, formatted: string) =>
    Math.abs(count) < 2 ? `${formatted} nouvelle requête.` : `${formatted} nouvelles requêtes.`,
  alExportCsv: 'Exporter en CSV',
  alExportJson: 'Exporter en JSON',
  alCancelExport: "Annuler l'export",
  alExporting: (formatted: string) =>
    `Export en cours… ${formatted} ${noun(formatted, 'entrée exportée', 'entrées exportées')} jusqu'ici.`,
  alExported: (formatted: string, filename: string) =>
    `${formatted} ${noun(formatted, 'entrée exportée', 'entrées exportées')} dans ${filename}.`,
  alExportCancelled: 'Export annulé.',
  alExportFailed: (reason: string) => `L'export s'est interrompu. ${reason}`,
  alRetryExport: "Relancer l'export",
  alTime: 'Date',
  alTokenColumn: 'Jeton',
  alMethodColumn: 'Méthode',
  alPath: 'Chemin',
  alStatusColumn: 'Statut',
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
  alEnd: (formatted: string) =>
    one(formatted)
      ? `${formatted}\u00a0requête correspond à ces filtres\u00a0: elle est affichée.`
      : `${formatted}\u00a0requêtes correspondent à ces filtres\u00a0: toutes sont affichées.`,
  alHintNewIp: 'Nouvelle IP',
  alHintNewIpLong: 'Première requête depuis cette adresse IP pour ce jeton sur la période chargée.',
  alHintBurst: 'Rafale de 401/403',
  alHintBurstLong: "Fait partie d'une rafale de requêtes refusées (401 ou 403).",
  alSummary: (newIps: number, newIpsFormatted: string, bursts: number, burstsFormatted: string) =>
    [
      newIps &&
        (Math.abs(newIps) < 2
          ? `${newIpsFormatted} première requête depuis une nouvelle IP`
          : `${newIpsFormatted} premières requêtes depuis de nouvelles IP`),
      bursts &&
        `${burstsFormatted} ${Math.abs(bursts) < 2 ? 'rafale' : 'rafales'} de réponses 401/403`,
    ]
      .filter(Boolean)
      .join('\u202f; ') + ' parmi les requêtes chargées.',
  alSummaryLabel: 'Utilisation suspecte\u00a0:',
  alChart: 'Évolution des requêtes',
  alChartSummary: (total: string, from: string, to: string, peak: string) =>
    `${total} ${noun(total, 'requête', 'requêtes')} du ${from} au ${to}, avec un maximum de ${peak} sur un même intervalle. Sélectionnez une barre pour limiter la période à cet intervalle.`,
  alChartBar: (when: string, ok: string, client: string, server: string) =>
    `${when}\u00a0: ${ok} ${noun(ok, 'réussie', 'réussies')}, ${client} ${noun(client, 'erreur client', 'erreurs client')}, ${server} ${noun(server, 'erreur serveur', 'erreurs serveur')}`,
  alChartStart: 'Début',
  alChartEmpty: 'Aucune requête sur cette période.',
  alChartFailed: (reason: string) => `Impossible de charger le graphique. ${reason}`,
  alRetryChart: 'Réessayer de charger le graphique',
  alOk: 'Réussies',
  alClientErrors: 'Erreurs client',
  alServerErrors: 'Erreurs serveur',
  alRetryLog: 'Réessayer de charger le journal',
};

registerMessages({ $code: 'fr', $name: 'Français', $dir: 'ltr', ...fr });
