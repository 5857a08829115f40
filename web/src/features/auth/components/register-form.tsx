import { type FormEvent, useRef } from 'react';
import { ErrorAlert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Field, Input } from '../../../components/ui/field.tsx';
import { Form, FormActions, useRequiredFields } from '../../../components/ui/form.tsx';
import { PasswordInput } from '../../../components/ui/password-input.tsx';
import { PasswordStrengthMeter } from '../../../components/ui/password-strength-meter.tsx';
import { TimeZoneSelect } from '../../../components/ui/time-zone-select.tsx';
import { useTranslation } from '../../../lib/i18n.ts';
import { useFocusFirstInvalid, useFormProblem } from '../../../lib/problem.ts';
import { browserTimeZone } from '../../../lib/time.ts';
import { useFormValues } from '../../../lib/use-form-values.ts';
import { useRegisterMutation } from '../api/auth-api.ts';
import '../../../lib/words/account.ts';

const FIELDS = ['login', 'displayName', 'password', 'timeZone'] as const;
const REQUIRED = ['login', 'displayName', 'password'] as const;

export function RegisterForm() {
  const { t } = useTranslation();
  // The browser's zone, so that someone in Novosibirsk does not silently get Moscow time.
  const { values, bind } = useFormValues({
    login: '',
    displayName: '',
    password: '',
    timeZone: browserTimeZone(),
  });
  const [register, { error, isLoading }] = useRegisterMutation();
  const { formError, fieldErrors: serverErrors } = useFormProblem(error, FIELDS);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, error);
  const { requiredErrors, checkRequired } = useRequiredFields(form, values, REQUIRED);
  const fieldErrors = { ...serverErrors, ...requiredErrors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (checkRequired()) void register(values);
  };

  return (
    <Form ref={form} onSubmit={submit} noValidate aria-busy={isLoading}>
      {formError && <ErrorAlert>{formError}</ErrorAlert>}
      <Field label={t('register.login')} hint={t('register.loginHint')} error={fieldErrors.login}>
        {(control) => (
          <Input
            {...control}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            {...bind('login')}
          />
        )}
      </Field>
      <Field
        label={t('register.displayName')}
        hint={t('register.displayNameHint')}
        error={fieldErrors.displayName}
      >
        {(control) => <Input {...control} autoComplete="nickname" {...bind('displayName')} />}
      </Field>
      <Field label={t('register.password')} error={fieldErrors.password}>
        {(control) => (
          <>
            <PasswordInput {...control} autoComplete="new-password" {...bind('password')} />
            <PasswordStrengthMeter password={values.password} login={values.login} />
          </>
        )}
      </Field>
      <Field label={t('register.timeZone')} hint={t('register.timeZoneHint')} error={fieldErrors.timeZone}>
        {(control) => <TimeZoneSelect {...control} {...bind('timeZone')} />}
      </Field>
      <FormActions>
        <Button type="submit" disabled={isLoading} aria-busy={isLoading}>
          {isLoading ? t('register.submitting') : t('register.submit')}
        </Button>
      </FormActions>
    </Form>
  );
}
