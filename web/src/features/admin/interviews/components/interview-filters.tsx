import type { LocalizedName } from '#contract/common.ts';
import { SLOT_STATUSES } from '#contract/enums.ts';
import { Field, Select } from '../../../../components/ui/field.tsx';
import { useLanguage, useTranslation } from '../../../../lib/i18n.ts';
import { DayRangeFilter, FilterPanel, FilterText, WideFilter } from '../../components/filter-panel.tsx';
import type { InterviewFilters as Filters } from '../interview-filters.ts';

type Profession = { id: string; name: LocalizedName; archivedAt: string | null };

/** Status, profession, participant and the start's days; each applies as soon as it is chosen or typed. */
export function InterviewFilters({
  value,
  onChange,
  onReset,
  professions,
}: {
  value: Filters;
  onChange: (value: Filters) => void;
  onReset: (() => void) | undefined;
  /** Every profession, archived ones too: old interviews keep theirs. */
  professions: Profession[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const set = <K extends keyof Filters>(key: K, next: Filters[K]) => onChange({ ...value, [key]: next });
  return (
    <FilterPanel
      label={t('admin.interviews.filters')}
      resetLabel={t('admin.interviews.reset')}
      onReset={onReset}
    >
      <WideFilter>
        <Field label={t('admin.interviews.person')}>
          {(control) => (
            <FilterText
              {...control}
              spellCheck={false}
              value={value.person}
              onCommit={(next) => set('person', next)}
            />
          )}
        </Field>
      </WideFilter>
      <Field label={t('admin.interviews.status')}>
        {(control) => (
          <Select
            {...control}
            value={value.status}
            onChange={(event) => set('status', SLOT_STATUSES.find((s) => s === event.target.value) ?? '')}
          >
            <option value="">{t('admin.common.all')}</option>
            {SLOT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`admin.interviews.statuses.${status}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={t('admin.interviews.profession')}>
        {(control) => (
          <Select
            {...control}
            value={value.professionId}
            onChange={(event) => set('professionId', event.target.value)}
          >
            <option value="">{t('admin.common.all')}</option>
            {professions.map((profession) => (
              <option key={profession.id} value={profession.id}>
                {profession.archivedAt
                  ? t('admin.interviews.archivedProfession', { name: profession.name[language] })
                  : profession.name[language]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <DayRangeFilter
        labels={{ from: t('admin.interviews.from'), to: t('admin.interviews.to') }}
        from={value.from}
        to={value.to}
        onChange={set}
      />
    </FilterPanel>
  );
}
