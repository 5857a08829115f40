import type { ReactNode } from 'react';
import { NavLink } from 'react-router-dom';
import styled from 'styled-components';
import { Page, PageLead, PageTitle } from '../../../components/ui/page.tsx';
import { paths } from '../../../config/paths.ts';
import { useTranslation } from '../../../lib/i18n.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import '../admin-i18n.ts';

const Sections = styled.nav`
  overflow-x: auto;
  margin: 0 -${({ theme }) => theme.space.md};
  padding: 0 ${({ theme }) => theme.space.md};
`;

const SectionList = styled.ul`
  display: flex;
  gap: ${({ theme }) => theme.space.xxs};
  margin: 0;
  padding: 0;
  list-style: none;
`;

const Section = styled(NavLink)`
  display: inline-flex;
  align-items: center;
  min-height: 40px;
  padding: 0 ${({ theme }) => theme.space.sm};
  border-radius: ${({ theme }) => theme.radii.md};
  color: ${({ theme }) => theme.colors.text};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
  text-decoration: none;
  white-space: nowrap;

  &:hover {
    background: ${({ theme }) => theme.colors.primarySoft};
  }

  &[aria-current='page'] {
    background: ${({ theme }) => theme.colors.primarySoft};
    color: ${({ theme }) => theme.colors.primary};
  }
`;

const Head = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.sm};
`;

const Eyebrow = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
`;

/**
 * Every admin page: the panel's sections, the page's title (also the document's) and its content. Importing
 * it brings the panel's words (admin-i18n.ts).
 */
export function AdminPage({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  const sections = [
    { to: paths.adminDashboard.getHref(), label: t('admin.dashboard.title'), end: true },
    { to: paths.adminModeration.getHref(), label: t('admin.moderation.title') },
    { to: paths.adminUsers.getHref(), label: t('admin.users.title') },
    { to: paths.adminInterviews.getHref(), label: t('admin.interviews.title') },
    { to: paths.adminProfessions.getHref(), label: t('admin.professions.title') },
    { to: paths.adminAudit.getHref(), label: t('admin.audit.title') },
  ];
  return (
    <Page>
      <Head>
        <Sections aria-label={t('admin.common.sections')}>
          <SectionList>
            {sections.map((section) => (
              <li key={section.to}>
                <Section to={section.to} end={section.end}>
                  {section.label}
                </Section>
              </li>
            ))}
          </SectionList>
        </Sections>
        <div>
          <Eyebrow>{t('admin.common.panel')}</Eyebrow>
          <PageTitle>{title}</PageTitle>
          {lead && <PageLead>{lead}</PageLead>}
        </div>
      </Head>
      {children}
    </Page>
  );
}
