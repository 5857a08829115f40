import { Link } from 'react-router-dom';
import type { TPerson } from '#contract/profiles.ts';
import { paths } from '../../config/paths.ts';

/** A person's name, leading to their public profile. */
export function PersonLink({ person, className }: { person: TPerson; className?: string }) {
  return (
    <Link className={className} to={paths.profile.getHref(person.login)}>
      {person.displayName}
    </Link>
  );
}
