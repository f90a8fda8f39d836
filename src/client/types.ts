/**
 * Wire types of the Operator API, exactly as `contract/openapi.json` describes them (snake_case,
 * ISO 8601 UTC timestamps). `test/client/contract.test.ts` fails when the two drift apart.
 */

export type TokenStatus = 'active' | 'expired' | 'revoked';

export interface Actor {
  id: string;
  name: string;
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  status: TokenStatus;
  created_at: string;
  created_by: Actor | null;
  expires_at: string | null;
  last_used_at: string | null;
  last_used_ip: string | null;
  revoked_at: string | null;
  replaced_by: string | null;
}

export interface Scope {
  id: string;
  label: string;
  description: string;
}

export interface AccessLogEntry {
  id: string;
  timestamp: string;
  token_id: string;
  token_name: string;
  token_prefix: string;
  method: string;
  path: string;
  status: number;
  ip: string;
  user_agent: string;
  duration_ms: number;
  request_id: string;
}

export interface AccessLogBucket {
  start: string;
  ok: number;
  client_error: number;
  server_error: number;
}

export interface Page<T> {
  data: T[];
  next_cursor: string | null;
}

export interface CreatedToken {
  token: ApiToken;
  secret: string;
}

export interface RotatedToken extends CreatedToken {
  previous: ApiToken;
}

export interface ErrorBody {
  error: {
    code: number;
    message: string;
    field?: string;
    request_id?: string;
    /** Why, when the status alone does not say: `step_up_required` on a proxy's 401. */
    reason?: 'step_up_required';
  };
}

export interface ListTokensParams {
  status?: TokenStatus;
  limit?: number;
  cursor?: string;
}

export interface CreateTokenInput {
  name?: string;
  scopes?: string[];
  expires_at?: string | null;
}

export interface RotateTokenInput {
  /** 0 to 604800 seconds; 86400 by default; 0 revokes the old token at once. */
  grace_period_seconds?: number;
}

/** `2xx`, `4xx`, `5xx`, or an exact HTTP status code. */
export type StatusFilter = '2xx' | '4xx' | '5xx' | number | `${number}`;

export interface ListAccessLogsParams {
  token_id?: string;
  status?: StatusFilter;
  method?: string;
  since?: string;
  until?: string;
  q?: string;
  limit?: number;
  cursor?: string;
}

export type StatsBucket = 'minute' | 'hour' | 'day';

export interface AccessLogStatsParams {
  token_id?: string;
  since?: string;
  until?: string;
  bucket?: StatsBucket;
}
