import type { SerializedError } from '@reduxjs/toolkit';
import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import styled from 'styled-components';
import { HIRE_RECOMMENDATIONS } from '#contract/enums.ts';
import type { ErrorCode } from '#contract/errors.ts';
import { FEEDBACK_TEXT_MAX } from '#contract/rules.ts';
import { ErrorAlert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ChoiceGroup, ChoiceLegend, ChoiceList, ChoiceTile } from '../../../components/ui/choice.tsx';
import { CountedTextArea } from '../../../components/ui/counted-text-area.tsx';
import { Field, FieldError } from '../../../components/ui/field.tsx';
import { Form, FormActions } from '../../../components/ui/form.tsx';
import type { ApiError } from '../../../lib/api-base-query.ts';
import { useTranslation } from '../../../lib/i18n.ts';
import { useFocusFirstInvalid, useFormProblem } from '../../../lib/problem.ts';
import {
  type FeedbackState,
  useWriteAssessmentMutation,
  useWriteReviewMutation,
} from '../api/feedback-api.ts';
import {
  ASSESSMENT_CRITERIA,
  ASSESSMENT_REQUIRED,
  assessmentBody,
  assessmentValues,
  REVIEW_CRITERIA,
  REVIEW_REQUIRED,
  reviewBody,
  reviewValues,
  unanswered,
} from '../feedback-rules.ts';
import { ScoreField } from './score-field.tsx';

const Scale = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

/** The optional criteria, set apart so it is plain that they may be skipped. */
const Optional = styled.fieldset`
  display: grid;
  gap: ${({ theme }) => theme.space.lg};
  min-width: 0;
  margin: 0;
  padding: ${({ theme }) => theme.space.md};
  border: 1px dashed ${({ theme }) => theme.colors.border};
  border-radius: ${({ theme }) => theme.radii.md};

  legend {
    padding: 0 ${({ theme }) => theme.space.xs};
    color: ${({ theme }) => theme.colors.textMuted};
    font-size: ${({ theme }) => theme.fontSizes.sm};
    font-weight: ${({ theme }) => theme.fontWeights.medium};
  }
`;

type FeedbackFormProps = {
  slotId: string;
  state: FeedbackState;
  /** After the server took it: `sent` the first time, `saved` after an edit. */
  onDone: (result: 'sent' | 'saved') => void;
  /**
   * A first submit refused because this feedback was given meanwhile (another tab): the form stays, with
   * what was typed, and saves as an edit next time.
   */
  onGivenElsewhere: () => void;
  /** Editing: back to the feedback as saved. */
  onCancel?: (() => void) | undefined;
};

/** The viewer's feedback on the interview: the candidate reviews the interviewer, the interviewer assesses the candidate. */
export function FeedbackForm(props: FeedbackFormProps) {
  return props.state.myRole === 'candidate' ? <ReviewForm {...props} /> : <AssessmentForm {...props} />;
}

type Outcome = { data?: FeedbackState; error?: ApiError | SerializedError };

const isRefusal = (error: Outcome['error'], code: ErrorCode) =>
  error !== undefined && 'problem' in error && error.problem?.code === code;

/**
 * What both forms share: values kept in the component, the required choices checked before sending (the rest
 * is the server's word, shown beside its field), a first submit that creates and later ones that edit, focus
 * on the first field to fix.
 */
function useFeedbackForm<V extends Record<string, unknown>, F extends keyof V & string, S, B>({
  slotId,
  saved,
  valuesOf,
  fields,
  required,
  toBody,
  mutation: [write, request],
  onDone,
  onGivenElsewhere,
  onCancel,
}: Omit<FeedbackFormProps, 'state'> & {
  /** The feedback as saved, or null the first time. */
  saved: S | null;
  valuesOf: (saved: S | null) => V;
  fields: readonly F[];
  required: readonly F[];
  toBody: (values: V) => B | null;
  mutation: readonly [
    (write: { slotId: string; body: B; edit: boolean }) => Promise<Outcome>,
    { error?: ApiError | SerializedError | undefined; isLoading: boolean; reset: () => void },
  ];
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => valuesOf(saved));
  const [missing, setMissing] = useState<Partial<Record<F, string>>>({});
  const problem = useFormProblem(request.error, fields);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, Object.keys(missing).length > 0 ? missing : request.error);
  const set =
    <K extends F>(field: K) =>
    (value: V[K]) => {
      setValues((previous) => ({ ...previous, [field]: value }));
      // A choice made answers "choose one" at once; the server's words wait for the next submit.
      setMissing((previous) => {
        const next = { ...previous };
        delete next[field];
        return next;
      });
    };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const absent: Partial<Record<F, string>> = {};
    for (const field of unanswered(values, required)) absent[field] = t('feedback.choose');
    setMissing(absent);
    const body = toBody(values);
    if (!body) {
      request.reset();
      return;
    }
    const edit = saved !== null;
    const outcome = await write({ slotId, body, edit });
    if (outcome.data) onDone(edit ? 'saved' : 'sent');
    else if (isRefusal(outcome.error, 'feedback_exists')) onGivenElsewhere();
  };
  const frame = {
    form,
    submit,
    formError: problem.formError,
    busy: request.isLoading,
    edit: saved !== null,
    onCancel,
  };
  return { values, set, errors: { ...problem.fieldErrors, ...missing }, frame };
}

function FormFrame({
  form,
  submit,
  formError,
  busy,
  edit,
  onCancel,
  children,
}: ReturnType<typeof useFeedbackForm>['frame'] & { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Form ref={form} onSubmit={submit} noValidate aria-busy={busy} data-testid="feedback-form">
      {formError && <ErrorAlert>{formError}</ErrorAlert>}
      <Scale>{t('scores.scale')}</Scale>
      {children}
      <FormActions>
        <Button type="submit" disabled={busy} aria-busy={busy}>
          {busy ? t('feedback.sending') : edit ? t('feedback.save') : t('feedback.send')}
        </Button>
        {onCancel && (
          <Button type="button" $variant="secondary" onClick={onCancel}>
            {t('feedback.cancelEdit')}
          </Button>
        )}
      </FormActions>
    </Form>
  );
}

const REVIEW_FIELDS = ['rating', ...REVIEW_CRITERIA, 'comment'] as const;

function ReviewForm({ state, ...props }: FeedbackFormProps) {
  const { t } = useTranslation();
  const { values, set, errors, frame } = useFeedbackForm({
    ...props,
    saved: state.mine?.kind === 'review' ? state.mine.review : null,
    valuesOf: reviewValues,
    fields: REVIEW_FIELDS,
    required: REVIEW_REQUIRED,
    toBody: reviewBody,
    mutation: useWriteReviewMutation(),
  });
  return (
    <FormFrame {...frame}>
      <ScoreField
        legend={t('feedback.criteria.rating')}
        value={values.rating}
        onChange={set('rating')}
        error={errors.rating}
      />
      <Optional>
        <legend>{t('feedback.details')}</legend>
        {REVIEW_CRITERIA.map((criterion) => (
          <ScoreField
            key={criterion}
            legend={t(`feedback.criteria.${criterion}`)}
            optional
            value={values[criterion]}
            onChange={set(criterion)}
            error={errors[criterion]}
          />
        ))}
      </Optional>
      <Field label={t('feedback.comment')} hint={t('feedback.commentHint')} error={errors.comment} optional>
        {(control) => (
          <CountedTextArea
            {...control}
            rows={4}
            max={FEEDBACK_TEXT_MAX}
            value={values.comment}
            onChange={(event) => set('comment')(event.target.value)}
          />
        )}
      </Field>
    </FormFrame>
  );
}

const ASSESSMENT_FIELDS = [...ASSESSMENT_REQUIRED, 'strengths', 'improvements'] as const;

function AssessmentForm({ state, ...props }: FeedbackFormProps) {
  const { t } = useTranslation();
  const recommendationError = useId();
  const { values, set, errors, frame } = useFeedbackForm({
    ...props,
    saved: state.mine?.kind === 'assessment' ? state.mine.assessment : null,
    valuesOf: assessmentValues,
    fields: ASSESSMENT_FIELDS,
    required: ASSESSMENT_REQUIRED,
    toBody: assessmentBody,
    mutation: useWriteAssessmentMutation(),
  });
  return (
    <FormFrame {...frame}>
      {ASSESSMENT_CRITERIA.map((criterion) => (
        <ScoreField
          key={criterion}
          legend={t(`feedback.criteria.${criterion}`)}
          value={values[criterion]}
          onChange={set(criterion)}
          error={errors[criterion]}
        />
      ))}
      <ChoiceGroup aria-describedby={errors.recommendation ? recommendationError : undefined}>
        <ChoiceLegend>{t('feedback.recommendation')}</ChoiceLegend>
        <ChoiceList>
          {HIRE_RECOMMENDATIONS.map((choice) => (
            <ChoiceTile
              key={choice}
              type="radio"
              name="recommendation"
              value={choice}
              checked={values.recommendation === choice}
              onChange={() => set('recommendation')(choice)}
              aria-invalid={errors.recommendation ? true : undefined}
            >
              {t(`feedback.recommendations.${choice}`)}
            </ChoiceTile>
          ))}
        </ChoiceList>
        {errors.recommendation && <FieldError id={recommendationError}>{errors.recommendation}</FieldError>}
      </ChoiceGroup>
      {(['strengths', 'improvements'] as const).map((field) => (
        <Field
          key={field}
          label={t(`feedback.${field}`)}
          hint={t(`feedback.${field}Hint`)}
          error={errors[field]}
          optional
        >
          {(control) => (
            <CountedTextArea
              {...control}
              rows={3}
              max={FEEDBACK_TEXT_MAX}
              value={values[field]}
              onChange={(event) => set(field)(event.target.value)}
            />
          )}
        </Field>
      ))}
    </FormFrame>
  );
}
