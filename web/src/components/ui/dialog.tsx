import { type ReactNode, useEffect, useId, useRef } from 'react';
import styled from 'styled-components';

const Box = styled.dialog`
  width: calc(100% - ${({ theme }) => theme.space.xl});
  max-width: 480px;
  margin: auto;
  padding: ${({ theme }) => theme.space.lg} ${({ theme }) => theme.space.md};
  border: 0;
  border-radius: ${({ theme }) => theme.radii.lg};
  background: ${({ theme }) => theme.colors.surface};
  color: ${({ theme }) => theme.colors.text};
  box-shadow: 0 24px 64px rgba(20, 26, 43, 0.28);

  &::backdrop {
    background: rgba(20, 26, 43, 0.55);
  }

  ${({ theme }) => theme.media.sm} {
    padding: ${({ theme }) => theme.space.xl};
  }
`;

const Title = styled.h2`
  font-size: ${({ theme }) => theme.fontSizes.xl};
`;

const Body = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.sm};
  margin-top: ${({ theme }) => theme.space.md};
`;

export const DialogActions = styled.div`
  display: flex;
  flex-wrap: wrap-reverse;
  justify-content: flex-end;
  gap: ${({ theme }) => theme.space.sm};
  margin-top: ${({ theme }) => theme.space.lg};

  > button {
    flex: 1 1 100%;
  }

  ${({ theme }) => theme.media.sm} {
    > button {
      flex: 0 0 auto;
    }
  }
`;

type DialogProps = {
  open: boolean;
  title: string;
  /** Escape, or the browser's own close, asks to close. */
  onClose: () => void;
  children: ReactNode;
};

/**
 * A modal dialog on the native <dialog>: the browser traps focus inside, makes the page behind inert, closes
 * on Escape and returns focus to where it was. The element marked `data-autofocus` gets the focus on opening.
 */
export function Dialog({ open, title, onClose, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <Box
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <Title id={titleId}>{title}</Title>
          <Body>{children}</Body>
        </>
      )}
    </Box>
  );
}
