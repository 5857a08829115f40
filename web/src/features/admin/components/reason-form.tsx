import type { FormEvent, ReactNode, RefObject } from 'react';
import { ADMIN_REASON_MAX } from '#contract/rules.ts';
import { ErrorAlert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { CountedTextArea } from '../../../components/ui/counted-text-area.tsx';
import { DialogActions } from '../../../components/ui/dialog.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { Form } from '../../../components/ui/form.tsx';

type ReasonFormProps = {
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit: (event: FormEvent) => void;
  /** What the action will do, said before the admin confirms. */
  children: ReactNode;
  /** The server's answer that belongs to no field. */
  formError: string | null;
  label: string;
  hint: string;
  /** Optional only where the action allows it (granting admin rights). */
  optional?: boolean;
  rows: number;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  cancelLabel: string;
  onCancel: () => void;
  submitLabel: string;
  /** The submit button's text while the action is sent. */
  workingLabel: string;
  tone: 'danger' | 'primary';
  loading: boolean;
};

/**
 * The body of an admin action's dialog: what the action does, the reason (or note) it asks for, kept in the
 * audit log, then "cancel" and the action itself. The reason's text area takes the focus when the dialog opens.
 */
export function ReasonForm({
  formRef,
  onSubmit,
  children,
  formError,
  label,
  hint,
  optional = false,
  rows,
  value,
  onChange,
  error,
  cancelLabel,
  onCancel,
  submitLabel,
  workingLabel,
  tone,
  loading,
}: ReasonFormProps) {
  return (
    <Form ref={formRef} onSubmit={onSubmit} noValidate aria-busy={loading}>
      {children}
      {formError && <ErrorAlert>{formError}</ErrorAlert>}
      <Field label={label} optional={optional} hint={hint} error={error}>
        {(control) => (
          <CountedTextArea
            {...control}
            data-autofocus
            rows={rows}
            max={ADMIN_REASON_MAX}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        )}
      </Field>
      <DialogActions>
        <Button type="button" $variant="secondary" onClick={onCancel}>
          {cancelLabel}
        </Button>
        <Button type="submit" $variant={tone} disabled={loading} aria-busy={loading}>
          {loading ? workingLabel : submitLabel}
        </Button>
      </DialogActions>
    </Form>
  );
}
