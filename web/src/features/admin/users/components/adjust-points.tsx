import { type FormEvent, useRef, useState } from 'react';
import { ADMIN_ADJUST_MAX, type TAdjustPointsResult } from '#contract/admin-users.ts';
import { ADMIN_REASON_MAX } from '#contract/rules.ts';
import { ErrorAlert } from '../../../../components/ui/alert.tsx';
import { Button } from '../../../../components/ui/button.tsx';
import { CountedTextArea } from '../../../../components/ui/counted-text-area.tsx';
import { Dialog, DialogActions } from '../../../../components/ui/dialog.tsx';
import { Field, Input } from '../../../../components/ui/field.tsx';
import { Form, useRequiredFields } from '../../../../components/ui/form.tsx';
import { Segmented } from '../../../../components/ui/segmented.tsx';
import { useTranslation } from '../../../../lib/i18n.ts';
import { useFocusFirstInvalid } from '../../../../lib/problem.ts';
import { useAdjustPointsMutation } from '../api/admin-users-api.ts';
import { useUserActionProblem } from './user-problem.ts';

const REQUIRED = ['amount', 'reason'] as const;
const FIELDS = ['delta', 'reason'] as const;

type Direction = 'add' | 'take';

type AdjustPointsProps = {
  open: boolean;
  userId: string;
  balance: number;
  onDone: (result: TAdjustPointsResult) => void;
  /** Closed without success; `failed` when a refusal may mean the card is out of date. */
  onClose: (failed: boolean) => void;
};

type Mutation = ReturnType<typeof useAdjustPointsMutation>;

/** "Изменить баланс": add or take points, with the reason the user will read. */
export function AdjustPointsDialog({ open, userId, balance, onDone, onClose }: AdjustPointsProps) {
  const { t } = useTranslation();
  const [adjust, request] = useAdjustPointsMutation();
  const close = () => {
    onClose(request.isError);
    request.reset();
  };
  return (
    // The dialog mounts its content at each opening, and with it a new request id.
    <Dialog open={open} title={t('admin.users.adjust.title')} onClose={close}>
      <AdjustPointsForm
        userId={userId}
        balance={balance}
        mutation={[adjust, request]}
        onDone={(result) => {
          request.reset();
          onDone(result);
        }}
        onClose={close}
      />
    </Dialog>
  );
}

function AdjustPointsForm({
  userId,
  balance,
  mutation: [adjust, request],
  onDone,
  onClose,
}: {
  userId: string;
  balance: number;
  mutation: Mutation;
  onDone: (result: TAdjustPointsResult) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  // One id per opened form: a double click, or a retry after a lost answer, is the same request to the
  // server, which applies it once and answers the same.
  const [requestId] = useState(() => crypto.randomUUID());
  const [direction, setDirection] = useState<Direction>('add');
  const [values, setValues] = useState({ amount: '', reason: '' });
  const form = useRef<HTMLFormElement>(null);
  const { requiredErrors, checkRequired } = useRequiredFields(form, values, REQUIRED);
  const problem = useUserActionProblem(request.error, FIELDS);
  useFocusFirstInvalid(form, request.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!checkRequired()) return;
    const amount = Number(values.amount);
    const delta = direction === 'take' ? -amount : amount;
    const result = await adjust({ id: userId, body: { delta, reason: values.reason, requestId } });
    if (result.data) onDone(result.data);
  };

  return (
    <Form ref={form} onSubmit={submit} noValidate aria-busy={request.isLoading}>
      <p>{t('admin.users.adjust.current', { balance: t('common.points', { count: balance }) })}</p>
      {problem.formError && <ErrorAlert>{problem.formError}</ErrorAlert>}
      <Segmented
        legend={t('admin.users.adjust.direction')}
        options={[
          { value: 'add', label: t('admin.users.adjust.add') },
          { value: 'take', label: t('admin.users.adjust.take') },
        ]}
        value={direction}
        onChange={setDirection}
      />
      <Field
        label={t('admin.users.adjust.amount')}
        hint={t('admin.users.adjust.amountHint')}
        error={requiredErrors.amount ?? problem.fieldErrors.delta}
      >
        {(control) => (
          <Input
            {...control}
            data-autofocus
            type="number"
            inputMode="numeric"
            min={1}
            max={ADMIN_ADJUST_MAX}
            step={1}
            value={values.amount}
            onChange={(event) => setValues((previous) => ({ ...previous, amount: event.target.value }))}
          />
        )}
      </Field>
      <Field
        label={t('admin.common.reason')}
        hint={t('admin.users.adjust.reasonHint')}
        error={requiredErrors.reason ?? problem.fieldErrors.reason}
      >
        {(control) => (
          <CountedTextArea
            {...control}
            rows={3}
            max={ADMIN_REASON_MAX}
            value={values.reason}
            onChange={(event) => setValues((previous) => ({ ...previous, reason: event.target.value }))}
          />
        )}
      </Field>
      <DialogActions>
        <Button type="button" $variant="secondary" onClick={onClose}>
          {t('admin.common.cancel')}
        </Button>
        <Button type="submit" disabled={request.isLoading} aria-busy={request.isLoading}>
          {request.isLoading ? t('admin.users.actions.working') : t('admin.users.adjust.submit')}
        </Button>
      </DialogActions>
    </Form>
  );
}
