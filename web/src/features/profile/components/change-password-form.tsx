import { type FormEvent, useRef } from 'react';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { Form, FormActions, FormRow, useRequiredFields } from '../../../components/ui/form.tsx';
import { PasswordInput } from '../../../components/ui/password-input.tsx';
import { PasswordStrengthMeter } from '../../../components/ui/password-strength-meter.tsx';
import { useTranslation } from '../../../lib/i18n.ts';
import { useFocusFirstInvalid, useFormProblem } from '../../../lib/problem.ts';
import { useFormValues } from '../../../lib/use-form-values.ts';
import { useChangePasswordMutation } from '../api/profile-api.ts';
import '../../../lib/words/account.ts';

const FIELDS = ['currentPassword', 'newPassword'] as const;
const EMPTY = { currentPassword: '', newPassword: '' };

export function ChangePasswordForm({ login }: { login: string }) {
  const { t } = useTranslation();
  const { values, setValues, bind } = useFormValues(EMPTY);
  const [changePassword, { error, isLoading, isSuccess, reset }] = useChangePasswordMutation();
  const { formError, fieldErrors: serverErrors } = useFormProblem(error, FIELDS);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, error);
  const { requiredErrors, checkRequired } = useRequiredFields(form, values, FIELDS);
  const fieldErrors = { ...serverErrors, ...requiredErrors };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!checkRequired()) return;
    reset();
    const result = await changePassword(values);
    if (!result.error) setValues(EMPTY);
  };

  return (
    <Form ref={form} onSubmit={submit} noValidate aria-busy={isLoading}>
      {formError && <ErrorAlert>{formError}</ErrorAlert>}
      <FormRow>
        <Field label={t('settings.currentPassword')} error={fieldErrors.currentPassword}>
          {(control) => (
            <PasswordInput {...control} autoComplete="current-password" {...bind('currentPassword')} />
          )}
        </Field>
        <Field label={t('settings.newPassword')} error={fieldErrors.newPassword}>
          {(control) => (
            <>
              <PasswordInput {...control} autoComplete="new-password" {...bind('newPassword')} />
              <PasswordStrengthMeter password={values.newPassword} login={login} />
            </>
          )}
        </Field>
      </FormRow>
      <FormActions>
        <Button type="submit" disabled={isLoading} aria-busy={isLoading}>
          {isLoading ? t('settings.changingPassword') : t('settings.changePassword')}
        </Button>
        <StatusMessage>{isSuccess && t('settings.passwordChanged')}</StatusMessage>
      </FormActions>
    </Form>
  );
}
