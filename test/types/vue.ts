// Vue: the elements in `GlobalComponents`, as vue-tsc checks a template against them: attributes
// and properties camelCased (`:page-size` is `pageSize`), `@operator-token-created` as
// `onOperatorTokenCreated`.
import type {} from '@operator-ai/admin-widget/vue';
import type { GlobalComponents } from 'vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const seen: string[] = [];

export const manager: Props<'operator-token-manager'> = {
  pageSize: 10,
  readonly: true,
  onOperatorTokenCreated: (e) => seen.push(e.detail.token.id),
  onOperatorStepUpRequired: (e) => seen.push(e.detail.operation),
};

// @ts-expect-error: `liveInterval` is a number.
export const log: Props<'operator-access-log'> = { liveInterval: 'soon' };
