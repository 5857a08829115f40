import { type FormEvent, useRef, useState } from 'react';
import styled from 'styled-components';
import { PROFESSION_NAME_MAX, PROFESSION_SLUG_MAX, slugOf } from '#contract/admin-professions.ts';
import { ErrorAlert, StatusMessage } from '../../../../components/ui/alert.tsx';
import { Button } from '../../../../components/ui/button.tsx';
import { Card, CardLead, CardTitle } from '../../../../components/ui/card.tsx';
import { Field, Input } from '../../../../components/ui/field.tsx';
import { Form, FormActions, FormRow, useRequiredFields } from '../../../../components/ui/form.tsx';
import { useTranslation } from '../../../../lib/i18n.ts';
import { useFocusFirstInvalid, useFormProblem } from '../../../../lib/problem.ts';
import { useFormValues } from '../../../../lib/use-form-values.ts';
import { useCreateProfessionMutation } from '../api/admin-professions-api.ts';
import { useSlugError } from './profession-errors.ts';

const FIELDS = ['nameRu', 'nameEn', 'slug'] as const;
const REQUIRED = ['nameRu', 'nameEn'] as const;
const EMPTY = { nameRu: '', nameEn: '', slug: '' };

const Body = styled(Form)`
  margin-top: ${({ theme }) => theme.space.lg};
`;

/** Adds a profession at the end of the list; the slug, unless given, comes from the English name. */
export function CreateProfessionForm() {
  const { t } = useTranslation();
  const { values, setValues, bind } = useFormValues(EMPTY);
  const [created, setCreated] = useState<string | null>(null);
  const [create, { error, isLoading }] = useCreateProfessionMutation();
  const { formError, fieldErrors: serverErrors } = useFormProblem(error, FIELDS);
  const slugError = useSlugError(error);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, error);
  const { requiredErrors, checkRequired } = useRequiredFields(form, values, REQUIRED);
  const fieldErrors = { ...serverErrors, ...requiredErrors };
  const derived = slugOf(values.nameEn.trim());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    if (!checkRequired()) return;
    const slug = values.slug.trim();
    const result = await create({ nameRu: values.nameRu, nameEn: values.nameEn, ...(slug ? { slug } : {}) });
    if (result.error) return;
    setCreated(result.data.name.ru);
    setValues(EMPTY);
  };

  return (
    <Card aria-labelledby="create-profession-title">
      <CardTitle id="create-profession-title">{t('admin.professions.create.title')}</CardTitle>
      <CardLead>{t('admin.professions.create.lead')}</CardLead>
      <Body ref={form} onSubmit={submit} noValidate aria-busy={isLoading}>
        {formError && <ErrorAlert>{formError}</ErrorAlert>}
        <FormRow>
          <Field label={t('admin.professions.nameRu')} error={fieldErrors.nameRu}>
            {(control) => <Input {...control} maxLength={PROFESSION_NAME_MAX} {...bind('nameRu')} />}
          </Field>
          <Field label={t('admin.professions.nameEn')} error={fieldErrors.nameEn}>
            {(control) => (
              <Input {...control} lang="en" maxLength={PROFESSION_NAME_MAX} {...bind('nameEn')} />
            )}
          </Field>
        </FormRow>
        <Field
          label={t('admin.professions.create.slug')}
          optional
          hint={
            derived
              ? t('admin.professions.create.slugHint', { slug: derived })
              : t('admin.professions.create.slugHintEmpty')
          }
          error={slugError ?? fieldErrors.slug}
        >
          {(control) => (
            <Input
              {...control}
              lang="en"
              autoCapitalize="none"
              spellCheck={false}
              maxLength={PROFESSION_SLUG_MAX}
              placeholder={derived || undefined}
              {...bind('slug')}
            />
          )}
        </Field>
        <FormActions>
          <Button type="submit" disabled={isLoading} aria-busy={isLoading}>
            {isLoading ? t('admin.professions.create.working') : t('admin.professions.create.submit')}
          </Button>
          <StatusMessage>{created && t('admin.professions.create.done', { name: created })}</StatusMessage>
        </FormActions>
      </Body>
    </Card>
  );
}
