import { plural, registerMessages, type OperatorCatalogue } from '../shared/localize.js';

/**
 * Japanese strings for every part, in the polite (です・ます) style of an admin console.
 * Importing this module registers them; elements under `lang="ja"` (on themselves or the
 * document) then use them, with English for any key left out.
 *
 * Vocabulary (docs/glossary.md): token → トークン, secret → シークレット, scope → スコープ,
 * rotate → ローテーション, revoke → 無効化, grace period → 猶予期間, access log → アクセスログ,
 * request → リクエスト, expiry → 有効期限. Typography: 「…」 quotes, full-width punctuation.
 */

/** Japanese has one form (`other`); the chooser still formats the count (`1,234`). */
const n = plural('ja');

export const ja = {
  // Shared
  loading: '読み込み中…',
  retry: '再試行',
  cancel: 'キャンセル',
  close: '閉じる',
  token: 'トークン',
  status: 'ステータス',
  unauthorized: 'セッションの有効期限が切れました。続けるには再度サインインしてください。',
  stepUpRequired: 'この変更を行うには本人確認が必要です。確認後にもう一度お試しください。',
  forbidden: 'お使いのロールでは、この設定の表示はできますが変更はできません。',
  forbiddenRead: 'お使いのロールでは、この設定を表示できません。',
  notFound: 'この項目は存在しません。ページを再読み込みしてください。',
  validationFailed: (detail: string) => `受け付けられませんでした：${detail}`,
  conflict: 'この操作は別の内容ですでに送信されています。ページを再読み込みしてください。',
  rateLimited: (seconds?: number) =>
    seconds
      ? n(seconds, {
          other: 'リクエストが多すぎます。# 秒後にもう一度お試しください。',
        })
      : 'リクエストが多すぎます。しばらくしてからもう一度お試しください。',
  serverError: '{brand} で問題が発生しました。しばらくしてからもう一度お試しください。',
  networkError: '{brand} に接続できませんでした。接続を確認して、もう一度お試しください。',
  timeout: '{brand} から時間内に応答がありませんでした。もう一度お試しください。',
  invalidResponse: (detail: string) =>
    `{brand} から、このページで使用できない応答が返されました：${detail}。`,
  operatorError: (detail: string) => `問題が発生しました：${detail}`,
  requestId: (id: string) => `リクエスト ID：${id}`,
  noClient: '未設定です。client を設定するか、base-url と auth を設定してください。',

  // <operator-token-manager>
  tmCaption: 'API トークン',
  tmGenerate: 'トークンを生成',
  tmSearch: '名前で検索',
  tmAll: 'すべて',
  tmAllButRevoked: '無効化済みを除くすべて',
  tmActive: '有効',
  tmExpiring: 'まもなく期限切れ',
  tmExpired: '期限切れ',
  tmRevoked: '無効化済み',
  tmSortBy: '並べ替え',
  tmSortCreated: '新しい順',
  tmCreated: '作成日',
  tmLastUsed: '最終使用',
  tmExpires: '有効期限',
  tmActions: '操作',
  tmFullAccess: 'フルアクセス',
  tmNeverUsed: '未使用',
  tmNever: 'なし',
  tmFromIp: (ip: string) => `${ip} から`,
  tmReplacedBy: (prefix: string) => `${prefix}… に置き換え済み`,
  tmAdviceNoExpiry: '有効期限がありません。有効期限付きのトークンをおすすめします。',
  tmAdviceOld: '作成から 90 日以上経過しています。ローテーションをおすすめします。',
  tmAdviceUnused: '30 日間使用されていません。無効化を検討してください。',
  tmViewActivity: 'アクティビティを表示',
  tmViewActivityFor: (name: string) => `${name} のアクティビティを表示`,
  tmRotate: 'ローテーション',
  tmRotateNamed: (name: string) => `${name} をローテーション`,
  tmRevoke: '無効化',
  tmRevokeNamed: (name: string) => `${name} を無効化`,
  tmRevokeNow: '今すぐ無効化',
  tmRevokeNowNamed: (name: string) => `${name} を今すぐ無効化`,
  tmLoadMore: 'さらに読み込む',
  tmEmpty: 'API トークンはまだありません。',
  tmEmptyHint: '{brand} を呼び出す連携ごとに 1 つずつ生成してください。',
  tmNoMatch: 'この条件に一致するトークンはありません。',
  tmGenerateTitle: 'API トークンを生成',
  tmName: '名前',
  tmNameHint: '任意。連携ごとに 1 つのトークンを使用してください（例：「CRM 連携」）。',
  tmNameTooLong: (max: number, count: number) =>
    n(max, { other: '# 文字以内で入力してください' }) + n(count, { other: '（現在 # 文字）。' }),
  tmScopes: 'スコープ',
  tmScopesHint: '何も選択しない場合、トークンにはフルアクセスが付与されます。',
  tmExpiration: '有効期限',
  tmCustomDate: '日付を指定',
  tmNoExpiration: '有効期限なし',
  tmExpirationDate: '有効期限日',
  tmNoExpirationWarning:
    '有効期限のないトークンは、誰かが無効化するまで使用できます。有効期限を設定することをおすすめします。',
  tmDateRequired: 'トークンが使えなくなる日付を選択してください。',
  tmDateFuture: '明日以降の日付を選択してください。',
  tmCreate: 'トークンを作成',
  tmRotateTitle: (name: string) => `「${name}」をローテーションしますか？`,
  tmRotateIntro:
    '新しいシークレットがこのシークレットに置き換わります。新しいシークレットをデプロイする間、古いシークレットを引き続き使用できます。',
  tmGrace: '古いシークレットの猶予期間',
  tmGraceNone: 'なし（すぐに使用できなくなります）',
  tmGraceFor: (count: number, unit: 'hour' | 'day') =>
    new Intl.NumberFormat('ja', { style: 'unit', unit, unitDisplay: 'long' }).format(count),
  tmRotateConfirm: 'トークンをローテーション',
  tmRevokeTitle: (name: string) => `「${name}」を無効化しますか？`,
  tmRevokeRecent: (when: string, ip: string) =>
    `${when}に ${ip} から使用されています。まだこのトークンに依存している連携があるかもしれません。`,
  tmRevokeFinal: 'このトークンを使用したリクエストはすぐに失敗します。この操作は元に戻せません。',
  tmRevokeConfirm: 'トークンを無効化',
  tmRevealTitle: (name: string) => `「${name}」の新しいシークレット`,
  tmRevealWarning:
    '今すぐコピーして安全な場所に保管してください。このシークレットは二度と表示されません（あなた自身にも表示されません）。',
  tmSecret: 'シークレット',
  tmShow: '表示',
  tmHide: '非表示',
  tmCopy: 'コピー',
  tmCopied: 'クリップボードにコピーしました。',
  tmCopyKeys: (mac: boolean) => (mac ? '⌘+C' : 'Ctrl+C'),
  tmCopyManual: (keys: string) =>
    `ここではコピーがブロックされています。シークレットを選択済みです。${keys} を押してください。`,
  tmDone: '完了',
  tmNotCopied: 'シークレットをコピーしていません。閉じると、二度と表示できなくなります。',
  tmCloseAnyway: 'コピーせずに閉じる',
  tmGoBack: '戻る',
  tmScopesLoading: 'スコープを読み込んでいます。',
  tmFinishing: '完了処理中…',
  tmUnknown: (button: string) =>
    `処理が完了している可能性があります。もう一度「${button}」を押すと、2 つ目ではなく、このシークレットを取得できます。`,
  tmAttention:
    'シークレットが失われた可能性があります。ローテーションして新しいシークレットを取得してください。',

  // <operator-access-log>
  alCaption: 'アクセスログ',
  alFilters: 'アクセスログのフィルター',
  alToken: 'トークンで絞り込む',
  alAllTokens: 'すべてのトークン',
  alTokenOption: (name: string, prefix: string) => `${name} (\u2066${prefix}…\u2069)`,
  alTokensFailed: (reason: string) => `トークンの一覧を読み込めませんでした。${reason}`,
  alRetryTokens: 'トークンの読み込みを再試行',
  alTokensIncomplete: 'フィルターに表示できたのは一部のトークンだけです。',
  alAnyStatus: 'すべてのステータス',
  alStatusClass: (range: string) =>
    (
      ({
        '2xx': '2xx 成功',
        '4xx': '4xx クライアントエラー',
        '5xx': '5xx サーバーエラー',
      }) as Record<string, string>
    )[range] ?? range,
  alMethod: 'メソッド',
  alAnyMethod: 'すべてのメソッド',
  alRange: '期間',
  alRange1h: '過去 1 時間',
  alRange24h: '過去 24 時間',
  alRange7d: '過去 7 日間',
  alRange30d: '過去 30 日間',
  alRangeCustom: 'カスタム',
  alFrom: '開始',
  alTo: '終了',
  alSearch: '検索',
  alSearchPlaceholder: 'パスまたは IP アドレス',
  alLive: 'ライブ',
  alLiveOn: (seconds: number) =>
    n(seconds, { other: '# 秒ごとに新しいリクエストを確認しています。' }),
  alLivePaused: 'このページが非表示の間、ライブ更新を一時停止しています。',
  alLiveBackoff: (seconds: number, reason: string) =>
    `ライブ更新に失敗しました。${reason} ${n(seconds, { other: '# 秒後に再試行します。' })}`,
  alNewEntries: (count: number) => n(count, { other: '新しいリクエストが # 件あります。' }),
  alExportCsv: 'CSV でエクスポート',
  alExportJson: 'JSON でエクスポート',
  alCancelExport: 'エクスポートをキャンセル',
  alExporting: (count: number) => n(count, { other: 'エクスポート中… これまでに # 件。' }),
  alExported: (count: number, filename: string) =>
    `${n(count, { other: '# 件' })}を ${filename} にエクスポートしました。`,
  alExportCancelled: 'エクスポートをキャンセルしました。',
  alExportFailed: (reason: string) => `エクスポートが中断されました。${reason}`,
  alRetryExport: 'エクスポートを再試行',
  alTime: '日時',
  alPath: 'パス',
  alIp: 'IP アドレス',
  alDuration: '所要時間',
  alDetails: '詳細',
  alDetailsOf: (method: string, path: string, time: string) => `${method} ${path}（${time}）の詳細`,
  alUserAgent: 'ユーザーエージェント',
  alNoUserAgent: '送信なし',
  alRequestIdLabel: 'リクエスト ID',
  alCopyRequestId: 'リクエスト ID をコピー',
  alCopied: 'リクエスト ID をコピーしました。',
  alCopyFailed: 'コピーできませんでした。ID を選択して手動でコピーしてください。',
  alEmpty: 'この期間にこのフィルターに一致するリクエストはありません。',
  alLoadingMore: '以前のリクエストを読み込んでいます…',
  alLoadMoreFailed: (reason: string) => `以前のリクエストを読み込めませんでした。${reason}`,
  alRetryLoadMore: '以前のリクエストの読み込みを再試行',
  alEnd: (count: number) =>
    n(count, { other: 'このフィルターに一致するリクエスト # 件をすべて表示しています。' }),
  alHintNewIp: '新しい IP',
  alHintNewIpLong:
    '読み込んだ期間で、このトークンに対するこの IP アドレスからの最初のリクエストです。',
  alHintBurst: '401/403 の集中',
  alHintBurstLong: '拒否されたリクエスト（401 または 403）の集中の一部です。',
  alSummary: (newIps: number, bursts: number) =>
    '読み込んだリクエストのうち、' +
    [
      newIps && n(newIps, { other: '新しい IP からの最初のリクエストが # 件' }),
      bursts && n(bursts, { other: '401/403 応答の集中が # 件' }),
    ]
      .filter(Boolean)
      .join('、') +
    'あります。',
  alSummaryLabel: '不審な使用：',
  alChart: 'リクエストの推移',
  alChartSummary: (total: number, from: string, to: string, peak: number) =>
    `${from}から${to}までのリクエストは ${n(total, { other: '# 件' })}、1 区間あたり最大 ${n(peak, { other: '# 件' })}です。バーを選択すると、期間をその区間に絞り込めます。`,
  alChartBar: (when: string, ok: number, client: number, server: number) =>
    `${when}：成功 ${n(ok, { other: '# 件' })}、クライアントエラー ${n(client, { other: '# 件' })}、サーバーエラー ${n(server, { other: '# 件' })}`,
  alChartStart: '開始',
  alChartEmpty: 'この期間のリクエストはありません。',
  alChartFailed: (reason: string) => `グラフを読み込めませんでした。${reason}`,
  alRetryChart: 'グラフの読み込みを再試行',
  alOk: '成功',
  alClientErrors: 'クライアントエラー',
  alServerErrors: 'サーバーエラー',
  alRetryLog: 'ログの読み込みを再試行',
} satisfies OperatorCatalogue;

registerMessages({ $code: 'ja', $name: '日本語', $dir: 'ltr', ...ja });
