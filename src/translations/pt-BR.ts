import { plural, registerMessages, type OperatorCatalogue } from '../shared/localize.js';

/**
 * Brazilian Portuguese strings for every part. Importing this module registers them; elements
 * under `lang="pt-BR"` (or plain `pt`, through the region-less fallback) then use them, with
 * English for any key left out.
 *
 * Vocabulary (docs/glossary.md): token → token, secret → chave secreta, scope → permissão,
 * rotate → rotacionar, revoke → revogar, grace period → período de carência, access log →
 * registro de acessos, request → requisição, expiry → expiração. The reader is addressed as
 * «você».
 */

/**
 * Portuguese plurals: `one` for 0 and 1 (and what is below 2), else `other` (`many`, for a round
 * million written in words, does not apply to digits and falls back to `other`).
 */
const n = plural('pt-BR');

/** "1 entrada", "2 entradas". */
const entries = (count: number) => n(count, { one: '# entrada', other: '# entradas' });

export const ptBR = {
  // Shared
  loading: 'Carregando…',
  retry: 'Tentar novamente',
  cancel: 'Cancelar',
  close: 'Fechar',
  token: 'Token',
  status: 'Status',
  unauthorized: 'Sua sessão expirou. Entre novamente para continuar.',
  stepUpRequired: 'Confirme sua identidade para fazer esta alteração e tente novamente.',
  forbidden: 'Seu papel permite ver estas configurações, mas não alterá-las.',
  forbiddenRead: 'Seu papel não permite ver estas configurações.',
  notFound: 'Isto não existe mais. Recarregue a página.',
  validationFailed: (detail: string) => `Não aceito: ${detail}`,
  conflict: 'Isto já foi enviado com outros dados. Recarregue a página.',
  rateLimited: (seconds?: number) =>
    seconds
      ? n(seconds, { other: 'Muitas requisições. Tente novamente em #\u00a0s.' })
      : 'Muitas requisições. Tente novamente em instantes.',
  serverError: '{brand} teve um problema. Tente novamente em instantes.',
  networkError: 'Não foi possível acessar {brand}. Verifique sua conexão e tente novamente.',
  timeout: '{brand} não respondeu a tempo. Tente novamente.',
  invalidResponse: (detail: string) =>
    `{brand} enviou uma resposta que esta página não consegue usar: ${detail}.`,
  operatorError: (detail: string) => `Algo deu errado: ${detail}`,
  requestId: (id: string) => `ID da requisição: ${id}`,
  noClient: 'Não configurado: defina um client, ou uma base-url com auth.',

  // <operator-token-manager>
  tmCaption: 'Tokens de API',
  tmGenerate: 'Gerar token',
  tmSearch: 'Pesquisar por nome',
  tmAll: 'Todos',
  tmAllButRevoked: 'Todos, exceto os revogados',
  tmActive: 'Ativo',
  tmExpiring: 'Expira em breve',
  tmExpired: 'Expirado',
  tmRevoked: 'Revogado',
  tmSortBy: 'Ordenar por',
  tmSortCreated: 'Mais recentes primeiro',
  tmCreated: 'Criação',
  tmLastUsed: 'Último uso',
  tmExpires: 'Expiração',
  tmActions: 'Ações',
  tmFullAccess: 'Acesso total',
  tmNeverUsed: 'Nunca usado',
  tmNever: 'Nunca',
  tmFromIp: (ip: string) => `de ${ip}`,
  tmReplacedBy: (prefix: string) => `Substituído por ${prefix}…`,
  tmAdviceNoExpiry: 'Nunca expira: prefira um token com data de expiração.',
  tmAdviceOld: 'Criado há mais de 90\u00a0dias: recomendamos rotacioná-lo.',
  tmAdviceUnused: 'Sem uso há 30\u00a0dias: considere revogá-lo.',
  tmViewActivity: 'Ver atividade',
  tmViewActivityFor: (name: string) => `Ver atividade de ${name}`,
  tmRotate: 'Rotacionar',
  tmRotateNamed: (name: string) => `Rotacionar ${name}`,
  tmRevoke: 'Revogar',
  tmRevokeNamed: (name: string) => `Revogar ${name}`,
  tmRevokeNow: 'Revogar agora',
  tmRevokeNowNamed: (name: string) => `Revogar agora o token ${name}`,
  tmLoadMore: 'Carregar mais',
  tmEmpty: 'Nenhum token de API ainda.',
  tmEmptyHint: 'Gere um para cada integração que chama {brand}.',
  tmNoMatch: 'Nenhum token corresponde a estes filtros.',
  tmGenerateTitle: 'Gerar um token de API',
  tmName: 'Nome',
  tmNameHint: 'Opcional. Use um token por integração, por exemplo, “Integração CRM”.',
  tmNameTooLong: (max: number, count: number) =>
    n(max, { one: 'Use no máximo # caractere', other: 'Use no máximo # caracteres' }) +
    n(count, { other: ' (este nome tem #).' }),
  tmScopes: 'Permissões',
  tmScopesHint: 'Se nenhuma for selecionada, o token terá acesso total.',
  tmExpiration: 'Expiração',
  tmCustomDate: 'Data personalizada',
  tmNoExpiration: 'Sem expiração',
  tmExpirationDate: 'Data de expiração',
  tmNoExpirationWarning:
    'Um token sem expiração funciona até que alguém o revogue. Prefira uma data de expiração.',
  tmDateRequired: 'Escolha a data em que o token deixa de funcionar.',
  tmDateFuture: 'Escolha uma data posterior a hoje.',
  tmCreate: 'Criar token',
  tmRotateTitle: (name: string) => `Rotacionar “${name}”?`,
  tmRotateIntro:
    'Uma nova chave secreta substitui esta. A antiga pode continuar funcionando enquanto você implanta a nova.',
  tmGrace: 'Período de carência da chave antiga',
  tmGraceNone: 'Nenhum: ela para de funcionar na hora',
  tmGraceFor: (count: number, unit: 'hour' | 'day') =>
    new Intl.NumberFormat('pt-BR', { style: 'unit', unit, unitDisplay: 'long' }).format(count),
  tmRotateConfirm: 'Rotacionar token',
  tmRevokeTitle: (name: string) => `Revogar “${name}”?`,
  tmRevokeRecent: (when: string, ip: string) =>
    `Ele foi usado ${when} de ${ip}: alguma integração ainda pode depender dele.`,
  tmRevokeFinal:
    'As requisições feitas com ele vão falhar imediatamente. Não é possível desfazer esta ação.',
  tmRevokeConfirm: 'Revogar token',
  tmRevealTitle: (name: string) => `Sua nova chave secreta para “${name}”`,
  tmRevealWarning:
    'Copie agora e guarde em um lugar seguro: ela não será exibida de novo, nem mesmo para você.',
  tmSecret: 'Chave secreta',
  tmShow: 'Mostrar',
  tmHide: 'Ocultar',
  tmCopy: 'Copiar',
  tmCopied: 'Copiada para a área de transferência.',
  tmCopyKeys: (mac: boolean) => (mac ? '⌘+C' : 'Ctrl+C'),
  tmCopyManual: (keys: string) =>
    `Não é possível copiar aqui. A chave secreta está selecionada: pressione ${keys}.`,
  tmDone: 'Concluir',
  tmNotCopied:
    'Você não copiou a chave secreta. Depois de fechar, não será possível exibi-la de novo.',
  tmCloseAnyway: 'Fechar sem copiar',
  tmGoBack: 'Voltar',
  tmScopesLoading: 'As permissões ainda estão carregando.',
  tmFinishing: 'Finalizando…',
  tmUnknown: (button: string) =>
    `Talvez a operação tenha sido concluída. Clique em “${button}” de novo para obter a chave secreta dela, e não uma segunda.`,
  tmAttention: 'A chave secreta pode ter se perdido: rotacione o token para obter uma nova.',

  // <operator-access-log>
  alCaption: 'Registro de acessos',
  alFilters: 'Filtros do registro de acessos',
  alToken: 'Filtrar por token',
  alAllTokens: 'Todos os tokens',
  alTokenOption: (name: string, prefix: string) => `${name} (\u2066${prefix}…\u2069)`,
  alTokensFailed: (reason: string) => `Não foi possível carregar a lista de tokens. ${reason}`,
  alRetryTokens: 'Tentar carregar os tokens novamente',
  alTokensIncomplete: 'Só foi possível listar alguns tokens para o filtro.',
  alAnyStatus: 'Qualquer status',
  alStatusClass: (range: string) =>
    (
      ({
        '2xx': '2xx sucesso',
        '4xx': '4xx erro do cliente',
        '5xx': '5xx erro do servidor',
      }) as Record<string, string>
    )[range] ?? range,
  alMethod: 'Método',
  alAnyMethod: 'Qualquer método',
  alRange: 'Período',
  alRange1h: 'Última hora',
  alRange24h: 'Últimas 24\u00a0horas',
  alRange7d: 'Últimos 7\u00a0dias',
  alRange30d: 'Últimos 30\u00a0dias',
  alRangeCustom: 'Personalizado',
  alFrom: 'De',
  alTo: 'Até',
  alSearch: 'Pesquisar',
  alSearchPlaceholder: 'Caminho ou endereço IP',
  alLive: 'Ao vivo',
  alLiveOn: (seconds: number) =>
    n(seconds, {
      one: 'Buscando novas requisições a cada segundo.',
      other: 'Buscando novas requisições a cada #\u00a0s.',
    }),
  alLivePaused: 'Atualizações ao vivo pausadas enquanto esta página está oculta.',
  alLiveBackoff: (seconds: number, reason: string) =>
    `As atualizações ao vivo falharam: ${reason} ${n(seconds, { other: 'Nova tentativa em #\u00a0s.' })}`,
  alNewEntries: (count: number) =>
    n(count, { one: '# nova requisição.', other: '# novas requisições.' }),
  alExportCsv: 'Exportar CSV',
  alExportJson: 'Exportar JSON',
  alCancelExport: 'Cancelar exportação',
  alExporting: (count: number) => `Exportando… ${entries(count)} até agora.`,
  alExported: (count: number, filename: string) =>
    `${n(count, { one: '# entrada exportada', other: '# entradas exportadas' })} para ${filename}.`,
  alExportCancelled: 'Exportação cancelada.',
  alExportFailed: (reason: string) => `A exportação foi interrompida. ${reason}`,
  alRetryExport: 'Tentar exportar novamente',
  alTime: 'Horário',
  alPath: 'Caminho',
  alIp: 'Endereço IP',
  alDuration: 'Duração',
  alDetails: 'Detalhes',
  alDetailsOf: (method: string, path: string, time: string) =>
    `Detalhes de ${method} ${path}, ${time}`,
  alUserAgent: 'User agent',
  alNoUserAgent: 'Nenhum enviado',
  alRequestIdLabel: 'ID da requisição',
  alCopyRequestId: 'Copiar ID da requisição',
  alCopied: 'ID da requisição copiado.',
  alCopyFailed: 'Não foi possível copiar: selecione o ID e copie manualmente.',
  alEmpty: 'Nenhuma requisição corresponde a estes filtros neste período.',
  alLoadingMore: 'Carregando requisições anteriores…',
  alLoadMoreFailed: (reason: string) =>
    `Não foi possível carregar as requisições anteriores. ${reason}`,
  alRetryLoadMore: 'Tentar carregar as requisições anteriores novamente',
  alEnd: (count: number) =>
    n(count, {
      one: 'A única requisição destes filtros está sendo exibida.',
      other: 'Todas as # requisições destes filtros estão sendo exibidas.',
    }),
  alHintNewIp: 'IP novo',
  alHintNewIpLong: 'Primeira requisição deste endereço IP para este token no período carregado.',
  alHintBurst: 'Pico de 401/403',
  alHintBurstLong: 'Faz parte de um pico de requisições recusadas (401 ou 403).',
  alSummary: (newIps: number, bursts: number) =>
    [
      newIps &&
        n(newIps, {
          one: '# primeira requisição de um IP novo',
          other: '# primeiras requisições de IPs novos',
        }),
      bursts &&
        n(bursts, {
          one: '# pico de respostas 401/403',
          other: '# picos de respostas 401/403',
        }),
    ]
      .filter(Boolean)
      .join('; ') + ' nas requisições carregadas.',
  alSummaryLabel: 'Uso suspeito:',
  alChart: 'Requisições ao longo do tempo',
  alChartSummary: (total: number, from: string, to: string, peak: number) =>
    `${n(total, { one: '# requisição', other: '# requisições' })} de ${from} a ${to}; ${n(peak, { other: 'no máximo # em um intervalo' })}. Escolha uma barra para limitar o período a ela.`,
  alChartBar: (when: string, ok: number, client: number, server: number) =>
    `${when}: ${n(ok, { other: '# com sucesso' })}, ${n(client, { one: '# erro do cliente', other: '# erros do cliente' })}, ${n(server, { one: '# erro do servidor', other: '# erros do servidor' })}`,
  alChartStart: 'Início',
  alChartEmpty: 'Nenhuma requisição neste período.',
  alChartFailed: (reason: string) => `Não foi possível carregar o gráfico. ${reason}`,
  alRetryChart: 'Tentar carregar o gráfico novamente',
  alOk: 'Com sucesso',
  alClientErrors: 'Erros do cliente',
  alServerErrors: 'Erros do servidor',
  alRetryLog: 'Tentar carregar o registro novamente',
} satisfies OperatorCatalogue;

registerMessages({ $code: 'pt-BR', $name: 'Português (Brasil)', $dir: 'ltr', ...ptBR });
