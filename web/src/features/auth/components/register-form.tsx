import { type FormEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Field, Input } from '../../../components/ui/field.tsx';
import { Form, FormActions } from '../../../components/ui/form.tsx';
import { PasswordInput } from '../../../components/ui/password-input.tsx';
import { PasswordStrengthMeter } from '../../../components/ui/password-strength-meter.tsx';
import { useFocusFirstInvalid, useFormProblem } from '../../../lib/problem.ts';
import { useFormValues } from '../../../lib/use-form-values.ts';
import { useRegisterMutation } from '../api/auth-api.ts';

const FIELDS = ['login', 'displayName', 'password'] as const;

export function RegisterForm() {
  const { t } = useTranslation();
  const { values, bind } = useFormValues({ login: '', displayName: '', password: '' });
  const [register, { error, isLoading }] = useRegisterMutation();
  const { formError, fieldErrors } = useFormProblem(error, FIELDS);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void register(values);
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
      <FormActions>
        <Button type="submit" disabled={isLoading} aria-busy={isLoading}>
          {isLoading ? t('register.submitting') : t('register.submit')}
        </Button>
      </FormActions>
    </Form>
  );
}
