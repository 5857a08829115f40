import { Link } from 'react-router-dom';
import styled from 'styled-components';
import type { TAdminPerson } from '#contract/admin.ts';
import { paths } from '../../../config/paths.ts';

const Login = styled.span`
  color: ${({ theme }) => theme.colors.textMuted};
`;

/** A person on an admin page: their name, leading to their admin card, and their login. */
export function AdminPersonLink({ person }: { person: TAdminPerson }) {
  return (
    <span>
      <Link to={paths.adminUser.getHref(person.id)}>{person.displayName}</Link> <Login>@{person.login}</Login>
    </span>
  );
}
