import { errors, jwtVerify, SignJWT } from 'jose';
import { AppError } from '#functions/kernel/app-error.ts';

// The one algorithm we sign with and the only one we accept: `alg: none` and key-confusion tricks fail.
const ALGORITHM = 'HS256';
const TYPE = 'at+jwt';
export const ISSUER = 'mockstock';
export const AUDIENCE = 'mockstock-api';

type HmacKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

const keys = new Map<string, Promise<HmacKey>>();

/**
 * The secret's HMAC key, imported once per process: given the raw secret, jose would import it again for
 * every token, an asynchronous Web Crypto call dearer than checking the signature itself.
 */
function keyOf(secret: string): Promise<HmacKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    );
    keys.set(secret, key);
  }
  return key;
}

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
    .sign(await keyOf(options.secret));
}

export async function verifyAccessToken(
  token: string,
  options: { secret: string; now: Date },
): Promise<AccessClaims> {
  try {
    const { payload } = await jwtVerify(token, await keyOf(options.secret), {
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
