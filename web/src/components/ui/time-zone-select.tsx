import { type ComponentProps, useMemo } from 'react';
import { useLanguage, useTranslation } from '../../lib/i18n.ts';
import { timeZoneOptions } from '../../lib/time.ts';
import { Select } from './field.tsx';
import '../../lib/words/account.ts';

type TimeZoneSelectProps = Omit<ComponentProps<typeof Select>, 'children' | 'value'> & { value: string };

/** Every zone of Russia first, by its Russian name and offset, then the world by region. */
export function TimeZoneSelect({ value, ...select }: TimeZoneSelectProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { russian, world } = useMemo(() => timeZoneOptions(language, value), [language, value]);
  const groups = [
    { label: t('settings.timeZoneRussia'), options: russian },
    ...world.map(({ region, options }) => ({ label: t(`settings.timeZoneRegions.${region}`), options })),
  ];
  return (
    <Select {...select} value={value}>
      {groups.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </optgroup>
      ))}
    </Select>
  );
}
