import { useNavigate } from 'react-router-dom';
import { Button } from '../../../components/ui/button.tsx';
import { paths } from '../../../config/paths.ts';
import { useTranslation } from '../../../lib/i18n.ts';
import { useLogoutMutation } from '../api/auth-api.ts';

export function LogoutButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [logout, { isLoading }] = useLogoutMutation();
  // Leave the page first: a members-only page would otherwise send the now signed-out viewer to login.
  const leave = () => {
    navigate(paths.home.getHref());
    void logout();
  };
  return (
    <Button
      type="button"
      $variant="ghost"
      $size="sm"
      onClick={leave}
      disabled={isLoading}
      aria-busy={isLoading}
    >
      {t('layout.logout')}
    </Button>
  );
}
