import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasPermission, homeOf, permissionsOf, type Role, roles } from './role';

test('every role has a home and at least one permission', () => {
  for (const role of roles) {
    assert.match(homeOf([role]), /^\/(workbench|admin)\//, role);
    assert.ok(permissionsOf([role]).length > 0, role);
  }
});

const homes: [Role[], string][] = [
  [['lawyer'], '/workbench/handler'],
  [['leader', 'hotline_agent'], '/workbench/hotline'],
  [['admin', 'supervisor'], '/workbench/supervision'],
  [[], '/'],
];
for (const [userRoles, home] of homes) {
  test(`roles [${userRoles}] land on ${home}`, () => assert.equal(homeOf(userRoles), home));
}

test('permissions combine across roles without duplicates', () => {
  const combined = permissionsOf(['admin', 'supervisor']);
  assert.equal(new Set(combined).size, combined.length);
  assert.ok(combined.includes('account.manage') && combined.includes('workbench.supervision'));
  assert.equal(hasPermission(['leader'], 'account.manage'), false);
  assert.equal(hasPermission(['admin'], 'account.manage'), true);
});
