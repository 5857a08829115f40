import { AUDIT_ACTIONS } from '#contract/admin.ts';
import { Field, Select } from '../../../../components/ui/field.tsx';
import { useTranslation } from '../../../../lib/i18n.ts';
import { DayRangeFilter, FilterPanel, FilterText, WideFilter } from '../../components/filter-panel.tsx';
import type { AuditFilters as Filters } from '../audit-filters.ts';
import { AUDIT_ACTION_KEYS } from '../audit-text.ts';

/** The admin, the action, the user acted on and the days; each applies as soon as it is chosen or typed. */
export function AuditFilters({
  value,
  onChange,
  onReset,
}: {
  value: Filters;
  onChange: (value: Filters) => void;
  onReset: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof Filters>(key: K, next: Filters[K]) => onChange({ ...value, [key]: next });
  return (
    <FilterPanel label={t('admin.audit.filters')} resetLabel={t('admin.audit.reset')} onReset={onReset}>
      <WideFilter>
        <Field label={t('admin.audit.actor')}>
          {(control) => (
            <FilterText
              {...control}
              autoCapitalize="none"
              spellCheck={false}
              value={value.actor}
              onCommit={(next) => set('actor', next)}
            />
          )}
        </Field>
      </WideFilter>
      <WideFilter>
        <Field label={t('admin.audit.action')}>
          {(control) => (
            <Select
              {...control}
              value={value.action}
              onChange={(event) => set('action', AUDIT_ACTIONS.find((a) => a === event.target.value) ?? '')}
            >
              <option value="">{t('admin.common.all')}</option>
              {AUDIT_ACTIONS.map((action) => (
                <option key={action} value={action}>
                  {t(AUDIT_ACTION_KEYS[action])}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </WideFilter>
      <WideFilter>
        <Field label={t('admin.audit.target')}>
          {(control) => (
            <FilterText
              {...control}
              autoCapitalize="none"
              spellCheck={false}
              value={value.target}
              onCommit={(next) => set('target', next)}
            />
          )}
        </Field>
      </WideFilter>
      <DayRangeFilter
        labels={{ from: t('admin.audit.from'), to: t('admin.audit.to') }}
        from={value.from}
        to={value.to}
        onChange={set}
      />
    </FilterPanel>
  );
}
