import { configureStore, createListenerMiddleware } from '@reduxjs/toolkit';
import { paths } from '../config/paths.ts';
import { toastsSlice } from '../features/notifications/toasts-slice.ts';
import { exchangeSlice } from '../features/slots/exchange-slice.ts';
import { api, mayHaveSession, selectMe } from '../lib/api.ts';
import { sessionEnded, sessionExpired } from '../lib/api-base-query.ts';
import { announceViewer } from '../lib/viewer.ts';
import { history } from './router.tsx';

const listener = createListenerMiddleware();

export const store = configureStore({
  reducer: {
    [api.reducerPath]: api.reducer,
    [exchangeSlice.name]: exchangeSlice.reducer,
    [toastsSlice.name]: toastsSlice.reducer,
  },
  middleware: (getDefaultMiddleware) =>
    getDefaultMiddleware().prepend(listener.middleware).concat(api.middleware),
});

export type RootState = ReturnType<typeof store.getState>;
export type AppDispatch = typeof store.dispatch;

const startListening = listener.startListening.withTypes<RootState, AppDispatch>();

/** Nothing the previous user saw may outlive the session; the viewer is a guest from now on. */
function signedOut(dispatch: AppDispatch) {
  dispatch(api.util.resetApiState());
  dispatch(api.util.upsertQueryData('getMe', undefined, null));
}

startListening({
  actionCreator: sessionExpired,
  effect: async (_action, { dispatch, getState, cancelActiveListeners, delay }) => {
    // Requests that failed together report together: only the last report acts.
    cancelActiveListeners();
    await delay(0);
    // A request of a page the viewer signed out of finds no session: there is none to expire, and the viewer,
    // already elsewhere (filling in the register form, say), stays there.
    if (selectMe(getState()).data === null) return;
    signedOut(dispatch);
    const { pathname, search, hash } = history.location;
    if (pathname !== paths.login.path) history.replace(paths.login.getHref(`${pathname}${search}${hash}`));
  },
});

startListening({
  actionCreator: sessionEnded,
  effect: async (_action, { dispatch, getState, cancelActiveListeners, delay }) => {
    cancelActiveListeners();
    await delay(0);
    // A read still running when the viewer signed out finds no session: nothing more to forget.
    if (selectMe(getState()).data !== null) signedOut(dispatch);
  },
});

/**
 * Every answer about the viewer is announced: the live connection (lib/live.ts, loaded with the first live
 * page) presents the session cookie only when it connects, so it waits for the first answer and connects
 * again whenever the viewer changes (signing in or out, a lost session).
 */
startListening({
  predicate: (_action, state, previous) => selectMe(state).data !== selectMe(previous).data,
  effect: (_action, { getState }) => {
    const me = selectMe(getState()).data;
    if (me !== undefined) announceViewer(me?.id ?? null);
  },
});

// A guest is known before the first render: the header shows a guest's links at once. A member's session
// check starts now, beside the page's code, rather than after the first render; the header subscribes to it.
if (mayHaveSession()) {
  store.dispatch(api.endpoints.getMe.initiate(undefined, { subscribe: false }));
} else {
  store.dispatch(api.util.upsertQueryEntries([{ endpointName: 'getMe', arg: undefined, value: null }]));
}
