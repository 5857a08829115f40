import styled from 'styled-components';
import { useTranslation } from '../../../lib/i18n.ts';
import '../../../lib/words/home.ts';

/** Two columns when the section itself is wide enough, wherever the page puts it. */
const Section = styled.section`
  container-type: inline-size;
`;

const Grid = styled.ul`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
  margin: 0;
  padding: 0;
  list-style: none;

  @container (min-width: 640px) {
    grid-template-columns: repeat(2, 1fr);
  }
`;

const Item = styled.li`
  display: grid;
  grid-template-columns: auto 1fr;
  gap: ${({ theme }) => theme.space.md};
  padding: ${({ theme }) => theme.space.lg};
  border: 1px solid ${({ theme }) => theme.colors.border};
  border-radius: ${({ theme }) => theme.radii.lg};
  background: ${({ theme }) => theme.colors.surface};
`;

const Step = styled.span`
  display: grid;
  place-items: center;
  width: 36px;
  height: 36px;
  border-radius: 50%;
  background: ${({ theme }) => theme.colors.primarySoft};
  color: ${({ theme }) => theme.colors.primary};
  font-weight: ${({ theme }) => theme.fontWeights.bold};
`;

const Title = styled.h3`
  font-size: ${({ theme }) => theme.fontSizes.lg};
`;

const Text = styled.p`
  margin-top: ${({ theme }) => theme.space.xxs};
  color: ${({ theme }) => theme.colors.textMuted};
`;

const TOPICS = ['points', 'roles', 'feedback', 'time'] as const;

const Heading = styled.h2`
  margin-bottom: ${({ theme }) => theme.space.md};
  font-size: ${({ theme }) => theme.fontSizes.xl};
`;

/** The rules of the exchange in four short paragraphs, for guests and members alike. */
export function HowItWorks() {
  const { t } = useTranslation();
  return (
    <Section aria-labelledby="how-it-works-title">
      <Heading id="how-it-works-title">{t('howItWorks.title')}</Heading>
      <Grid>
        {TOPICS.map((topic, index) => (
          <Item key={topic}>
            <Step aria-hidden>{index + 1}</Step>
            <div>
              <Title>{t(`howItWorks.${topic}.title`)}</Title>
              <Text>{t(`howItWorks.${topic}.text`)}</Text>
            </div>
          </Item>
        ))}
      </Grid>
    </Section>
  );
}
