import authLogin from './auth/login/handler.ts';
import authLogout from './auth/logout/handler.ts';
import authRefresh from './auth/refresh/handler.ts';
import authRegister from './auth/register/handler.ts';
import meChangePassword from './me/change-password/handler.ts';
import meGetMe from './me/get-me/handler.ts';
import meUpdateProfile from './me/update-profile/handler.ts';
import professionsListProfessions from './professions/list-professions/handler.ts';

/**
 * Every HTTP function, keyed by its folder. The deployed name is the folder with "/" as "-"
 * (auth/register → auth-register); serverless.yml must list exactly these (checked by a test).
 */
export const httpFunctions = {
  'auth/register': authRegister,
  'auth/login': authLogin,
  'auth/logout': authLogout,
  'auth/refresh': authRefresh,
  'me/get-me': meGetMe,
  'me/update-profile': meUpdateProfile,
  'me/change-password': meChangePassword,
  'professions/list-professions': professionsListProfessions,
};

export const deployedName = (folder: string) => folder.replaceAll('/', '-');
