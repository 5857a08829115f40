import { createSlice, nanoid, type PayloadAction } from '@reduxjs/toolkit';
import { api } from '../../lib/api.ts';
import type { Notice } from './notice.ts';

export type Toast = { id: string; notice: Notice };

/** Older toasts make room: the bell keeps every notice anyway. */
const MAX_TOASTS = 3;

export const toastsSlice = createSlice({
  name: 'toasts',
  initialState: [] as Toast[],
  reducers: {
    toastShown: {
      reducer(state, { payload }: PayloadAction<Toast>) {
        state.push(payload);
        if (state.length > MAX_TOASTS) state.shift();
      },
      prepare: (notice: Notice) => ({ payload: { id: nanoid(), notice } }),
    },
    toastDismissed(state, { payload }: PayloadAction<string>) {
      return state.filter((toast) => toast.id !== payload);
    },
  },
  extraReducers: (builder) => {
    // Signing out (or a lost session) resets the API state: nothing the previous user was told stays on screen.
    builder.addMatcher(api.util.resetApiState.match, () => []);
  },
});

export const { toastShown, toastDismissed } = toastsSlice.actions;

export const selectToasts = (state: { toasts: Toast[] }) => state.toasts;
