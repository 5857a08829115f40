import { useSearchParams } from 'react-router-dom';
import { paths, readReturnTo } from '../../config/paths.ts';
import { RegisterForm } from '../../features/auth/components/register-form.tsx';
import { useTranslation } from '../../lib/i18n.ts';
import { AuthPage } from './auth-page.tsx';
import '../../lib/words/account.ts';

export function RegisterRoute() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  return (
    <AuthPage
      title={t('register.title')}
      lead={t('register.lead')}
      form={<RegisterForm />}
      switchText={t('register.haveAccount')}
      switchLink={{ to: paths.login.getHref(readReturnTo(search)), label: t('register.loginLink') }}
    />
  );
}
