import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import styled from 'styled-components';
import { Card } from '../../components/ui/card.tsx';
import { Page, PageLead, PageTitle } from '../../components/ui/page.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';

const Switch = styled.p`
  margin-top: ${({ theme }) => theme.space.lg};
  padding-top: ${({ theme }) => theme.space.lg};
  border-top: 1px solid ${({ theme }) => theme.colors.border};
  color: ${({ theme }) => theme.colors.textMuted};
  text-align: center;
`;

const Heading = styled.div`
  margin-bottom: ${({ theme }) => theme.space.lg};
`;

type AuthPageProps = {
  title: string;
  lead: string;
  form: ReactNode;
  /** The way to the other auth page: "No account yet? Sign up". */
  switchText: string;
  switchLink: { to: string; label: string };
};

/** The frame shared by the login and registration pages. */
export function AuthPage({ title, lead, form, switchText, switchLink }: AuthPageProps) {
  useDocumentTitle(title);
  return (
    <Page $width="narrow">
      <Card>
        <Heading>
          <PageTitle>{title}</PageTitle>
          <PageLead>{lead}</PageLead>
        </Heading>
        {form}
        <Switch>
          {switchText} <Link to={switchLink.to}>{switchLink.label}</Link>
        </Switch>
      </Card>
    </Page>
  );
}
