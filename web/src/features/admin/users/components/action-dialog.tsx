import type { SerializedError } from '@reduxjs/toolkit';
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { Dialog } from '../../../../components/ui/dialog.tsx';
import { useRequiredFields } from '../../../../components/ui/form.tsx';
import type { ApiError } from '../../../../lib/api-base-query.ts';
import { useTranslation } from '../../../../lib/i18n.ts';
import { useFocusFirstInvalid } from '../../../../lib/problem.ts';
import { ReasonForm } from '../../components/reason-form.tsx';
import { useUserActionProblem } from './user-problem.ts';

const FIELDS = ['reason'] as const;
const NO_FIELDS = [] as const;

type ActionDialogProps = {
  open: boolean;
  title: string;
  /** What the action will do, said before the admin confirms. */
  children: ReactNode;
  /** The reason goes into the audit log; optional only where the action allows it (grant). */
  reasonOptional?: boolean;
  submitLabel: string;
  tone: 'danger' | 'primary';
  error: ApiError | SerializedError | undefined;
  loading: boolean;
  /** Sends the action; true when it succeeded (the dialog closes). */
  onSubmit: (reason: string) => Promise<boolean>;
  onClose: () => void;
};

/** A confirmation with the admin's reason: block, unblock, grant and take admin rights. */
export function ActionDialog(props: ActionDialogProps) {
  return (
    // The dialog mounts its content at each opening: a reason typed once never carries over to the next.
    <Dialog open={props.open} title={props.title} onClose={props.onClose}>
      <ActionForm {...props} />
    </Dialog>
  );
}

function ActionForm({
  children,
  reasonOptional = false,
  submitLabel,
  tone,
  error,
  loading,
  onSubmit,
  onClose,
}: ActionDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const { requiredErrors, checkRequired } = useRequiredFields(
    form,
    { reason },
    reasonOptional ? NO_FIELDS : FIELDS,
  );
  const problem = useUserActionProblem(error, FIELDS);
  useFocusFirstInvalid(form, error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!checkRequired()) return;
    if (await onSubmit(reason)) setReason('');
  };

  return (
    <ReasonForm
      formRef={form}
      onSubmit={submit}
      formError={problem.formError}
      label={t('admin.common.reason')}
      hint={t('admin.common.reasonHint')}
      optional={reasonOptional}
      rows={3}
      value={reason}
      onChange={setReason}
      error={requiredErrors.reason ?? problem.fieldErrors.reason}
      cancelLabel={t('admin.common.cancel')}
      onCancel={onClose}
      submitLabel={submitLabel}
      workingLabel={t('admin.users.actions.working')}
      tone={tone}
      loading={loading}
    >
      {children}
    </ReasonForm>
  );
}
