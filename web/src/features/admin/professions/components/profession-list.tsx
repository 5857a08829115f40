import { useEffect, useRef, useState } from 'react';
import styled from 'styled-components';
import { ErrorAlert, StatusMessage } from '../../../../components/ui/alert.tsx';
import { Button } from '../../../../components/ui/button.tsx';
import { useTranslation } from '../../../../lib/i18n.ts';
import { useFormProblem } from '../../../../lib/problem.ts';
import {
  type AdminProfession,
  useReorderProfessionsMutation,
  useUpdateProfessionMutation,
} from '../api/admin-professions-api.ts';
import { groupProfessions, moveProfession } from '../profession-order.ts';
import { RenameProfession } from './rename-profession.tsx';

const NO_FIELDS = [] as const;

const Group = styled.section`
  display: grid;
  gap: ${({ theme }) => theme.space.sm};
`;

const GroupTitle = styled.h2`
  font-size: ${({ theme }) => theme.fontSizes.lg};
`;

const Hint = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

const List = styled.ol`
  display: grid;
  gap: ${({ theme }) => theme.space.xs};
  margin: 0;
  padding: 0;
  list-style: none;
`;

const Row = styled.li<{ $archived: boolean }>`
  display: grid;
  gap: ${({ theme }) => theme.space.sm};
  padding: ${({ theme }) => theme.space.sm} ${({ theme }) => theme.space.md};
  border: 1px solid ${({ theme }) => theme.colors.border};
  border-radius: ${({ theme }) => theme.radii.md};
  background: ${({ theme, $archived }) => ($archived ? theme.colors.surfaceMuted : theme.colors.surface)};
  color: ${({ theme, $archived }) => ($archived ? theme.colors.textMuted : theme.colors.text)};
`;

/** Place, names and the arrows on one line; renaming and archiving under them on a phone, beside on a desktop. */
const Line = styled.div`
  display: grid;
  grid-template-columns: 2em minmax(0, 1fr) auto;
  gap: ${({ theme }) => theme.space.xs} ${({ theme }) => theme.space.sm};
  align-items: center;

  ${({ theme }) => theme.media.md} {
    grid-template-columns: 2.5em minmax(0, 1fr) auto auto;
  }
`;

const Place = styled.span`
  color: ${({ theme }) => theme.colors.textMuted};
  font-variant-numeric: tabular-nums;
  text-align: right;
`;

const Names = styled.div`
  display: grid;
  gap: 2px;
  min-width: 0;
  overflow-wrap: anywhere;
`;

const Name = styled.span`
  font-weight: ${({ theme }) => theme.fontWeights.medium};
`;

const Meta = styled.span`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.xs};
  align-items: center;
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

const Moves = styled.div`
  display: flex;
  gap: ${({ theme }) => theme.space.xxs};
`;

/** The word beside an arrow, where there is room for it (the button's name says it in full anyway). */
const MoveWord = styled.span`
  display: none;

  ${({ theme }) => theme.media.md} {
    display: inline;
  }
`;

const Actions = styled.div`
  grid-column: 2 / -1;
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.xs};

  ${({ theme }) => theme.media.md} {
    grid-column: 4;
    grid-row: 1;
    justify-content: flex-end;
  }
`;

type Control = 'up' | 'down' | 'rename' | 'archive' | 'restore';
const key = (id: string, control: Control) => `${id}:${control}`;

/**
 * The professions in the admins' order, offered ones first and archived ones apart (muted): move one up or
 * down, rename it in place, archive or restore it. The focus follows the profession that moved (its row
 * changes place or group), and a status line says what happened.
 */
export function ProfessionList({ items }: { items: AdminProfession[] }) {
  const { t } = useTranslation();
  const [reorder, reorderState] = useReorderProfessionsMutation();
  const [update, updateState] = useUpdateProfessionMutation();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  // The control to focus once the list shows the change: the row it belongs to moved.
  const [focusNext, setFocusNext] = useState<{ id: string; controls: Control[] } | null>(null);
  const controls = useRef(new Map<string, HTMLButtonElement>());
  const reorderProblem = useFormProblem(reorderState.error, NO_FIELDS);
  const updateProblem = useFormProblem(updateState.error, NO_FIELDS);
  const orderRefused =
    reorderState.error && 'status' in reorderState.error && reorderState.error.status === 400;
  const problem = orderRefused ? t('admin.professions.errors.orderChanged') : reorderProblem.formError;

  const busy = reorderState.isLoading || updateState.isLoading;
  // Once the change is done and the list shows it (moving rows may take the focus away meanwhile; an archived
  // profession's "Restore" exists only once the list is read again).
  useEffect(() => {
    if (!focusNext || busy || items.length === 0) return;
    const target = focusNext.controls
      .map((control) => controls.current.get(key(focusNext.id, control)))
      .find((button) => button && !button.disabled);
    if (!target) return;
    target.focus();
    setFocusNext(null);
  }, [focusNext, busy, items]);

  const bindControl = (id: string, control: Control) => (element: HTMLButtonElement | null) => {
    if (element) controls.current.set(key(id, control), element);
    else controls.current.delete(key(id, control));
  };

  const move = async (profession: AdminProfession, direction: 'up' | 'down') => {
    const ids = moveProfession(items, profession.id, direction);
    if (!ids || busy) return;
    setFocusNext({ id: profession.id, controls: [direction, direction === 'up' ? 'down' : 'up'] });
    const group = ids.filter(
      (id) => items.find((item) => item.id === id)?.archivedAt === profession.archivedAt,
    );
    const result = await reorder(ids);
    if (result.error) setFocusNext(null);
    else
      setStatus(
        t('admin.professions.moved', { name: profession.name.ru, place: group.indexOf(profession.id) + 1 }),
      );
  };

  const setArchived = async (profession: AdminProfession, archived: boolean) => {
    if (busy) return;
    setFocusNext({ id: profession.id, controls: [archived ? 'restore' : 'archive'] });
    const result = await update({ id: profession.id, changes: { archived } });
    if (result.error) setFocusNext(null);
    else
      setStatus(
        t(archived ? 'admin.professions.archivedDone' : 'admin.professions.restoredDone', {
          name: profession.name.ru,
        }),
      );
  };

  const { offered, archived } = groupProfessions(items);

  const row = (profession: AdminProfession, place: number, group: AdminProfession[]) => {
    const isArchived = profession.archivedAt !== null;
    const name = profession.name.ru;
    return (
      <Row key={profession.id} $archived={isArchived} data-testid="profession-row">
        <Line>
          <Place>{place}.</Place>
          <Names>
            <Name>{name}</Name>
            {profession.name.en !== name && <span lang="en">{profession.name.en}</span>}
            <Meta>
              <span>{t('admin.professions.slug', { slug: profession.slug })}</span>
              <span aria-hidden>·</span>
              <span>{t('admin.professions.slots', { count: profession.slotCount })}</span>
            </Meta>
          </Names>
          {isArchived ? (
            <span />
          ) : (
            <Moves>
              <Button
                ref={bindControl(profession.id, 'up')}
                type="button"
                $size="sm"
                $variant="secondary"
                aria-label={t('admin.professions.moveUp', { name })}
                disabled={place === 1}
                onClick={() => move(profession, 'up')}
              >
                ↑ <MoveWord>{t('admin.professions.up')}</MoveWord>
              </Button>
              <Button
                ref={bindControl(profession.id, 'down')}
                type="button"
                $size="sm"
                $variant="secondary"
                aria-label={t('admin.professions.moveDown', { name })}
                disabled={place === group.length}
                onClick={() => move(profession, 'down')}
              >
                ↓ <MoveWord>{t('admin.professions.down')}</MoveWord>
              </Button>
            </Moves>
          )}
          <Actions>
            <Button
              ref={bindControl(profession.id, 'rename')}
              type="button"
              $size="sm"
              $variant="ghost"
              aria-label={t('admin.professions.renameLabel', { name })}
              aria-expanded={renaming === profession.id}
              onClick={() => {
                setStatus('');
                setRenaming(renaming === profession.id ? null : profession.id);
              }}
            >
              {t('admin.professions.rename')}
            </Button>
            {isArchived ? (
              <Button
                ref={bindControl(profession.id, 'restore')}
                type="button"
                $size="sm"
                $variant="ghost"
                aria-label={t('admin.professions.restoreLabel', { name })}
                onClick={() => setArchived(profession, false)}
              >
                {t('admin.professions.restore')}
              </Button>
            ) : (
              <Button
                ref={bindControl(profession.id, 'archive')}
                type="button"
                $size="sm"
                $variant="ghost"
                aria-label={t('admin.professions.archiveLabel', { name })}
                onClick={() => setArchived(profession, true)}
              >
                {t('admin.professions.archive')}
              </Button>
            )}
          </Actions>
        </Line>
        {renaming === profession.id && (
          <RenameProfession
            profession={profession}
            onDone={(saved) => {
              setRenaming(null);
              setFocusNext({ id: profession.id, controls: ['rename'] });
              setStatus(saved ? t('admin.professions.renamedDone') : '');
            }}
          />
        )}
      </Row>
    );
  };

  return (
    <>
      <StatusMessage>{status}</StatusMessage>
      {problem && <ErrorAlert>{problem}</ErrorAlert>}
      {updateProblem.formError && <ErrorAlert>{updateProblem.formError}</ErrorAlert>}
      <Group aria-labelledby="offered-professions">
        <GroupTitle id="offered-professions">{t('admin.professions.offered')}</GroupTitle>
        <Hint>{offered.length ? t('admin.professions.offeredHint') : t('admin.professions.noOffered')}</Hint>
        {offered.length > 0 && <List>{offered.map((p, index) => row(p, index + 1, offered))}</List>}
      </Group>
      {archived.length > 0 && (
        <Group aria-labelledby="archived-professions">
          <GroupTitle id="archived-professions">{t('admin.professions.archived')}</GroupTitle>
          <Hint>{t('admin.professions.archivedHint')}</Hint>
          <List>{archived.map((p, index) => row(p, index + 1, archived))}</List>
        </Group>
      )}
    </>
  );
}
