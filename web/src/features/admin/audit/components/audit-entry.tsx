import { Link } from 'react-router-dom';
import styled from 'styled-components';
import { SLOT_STATUSES } from '#contract/enums.ts';
import { paths } from '../../../../config/paths.ts';
import { useTranslation } from '../../../../lib/i18n.ts';
import { useTimeFormat } from '../../../../lib/use-time-format.ts';
import { AdminPersonLink } from '../../components/admin-person-link.tsx';
import type { AuditEntry } from '../api/audit-api.ts';
import { AUDIT_ACTION_KEYS, auditChanges, pointsDelta, professionNamed } from '../audit-text.ts';

const Body = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.xxs};
  min-width: 0;
  overflow-wrap: anywhere;
`;

const Title = styled.p`
  font-weight: ${({ theme }) => theme.fontWeights.medium};
`;

const Meta = styled.p`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.xxs} ${({ theme }) => theme.space.md};
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

const Changes = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.xxs} ${({ theme }) => theme.space.md};
  margin: 0;
  padding: 0;
  list-style: none;
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

const Was = styled.span`
  color: ${({ theme }) => theme.colors.textMuted};
  text-decoration: line-through;
`;

const FIELD_KEYS = {
  balance: 'admin.audit.fields.balance',
  role: 'admin.audit.fields.role',
  status: 'admin.audit.fields.status',
  nameRu: 'admin.audit.fields.nameRu',
  nameEn: 'admin.audit.fields.nameEn',
  slug: 'admin.audit.fields.slug',
  position: 'admin.audit.fields.position',
  archivedAt: 'admin.audit.fields.archivedAt',
  strikes: 'admin.audit.fields.strikes',
  blockedReason: 'admin.audit.fields.blockedReason',
  refunded: 'admin.audit.fields.refunded',
  credited: 'admin.audit.fields.credited',
  strike: 'admin.audit.fields.strike',
} as const;

const VALUE_KEYS = {
  admin: 'admin.audit.values.admin',
  user: 'admin.audit.values.user',
  active: 'admin.audit.values.active',
  blocked: 'admin.audit.values.blocked',
  pending: 'admin.audit.values.pending',
  upheld: 'admin.audit.values.upheld',
  rejected: 'admin.audit.values.rejected',
} as const;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const signed = (delta: number) => (delta > 0 ? `+${delta}` : `−${Math.abs(delta)}`);

/** Where the thing an entry is about is shown, besides its user: the interview, the professions, the queue. */
function targetLink(entry: AuditEntry): { to: string; kind: 'interview' | 'profession' | 'report' } | null {
  switch (entry.targetType) {
    case 'interview':
      return entry.targetId ? { to: paths.adminInterview.getHref(entry.targetId), kind: 'interview' } : null;
    case 'profession':
      return { to: paths.adminProfessions.getHref(), kind: 'profession' };
    case 'report':
      return { to: paths.adminModeration.getHref(), kind: 'report' };
    default:
      return null;
  }
}

const keyIn = <M extends object>(map: M, key: PropertyKey): key is keyof M => Object.hasOwn(map, key);

/**
 * One admin action in words: what was done (to which profession, by how many points), by whom and to whom,
 * why, and what changed, compactly as "field: before → after". When it was done, the list around it says.
 */
export function AuditEntryText({
  entry,
  linkToTarget = true,
}: {
  entry: AuditEntry;
  /** Off where the page is the target itself (an interview's history). */
  linkToTarget?: boolean;
}) {
  const { t } = useTranslation();
  const { format } = useTimeFormat();
  const field = (name: string) => (keyIn(FIELD_KEYS, name) ? t(FIELD_KEYS[name]) : name);
  const value = (raw: string | number | boolean | null) => {
    if (raw === null) return t('admin.audit.values.none');
    if (typeof raw === 'boolean') return t(raw ? 'admin.audit.values.yes' : 'admin.audit.values.no');
    if (typeof raw === 'number') return String(raw);
    if (keyIn(VALUE_KEYS, raw)) return t(VALUE_KEYS[raw]);
    const status = SLOT_STATUSES.find((item) => item === raw);
    if (status) return t(`admin.interviews.statuses.${status}`);
    return ISO_INSTANT.test(raw) ? format(raw, 'shortDateTime') : raw;
  };

  const profession = entry.action.startsWith('profession') ? professionNamed(entry) : null;
  const delta = entry.action === 'points.adjusted' ? pointsDelta(entry) : null;
  const refunded = entry.action === 'interview.cancelled' && typeof entry.after?.refunded === 'string';
  const changes = auditChanges(entry);
  const target = linkToTarget ? targetLink(entry) : null;

  return (
    <Body>
      <Title>
        {t(AUDIT_ACTION_KEYS[entry.action])}
        {profession && ` «${profession}»`}
        {delta !== null && `: ${signed(delta)}`}
        {refunded && `, ${t('admin.audit.refunded')}`}
      </Title>
      <Meta>
        <span>
          {t('admin.audit.by')}:{' '}
          {entry.actor ? <AdminPersonLink person={entry.actor} /> : t('admin.audit.system')}
        </span>
        {entry.targetUser && (
          <span>
            {t('admin.audit.whom')}: <AdminPersonLink person={entry.targetUser} />
          </span>
        )}
        {target && <Link to={target.to}>{t(`admin.audit.openTarget.${target.kind}`)}</Link>}
      </Meta>
      {entry.reason && (
        <p>
          {t('admin.audit.reason')}: {entry.reason}
        </p>
      )}
      {changes.length > 0 && (
        <Changes aria-label={t('admin.audit.changes')}>
          {changes.map((change) => (
            <li key={change.field}>
              {field(change.field)}: {change.before !== null && <Was>{value(change.before)}</Was>}
              {change.before !== null && ' → '}
              {value(change.after)}
            </li>
          ))}
        </Changes>
      )}
    </Body>
  );
}
