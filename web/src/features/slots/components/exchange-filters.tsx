import { useId } from 'react';
import styled from 'styled-components';
import type { LocalizedName } from '#contract/common.ts';
import { LANGUAGES, LEVELS } from '#contract/enums.ts';
import { Input, Select } from '../../../components/ui/field.tsx';
import { FilterControl } from '../../../components/ui/form.tsx';
import { useLanguage, useTranslation } from '../../../lib/i18n.ts';
import type { ExchangeFilters as Filters } from '../slot-rules.ts';

const Panel = styled.form`
  display: grid;
  grid-template-columns: repeat(2, minmax(0, 1fr));
  gap: ${({ theme }) => theme.space.sm};
  align-items: end;
  padding: ${({ theme }) => theme.space.md};
  border: 1px solid ${({ theme }) => theme.colors.border};
  border-radius: ${({ theme }) => theme.radii.lg};
  background: ${({ theme }) => theme.colors.surface};

  ${({ theme }) => theme.media.lg} {
    grid-template-columns: minmax(0, 1.6fr) repeat(4, minmax(0, 1fr));
    gap: ${({ theme }) => theme.space.md};
  }
`;

const Wide = styled.div`
  grid-column: 1 / -1;

  ${({ theme }) => theme.media.lg} {
    grid-column: auto;
  }
`;

type ExchangeFiltersProps = {
  value: Filters;
  onChange: (value: Filters) => void;
  /** The professions admins offer, in their order. */
  professions: { id: string; name: LocalizedName }[];
  /** Whether "my professions" is a choice: the viewer is signed in and picked some in the profile. */
  offerMine: boolean;
};

/** Profession, day range, level and language; each change applies at once. */
export function ExchangeFilters({ value, onChange, professions, offerMine }: ExchangeFiltersProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const set = <K extends keyof Filters>(key: K, next: Filters[K]) => onChange({ ...value, [key]: next });
  return (
    <Panel aria-label={t('exchange.filters')} role="search" onSubmit={(event) => event.preventDefault()}>
      <Wide>
        <FilterControl>
          <label htmlFor={`${id}-professions`}>{t('exchange.profession')}</label>
          <Select
            id={`${id}-professions`}
            value={value.professions}
            onChange={(event) => set('professions', event.target.value)}
          >
            {offerMine && <option value="mine">{t('exchange.mine')}</option>}
            <option value="all">{t('exchange.all')}</option>
            {professions.map((profession) => (
              <option key={profession.id} value={profession.id}>
                {profession.name[language]}
              </option>
            ))}
          </Select>
        </FilterControl>
      </Wide>
      <FilterControl>
        <label htmlFor={`${id}-from`}>{t('exchange.from')}</label>
        <Input
          id={`${id}-from`}
          type="date"
          value={value.from}
          max={value.to || undefined}
          onChange={(event) => set('from', event.target.value)}
        />
      </FilterControl>
      <FilterControl>
        <label htmlFor={`${id}-to`}>{t('exchange.to')}</label>
        <Input
          id={`${id}-to`}
          type="date"
          value={value.to}
          min={value.from || undefined}
          onChange={(event) => set('to', event.target.value)}
        />
      </FilterControl>
      <FilterControl>
        <label htmlFor={`${id}-level`}>{t('exchange.level')}</label>
        <Select
          id={`${id}-level`}
          value={value.level}
          onChange={(event) => set('level', LEVELS.find((level) => level === event.target.value) ?? '')}
        >
          <option value="">{t('exchange.anyLevel')}</option>
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(`levels.${level}`)}
            </option>
          ))}
        </Select>
      </FilterControl>
      <FilterControl>
        <label htmlFor={`${id}-language`}>{t('exchange.language')}</label>
        <Select
          id={`${id}-language`}
          value={value.language}
          onChange={(event) => set('language', LANGUAGES.find((item) => item === event.target.value) ?? '')}
        >
          <option value="">{t('exchange.anyLanguage')}</option>
          {LANGUAGES.map((item) => (
            <option key={item} value={item}>
              {t(`exchange.languages.${item}`)}
            </option>
          ))}
        </Select>
      </FilterControl>
    </Panel>
  );
}
