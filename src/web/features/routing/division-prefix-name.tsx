import { Typography } from 'antd';
import { scopePrefix } from '../../../shared/domain/division';
import { useDivisionDetail } from '../division/division.api';

/** The division a prefix is the scope of ('370811' → 任城区), when it is one; else the digits alone. */
export function divisionOfPrefix(prefix: string): string | null {
  if (!/^\d{2,12}$/.test(prefix)) return null;
  const code = prefix.padEnd(12, '0');
  return scopePrefix(code) === prefix ? code : null;
}

export function DivisionPrefixName({ prefix }: { prefix: string }) {
  const division = useDivisionDetail(divisionOfPrefix(prefix));
  return (
    <span data-testid="division-prefix">
      {division.data && <span style={{ marginInlineEnd: 6 }}>{division.data.name}</span>}
      <Typography.Text type="secondary" code>
        {prefix}
      </Typography.Text>
    </span>
  );
}
