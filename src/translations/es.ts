import { plural, registerMessages, type OperatorCatalogue } from '../shared/localize.js';

/**
 * Spanish strings for every part, in a neutral Spanish that reads well in Spain and in Latin
 * America. Importing this module registers them; elements under `lang="es"` (or `es-MX`, `es-419`)
 * then use them, with English for any key left out.
 *
 * Vocabulary (docs/glossary.md): token → token, secret → clave secreta, scope → permiso,
 * rotate → rotar, revoke → revocar, grace period → período de gracia, access log → registro de
 * accesos, request → solicitud, expiry → vencimiento. The reader is addressed as «usted».
 */

/**
 * Spanish plurals: `one` for 1, else `other` (`many`, for a round million written in words,
 * does not apply to digits and falls back to `other`).
 */
const n = plural('es');

/** "1 entrada", "2 entradas". */
const entries = (count: number) => n(count, { one: '# entrada', other: '# entradas' });

export const es = {
  // Shared
  loading: 'Cargando…',
  retry: 'Reintentar',
  cancel: 'Cancelar',
  close: 'Cerrar',
  token: 'Token',
  status: 'Estado',
  unauthorized: 'Su sesión ha caducado. Vuelva a iniciar sesión para continuar.',
  stepUpRequired: 'Confirme su identidad para hacer este cambio y vuelva a intentarlo.',
  forbidden: 'Su rol permite ver esta configuración, pero no modificarla.',
  forbiddenRead: 'Su rol no permite ver esta configuración.',
  notFound: 'Esto ya no existe. Vuelva a cargar la página.',
  validationFailed: (detail: string) => `No se aceptó: ${detail}`,
  conflict: 'Esto ya se envió con otros datos. Vuelva a cargar la página.',
  rateLimited: (seconds?: number) =>
    seconds
      ? n(seconds, { other: 'Demasiadas solicitudes. Vuelva a intentarlo en #\u00a0s.' })
      : 'Demasiadas solicitudes. Vuelva a intentarlo en unos instantes.',
  serverError: '{brand} tuvo un problema. Vuelva a intentarlo en un momento.',
  networkError: 'No se pudo conectar con {brand}. Compruebe su conexión y vuelva a intentarlo.',
  timeout: '{brand} no respondió a tiempo. Vuelva a intentarlo.',
  invalidResponse: (detail: string) =>
    `{brand} envió una respuesta que esta página no puede usar: ${detail}.`,
  operatorError: (detail: string) => `Algo salió mal: ${detail}`,
  requestId: (id: string) => `ID de solicitud: ${id}`,
  noClient: 'Sin configurar: indique un client, o una base-url con auth.',

  // <operator-token-manager>
  tmCaption: 'Tokens de API',
  tmGenerate: 'Generar token',
  tmSearch: 'Buscar por nombre',
  tmAll: 'Todos',
  tmAllButRevoked: 'Todos menos los revocados',
  tmActive: 'Activo',
  tmExpiring: 'Vence pronto',
  tmExpired: 'Vencido',
  tmRevoked: 'Revocado',
  tmSortBy: 'Ordenar por',
  tmSortCreated: 'Más recientes primero',
  tmCreated: 'Creación',
  tmLastUsed: 'Último uso',
  tmExpires: 'Vencimiento',
  tmActions: 'Acciones',
  tmFullAccess: 'Acceso total',
  tmNeverUsed: 'Nunca usado',
  tmNever: 'Nunca',
  tmFromIp: (ip: string) => `desde ${ip}`,
  tmReplacedBy: (prefix: string) => `Reemplazado por ${prefix}…`,
  tmAdviceNoExpiry: 'No vence nunca: es preferible un token con fecha de vencimiento.',
  tmAdviceOld: 'Tiene más de 90\u00a0días: se recomienda rotarlo.',
  tmAdviceUnused: 'Sin usar desde hace 30\u00a0días: considere revocarlo.',
  tmViewActivity: 'Ver actividad',
  tmViewActivityFor: (name: string) => `Ver actividad de ${name}`,
  tmRotate: 'Rotar',
  tmRotateNamed: (name: string) => `Rotar ${name}`,
  tmRevoke: 'Revocar',
  tmRevokeNamed: (name: string) => `Revocar ${name}`,
  tmRevokeNow: 'Revocar ahora',
  tmRevokeNowNamed: (name: string) => `Revocar ahora ${name}`,
  tmLoadMore: 'Cargar más',
  tmEmpty: 'Todavía no hay tokens de API.',
  tmEmptyHint: 'Genere uno para cada integración que llame a {brand}.',
  tmNoMatch: 'Ningún token coincide con estos filtros.',
  tmGenerateTitle: 'Generar un token de API',
  tmName: 'Nombre',
  tmNameHint: 'Opcional. Use un token por integración, p.\u00a0ej., “Integración CRM”.',
  tmNameTooLong: (max: number, count: number) =>
    n(max, { one: 'Use como máximo # carácter', other: 'Use como máximo # caracteres' }) +
    n(count, { other: ' (este nombre tiene #).' }),
  tmScopes: 'Permisos',
  tmScopesHint: 'Si no selecciona ninguno, el token tendrá acceso total.',
  tmExpiration: 'Vencimiento',
  tmCustomDate: 'Fecha personalizada',
  tmNoExpiration: 'Sin vencimiento',
  tmExpirationDate: 'Fecha de vencimiento',
  tmNoExpirationWarning:
    'Un token sin vencimiento funciona hasta que alguien lo revoque. Es preferible una fecha de vencimiento.',
  tmDateRequired: 'Elija la fecha en que el token dejará de funcionar.',
  tmDateFuture: 'Elija una fecha posterior a hoy.',
  tmCreate: 'Crear token',
  tmRotateTitle: (name: string) => `¿Rotar “${name}”?`,
  tmRotateIntro:
    'Una nueva clave secreta reemplaza a esta. La anterior puede seguir funcionando mientras implementa la nueva.',
  tmGrace: 'Período de gracia de la clave anterior',
  tmGraceNone: 'Ninguno: deja de funcionar de inmediato',
  tmGraceFor: (count: number, unit: 'hour' | 'day') =>
    new Intl.NumberFormat('es', { style: 'unit', unit, unitDisplay: 'long' }).format(count),
  tmRotateConfirm: 'Rotar token',
  tmRevokeTitle: (name: string) => `¿Revocar “${name}”?`,
  tmRevokeRecent: (when: string, ip: string) =>
    `Se usó ${when} desde ${ip}: puede que una integración todavía dependa de él.`,
  tmRevokeFinal: 'Las solicitudes hechas con él fallarán de inmediato. Esto no se puede deshacer.',
  tmRevokeConfirm: 'Revocar token',
  tmRevealTitle: (name: string) => `Su nueva clave secreta para “${name}”`,
  tmRevealWarning:
    'Cópiela ahora y guárdela en un lugar seguro: no se volverá a mostrar, ni siquiera a usted.',
  tmSecret: 'Clave secreta',
  tmShow: 'Mostrar',
  tmHide: 'Ocultar',
  tmCopy: 'Copiar',
  tmCopied: 'Copiada al portapapeles.',
  tmCopyKeys: (mac: boolean) => (mac ? '⌘+C' : 'Ctrl+C'),
  tmCopyManual: (keys: string) =>
    `Aquí no se permite copiar. La clave secreta está seleccionada: pulse ${keys}.`,
  tmDone: 'Listo',
  tmNotCopied:
    'No ha copiado la clave secreta. Una vez que cierre esta ventana, no se podrá volver a mostrar.',
  tmCloseAnyway: 'Cerrar sin copiar',
  tmGoBack: 'Volver',
  tmScopesLoading: 'Los permisos todavía se están cargando.',
  tmFinishing: 'Finalizando…',
  tmUnknown: (button: string) =>
    `Es posible que se haya completado. Vuelva a pulsar “${button}” para obtener su clave secreta, no una segunda.`,
  tmAttention:
    'Es posible que su clave secreta se haya perdido: rote el token para obtener una nueva.',

  // <operator-access-log>
  alCaption: 'Registro de accesos',
  alFilters: 'Filtros del registro de accesos',
  alToken: 'Filtrar por token',
  alAllTokens: 'Todos los tokens',
  alTokenOption: (name: string, prefix: string) => `${name} (\u2066${prefix}…\u2069)`,
  alTokensFailed: (reason: string) => `No se pudo cargar la lista de tokens. ${reason}`,
  alRetryTokens: 'Reintentar la carga de tokens',
  alTokensIncomplete: 'Solo se pudieron listar algunos tokens para el filtro.',
  alAnyStatus: 'Cualquier estado',
  alStatusClass: (range: string) =>
    (
      ({
        '2xx': '2xx correcta',
        '4xx': '4xx error del cliente',
        '5xx': '5xx error del servidor',
      }) as Record<string, string>
    )[range] ?? range,
  alMethod: 'Método',
  alAnyMethod: 'Cualquier método',
  alRange: 'Período',
  alRange1h: 'Última hora',
  alRange24h: 'Últimas 24\u00a0horas',
  alRange7d: 'Últimos 7\u00a0días',
  alRange30d: 'Últimos 30\u00a0días',
  alRangeCustom: 'Personalizado',
  alFrom: 'Desde',
  alTo: 'Hasta',
  alSearch: 'Buscar',
  alSearchPlaceholder: 'Ruta o dirección IP',
  alLive: 'En vivo',
  alLiveOn: (seconds: number) =>
    n(seconds, {
      one: 'Buscando solicitudes nuevas cada segundo.',
      other: 'Buscando solicitudes nuevas cada #\u00a0s.',
    }),
  alLivePaused: 'Actualizaciones en vivo en pausa mientras esta página está oculta.',
  alLiveBackoff: (seconds: number, reason: string) =>
    `Fallaron las actualizaciones en vivo: ${reason} ${n(seconds, { other: 'Nuevo intento en #\u00a0s.' })}`,
  alNewEntries: (count: number) =>
    n(count, { one: '# solicitud nueva.', other: '# solicitudes nuevas.' }),
  alExportCsv: 'Exportar CSV',
  alExportJson: 'Exportar JSON',
  alCancelExport: 'Cancelar exportación',
  alExporting: (count: number) => `Exportando… ${entries(count)} hasta ahora.`,
  alExported: (count: number, filename: string) =>
    `${n(count, { one: 'Se exportó', other: 'Se exportaron' })} ${entries(count)} a ${filename}.`,
  alExportCancelled: 'Exportación cancelada.',
  alExportFailed: (reason: string) => `La exportación se detuvo. ${reason}`,
  alRetryExport: 'Reintentar exportación',
  alTime: 'Hora',
  alPath: 'Ruta',
  alIp: 'Dirección IP',
  alDuration: 'Duración',
  alDetails: 'Detalles',
  alDetailsOf: (method: string, path: string, time: string) =>
    `Detalles de ${method} ${path}, ${time}`,
  alUserAgent: 'Agente de usuario',
  alNoUserAgent: 'No se envió',
  alRequestIdLabel: 'ID de solicitud',
  alCopyRequestId: 'Copiar ID de solicitud',
  alCopied: 'ID de solicitud copiado.',
  alCopyFailed: 'No se pudo copiar: seleccione el ID y cópielo usted.',
  alEmpty: 'Ninguna solicitud coincide con estos filtros en este período.',
  alLoadingMore: 'Cargando solicitudes anteriores…',
  alLoadMoreFailed: (reason: string) =>
    `No se pudieron cargar las solicitudes anteriores. ${reason}`,
  alRetryLoadMore: 'Reintentar la carga de solicitudes anteriores',
  alEnd: (count: number) =>
    n(count, {
      one: 'Se muestra la única solicitud para estos filtros.',
      other: 'Se muestran las # solicitudes para estos filtros.',
    }),
  alHintNewIp: 'IP nueva',
  alHintNewIpLong:
    'Primera solicitud desde esta dirección IP para este token en el período cargado.',
  alHintBurst: 'Ráfaga de 401/403',
  alHintBurstLong: 'Forma parte de una ráfaga de solicitudes rechazadas (401 o 403).',
  alSummary: (newIps: number, bursts: number) =>
    [
      newIps &&
        n(newIps, {
          one: '# primera solicitud desde una IP nueva',
          other: '# primeras solicitudes desde IP nuevas',
        }),
      bursts &&
        n(bursts, {
          one: '# ráfaga de respuestas 401/403',
          other: '# ráfagas de respuestas 401/403',
        }),
    ]
      .filter(Boolean)
      .join('; ') + ' en las solicitudes cargadas.',
  alSummaryLabel: 'Uso sospechoso:',
  alChart: 'Solicitudes a lo largo del tiempo',
  alChartSummary: (total: number, from: string, to: string, peak: number) =>
    `${n(total, { one: '# solicitud', other: '# solicitudes' })} del ${from} al ${to}; ${n(peak, { other: 'como máximo # en un intervalo' })}. Elija una barra para limitar el período a ese intervalo.`,
  alChartBar: (when: string, ok: number, client: number, server: number) =>
    `${when}: ${n(ok, { one: '# correcta', other: '# correctas' })}, ${n(client, { one: '# error del cliente', other: '# errores del cliente' })}, ${n(server, { one: '# error del servidor', other: '# errores del servidor' })}`,
  alChartStart: 'Inicio',
  alChartEmpty: 'No hay solicitudes en este período.',
  alChartFailed: (reason: string) => `No se pudo cargar el gráfico. ${reason}`,
  alRetryChart: 'Reintentar la carga del gráfico',
  alOk: 'Correctas',
  alClientErrors: 'Errores del cliente',
  alServerErrors: 'Errores del servidor',
  alRetryLog: 'Reintentar la carga del registro',
} satisfies OperatorCatalogue;

registerMessages({ $code: 'es', $name: 'Español', $dir: 'ltr', ...es });
