/**
 * Set and cleared with the session cookies and readable by the web app, it says only that there may be a
 * session (it grants nothing: the httpOnly cookies do), so that a guest's first page asks nothing about one.
 * A module of its own, without zod: the web app reads it before anything else.
 */
export const SESSION_HINT_COOKIE = 'ms_session';
