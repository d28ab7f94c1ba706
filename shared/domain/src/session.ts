import type { ConflictData } from './conflict.ts';
import type { Locale } from './i18n.ts';
import type { Role } from './roles.ts';
import type { Placement } from './scope.ts';

/** A network, university or tambon as the browser shows it: Thai name always, English when known. */
export interface NamedPlace {
  id: string;
  code: string;
  name_th: string;
  name_en?: string;
}

/** A tambon also names its district and province (Thai always, English when known). */
export interface NamedTambon extends NamedPlace {
  district_th: string;
  province_th: string;
  district_en?: string;
  province_en?: string;
}

/** The signed-in user as every procedure and every screen sees them: role, resolved placement and their places. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  language: Locale | null;
  placement: Placement;
  places: { network?: NamedPlace; university?: NamedPlace; tambon?: NamedTambon };
}

/** tRPC's error codes, as the server's errors carry them. */
export type ErrorCode =
  | 'PARSE_ERROR'
  | 'BAD_REQUEST'
  | 'INTERNAL_SERVER_ERROR'
  | 'NOT_IMPLEMENTED'
  | 'BAD_GATEWAY'
  | 'SERVICE_UNAVAILABLE'
  | 'GATEWAY_TIMEOUT'
  | 'UNAUTHORIZED'
  | 'PAYMENT_REQUIRED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'METHOD_NOT_SUPPORTED'
  | 'TIMEOUT'
  | 'CONFLICT'
  | 'PRECONDITION_FAILED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'UNPROCESSABLE_CONTENT'
  | 'PRECONDITION_REQUIRED'
  | 'TOO_MANY_REQUESTS'
  | 'CLIENT_CLOSED_REQUEST';

/** What every API error carries besides its translated message. */
export interface FormattedErrorData {
  code: ErrorCode;
  httpStatus: number;
  /** The message key, for clients that want to react to a specific error. */
  messageKey: string | null;
  /** Field name → what is wrong with it and how to fix it, in the caller's language. */
  fieldErrors: Record<string, string[]>;
  /** With code CONFLICT: the values stored now and their version (see ConflictData). */
  conflict?: ConflictData;
}
