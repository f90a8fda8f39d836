import { plural, registerMessages, type OperatorCatalogue } from '../shared/localize.js';

/**
 * Arabic (Modern Standard) strings for every part, laid out right to left (`$dir: 'rtl'`).
 * Importing this module registers them; elements under `lang="ar"` (or `ar-EG`, `ar-SA`…) then
 * use them, with English for any key left out.
 *
 * Vocabulary (docs/glossary.md): token → رمز مميز, secret → مفتاح سري, scope → صلاحية,
 * rotate → تدوير, revoke → إبطال, grace period → فترة سماح, access log → سجل الوصول,
 * request → طلب, expiry → انتهاء (never «انتهاء الصلاحية», which would read as the scopes').
 * Typography: «…» quotes, the Arabic comma, semicolon and question mark (، ؛ ؟). A count agrees
 * with its noun in six forms: as CLDR writes them, one and two say the noun alone (طلب واحد,
 * طلبان), 3–10 take the plural, 11–99 the accusative singular, 100 and others the singular.
 */

/** Arabic plurals: zero, one, two, few (3–10), many (11–99) and other (100, 1.5…). */
const n = plural('ar');
/** A fixed number in the words (90 days), in the digits the language's counts use. */
const num = new Intl.NumberFormat('ar').format;

/** "ثانية", "ثانيتين", "3 ثوانٍ", "11 ثانية", after «كل» or «بعد». */
const seconds = (count: number) =>
  n(count, { one: 'ثانية', two: 'ثانيتين', few: '# ثوانٍ', other: '# ثانية' });

/** "طلب واحد", "طلبان", "3 طلبات", "11 طلبًا", "100 طلب". */
const requests = (count: number) =>
  n(count, {
    zero: 'لا طلبات',
    one: 'طلب واحد',
    two: 'طلبان',
    few: '# طلبات',
    many: '# طلبًا',
    other: '# طلب',
  });

/** "لا إدخالات", "إدخال واحد", "إدخالان", "3 إدخالات", "11 إدخالًا", "100 إدخال". */
const entries = (count: number) =>
  n(count, {
    zero: 'لا إدخالات',
    one: 'إدخال واحد',
    two: 'إدخالان',
    few: '# إدخالات',
    many: '# إدخالًا',
    other: '# إدخال',
  });

export const ar = {
  // Shared
  loading: 'جارٍ التحميل…',
  retry: 'إعادة المحاولة',
  cancel: 'إلغاء',
  close: 'إغلاق',
  token: 'الرمز المميز',
  status: 'الحالة',
  unauthorized: 'انتهت جلستك. سجّل الدخول مرة أخرى للمتابعة.',
  stepUpRequired: 'أكّد هويتك لإجراء هذا التغيير، ثم أعد المحاولة.',
  forbidden: 'يتيح لك دورك عرض هذه الإعدادات دون تغييرها.',
  forbiddenRead: 'لا يتيح لك دورك عرض هذه الإعدادات.',
  notFound: 'هذا العنصر لم يعد موجودًا. أعد تحميل الصفحة.',
  validationFailed: (detail: string) => `لم يُقبل: ${detail}`,
  conflict: 'سبق إرسال هذا بتفاصيل مختلفة. أعد تحميل الصفحة.',
  rateLimited: (count?: number) =>
    count
      ? `طلبات كثيرة جدًا. أعد المحاولة بعد ${seconds(count)}.`
      : 'طلبات كثيرة جدًا. أعد المحاولة بعد قليل.',
  serverError: 'حدثت مشكلة في {brand}. أعد المحاولة بعد قليل.',
  networkError: 'تعذّر الاتصال بـ {brand}. تحقّق من اتصالك وأعد المحاولة.',
  timeout: 'لم يستجب {brand} في الوقت المحدد. أعد المحاولة.',
  invalidResponse: (detail: string) => `أرسل {brand} ردًا لا يمكن لهذه الصفحة استخدامه: ${detail}.`,
  operatorError: (detail: string) => `حدث خطأ: ${detail}`,
  requestId: (id: string) => `معرّف الطلب: ${id}`,
  noClient: 'غير مهيأ: عيّن client، أو base-url مع auth.',

  // <operator-token-manager>
  tmCaption: 'رموز API المميزة',
  tmGenerate: 'إنشاء رمز مميز',
  tmSearch: 'البحث بالاسم',
  tmAll: 'الكل',
  tmAllButRevoked: 'الكل باستثناء المُبطلة',
  tmActive: 'نشط',
  tmExpiring: 'ينتهي قريبًا',
  tmExpired: 'منتهٍ',
  tmRevoked: 'مُبطل',
  tmSortBy: 'الترتيب حسب',
  tmSortCreated: 'الأحدث أولًا',
  tmCreated: 'تاريخ الإنشاء',
  tmLastUsed: 'آخر استخدام',
  tmExpires: 'تاريخ الانتهاء',
  tmActions: 'الإجراءات',
  tmFullAccess: 'وصول كامل',
  tmNeverUsed: 'لم يُستخدم قط',
  tmNever: 'لا ينتهي',
  tmFromIp: (ip: string) => `من ${ip}`,
  tmReplacedBy: (prefix: string) => `حلّ محله ${prefix}…`,
  tmAdviceNoExpiry: 'لا ينتهي أبدًا: يُفضَّل رمز مميز له تاريخ انتهاء.',
  tmAdviceOld: `أقدم من ${num(90)} يومًا: يُنصح بتدويره.`,
  tmAdviceUnused: `لم يُستخدم منذ ${num(30)} يومًا: فكّر في إبطاله.`,
  tmViewActivity: 'عرض النشاط',
  tmViewActivityFor: (name: string) => `عرض النشاط الخاص بـ ${name}`,
  tmRotate: 'تدوير',
  tmRotateNamed: (name: string) => `تدوير ${name}`,
  tmRevoke: 'إبطال',
  tmRevokeNamed: (name: string) => `إبطال ${name}`,
  tmRevokeNow: 'إبطال فوري',
  tmRevokeNowNamed: (name: string) => `إبطال فوري لـ ${name}`,
  tmLoadMore: 'تحميل المزيد',
  tmEmpty: 'لا توجد رموز API مميزة بعد.',
  tmEmptyHint: 'أنشئ رمزًا مميزًا لكل عملية تكامل تستدعي {brand}.',
  tmNoMatch: 'لا توجد رموز مميزة تطابق عوامل التصفية هذه.',
  tmGenerateTitle: 'إنشاء رمز API مميز',
  tmName: 'الاسم',
  tmNameHint: 'اختياري. استخدم رمزًا مميزًا واحدًا لكل عملية تكامل، مثل «تكامل CRM».',
  tmNameTooLong: (max: number, count: number) =>
    n(max, {
      one: 'استخدم حرفًا واحدًا على الأكثر',
      two: 'استخدم حرفين على الأكثر',
      few: 'استخدم # أحرف على الأكثر',
      many: 'استخدم # حرفًا على الأكثر',
      other: 'استخدم # حرف على الأكثر',
    }) + n(count, { other: ' (عدد أحرف هذا الاسم #).' }),
  tmScopes: 'الصلاحيات',
  tmScopesHint: 'إذا لم تحدد أي صلاحية، يحصل الرمز المميز على وصول كامل.',
  tmExpiration: 'موعد الانتهاء',
  tmCustomDate: 'تاريخ مخصص',
  tmNoExpiration: 'بلا تاريخ انتهاء',
  tmExpirationDate: 'تاريخ الانتهاء',
  tmNoExpirationWarning:
    'يظل الرمز المميز الذي لا ينتهي صالحًا إلى أن يبطله أحد. يُفضَّل تحديد تاريخ انتهاء.',
  tmDateRequired: 'اختر التاريخ الذي يتوقف فيه الرمز المميز عن العمل.',
  tmDateFuture: 'اختر تاريخًا بعد اليوم.',
  tmCreate: 'إنشاء الرمز المميز',
  tmRotateTitle: (name: string) => `تدوير «${name}»؟`,
  tmRotateIntro:
    'سيحل مفتاح سري جديد محل المفتاح الحالي، ويمكن أن يظل المفتاح القديم صالحًا بينما تنشر المفتاح الجديد.',
  tmGrace: 'فترة السماح للمفتاح السري القديم',
  tmGraceNone: 'بلا فترة سماح: يتوقف فورًا',
  tmGraceFor: (count: number, unit: 'hour' | 'day') =>
    new Intl.NumberFormat('ar', { style: 'unit', unit, unitDisplay: 'long' }).format(count),
  tmRotateConfirm: 'تدوير الرمز المميز',
  tmRevokeTitle: (name: string) => `إبطال «${name}»؟`,
  tmRevokeRecent: (when: string, ip: string) =>
    `استُخدم ${when} من ${ip}: قد يظل أحد التكاملات معتمدًا عليه.`,
  tmRevokeFinal: 'ستفشل الطلبات المرسلة به فورًا. لا يمكن التراجع عن هذا الإجراء.',
  tmRevokeConfirm: 'إبطال الرمز المميز',
  tmRevealTitle: (name: string) => `مفتاحك السري الجديد لـ «${name}»`,
  tmRevealWarning: 'انسخه الآن واحفظه في مكان آمن: لن يُعرض مرة أخرى، ولا حتى لك.',
  tmSecret: 'المفتاح السري',
  tmShow: 'إظهار',
  tmHide: 'إخفاء',
  tmCopy: 'نسخ',
  tmCopied: 'تم النسخ إلى الحافظة.',
  tmCopyKeys: (mac: boolean) => (mac ? '⌘+C' : 'Ctrl+C'),
  tmCopyManual: (keys: string) => `النسخ محظور هنا. المفتاح السري محدد: اضغط ${keys}.`,
  tmDone: 'تم',
  tmNotCopied: 'لم تنسخ المفتاح السري. بعد إغلاق هذه النافذة لا يمكن عرضه مرة أخرى.',
  tmCloseAnyway: 'إغلاق دون نسخ',
  tmGoBack: 'رجوع',
  tmScopesLoading: 'لا تزال الصلاحيات قيد التحميل.',
  tmFinishing: 'جارٍ الإنهاء…',
  tmUnknown: (button: string) =>
    `ربما اكتملت العملية. اضغط «${button}» مرة أخرى للحصول على مفتاحها السري، لا على مفتاح ثانٍ.`,
  tmAttention: 'ربما فُقد مفتاحه السري: دوّر الرمز المميز للحصول على مفتاح جديد.',

  // <operator-access-log>
  alCaption: 'سجل الوصول',
  alFilters: 'عوامل تصفية سجل الوصول',
  alToken: 'التصفية حسب الرمز المميز',
  alAllTokens: 'كل الرموز المميزة',
  alTokenOption: (name: string, prefix: string) => `${name} (\u2066${prefix}…\u2069)`,
  alTokensFailed: (reason: string) => `تعذّر تحميل قائمة الرموز المميزة. ${reason}`,
  alRetryTokens: 'إعادة محاولة تحميل الرموز المميزة',
  alTokensIncomplete: 'أمكن إدراج بعض الرموز المميزة فقط في عامل التصفية.',
  alAnyStatus: 'أي حالة',
  alStatusClass: (range: string) =>
    (
      ({
        '2xx': '2xx نجاح',
        '4xx': '4xx خطأ من العميل',
        '5xx': '5xx خطأ في الخادم',
      }) as Record<string, string>
    )[range] ?? range,
  alMethod: 'الطريقة',
  alAnyMethod: 'أي طريقة',
  alRange: 'النطاق الزمني',
  alRange1h: 'آخر ساعة',
  alRange24h: `آخر ${num(24)} ساعة`,
  alRange7d: `آخر ${num(7)} أيام`,
  alRange30d: `آخر ${num(30)} يومًا`,
  alRangeCustom: 'مخصص',
  alFrom: 'من',
  alTo: 'إلى',
  alSearch: 'بحث',
  alSearchPlaceholder: 'المسار أو عنوان IP',
  alLive: 'مباشر',
  alLiveOn: (count: number) => `يجري التحقق من وجود طلبات جديدة كل ${seconds(count)}.`,
  alLivePaused: 'التحديثات المباشرة متوقفة مؤقتًا ما دامت هذه الصفحة مخفية.',
  alLiveBackoff: (count: number, reason: string) =>
    `تعذّرت التحديثات المباشرة: ${reason} إعادة المحاولة بعد ${seconds(count)}.`,
  alNewEntries: (count: number) =>
    n(count, {
      zero: 'لا توجد طلبات جديدة.',
      one: 'طلب جديد واحد.',
      two: 'طلبان جديدان.',
      few: '# طلبات جديدة.',
      many: '# طلبًا جديدًا.',
      other: '# طلب جديد.',
    }),
  alExportCsv: 'تصدير CSV',
  alExportJson: 'تصدير JSON',
  alCancelExport: 'إلغاء التصدير',
  alExporting: (count: number) => `جارٍ التصدير… ${entries(count)} حتى الآن.`,
  alExported: (count: number, filename: string) =>
    `اكتمل التصدير إلى ${filename}: ${entries(count)}.`,
  alExportCancelled: 'أُلغي التصدير.',
  alExportFailed: (reason: string) => `توقف التصدير. ${reason}`,
  alRetryExport: 'إعادة محاولة التصدير',
  alTime: 'الوقت',
  alPath: 'المسار',
  alIp: 'عنوان IP',
  alDuration: 'المدة',
  alDetails: 'التفاصيل',
  alDetailsOf: (method: string, path: string, time: string) => `تفاصيل ${method} ${path}، ${time}`,
  alUserAgent: 'وكيل المستخدم',
  alNoUserAgent: 'لم يُرسل',
  alRequestIdLabel: 'معرّف الطلب',
  alCopyRequestId: 'نسخ معرّف الطلب',
  alCopied: 'تم نسخ معرّف الطلب.',
  alCopyFailed: 'تعذّر النسخ: حدّد المعرّف وانسخه بنفسك.',
  alEmpty: 'لا توجد طلبات تطابق عوامل التصفية هذه في هذا النطاق الزمني.',
  alLoadingMore: 'جارٍ تحميل الطلبات الأقدم…',
  alLoadMoreFailed: (reason: string) => `تعذّر تحميل الطلبات الأقدم. ${reason}`,
  alRetryLoadMore: 'إعادة محاولة تحميل الطلبات الأقدم',
  alEnd: (count: number) =>
    n(count, {
      one: 'يُعرض الطلب الوحيد المطابق لعوامل التصفية هذه.',
      two: 'يُعرض الطلبان المطابقان لعوامل التصفية هذه.',
      other: 'تُعرض كل الطلبات المطابقة لعوامل التصفية هذه، وعددها #.',
    }),
  alHintNewIp: 'عنوان IP جديد',
  alHintNewIpLong: 'أول طلب من عنوان IP هذا لهذا الرمز المميز في النطاق المحمّل.',
  alHintBurst: 'موجة 401/403',
  alHintBurstLong: 'جزء من موجة طلبات مرفوضة (401 أو 403).',
  alSummary: (newIps: number, bursts: number) =>
    [
      newIps &&
        n(newIps, {
          one: 'طلب واحد من عنوان IP جديد',
          two: 'طلبان من عنوانَي IP جديدين',
          few: '# طلبات من عناوين IP جديدة',
          many: '# طلبًا من عناوين IP جديدة',
          other: '# طلب من عناوين IP جديدة',
        }),
      bursts &&
        n(bursts, {
          one: 'موجة واحدة من ردود 401/403',
          two: 'موجتان من ردود 401/403',
          few: '# موجات من ردود 401/403',
          many: '# موجةً من ردود 401/403',
          other: '# موجة من ردود 401/403',
        }),
    ]
      .filter(Boolean)
      .join('؛ ') + ' في الطلبات المحمّلة.',
  alSummaryLabel: 'استخدام مريب:',
  alChart: 'الطلبات على مدار الوقت',
  alChartSummary: (total: number, from: string, to: string, peak: number) =>
    `${requests(total)} من ${from} إلى ${to}؛ ${n(peak, { other: 'بحد أقصى # في الفترة الواحدة' })}. اختر شريطًا لحصر النطاق الزمني فيه.`,
  alChartBar: (when: string, ok: number, client: number, server: number) =>
    `${when}: ${n(ok, { other: 'ناجحة: #' })}، ${n(client, { other: 'أخطاء العميل: #' })}، ${n(server, { other: 'أخطاء الخادم: #' })}`,
  alChartStart: 'البداية',
  alChartEmpty: 'لا توجد طلبات في هذا النطاق الزمني.',
  alChartFailed: (reason: string) => `تعذّر تحميل الرسم البياني. ${reason}`,
  alRetryChart: 'إعادة محاولة تحميل الرسم البياني',
  alOk: 'ناجحة',
  alClientErrors: 'أخطاء العميل',
  alServerErrors: 'أخطاء الخادم',
  alRetryLog: 'إعادة محاولة تحميل السجل',
} satisfies OperatorCatalogue;

registerMessages({ $code: 'ar', $name: 'العربية', $dir: 'rtl', ...ar });
