import { useId, useState } from 'react';
import styled from 'styled-components';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Card, CardLead, CardTitle } from '../../../components/ui/card.tsx';
import { Input } from '../../../components/ui/field.tsx';
import { useTranslation } from '../../../lib/i18n.ts';
import { useFormProblem } from '../../../lib/problem.ts';
import { useRotateCalendarFeedMutation } from '../api/calendar-api.ts';
import '../../../lib/words/interviews.ts';

const NO_FIELDS = [] as const;

const Body = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
  margin-top: ${({ theme }) => theme.space.md};
`;

const Muted = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

const Shown = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.xs};
  padding: ${({ theme }) => theme.space.md};
  border: 1px solid ${({ theme }) => theme.colors.success};
  border-radius: ${({ theme }) => theme.radii.md};
  background: ${({ theme }) => theme.colors.successSoft};

  label {
    font-weight: ${({ theme }) => theme.fontWeights.medium};
  }
`;

const CopyRow = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.xs};

  ${({ theme }) => theme.media.sm} {
    grid-template-columns: minmax(0, 1fr) auto;
  }
`;

const Url = styled(Input)`
  font-family: ${({ theme }) => theme.fonts.mono};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

const CopyFailed = styled.span`
  color: ${({ theme }) => theme.colors.text};
  font-weight: ${({ theme }) => theme.fontWeights.regular};
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.md};
`;

/**
 * The private calendar feed: making a URL revokes the previous one, and the URL is shown only here and now
 * (the server keeps its hash), with a copy button.
 */
export function CalendarFeed() {
  const { t } = useTranslation();
  const id = useId();
  const [rotate, { data, error, isLoading }] = useRotateCalendarFeedMutation();
  const { formError } = useFormProblem(error, NO_FIELDS);
  const [copy, setCopy] = useState<'copied' | 'copyFailed' | null>(null);

  const make = () => {
    setCopy(null);
    void rotate();
  };
  const copyUrl = async () => {
    if (!data) return;
    try {
      await navigator.clipboard.writeText(data.url);
      setCopy('copied');
    } catch {
      setCopy('copyFailed');
    }
  };

  return (
    <Card aria-labelledby={`${id}-title`}>
      <CardTitle id={`${id}-title`}>{t('calendarFeed.title')}</CardTitle>
      <CardLead>{t('calendarFeed.text')}</CardLead>
      <Body>
        <Muted>{t('calendarFeed.once')}</Muted>
        {formError && <ErrorAlert>{formError}</ErrorAlert>}
        {data && (
          <Shown>
            <label htmlFor={`${id}-url`}>{t('calendarFeed.url')}</label>
            <CopyRow>
              <Url
                id={`${id}-url`}
                readOnly
                value={data.url}
                aria-describedby={`${id}-secret`}
                onFocus={(event) => event.currentTarget.select()}
                data-testid="calendar-feed-url"
              />
              <Button type="button" onClick={copyUrl}>
                {t('calendarFeed.copy')}
              </Button>
            </CopyRow>
            <Muted id={`${id}-secret`}>{t('calendarFeed.secret')}</Muted>
          </Shown>
        )}
        <Actions>
          <Button
            type="button"
            $variant={data ? 'secondary' : 'primary'}
            onClick={make}
            disabled={isLoading}
            aria-busy={isLoading}
          >
            {isLoading
              ? t('calendarFeed.creating')
              : data
                ? t('calendarFeed.regenerate')
                : t('calendarFeed.create')}
          </Button>
          <StatusMessage>
            {copy === 'copied' && t('calendarFeed.copied')}
            {copy === 'copyFailed' && <CopyFailed>{t('calendarFeed.copyFailed')}</CopyFailed>}
          </StatusMessage>
        </Actions>
      </Body>
    </Card>
  );
}
