import { Button, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Quiet this long, a kiosk warns that it will start over… */
export const kioskIdleMs = 90_000;
/** …and starts over this many seconds later unless someone touches it. */
export const kioskCountdownSeconds = 10;

const activityEvents = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

/**
 * Watches for a person at the terminal: any touch, key or scroll counts. While `armed` (someone
 * has started something), 90 s of quiet shows a countdown, and 10 s more calls `onReset`.
 * Time is read from Date.now() on a short interval, so a sleeping tab or a test clock that
 * jumps forward lands in the right state at once.
 */
export function useIdleReset(armed: boolean, onReset: () => void) {
  const last = useRef(Date.now());
  const reset = useRef(onReset);
  reset.current = onReset;
  const [countdown, setCountdown] = useState<number | null>(null);

  useEffect(() => {
    // Only the clock is moved here: hiding the warning on pointerdown would let the click that
    // follows land on whatever lies under it. The warning closes on its own click (stay).
    const touched = () => {
      last.current = Date.now();
    };
    for (const name of activityEvents) window.addEventListener(name, touched, { capture: true, passive: true });
    return () => {
      for (const name of activityEvents) window.removeEventListener(name, touched, { capture: true });
    };
  }, []);

  useEffect(() => {
    if (!armed) {
      setCountdown(null);
      return;
    }
    last.current = Date.now();
    const limit = kioskIdleMs + kioskCountdownSeconds * 1000;
    const timer = setInterval(() => {
      const quiet = Date.now() - last.current;
      if (quiet >= limit) {
        setCountdown(null);
        reset.current();
      } else if (quiet >= kioskIdleMs) {
        setCountdown(Math.ceil((limit - quiet) / 1000));
      } else if (quiet >= 1000) {
        // Someone pressed a key a moment ago without the warning's button: it goes away too.
        setCountdown(null);
      }
    }, 250);
    return () => clearInterval(timer);
  }, [armed]);

  const stay = () => {
    last.current = Date.now();
    setCountdown(null);
  };
  return { countdown, stay };
}

/** The warning over everything: how many seconds are left, and one big button to carry on. */
export function KioskIdleOverlay({ seconds, onStay }: { seconds: number; onStay: () => void }) {
  const { t } = useTranslation();
  return (
    <div
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="kiosk-idle-title"
      data-testid="kiosk-idle-overlay"
      // A touch anywhere on the warning means someone is here.
      onClick={onStay}
      onKeyDown={onStay}
      style={{
        position: 'fixed',
        inset: 0,
        zIndex: 3000,
        background: 'rgba(0, 0, 0, 0.8)',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 24,
      }}
    >
      <div
        style={{
          background: '#fff',
          borderRadius: 16,
          padding: '40px 48px',
          maxWidth: 640,
          width: '100%',
          textAlign: 'center',
        }}
      >
        <Typography.Title level={2} id="kiosk-idle-title" style={{ marginTop: 0 }}>
          {t('kiosk.idle.title')}
        </Typography.Title>
        <div
          aria-live="assertive"
          data-testid="kiosk-idle-countdown"
          style={{ fontSize: 96, fontWeight: 700, lineHeight: 1.1, color: '#b91c1c' }}
        >
          {seconds}
        </div>
        <Typography.Paragraph style={{ fontSize: 24, margin: '16px 0 32px' }}>
          {t('kiosk.idle.hint', { seconds })}
        </Typography.Paragraph>
        <Button type="primary" size="large" block onClick={onStay} data-testid="kiosk-idle-stay" autoFocus>
          {t('kiosk.idle.stay')}
        </Button>
      </div>
    </div>
  );
}
