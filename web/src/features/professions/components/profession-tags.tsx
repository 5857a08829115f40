import { TagList } from '../../../components/ui/tag-list.tsx';
import { useLanguage } from '../../../lib/i18n.ts';
import { useGetProfessionsQuery } from '../api/professions-api.ts';

/** The names of the given professions as tags; `empty` shows when none of them is known. */
export function ProfessionTags({ ids, empty }: { ids: string[]; empty: string }) {
  const language = useLanguage();
  const { data: professions = [] } = useGetProfessionsQuery();
  const chosen = professions.filter((profession) => ids.includes(profession.id));
  return (
    <TagList
      items={chosen.map((profession) => ({ key: profession.id, label: profession.name[language] }))}
      empty={empty}
    />
  );
}
