import { createSlice, type Dispatch, type PayloadAction } from '@reduxjs/toolkit';

/** How long a slot that just appeared or changed on the exchange stays highlighted. */
export const HIGHLIGHT_MS = 2000;

type Highlight = { slotId: string; mark: number };

export type ExchangeState = {
  /** Slot id → the mark of its latest highlight: a new mark restarts the animation. */
  highlights: Record<string, number>;
};

const initialState: ExchangeState = { highlights: {} };

export const exchangeSlice = createSlice({
  name: 'exchange',
  initialState,
  reducers: {
    highlightStarted(state, { payload }: PayloadAction<Highlight>) {
      state.highlights[payload.slotId] = payload.mark;
    },
    highlightEnded(state, { payload }: PayloadAction<Highlight>) {
      // A later change of the same slot keeps its own, later highlight.
      if (state.highlights[payload.slotId] === payload.mark) delete state.highlights[payload.slotId];
    },
  },
});

const { highlightStarted, highlightEnded } = exchangeSlice.actions;

let marks = 0;

/** Highlights a slot the live stream just brought or changed, for HIGHLIGHT_MS. */
export const highlightSlot = (slotId: string) => (dispatch: Dispatch) => {
  marks += 1;
  const highlight = { slotId, mark: marks };
  dispatch(highlightStarted(highlight));
  setTimeout(() => dispatch(highlightEnded(highlight)), HIGHLIGHT_MS);
};

export const selectSlotHighlight = (state: { exchange: ExchangeState }, slotId: string): number | undefined =>
  state.exchange.highlights[slotId];
