import { useId } from 'react';
import styled from 'styled-components';
import type { LocalizedName } from '#contract/common.ts';
import { FieldError, Input, Select } from '../../../../components/ui/field.tsx';
import { FilterControl } from '../../../../components/ui/form.tsx';
import { Segmented } from '../../../../components/ui/segmented.tsx';
import { useLanguage, useTranslation } from '../../../../lib/i18n.ts';
import {
  DAY,
  type DashboardFilters as Filters,
  PRESETS,
  presetRange,
  type RangeChoice,
} from '../dashboard-view.ts';

const Panel = styled.form`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
  padding: ${({ theme }) => theme.space.md};
  border: 1px solid ${({ theme }) => theme.colors.border};
  border-radius: ${({ theme }) => theme.radii.lg};
  background: ${({ theme }) => theme.colors.surface};

  ${({ theme }) => theme.media.lg} {
    grid-template-columns: minmax(0, 1.4fr) minmax(0, 1fr);
    align-items: end;
  }
`;

const Row = styled.div`
  display: grid;
  grid-template-columns: repeat(2, minmax(0, 1fr));
  gap: ${({ theme }) => theme.space.sm};
  align-items: start;
`;

const Wide = styled.div`
  grid-column: 1 / -1;
`;

type DashboardFiltersProps = {
  value: Filters;
  onChange: (value: Filters) => void;
  /** Today as a Moscow day: what the presets count back from. */
  today: string;
  professions: { id: string; name: LocalizedName }[];
  /** Why the custom dates cannot be shown, if they cannot. */
  problem: 'date_range_reversed' | 'date_range_too_long' | null;
};

/**
 * The period (a preset, or two dates of one's own) and the profession; each change applies at once and goes
 * into the address. Choosing "custom" starts from the dates shown, so only what differs needs typing.
 */
export function DashboardFilters({ value, onChange, today, professions, problem }: DashboardFiltersProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  // A date input says '' while it is cleared: the dates shown stay until another whole date is typed.
  const setDay = (key: 'from' | 'to', day: string) => {
    if (DAY.test(day)) onChange({ ...value, [key]: day });
  };
  const choose = (range: RangeChoice) =>
    onChange(range === 'custom' ? { ...value, range } : { ...value, range, ...presetRange(range, today) });
  const problemText =
    problem === 'date_range_reversed'
      ? t('admin.dashboard.rangeReversed')
      : problem === 'date_range_too_long'
        ? t('admin.dashboard.rangeTooLong')
        : null;
  return (
    <Panel aria-label={t('admin.dashboard.filters')} onSubmit={(event) => event.preventDefault()}>
      <Segmented
        legend={t('admin.dashboard.period')}
        options={[...PRESETS, 'custom' as const].map((range) => ({
          value: range,
          label: t(`admin.dashboard.presets.${range}`),
        }))}
        value={value.range}
        onChange={choose}
      />
      <Row>
        {value.range === 'custom' && (
          <>
            <FilterControl>
              <label htmlFor={`${id}-from`}>{t('admin.dashboard.from')}</label>
              <Input
                id={`${id}-from`}
                type="date"
                value={value.from}
                onChange={(event) => setDay('from', event.target.value)}
                aria-invalid={problemText ? true : undefined}
                aria-describedby={problemText ? `${id}-problem` : undefined}
              />
            </FilterControl>
            <FilterControl>
              <label htmlFor={`${id}-to`}>{t('admin.dashboard.to')}</label>
              <Input
                id={`${id}-to`}
                type="date"
                value={value.to}
                onChange={(event) => setDay('to', event.target.value)}
                aria-invalid={problemText ? true : undefined}
                aria-describedby={problemText ? `${id}-problem` : undefined}
              />
            </FilterControl>
            {problemText && (
              <Wide>
                <FieldError id={`${id}-problem`} role="alert">
                  {problemText}
                </FieldError>
              </Wide>
            )}
          </>
        )}
        <Wide>
          <FilterControl>
            <label htmlFor={`${id}-profession`}>{t('admin.dashboard.profession')}</label>
            <Select
              id={`${id}-profession`}
              value={value.professionId}
              onChange={(event) => onChange({ ...value, professionId: event.target.value })}
            >
              <option value="">{t('admin.dashboard.allProfessions')}</option>
              {professions.map((profession) => (
                <option key={profession.id} value={profession.id}>
                  {profession.name[language]}
                </option>
              ))}
            </Select>
          </FilterControl>
        </Wide>
      </Row>
    </Panel>
  );
}
