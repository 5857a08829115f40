import { type ComponentProps, type ReactNode, useEffect, useRef, useState } from 'react';
import styled from 'styled-components';
import { Button } from '../../../components/ui/button.tsx';
import { Field, Input } from '../../../components/ui/field.tsx';

/** The filters above an admin list: two columns on a phone, one row on a desktop. */
const Panel = styled.form`
  display: grid;
  grid-template-columns: repeat(2, minmax(0, 1fr));
  gap: ${({ theme }) => theme.space.sm};
  align-items: start;
  padding: ${({ theme }) => theme.space.md};
  border: 1px solid ${({ theme }) => theme.colors.border};
  border-radius: ${({ theme }) => theme.radii.lg};
  background: ${({ theme }) => theme.colors.surface};

  ${({ theme }) => theme.media.lg} {
    grid-template-columns: repeat(auto-fit, minmax(150px, 1fr));
    gap: ${({ theme }) => theme.space.md};
  }
`;

/** A filter that needs the width of the panel on a phone (a text search). */
export const WideFilter = styled.div`
  grid-column: 1 / -1;

  ${({ theme }) => theme.media.lg} {
    grid-column: auto;
  }
`;

const Actions = styled.div`
  grid-column: 1 / -1;
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: flex-end;
  gap: ${({ theme }) => theme.space.sm};
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

/** How long a text filter waits after the last keystroke before it applies. */
const TYPING_PAUSE_MS = 400;

/**
 * A text filter that applies itself once typing pauses, or at once on Enter, so each keystroke does not cost
 * a request. It follows the value from outside (a reset).
 */
export function FilterText({
  value,
  onCommit,
  ...props
}: Omit<ComponentProps<typeof Input>, 'value' | 'onChange'> & {
  value: string;
  onCommit: (value: string) => void;
}) {
  const [text, setText] = useState(value);
  // The latest callback, so that a re-render of the page does not restart the pause.
  const commit = useRef(onCommit);
  commit.current = onCommit;
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text.trim() === value) return;
    const timer = setTimeout(() => commit.current(text.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, value]);
  return (
    <Input
      {...props}
      type="search"
      value={text}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit.current(text.trim());
      }}
    />
  );
}

type FilterPanelProps = {
  /** The search landmark's name. */
  label: string;
  resetLabel: string;
  /** Clears the filters; absent while nothing is filtered, and then there is no reset button. */
  onReset: (() => void) | undefined;
  children: ReactNode;
};

/** The filters above an admin list, a search landmark: each filter applies by itself, so nothing submits. */
export function FilterPanel({ label, resetLabel, onReset, children }: FilterPanelProps) {
  return (
    <Panel role="search" aria-label={label} onSubmit={(event) => event.preventDefault()}>
      {children}
      {onReset && (
        <Actions>
          <Button type="button" $variant="ghost" $size="sm" onClick={onReset}>
            {resetLabel}
          </Button>
        </Actions>
      )}
    </Panel>
  );
}

type DayRangeFilterProps = {
  labels: { from: string; to: string };
  /** Days as `YYYY-MM-DD`, '' when open. */
  from: string;
  to: string;
  onChange: (key: 'from' | 'to', day: string) => void;
};

/** The first and the last day, each an optional date the other bounds. */
export function DayRangeFilter({ labels, from, to, onChange }: DayRangeFilterProps) {
  return (
    <>
      <Field label={labels.from}>
        {(control) => (
          <Input
            {...control}
            type="date"
            value={from}
            max={to || undefined}
            onChange={(event) => onChange('from', event.target.value)}
          />
        )}
      </Field>
      <Field label={labels.to}>
        {(control) => (
          <Input
            {...control}
            type="date"
            value={to}
            min={from || undefined}
            onChange={(event) => onChange('to', event.target.value)}
          />
        )}
      </Field>
    </>
  );
}
