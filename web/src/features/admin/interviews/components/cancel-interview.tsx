import { type FormEvent, useRef, useState } from 'react';
import { ErrorAlert, StatusMessage } from '../../../../components/ui/alert.tsx';
import { Button } from '../../../../components/ui/button.tsx';
import { Dialog, DialogActions } from '../../../../components/ui/dialog.tsx';
import { useRequiredFields } from '../../../../components/ui/form.tsx';
import { useTranslation } from '../../../../lib/i18n.ts';
import { useFocusFirstInvalid, useFormProblem } from '../../../../lib/problem.ts';
import { ReasonForm } from '../../components/reason-form.tsx';
import { type AdminInterview, useCancelAdminInterviewMutation } from '../api/admin-interviews-api.ts';

const FIELDS = ['reason'] as const;

/**
 * "Cancel the interview": a dialog that says what it does (the candidate's refund, who is told, no strike) and
 * asks for the reason the audit log keeps. When the interview changed meanwhile (completed, or cancelled by
 * someone else), the dialog says so and the page shows it as it is now.
 */
export function CancelInterview({ interview }: { interview: AdminInterview }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState(false);
  const [cancel, request] = useCancelAdminInterviewMutation();
  const form = useRef<HTMLFormElement>(null);
  const { requiredErrors, checkRequired } = useRequiredFields(form, { reason }, FIELDS);
  const problem = useFormProblem(request.error, FIELDS);
  useFocusFirstInvalid(form, request.error);
  const error = request.error;
  const unavailable =
    error !== undefined && 'problem' in error && error.problem?.code === 'slot_not_available';
  const holder = interview.bookings.find((booking) => booking.status === 'active');

  const close = () => {
    setOpen(false);
    request.reset();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!checkRequired()) return;
    const result = await cancel({ id: interview.slot.id, reason });
    if (result.error) return;
    setOpen(false);
    setReason('');
    setDone(true);
  };

  return (
    <div>
      <StatusMessage>{done && t('admin.interviews.cancel.done')}</StatusMessage>
      {interview.canCancel && (
        <Button type="button" $variant="danger" onClick={() => setOpen(true)}>
          {t('admin.interviews.cancel.action')}
        </Button>
      )}
      <Dialog open={open} title={t('admin.interviews.cancel.title')} onClose={close}>
        {unavailable ? (
          <>
            <ErrorAlert>{t('admin.interviews.cancel.unavailable')}</ErrorAlert>
            <DialogActions>
              <Button type="button" data-autofocus onClick={close}>
                {t('admin.common.cancel')}
              </Button>
            </DialogActions>
          </>
        ) : (
          <ReasonForm
            formRef={form}
            onSubmit={submit}
            formError={problem.formError}
            label={t('admin.common.reason')}
            hint={t('admin.interviews.cancel.reasonHint')}
            rows={4}
            value={reason}
            onChange={setReason}
            error={requiredErrors.reason ?? problem.fieldErrors.reason}
            cancelLabel={t('admin.interviews.cancel.keep')}
            onCancel={close}
            submitLabel={t('admin.interviews.cancel.confirm')}
            workingLabel={t('admin.interviews.cancel.working')}
            tone="danger"
            loading={request.isLoading}
          >
            <p>
              {holder
                ? t('admin.interviews.cancel.booked', { candidate: holder.candidate.displayName })
                : t('admin.interviews.cancel.open')}
            </p>
          </ReasonForm>
        )}
      </Dialog>
    </div>
  );
}
