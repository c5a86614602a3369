import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../i18n';

/** One click toggles between 中文 and English; the choice is kept in localStorage. */
export function LangSwitch({ type = 'text' }: { type?: 'text' | 'default' | 'link' }) {
  const { t } = useTranslation();
  const next = currentLanguage() === 'zh-CN' ? 'en-US' : 'zh-CN';
  return (
    <Button
      type={type}
      icon={<GlobalOutlined />}
      data-testid="lang-switch"
      aria-label={t('lang.switchLabel')}
      lang={next}
      onClick={() => void changeLanguage(next)}
    >
      {t('lang.switchTo')}
    </Button>
  );
}
