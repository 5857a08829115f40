import { type ComponentProps, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/ui/field.tsx';
import { useLanguage } from '../../../lib/i18n.ts';
import { timeZoneOptions } from '../../../lib/time.ts';

type TimeZoneSelectProps = Omit<ComponentProps<typeof Select>, 'children' | 'value'> & { value: string };

export function TimeZoneSelect({ value, ...select }: TimeZoneSelectProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { russian, other } = useMemo(() => timeZoneOptions(language, value), [language, value]);
  const groups = [
    { label: t('settings.timeZoneRussia'), options: russian },
    { label: t('settings.timeZoneOther'), options: other },
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
