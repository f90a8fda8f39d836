/**
 * Whether `error` is a host proxy's 401 that asks the user to confirm who they are again
 * (`code` `step_up_required`): their session has not ended, and the write may be sent again once
 * they have. The one test of it, for the element's reports and the token writer's retry.
 */
export const isStepUpRequired = (error: unknown): boolean =>
  (error as { code?: unknown } | null)?.code === 'step_up_required';
