import { useId } from 'react';
import styled from 'styled-components';
import { Button } from '../../../components/ui/button.tsx';
import {
  ChoiceGroup,
  ChoiceHint,
  ChoiceLegend,
  ChoiceList,
  ChoiceTile,
} from '../../../components/ui/choice.tsx';
import { FieldError } from '../../../components/ui/field.tsx';
import { useLanguage, useTranslation } from '../../../lib/i18n.ts';
import { useGetProfessionsQuery } from '../api/professions-api.ts';

const Problem = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.sm};
  color: ${({ theme }) => theme.colors.danger};
`;

type ProfessionPickerProps = {
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
};

/** Checkboxes of the professions admins offer, in their order and the viewer's language. */
export function ProfessionPicker({ value, onChange, error }: ProfessionPickerProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data: professions, isLoading, isError, refetch } = useGetProfessionsQuery();
  const id = useId();
  const toggle = (id: string, checked: boolean) =>
    onChange(checked ? [...value, id] : value.filter((selected) => selected !== id));

  return (
    <ChoiceGroup aria-busy={isLoading} aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}>
      <ChoiceLegend>{t('professions.legend')}</ChoiceLegend>
      <ChoiceHint id={`${id}-hint`}>{t('professions.hint')}</ChoiceHint>
      {isError && (
        <Problem role="alert">
          {t('professions.unavailable')}
          <Button type="button" $variant="secondary" $size="sm" onClick={() => void refetch()}>
            {t('professions.retry')}
          </Button>
        </Problem>
      )}
      {isLoading && <ChoiceHint>{t('common.loading')}</ChoiceHint>}
      <ChoiceList>
        {professions?.map((profession) => (
          <ChoiceTile
            key={profession.id}
            type="checkbox"
            name="professionIds"
            value={profession.id}
            checked={value.includes(profession.id)}
            onChange={(event) => toggle(profession.id, event.target.checked)}
          >
            {profession.name[language]}
          </ChoiceTile>
        ))}
      </ChoiceList>
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
    </ChoiceGroup>
  );
}
