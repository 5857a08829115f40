import styled from 'styled-components';
import { useLanguage } from '../../../lib/i18n.ts';
import { useGetProfessionsQuery } from '../api/professions-api.ts';

const Tags = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.xs};
  margin: 0;
  padding: 0;
  list-style: none;
`;

const Tag = styled.li`
  padding: 2px ${({ theme }) => theme.space.sm};
  border-radius: ${({ theme }) => theme.radii.pill};
  background: ${({ theme }) => theme.colors.primarySoft};
  color: ${({ theme }) => theme.colors.primaryHover};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
`;

/** The names of the given professions as tags; `empty` shows when none of them is known. */
export function ProfessionTags({ ids, empty }: { ids: string[]; empty: string }) {
  const language = useLanguage();
  const { data: professions = [] } = useGetProfessionsQuery();
  const chosen = professions.filter((profession) => ids.includes(profession.id));
  if (chosen.length === 0) return <span>{empty}</span>;
  return (
    <Tags>
      {chosen.map((profession) => (
        <Tag key={profession.id}>{profession.name[language]}</Tag>
      ))}
    </Tags>
  );
}
