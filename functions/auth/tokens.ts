import { errors, jwtVerify, SignJWT } from 'jose';
import { AppError } from '#functions/kernel/app-error.ts';

// The one algorithm we sign with and the only one we accept: `alg: none` and key-confusion tricks fail.
const ALGORITHM = 'HS256';
const TYPE = 'at+jwt';
export const ISSUER = 'mockstock';
export const AUDIENCE = 'mockstock-api';

const keyOf = (secret: string) => new TextEncoder().encode(secret);

export type AccessClaims = { userId: string; sessionId: string };

export async function signAccessToken(
  claims: AccessClaims,
  options: { secret: string; now: Date; ttlSeconds: number },
): Promise<string> {
  const issuedAt = Math.floor(options.now.getTime() / 1000);
  return new SignJWT({ sid: claims.sessionId })
    .setProtectedHeader({ alg: ALGORITHM, typ: TYPE })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + options.ttlSeconds)
    .sign(keyOf(options.secret));
}

export async function verifyAccessToken(
  token: string,
  options: { secret: string; now: Date },
): Promise<AccessClaims> {
  try {
    const { payload } = await jwtVerify(token, keyOf(options.secret), {
      algorithms: [ALGORITHM],
      typ: TYPE,
      issuer: ISSUER,
      audience: AUDIENCE,
      currentDate: options.now,
      requiredClaims: ['sub', 'sid', 'iat', 'exp'],
    });
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string')
      throw new errors.JWTInvalid('claims');
    return { userId: payload.sub, sessionId: payload.sid };
  } catch (error) {
    if (error instanceof errors.JOSEError) throw new AppError('token_invalid', undefined, { cause: error });
    throw error;
  }
}

/** A random opaque token (refresh tokens, calendar feed tokens): 256 bits, URL-safe. */
export function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

/** Only hashes of bearer secrets are stored: a leaked table hands out nothing. */
export async function hashToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
