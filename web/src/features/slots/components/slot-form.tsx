import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import styled from 'styled-components';
import type { LocalizedName } from '#contract/common.ts';
import { LANGUAGES, type Language, LEVELS } from '#contract/enums.ts';
import { DEFAULT_DURATION, DURATIONS, MAX_AHEAD_MS, TEXT_LIMITS } from '#contract/rules.ts';
import { ErrorAlert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ChoiceGroup, ChoiceLegend, ChoiceList, ChoiceTile } from '../../../components/ui/choice.tsx';
import { Field, FieldError, Input, Select, TextArea } from '../../../components/ui/field.tsx';
import { Form, FormActions, FormRow } from '../../../components/ui/form.tsx';
import { useLanguage, useTranslation } from '../../../lib/i18n.ts';
import { useFocusFirstInvalid, useFormProblem } from '../../../lib/problem.ts';
import { addDays, DAY_MS, wallTimeToInstant, zonedWallTime } from '../../../lib/time.ts';
import { useFormValues } from '../../../lib/use-form-values.ts';
import { useNow } from '../../../lib/use-now.ts';
import { useTimeFormat } from '../../../lib/use-time-format.ts';
import { useViewer } from '../../../lib/viewer.ts';
import {
  type EditSlotInput,
  type PublishSlotInput,
  type SlotDetails,
  useEditSlotMutation,
  usePublishSlotMutation,
} from '../api/slots-api.ts';
import type { EditMode } from '../slot-rules.ts';
import { Note } from './slot-action.tsx';
import '../../../lib/words/slot-page.ts';

const FIELDS = [
  'professionId',
  'startsAt',
  'durationMinutes',
  'meetingUrl',
  'level',
  'language',
  'description',
] as const;
/** The contract's limit on the start, in the days the date input counts. */
const MAX_DAYS_AHEAD = MAX_AHEAD_MS / DAY_MS;

/** A fieldset that only groups: a booked slot disables its locked fields in one go, a running one hides them. */
const Group = styled.fieldset`
  display: grid;
  gap: ${({ theme }) => theme.space.lg};
  min-width: 0;
  margin: 0;
  padding: 0;
  border: 0;

  &[hidden] {
    display: none;
  }
`;

const StartControls = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
  gap: ${({ theme }) => theme.space.sm};
`;

const SubLabel = styled.label`
  display: grid;
  gap: 2px;
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

const Hint = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

type SlotFormProps = {
  /** The professions admins offer, in their order. */
  professions: { id: string; name: LocalizedName }[];
  /** Editing: the slot as it is now. Without it the form publishes a new slot. */
  slot?: SlotDetails | undefined;
  /**
   * What may change (slot-rules editMode): everything; a booked slot's link and topics, its other fields
   * shown locked; or, while the interview runs, the link alone, shown alone (it is changed in a hurry, often
   * on a phone).
   */
  mode?: EditMode;
  onSaved: (slot: SlotDetails) => void;
  /** Beside the submit button: the way back when editing. */
  secondaryAction?: ReactNode;
};

/**
 * Publishing and editing a slot. The start is typed as a day and a time of the viewer's zone and sent as the
 * UTC moment it names; the server's field errors appear beside their fields.
 */
export function SlotForm({ professions, slot, mode = 'full', onSaved, secondaryAction }: SlotFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { me } = useViewer();
  const { timeZone, zoneLabel } = useTimeFormat();
  const now = useNow();
  const id = useId();
  const start = slot ? zonedWallTime(slot.startsAt, timeZone) : { date: '', time: '' };
  const defaultProfession =
    professions.find((profession) => me?.professionIds.includes(profession.id))?.id ??
    professions[0]?.id ??
    '';
  const { values, bind } = useFormValues({
    professionId: slot?.profession.id ?? defaultProfession,
    date: start.date,
    time: start.time,
    durationMinutes: String(slot?.durationMinutes ?? DEFAULT_DURATION),
    level: slot?.level ?? '',
    meetingUrl: slot?.meetingUrl ?? '',
    description: slot?.description ?? '',
  });
  const [slotLanguage, setSlotLanguage] = useState<Language>(slot?.language ?? 'ru');
  const [missing, setMissing] = useState<Partial<Record<'startsAt' | 'meetingUrl', string>>>({});
  const [publish, publishState] = usePublishSlotMutation();
  const [edit, editState] = useEditSlotMutation();
  const { error, isLoading, reset } = slot ? editState : publishState;
  const problem = useFormProblem(error, FIELDS);
  const fieldErrors = { ...problem.fieldErrors, ...missing };
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, Object.keys(missing).length > 0 ? missing : error);

  // An archived profession is no longer offered, but a slot that has it keeps showing it.
  const options =
    slot && !professions.some((profession) => profession.id === slot.profession.id)
      ? [slot.profession, ...professions]
      : professions;
  const today = zonedWallTime(now, timeZone).date;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const startsAt = wallTimeToInstant({ date: values.date, time: values.time }, timeZone)?.toISOString();
    const meetingUrl = values.meetingUrl.trim();
    const required = t('errors.required');
    const absent = {
      ...(startsAt || mode !== 'full' ? {} : { startsAt: required }),
      ...(meetingUrl ? {} : { meetingUrl: required }),
    };
    setMissing(absent);
    if (Object.keys(absent).length > 0 || !startsAt) {
      reset();
      return;
    }
    const fields: PublishSlotInput = {
      professionId: values.professionId,
      startsAt,
      durationMinutes: Number(values.durationMinutes),
      meetingUrl,
      level: LEVELS.find((item) => item === values.level) ?? null,
      language: slotLanguage,
      description: values.description,
    };
    const changes: EditSlotInput = {
      full: fields,
      linkAndTopics: { meetingUrl, description: values.description },
      link: { meetingUrl },
    }[mode];
    const result = slot ? await edit({ id: slot.id, changes }) : await publish(fields);
    if (result.data) onSaved(result.data);
  };

  const startIds = {
    hint: `${id}-start-hint`,
    error: `${id}-start-error`,
  };
  const startDescribedBy = fieldErrors.startsAt ? `${startIds.hint} ${startIds.error}` : startIds.hint;

  return (
    <Form ref={form} onSubmit={submit} noValidate aria-busy={isLoading}>
      {problem.formError && <ErrorAlert>{problem.formError}</ErrorAlert>}
      {mode === 'linkAndTopics' && <Note>{t('slotForm.bookedNote')}</Note>}
      {mode === 'link' && <Note>{t('slotForm.runningNote')}</Note>}
      <Group disabled={mode !== 'full'} hidden={mode === 'link'}>
        <Field label={t('slotForm.profession')} error={fieldErrors.professionId}>
          {(control) => (
            <Select {...control} {...bind('professionId')}>
              {options.map((profession) => (
                <option key={profession.id} value={profession.id}>
                  {profession.name[language]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <ChoiceGroup>
          <ChoiceLegend>{t('slotForm.start')}</ChoiceLegend>
          <Hint id={startIds.hint}>{t('slotForm.startHint', { zone: zoneLabel })}</Hint>
          <StartControls>
            <SubLabel>
              {t('slotForm.date')}
              <Input
                type="date"
                min={today}
                max={addDays(today, MAX_DAYS_AHEAD)}
                aria-describedby={startDescribedBy}
                aria-invalid={fieldErrors.startsAt ? true : undefined}
                {...bind('date')}
              />
            </SubLabel>
            <SubLabel>
              {t('slotForm.time')}
              <Input
                type="time"
                step={300}
                aria-describedby={startDescribedBy}
                aria-invalid={fieldErrors.startsAt ? true : undefined}
                {...bind('time')}
              />
            </SubLabel>
          </StartControls>
          {fieldErrors.startsAt && <FieldError id={startIds.error}>{fieldErrors.startsAt}</FieldError>}
        </ChoiceGroup>
        <FormRow>
          <Field label={t('slotForm.duration')} error={fieldErrors.durationMinutes}>
            {(control) => (
              <Select {...control} {...bind('durationMinutes')}>
                {DURATIONS.map((minutes) => (
                  <option key={minutes} value={minutes}>
                    {t('common.minutes', { count: minutes })}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t('slotForm.level')} error={fieldErrors.level}>
            {(control) => (
              <Select {...control} {...bind('level')}>
                <option value="">{t('slotForm.anyLevel')}</option>
                {LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {t(`levels.${level}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </FormRow>
        <ChoiceGroup>
          <ChoiceLegend>{t('slotForm.language')}</ChoiceLegend>
          <ChoiceList>
            {LANGUAGES.map((choice) => (
              <ChoiceTile
                key={choice}
                type="radio"
                name="language"
                value={choice}
                checked={slotLanguage === choice}
                onChange={() => setSlotLanguage(choice)}
              >
                {t(`exchange.languages.${choice}`)}
              </ChoiceTile>
            ))}
          </ChoiceList>
          {fieldErrors.language && <FieldError>{fieldErrors.language}</FieldError>}
        </ChoiceGroup>
      </Group>
      <Field
        label={t('slotForm.meetingUrl')}
        hint={t('slotForm.meetingUrlHint')}
        error={fieldErrors.meetingUrl}
      >
        {(control) => (
          <Input
            {...control}
            type="url"
            inputMode="url"
            autoComplete="url"
            placeholder="https://"
            spellCheck={false}
            {...bind('meetingUrl')}
          />
        )}
      </Field>
      {mode !== 'link' && (
        <Field
          label={t('slotForm.description')}
          hint={t('slotForm.descriptionHint')}
          error={fieldErrors.description}
          optional
        >
          {(control) => (
            <TextArea {...control} rows={4} maxLength={TEXT_LIMITS.description} {...bind('description')} />
          )}
        </Field>
      )}
      <FormActions>
        <Button type="submit" disabled={isLoading} aria-busy={isLoading}>
          {slot
            ? isLoading
              ? t('slotForm.saving')
              : t('slotForm.save')
            : isLoading
              ? t('slotForm.publishing')
              : t('slotForm.publish')}
        </Button>
        {secondaryAction}
      </FormActions>
    </Form>
  );
}
