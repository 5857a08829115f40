import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { LEVELS } from '#contract/enums.ts';
import type { TMe } from '#contract/me.ts';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ChoiceGroup, ChoiceLegend, ChoiceList, ChoiceTile } from '../../../components/ui/choice.tsx';
import { Field, FieldError, Input, TextArea } from '../../../components/ui/field.tsx';
import { Form, FormActions, FormRow, useRequiredFields } from '../../../components/ui/form.tsx';
import { TimeZoneSelect } from '../../../components/ui/time-zone-select.tsx';
import { useTranslation } from '../../../lib/i18n.ts';
import { useFocusFirstInvalid, useFormProblem } from '../../../lib/problem.ts';
import { useFormValues } from '../../../lib/use-form-values.ts';
import { type ProfileChanges, useUpdateProfileMutation } from '../api/profile-api.ts';
import '../../../lib/words/account.ts';

const REQUIRED = ['displayName'] as const;
const FIELDS = ['displayName', 'bio', 'contacts', 'timeZone', 'level', 'professionIds'] as const;
const LEVEL_CHOICES = ['none', ...LEVELS] as const;

type LevelChoice = (typeof LEVEL_CHOICES)[number];

export type ProfessionsField = (props: {
  value: string[];
  onChange: (ids: string[]) => void;
  error: string | undefined;
}) => ReactNode;

type ProfileFormProps = {
  me: TMe;
  /** The professions picker, supplied by the page so this feature does not depend on another. */
  professionsField: ProfessionsField;
};

export function ProfileForm({ me, professionsField }: ProfileFormProps) {
  const { t } = useTranslation();
  const { values, bind } = useFormValues({
    displayName: me.displayName,
    bio: me.bio,
    contacts: me.contacts,
    timeZone: me.timeZone,
  });
  const [level, setLevel] = useState<LevelChoice>(me.level ?? 'none');
  const [professionIds, setProfessionIds] = useState(me.professionIds);
  const [updateProfile, { error, isLoading, isSuccess, originalArgs }] = useUpdateProfileMutation();
  const { formError, fieldErrors: serverErrors } = useFormProblem(error, FIELDS);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, error);
  const { requiredErrors, checkRequired } = useRequiredFields(form, values, REQUIRED);
  const fieldErrors = { ...serverErrors, ...requiredErrors };

  const changes: ProfileChanges = { ...values, level: level === 'none' ? null : level, professionIds };
  // "Saved" stays only while the form still shows what was saved.
  const saved = isSuccess && JSON.stringify(originalArgs) === JSON.stringify(changes);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (checkRequired()) void updateProfile(changes);
  };

  return (
    <Form ref={form} onSubmit={submit} noValidate aria-busy={isLoading}>
      {formError && <ErrorAlert>{formError}</ErrorAlert>}
      <FormRow>
        <Field
          label={t('settings.displayName')}
          hint={t('settings.displayNameHint')}
          error={fieldErrors.displayName}
        >
          {(control) => <Input {...control} autoComplete="nickname" {...bind('displayName')} />}
        </Field>
        <Field
          label={t('settings.contacts')}
          hint={t('settings.contactsHint')}
          error={fieldErrors.contacts}
          optional
        >
          {(control) => <Input {...control} {...bind('contacts')} />}
        </Field>
      </FormRow>
      <Field label={t('settings.bio')} hint={t('settings.bioHint')} error={fieldErrors.bio} optional>
        {(control) => <TextArea {...control} rows={4} {...bind('bio')} />}
      </Field>
      <Field label={t('settings.timeZone')} hint={t('settings.timeZoneHint')} error={fieldErrors.timeZone}>
        {(control) => <TimeZoneSelect {...control} {...bind('timeZone')} />}
      </Field>
      <ChoiceGroup>
        <ChoiceLegend>{t('settings.level')}</ChoiceLegend>
        <ChoiceList>
          {LEVEL_CHOICES.map((choice) => (
            <ChoiceTile
              key={choice}
              type="radio"
              name="level"
              value={choice}
              checked={level === choice}
              onChange={() => setLevel(choice)}
            >
              {t(`levels.${choice}`)}
            </ChoiceTile>
          ))}
        </ChoiceList>
        {fieldErrors.level && <FieldError>{fieldErrors.level}</FieldError>}
      </ChoiceGroup>
      {professionsField({
        value: professionIds,
        onChange: setProfessionIds,
        error: fieldErrors.professionIds,
      })}
      <FormActions>
        <Button type="submit" disabled={isLoading} aria-busy={isLoading}>
          {isLoading ? t('settings.saving') : t('settings.save')}
        </Button>
        <StatusMessage>{saved && t('settings.saved')}</StatusMessage>
      </FormActions>
    </Form>
  );
}
