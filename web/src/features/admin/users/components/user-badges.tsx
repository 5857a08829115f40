import { Badge, BadgeList } from '../../../../components/ui/badge.tsx';
import { useTranslation } from '../../../../lib/i18n.ts';
import type { AdminUserSummary } from '../api/admin-users-api.ts';

/** The person's role and status at a glance: admins and blocked accounts stand out, the rest stays quiet. */
export function UserBadges({ user }: { user: Pick<AdminUserSummary, 'role' | 'status'> }) {
  const { t } = useTranslation();
  return (
    <BadgeList>
      <Badge $tone={user.role === 'admin' ? 'primary' : 'neutral'}>
        {t(`admin.users.role.${user.role}`)}
      </Badge>
      <Badge $tone={user.status === 'blocked' ? 'danger' : 'success'}>
        {t(`admin.users.status.${user.status}`)}
      </Badge>
    </BadgeList>
  );
}
