import { type FormEvent, useRef } from 'react';
import { ErrorAlert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Field, Input } from '../../../components/ui/field.tsx';
import { Form, FormActions, useRequiredFields } from '../../../components/ui/form.tsx';
import { PasswordInput } from '../../../components/ui/password-input.tsx';
import { useTranslation } from '../../../lib/i18n.ts';
import { useFocusFirstInvalid, useFormProblem } from '../../../lib/problem.ts';
import { useFormValues } from '../../../lib/use-form-values.ts';
import { useLoginMutation } from '../api/auth-api.ts';

const FIELDS = ['login', 'password'] as const;

export function LoginForm() {
  const { t } = useTranslation();
  const { values, bind } = useFormValues({ login: '', password: '' });
  const [login, { error, isLoading }] = useLoginMutation();
  const { formError, fieldErrors: serverErrors } = useFormProblem(error, FIELDS);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, error);
  const { requiredErrors, checkRequired } = useRequiredFields(form, values, FIELDS);
  const fieldErrors = { ...serverErrors, ...requiredErrors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (checkRequired()) void login(values);
  };

  return (
    <Form ref={form} onSubmit={submit} noValidate aria-busy={isLoading}>
      {formError && <ErrorAlert>{formError}</ErrorAlert>}
      <Field label={t('login.login')} error={fieldErrors.login}>
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
      <Field label={t('login.password')} error={fieldErrors.password}>
        {(control) => <PasswordInput {...control} autoComplete="current-password" {...bind('password')} />}
      </Field>
      <FormActions>
        <Button type="submit" disabled={isLoading} aria-busy={isLoading}>
          {isLoading ? t('login.submitting') : t('login.submit')}
        </Button>
      </FormActions>
    </Form>
  );
}
