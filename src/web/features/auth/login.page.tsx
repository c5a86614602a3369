import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import type { LoginInput } from '../../../shared/schemas/auth.schema';
import { useErrorMessage } from '../../components/error-message';
import { LangSwitch } from '../../components/lang-switch';
import { hasSessionEnded, safeNext, useLogin, useMe } from './auth.hooks';
import { ChangePasswordModal } from './change-password.modal';

export function LoginPage() {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const me = useMe();
  const login = useLogin();
  const [justLoggedIn, setJustLoggedIn] = useState(false);

  const user = me.data;
  // Already signed in (and not in the middle of the forced password change): go on.
  if (user && !user.mustChangePassword && !justLoggedIn) return <Navigate to={next ?? user.home} replace />;

  const submit = (values: LoginInput) => {
    login.mutate(values, {
      onSuccess: (signedIn) => {
        setJustLoggedIn(true);
        if (!signedIn.mustChangePassword) navigate(next ?? signedIn.home, { replace: true });
      },
    });
  };

  return (
    <Flex vertical align="center" justify="center" className="login-page">
      <Flex justify="flex-end" className="login-lang">
        <LangSwitch />
      </Flex>
      <Card className="login-card">
        <Typography.Paragraph type="secondary" strong style={{ textAlign: 'center', marginBottom: 4 }}>
          {t('app.staffTitle')}
        </Typography.Paragraph>
        <Typography.Title level={3} style={{ textAlign: 'center', marginTop: 0 }}>
          {t('login.title')}
        </Typography.Title>
        {hasSessionEnded() && !login.error && (
          <Alert type="info" showIcon title={t('shell.sessionExpired')} style={{ marginBottom: 16 }} />
        )}
        {login.error && (
          <Alert
            type="error"
            showIcon
            title={errorText(login.error)}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
          />
        )}
        <Form<LoginInput> layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Link to="/">{t('login.backToPortal')}</Link>
        </Flex>
      </Card>
      <ChangePasswordModal
        open={!!user?.mustChangePassword}
        forced
        onDone={() => navigate(next ?? user?.home ?? '/', { replace: true })}
      />
    </Flex>
  );
}
