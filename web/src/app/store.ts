import { configureStore, createListenerMiddleware } from '@reduxjs/toolkit';
import { paths } from '../config/paths.ts';
import { api } from '../lib/api.ts';
import { sessionExpired } from '../lib/api-base-query.ts';
import { router } from './router.tsx';

const listener = createListenerMiddleware();

export const store = configureStore({
  reducer: { [api.reducerPath]: api.reducer },
  middleware: (getDefaultMiddleware) =>
    getDefaultMiddleware().prepend(listener.middleware).concat(api.middleware),
});

export type RootState = ReturnType<typeof store.getState>;
export type AppDispatch = typeof store.dispatch;

listener.startListening.withTypes<RootState, AppDispatch>()({
  actionCreator: sessionExpired,
  effect: async (_action, { dispatch, cancelActiveListeners, delay }) => {
    // Requests that failed together report together: only the last report acts.
    cancelActiveListeners();
    await delay(0);
    dispatch(api.util.resetApiState());
    dispatch(api.util.upsertQueryData('getMe', undefined, null));
    const { pathname, search, hash } = router.state.location;
    if (pathname !== paths.login.path) {
      void router.navigate(paths.login.getHref(`${pathname}${search}${hash}`), { replace: true });
    }
  },
});
