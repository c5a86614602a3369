import { Button, type ButtonProps } from 'antd';
import { useNavigate } from 'react-router';

/** A button that navigates inside the app (a Link around a Button would nest two controls). */
export function LinkButton({ to, ...props }: ButtonProps & { to: string }) {
  const navigate = useNavigate();
  return <Button {...props} onClick={() => navigate(to)} />;
}
