import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import antdEnUS from 'antd/locale/en_US';
import antdZhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { queryClient, setUnauthenticatedHandler } from './api/query-client';
import { markSessionEnded, meQueryKey } from './features/auth/auth.hooks';
import { router } from './routes';

// A 401 after login means the session ended: forget the user, and the route guard sends them to /login?next=.
setUnauthenticatedHandler(() => {
  if (!queryClient.getQueryData(meQueryKey)) return;
  markSessionEnded();
  queryClient.setQueryData(meQueryKey, null);
});

const theme = {
  token: {
    colorPrimary: '#1d4ed8',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
};

export function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider
      locale={i18n.language === 'en-US' ? antdEnUS : antdZhCN}
      theme={theme}
      // No space slipped between two Chinese characters: button names stay as written (tests find them by name).
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
