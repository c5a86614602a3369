import { HomeOutlined, PhoneFilled } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, ConfigProvider, Flex, type ThemeConfig } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkOrderKind } from '../../../shared/domain/work-order';
import { LangSwitch } from '../../components/lang-switch';
import { changeLanguage } from '../../i18n';
import { PublicApplyForm } from '../work-order/public-apply-form';
import { PublicTrackPanel, publicLookupKeyRoot } from '../work-order/public-track-panel';
import { KioskHome } from './kiosk-home';
import { KioskIdleOverlay, useIdleReset } from './kiosk-idle';

/**
 * Large type and touch targets, strong contrast: 20 px text, 64 px buttons and fields, dark
 * text on white. Nested in the app's theme, so only what differs is listed.
 */
const kioskTheme: ThemeConfig = {
  token: {
    fontSize: 20,
    fontSizeLG: 22,
    controlHeight: 56,
    controlHeightLG: 64,
    colorText: '#111111',
    colorTextSecondary: '#333333',
    colorTextTertiary: '#444444',
    colorTextDescription: '#333333',
    colorTextPlaceholder: '#555555',
    colorBorder: '#666666',
    colorPrimary: '#1d4ed8',
    borderRadius: 10,
  },
  components: {
    Button: { fontSizeLG: 22, paddingInlineLG: 28 },
    Select: { optionHeight: 56, optionFontSize: 20, optionPadding: '14px 16px' },
    Cascader: { controlItemWidth: 220, dropdownHeight: 460, optionPadding: '16px 16px' },
    Form: { labelFontSize: 22 },
    Rate: { starSize: 48 },
  },
};

type Screen = { name: 'home' } | { name: 'apply'; kind: WorkOrderKind } | { name: 'track'; code?: string };

/** /kiosk: self-service at a terminal in a service hall or a village room. No login. */
export function KioskPage() {
  return (
    <ConfigProvider theme={kioskTheme} componentSize="large">
      <KioskScreen />
    </ConfigProvider>
  );
}

function KioskScreen() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [screen, setScreen] = useState<Screen>({ name: 'home' });
  // A new session remounts every form: nothing typed survives a reset.
  const [session, setSession] = useState(0);

  const startOver = useCallback(() => {
    // The next person must find nothing of the last one: no lookups (they hold the phone),
    // no submissions (their bodies do), no focus in a field, the start screen in Chinese.
    queryClient.removeQueries({ queryKey: [publicLookupKeyRoot] });
    queryClient.getMutationCache().clear();
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    setScreen({ name: 'home' });
    setSession((n) => n + 1);
    if (i18n.language !== 'zh-CN') void changeLanguage('zh-CN');
    window.scrollTo(0, 0);
  }, [queryClient, i18n]);

  const idle = useIdleReset(screen.name !== 'home' || i18n.language !== 'zh-CN', startOver);

  return (
    <div
      data-testid="kiosk"
      data-screen={screen.name}
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        background: '#f4f6fb',
        color: '#111',
        fontSize: 20,
      }}
    >
      <header style={{ background: '#1e3a8a', color: '#fff', padding: '12px 24px' }}>
        <Flex align="center" justify="space-between" gap={16} wrap>
          <span style={{ fontSize: 28, fontWeight: 700 }}>{t('kiosk.brand')}</span>
          <Flex gap={12} align="center">
            {screen.name !== 'home' && (
              <Button size="large" icon={<HomeOutlined />} onClick={startOver} data-testid="kiosk-home-button">
                {t('kiosk.home.button')}
              </Button>
            )}
            <LangSwitch type="default" />
          </Flex>
        </Flex>
      </header>
      <main key={session} style={{ flex: 1, width: '100%', maxWidth: 1200, margin: '0 auto', padding: 24 }}>
        {screen.name === 'home' && (
          <KioskHome
            onApply={(kind) => setScreen({ name: 'apply', kind })}
            onTrack={() => setScreen({ name: 'track' })}
          />
        )}
        {screen.name === 'apply' && (
          <div style={{ maxWidth: 880, margin: '0 auto' }}>
            <PublicApplyForm
              channel="kiosk"
              initialKind={screen.kind}
              shared
              onTrack={(code) => setScreen({ name: 'track', code })}
            />
          </div>
        )}
        {screen.name === 'track' && (
          <div style={{ maxWidth: 880, margin: '0 auto' }}>
            <PublicTrackPanel initialCode={screen.code} shared />
          </div>
        )}
      </main>
      <footer
        data-testid="kiosk-hotline-hint"
        style={{ background: '#fff', borderTop: '2px solid #1e3a8a', padding: '16px 24px', textAlign: 'center' }}
      >
        <span style={{ fontSize: 24 }}>
          <PhoneFilled style={{ color: '#b91c1c' }} /> {t('kiosk.hotlineHint')}{' '}
          <strong style={{ fontSize: 32, color: '#b91c1c', letterSpacing: 2 }}>12348</strong>
        </span>
      </footer>
      {idle.countdown !== null && <KioskIdleOverlay seconds={idle.countdown} onStay={idle.stay} />}
    </div>
  );
}
