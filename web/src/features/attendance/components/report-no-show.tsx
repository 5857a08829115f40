import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/i18n.ts';
import '../attendance-i18n.ts';
import { useDispatch } from 'react-redux';
import { REPORT_TEXT_MAX } from '#contract/rules.ts';
import { ErrorAlert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { CountedTextArea } from '../../../components/ui/counted-text-area.tsx';
import { Dialog, DialogActions } from '../../../components/ui/dialog.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { Form, useRequiredFields } from '../../../components/ui/form.tsx';
import { api } from '../../../lib/api.ts';
import { useFocusFirstInvalid } from '../../../lib/problem.ts';
import { useTimeFormat } from '../../../lib/use-time-format.ts';
import { useReportNoShowMutation } from '../api/attendance-api.ts';
import { useAttendanceProblem } from './attendance-problem.ts';
import { Action, Hint } from './attendance-styles.ts';

const FIELDS = ['comment'] as const;

type ReportNoShowProps = {
  slotId: string;
  /** The end of the 24 hours for reports. */
  closesAt: string;
  /** After the server took the report: the section says so. */
  onFiled: () => void;
};

/**
 * "The other side did not come": a button (with until when it stays) that opens a form asking what happened.
 * The comment is required; the server trims it and takes up to 2,000 characters.
 */
export function ReportNoShow({ slotId, closesAt, onFiled }: ReportNoShowProps) {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const { format } = useTimeFormat();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const [report, request] = useReportNoShowMutation();
  const form = useRef<HTMLFormElement>(null);
  const hintId = useId();
  const { requiredErrors, checkRequired } = useRequiredFields(form, { comment }, FIELDS);
  const problem = useAttendanceProblem(request.error, FIELDS);
  useFocusFirstInvalid(form, request.error);
  const error = requiredErrors.comment ?? problem.fieldErrors.comment;

  const close = () => {
    setOpen(false);
    // Refused because things changed meanwhile (reported in another tab, the window closed): the page reads
    // the slot again once the explanation has been read.
    if (problem.refusal) dispatch(api.util.invalidateTags([{ type: 'Slot', id: slotId }]));
    request.reset();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!checkRequired()) return;
    const result = await report({ slotId, body: { comment } });
    if (result.error) return;
    setOpen(false);
    setComment('');
    onFiled();
  };

  return (
    <Action>
      <Button type="button" $variant="secondary" onClick={() => setOpen(true)} aria-describedby={hintId}>
        {t('attendance.report')}
      </Button>
      <Hint id={hintId}>{t('attendance.reportUntil', { time: format(closesAt, 'dateTime') })}</Hint>
      <Dialog open={open} title={t('attendance.reportDialog.title')} onClose={close}>
        <Form ref={form} onSubmit={submit} noValidate aria-busy={request.isLoading} data-testid="report-form">
          <p>{t('attendance.reportDialog.text')}</p>
          {problem.formError && <ErrorAlert>{problem.formError}</ErrorAlert>}
          <Field
            label={t('attendance.reportDialog.comment')}
            hint={t('attendance.reportDialog.commentHint')}
            error={error}
          >
            {(control) => (
              <CountedTextArea
                {...control}
                data-autofocus
                rows={5}
                max={REPORT_TEXT_MAX}
                value={comment}
                onChange={(event) => setComment(event.target.value)}
              />
            )}
          </Field>
          <DialogActions>
            <Button type="button" $variant="secondary" onClick={close}>
              {t('common.keep')}
            </Button>
            <Button type="submit" disabled={request.isLoading} aria-busy={request.isLoading}>
              {request.isLoading ? t('attendance.sending') : t('attendance.reportDialog.send')}
            </Button>
          </DialogActions>
        </Form>
      </Dialog>
    </Action>
  );
}
