import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useDispatch } from 'react-redux';
import styled from 'styled-components';
import type { ReportOutcome } from '#contract/admin-moderation.ts';
import { ErrorAlert } from '../../../../components/ui/alert.tsx';
import { Button } from '../../../../components/ui/button.tsx';
import { Dialog, DialogActions } from '../../../../components/ui/dialog.tsx';
import { useRequiredFields } from '../../../../components/ui/form.tsx';
import { api } from '../../../../lib/api.ts';
import { useTranslation } from '../../../../lib/i18n.ts';
import { useFocusFirstInvalid, useFormProblem } from '../../../../lib/problem.ts';
import { ReasonForm } from '../../components/reason-form.tsx';
import { type AdminReport, useResolveReportMutation } from '../api/moderation-api.ts';

const FIELDS = ['note'] as const;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.sm};

  > button {
    flex: 1 1 100%;
  }

  ${({ theme }) => theme.media.sm} {
    > button {
      flex: 0 0 auto;
    }
  }
`;

const EFFECTS = {
  upheld: { interviewer: 'upheldInterviewer', candidate: 'upheldCandidate' },
  rejected: { interviewer: 'rejectedInterviewer', candidate: 'rejectedCandidate' },
} as const;

/**
 * "Uphold the no-show" and "Reject" for a pending report: each opens a dialog that says what the decision
 * will do and asks for the note both participants will read. When another admin was first, the dialog says
 * so and the queue is read again once it closes (at once, the card would vanish with the explanation).
 */
export function ResolveReport({
  report,
  onLeave,
}: {
  report: AdminReport;
  /** Decided: by this admin (the outcome), or by another one first (null, once the dialog closes). */
  onLeave: (outcome: ReportOutcome | null) => void;
}) {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const [outcome, setOutcome] = useState<ReportOutcome | null>(null);
  const [note, setNote] = useState('');
  const [resolve, request] = useResolveReportMutation();
  const form = useRef<HTMLFormElement>(null);
  const { requiredErrors, checkRequired } = useRequiredFields(form, { note }, FIELDS);
  const problem = useFormProblem(request.error, FIELDS);
  useFocusFirstInvalid(form, request.error);
  const error = request.error;
  const taken = error !== undefined && 'problem' in error && error.problem?.code === 'report_resolved';
  const dismiss = useRef<HTMLButtonElement>(null);
  // The form the focus was in gives way to the explanation: the focus moves to its only way on.
  useEffect(() => {
    if (taken) dismiss.current?.focus();
  }, [taken]);

  const close = () => {
    setOutcome(null);
    if (error) dispatch(api.util.invalidateTags(['AdminReports']));
    if (taken) onLeave(null);
    request.reset();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!outcome || !checkRequired()) return;
    const result = await resolve({ id: report.id, body: { outcome, note } });
    if (result.error) return;
    setOutcome(null);
    setNote('');
    onLeave(outcome);
  };

  return (
    <>
      <Actions>
        <Button type="button" $variant="danger" onClick={() => setOutcome('upheld')}>
          {t('admin.moderation.actions.uphold')}
        </Button>
        <Button type="button" $variant="secondary" onClick={() => setOutcome('rejected')}>
          {t('admin.moderation.actions.reject')}
        </Button>
      </Actions>
      <Dialog
        open={outcome !== null}
        title={outcome ? t(`admin.moderation.dialog.${outcome}`) : ''}
        onClose={close}
      >
        {taken ? (
          <>
            <ErrorAlert>{t('admin.moderation.resolvedElsewhere')}</ErrorAlert>
            <DialogActions>
              <Button ref={dismiss} type="button" onClick={close}>
                {t('admin.moderation.dialog.close')}
              </Button>
            </DialogActions>
          </>
        ) : (
          outcome && (
            <ReasonForm
              formRef={form}
              onSubmit={submit}
              formError={problem.formError}
              label={t('admin.moderation.dialog.note')}
              hint={t('admin.moderation.dialog.noteHint')}
              rows={4}
              value={note}
              onChange={setNote}
              error={requiredErrors.note ?? problem.fieldErrors.note}
              cancelLabel={t('admin.common.cancel')}
              onCancel={close}
              submitLabel={t(`admin.moderation.dialog.${outcome}`)}
              workingLabel={t('admin.moderation.dialog.working')}
              tone={outcome === 'upheld' ? 'danger' : 'primary'}
              loading={request.isLoading}
            >
              <p>{t(`admin.moderation.dialog.effects.${EFFECTS[outcome][report.accused.side]}`)}</p>
            </ReasonForm>
          )
        )}
      </Dialog>
    </>
  );
}
