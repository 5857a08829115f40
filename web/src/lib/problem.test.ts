import { describe, expect, it } from 'vitest';
import { type ErrorCode, errorCodes, type Problem } from '#contract/errors.ts';
import { translator } from './i18n.ts';
import { toFormProblem } from './problem.ts';

const t = translator('ru');
const FIELDS = ['login', 'password'] as const;

/** A problem as the server sends it, with the code's own title and status. */
const problemOf = (code: ErrorCode, errors?: Problem['errors']): Problem => ({
  type: `urn:mockstock:problem:${code}`,
  ...errorCodes[code],
  code,
  detail: errorCodes[code].title,
  errors,
});

describe('form problems', () => {
  it('puts field errors beside their fields and the rest above the form', () => {
    const problem = toFormProblem(
      {
        status: 400,
        retryAfterSeconds: null,
        problem: problemOf('validation_failed', [
          { field: 'login', code: 'login_taken', message: 'This login is already taken' },
          { field: 'password', code: 'password_new_rule', message: 'A rule the app does not know yet' },
          { field: 'inviteCode', code: 'required', message: 'This field is required' },
        ]),
      },
      FIELDS,
      t,
    );
    expect(problem).toEqual({
      formError: 'Заполните это поле',
      fieldErrors: { login: 'Этот логин уже занят', password: 'A rule the app does not know yet' },
    });
  });

  it('says how long to wait when attempts are limited', () => {
    const limited = (retryAfterSeconds: number) =>
      toFormProblem({ status: 429, retryAfterSeconds, problem: problemOf('rate_limited') }, FIELDS, t)
        .formError;
    expect(limited(21)).toBe('Слишком много попыток. Попробуйте через 21 секунду');
    expect(limited(300)).toBe('Слишком много попыток. Попробуйте через 5 минут');
  });

  it('explains a lost connection', () => {
    expect(toFormProblem({ status: 'network', retryAfterSeconds: null, problem: null }, FIELDS, t)).toEqual({
      formError: 'Нет связи с сервером. Проверьте подключение и попробуйте ещё раз',
      fieldErrors: {},
    });
  });
});
