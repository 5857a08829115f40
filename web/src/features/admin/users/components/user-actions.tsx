import { type ReactNode, useId, useState } from 'react';
import { useDispatch } from 'react-redux';
import styled from 'styled-components';
import { StatusMessage } from '../../../../components/ui/alert.tsx';
import { Button } from '../../../../components/ui/button.tsx';
import { Card, CardTitle } from '../../../../components/ui/card.tsx';
import { api } from '../../../../lib/api.ts';
import { useTranslation } from '../../../../lib/i18n.ts';
import {
  type AdminUserCard,
  useBlockUserMutation,
  useGrantAdminMutation,
  useRevokeAdminMutation,
  useUnblockUserMutation,
} from '../api/admin-users-api.ts';
import { ActionDialog } from './action-dialog.tsx';
import { AdjustPointsDialog } from './adjust-points.tsx';

const List = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
  margin-top: ${({ theme }) => theme.space.md};
`;

const Action = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.xxs};

  > button {
    justify-self: stretch;
    white-space: normal;
  }
`;

const Why = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

const Effects = styled.ul`
  display: grid;
  gap: ${({ theme }) => theme.space.xxs};
  margin: ${({ theme }) => theme.space.xs} 0 0;
  padding-left: ${({ theme }) => theme.space.lg};
`;

type ReasonAction = 'block' | 'unblock' | 'grant' | 'revoke';

/** One action's button, disabled with the reason beside it when it cannot apply to this person. */
function ActionButton({
  label,
  tone,
  unavailable,
  onOpen,
}: {
  label: string;
  tone: 'primary' | 'secondary' | 'danger';
  unavailable: string | null;
  onOpen: () => void;
}) {
  const whyId = useId();
  return (
    <Action>
      <Button
        type="button"
        $variant={tone}
        disabled={unavailable !== null}
        aria-describedby={unavailable ? whyId : undefined}
        onClick={onOpen}
      >
        {label}
      </Button>
      {unavailable && <Why id={whyId}>{unavailable}</Why>}
    </Action>
  );
}

/**
 * What an admin can do to this person: change the balance, block or unblock, make admin or take the rights.
 * Each asks for confirmation with a reason; the outcome is said in the status line. A refusal that means
 * the card is out of date (another admin acted first) reads the card again when its dialog closes.
 */
export function UserActions({ card, viewerId }: { card: AdminUserCard; viewerId: string | undefined }) {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const { profile } = card;
  const id = profile.id;
  const self = viewerId === id;
  const [open, setOpen] = useState<ReasonAction | 'adjust' | null>(null);
  const [notice, setNotice] = useState('');
  const [block, blockState] = useBlockUserMutation();
  const [unblock, unblockState] = useUnblockUserMutation();
  const [grant, grantState] = useGrantAdminMutation();
  const [revoke, revokeState] = useRevokeAdminMutation();

  const states = { block: blockState, unblock: unblockState, grant: grantState, revoke: revokeState };
  const close = (failed: boolean) => {
    setOpen(null);
    if (failed) dispatch(api.util.invalidateTags([{ type: 'AdminUser', id }]));
    for (const state of Object.values(states)) state.reset();
  };

  const actions: Record<
    ReasonAction,
    { run: (reason: string) => Promise<string | null>; tone: 'danger' | 'primary'; text: ReactNode }
  > = {
    block: {
      tone: 'danger',
      text: (
        <div>
          <p>{t('admin.users.block.effects')}</p>
          <Effects>
            <li>{t('admin.users.block.effectSignIn')}</li>
            <li>{t('admin.users.block.effectSlots')}</li>
            <li>{t('admin.users.block.effectHosted')}</li>
            <li>{t('admin.users.block.effectBooked')}</li>
            <li>{t('admin.users.block.effectPast')}</li>
          </Effects>
        </div>
      ),
      run: async (reason) => {
        const { data } = await block({ id, reason });
        return data
          ? t('admin.users.block.done', {
              withdrawn: data.slotsWithdrawn,
              cancelled: data.interviewsCancelled,
              released: data.bookingsCancelled,
              sessions: data.sessionsEnded,
            })
          : null;
      },
    },
    unblock: {
      tone: 'primary',
      text: <p>{t('admin.users.unblock.text')}</p>,
      run: async (reason) => ((await unblock({ id, reason })).data ? t('admin.users.unblock.done') : null),
    },
    grant: {
      tone: 'primary',
      text: <p>{t('admin.users.grant.text')}</p>,
      run: async (reason) => ((await grant({ id, reason })).data ? t('admin.users.grant.done') : null),
    },
    revoke: {
      tone: 'danger',
      text: <p>{t('admin.users.revoke.text')}</p>,
      run: async (reason) => ((await revoke({ id, reason })).data ? t('admin.users.revoke.done') : null),
    },
  };

  const blocked = profile.status === 'blocked';
  const admin = profile.role === 'admin';
  const revokeUnavailable = self
    ? t('admin.users.actions.selfRevoke')
    : card.isLastAdmin
      ? t('admin.users.actions.lastAdmin')
      : null;
  const reasonAction = open === 'adjust' ? null : open;

  return (
    <Card aria-labelledby="user-actions">
      <CardTitle id="user-actions">{t('admin.users.actions.title')}</CardTitle>
      <List>
        <ActionButton
          label={t('admin.users.actions.adjust')}
          tone="primary"
          unavailable={null}
          onOpen={() => setOpen('adjust')}
        />
        {blocked ? (
          <ActionButton
            label={t('admin.users.actions.unblock')}
            tone="secondary"
            unavailable={null}
            onOpen={() => setOpen('unblock')}
          />
        ) : (
          <ActionButton
            label={t('admin.users.actions.block')}
            tone="danger"
            unavailable={self ? t('admin.users.actions.selfBlock') : null}
            onOpen={() => setOpen('block')}
          />
        )}
        {admin ? (
          <ActionButton
            label={t('admin.users.actions.revoke')}
            tone="secondary"
            unavailable={revokeUnavailable}
            onOpen={() => setOpen('revoke')}
          />
        ) : (
          <ActionButton
            label={t('admin.users.actions.grant')}
            tone="secondary"
            unavailable={blocked ? t('admin.users.actions.grantBlocked') : null}
            onOpen={() => setOpen('grant')}
          />
        )}
      </List>
      <StatusMessage>{notice}</StatusMessage>
      <AdjustPointsDialog
        open={open === 'adjust'}
        userId={id}
        balance={card.balance}
        onDone={(result) => {
          setOpen(null);
          setNotice(
            t('admin.users.adjust.done', {
              delta: result.delta > 0 ? `+${result.delta}` : `−${Math.abs(result.delta)}`,
              balance: t('common.points', { count: result.balance }),
            }),
          );
        }}
        onClose={close}
      />
      <ActionDialog
        open={reasonAction !== null}
        title={reasonAction ? t(`admin.users.${reasonAction}.title`) : ''}
        reasonOptional={reasonAction === 'grant'}
        submitLabel={reasonAction ? t(`admin.users.${reasonAction}.submit`) : ''}
        tone={reasonAction ? actions[reasonAction].tone : 'primary'}
        error={reasonAction ? states[reasonAction].error : undefined}
        loading={reasonAction ? states[reasonAction].isLoading : false}
        onSubmit={async (reason) => {
          if (!reasonAction) return false;
          const done = await actions[reasonAction].run(reason);
          if (done === null) return false;
          setOpen(null);
          setNotice(done);
          return true;
        }}
        onClose={() => close(reasonAction ? states[reasonAction].isError : false)}
      >
        {reasonAction && actions[reasonAction].text}
      </ActionDialog>
    </Card>
  );
}
