import { useSearchParams } from 'react-router-dom';
import { paths, readReturnTo } from '../../config/paths.ts';
import { LoginForm } from '../../features/auth/components/login-form.tsx';
import { useTranslation } from '../../lib/i18n.ts';
import { AuthPage } from './auth-page.tsx';

export function LoginRoute() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  return (
    <AuthPage
      title={t('login.title')}
      lead={t('login.lead')}
      form={<LoginForm />}
      switchText={t('login.noAccount')}
      switchLink={{ to: paths.register.getHref(readReturnTo(search)), label: t('login.registerLink') }}
    />
  );
}
