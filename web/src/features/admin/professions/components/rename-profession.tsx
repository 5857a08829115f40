import { type FormEvent, useRef } from 'react';
import styled from 'styled-components';
import { PROFESSION_NAME_MAX } from '#contract/admin-professions.ts';
import { ErrorAlert } from '../../../../components/ui/alert.tsx';
import { Button } from '../../../../components/ui/button.tsx';
import { Field, Input } from '../../../../components/ui/field.tsx';
import { FormRow, useRequiredFields } from '../../../../components/ui/form.tsx';
import { useTranslation } from '../../../../lib/i18n.ts';
import { useFocusFirstInvalid, useFormProblem } from '../../../../lib/problem.ts';
import { useFormValues } from '../../../../lib/use-form-values.ts';
import { type AdminProfession, useUpdateProfessionMutation } from '../api/admin-professions-api.ts';

const FIELDS = ['nameRu', 'nameEn'] as const;

const Box = styled.form`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
  padding: ${({ theme }) => theme.space.md};
  border-radius: ${({ theme }) => theme.radii.md};
  background: ${({ theme }) => theme.colors.surfaceMuted};
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.sm};
`;

/** The names of a profession in both languages, edited in place; Escape or "Cancel" leaves them as they were. */
export function RenameProfession({
  profession,
  onDone,
}: {
  profession: AdminProfession;
  /** Called with whether the names were saved. */
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const { values, bind } = useFormValues({ nameRu: profession.name.ru, nameEn: profession.name.en });
  const [update, { error, isLoading }] = useUpdateProfessionMutation();
  const { formError, fieldErrors: serverErrors } = useFormProblem(error, FIELDS);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, error);
  const { requiredErrors, checkRequired } = useRequiredFields(form, values, FIELDS);
  const fieldErrors = { ...serverErrors, ...requiredErrors };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!checkRequired()) return;
    const result = await update({ id: profession.id, changes: values });
    if (!result.error) onDone(true);
  };

  return (
    <Box
      ref={form}
      onSubmit={submit}
      noValidate
      aria-busy={isLoading}
      aria-label={t('admin.professions.renameLabel', { name: profession.name.ru })}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone(false);
      }}
    >
      {formError && <ErrorAlert>{formError}</ErrorAlert>}
      <FormRow>
        <Field label={t('admin.professions.nameRu')} error={fieldErrors.nameRu}>
          {(control) => (
            // The admin asked to rename: the field they will type in takes the focus.
            <Input {...control} autoFocus maxLength={PROFESSION_NAME_MAX} {...bind('nameRu')} />
          )}
        </Field>
        <Field label={t('admin.professions.nameEn')} error={fieldErrors.nameEn}>
          {(control) => <Input {...control} lang="en" maxLength={PROFESSION_NAME_MAX} {...bind('nameEn')} />}
        </Field>
      </FormRow>
      <Actions>
        <Button type="submit" $size="sm" disabled={isLoading} aria-busy={isLoading}>
          {isLoading ? t('admin.professions.saving') : t('admin.common.save')}
        </Button>
        <Button type="button" $size="sm" $variant="secondary" onClick={() => onDone(false)}>
          {t('admin.common.cancel')}
        </Button>
      </Actions>
    </Box>
  );
}
