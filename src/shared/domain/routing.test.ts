import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OrganizationIndex, orderRules, pickHandler, type RoutingRule, routeOrder, searchPath } from './routing';

const VILLAGE = '370811002001'; // a village of 许庄街道, 任城区
const TOWNSHIP = '370811002000';
const COUNTY = '370811000000';
const CITY = '370800000000';

const rules: RoutingRule[] = [
  {
    id: 1,
    kind: null,
    legalDomain: null,
    divisionPrefix: null,
    organizationKinds: ['pls_room', 'pls_station', 'pls_centre'],
    startLevel: 'village',
    priority: 100,
  },
  {
    id: 2,
    kind: 'legal_aid',
    legalDomain: null,
    divisionPrefix: null,
    organizationKinds: ['legal_aid_centre'],
    startLevel: 'county',
    priority: 100,
  },
  {
    id: 3,
    kind: 'consultation',
    legalDomain: 'labor',
    divisionPrefix: '370811',
    organizationKinds: ['pls_station'],
    startLevel: 'township',
    priority: 100,
  },
  {
    id: 4,
    kind: 'notarization',
    legalDomain: null,
    divisionPrefix: null,
    organizationKinds: ['notary_office'],
    startLevel: 'county',
    priority: 100,
  },
];

const orgs = new OrganizationIndex([
  { id: 10, kind: 'pls_room', divisionCode: VILLAGE },
  { id: 11, kind: 'pls_station', divisionCode: TOWNSHIP },
  { id: 12, kind: 'pls_centre', divisionCode: COUNTY },
  { id: 13, kind: 'legal_aid_centre', divisionCode: CITY },
  { id: 14, kind: 'pls_centre', divisionCode: CITY },
]);

const cases: [
  string,
  { kind: string; legalDomain: string | null; divisionCode: string },
  [number, number, string, boolean] | undefined,
][] = [
  [
    'a village matter goes to the village room',
    { kind: 'consultation', legalDomain: null, divisionCode: VILLAGE },
    [10, 1, 'village', false],
  ],
  [
    'a township matter starts at the township station',
    { kind: 'mediation', legalDomain: null, divisionCode: TOWNSHIP },
    [11, 1, 'township', false],
  ],
  [
    'the most specific rule wins (kind + domain + area)',
    { kind: 'consultation', legalDomain: 'labor', divisionCode: VILLAGE },
    [11, 3, 'township', false],
  ],
  [
    'legal aid walks up from the county to the city centre',
    { kind: 'legal_aid', legalDomain: null, divisionCode: VILLAGE },
    [13, 2, 'city', true],
  ],
  [
    'a village of another county walks up to the city',
    { kind: 'consultation', legalDomain: null, divisionCode: '370883105001' },
    [14, 1, 'city', true],
  ],
  [
    'no notary office anywhere: a later rule catches it',
    { kind: 'notarization', legalDomain: null, divisionCode: VILLAGE },
    [10, 1, 'village', false],
  ],
];

for (const [name, order, expected] of cases) {
  test(name, () => {
    const decision = routeOrder(order, orderRules(rules), orgs);
    assert.deepEqual(
      decision && [decision.organizationId, decision.ruleId, decision.level, decision.walkedUp],
      expected,
    );
  });
}

test('with no rule matching, nothing is chosen', () => {
  assert.equal(
    routeOrder({ kind: 'x', legalDomain: null, divisionCode: VILLAGE }, orderRules([rules[1] as RoutingRule]), orgs),
    undefined,
  );
});

test('the search path climbs from the start level to the city, never the province', () => {
  assert.deepEqual(
    searchPath(VILLAGE, 'township').map((s) => s.code),
    [TOWNSHIP, COUNTY, CITY],
  );
});

test('the handler with the fewest open orders takes it; ties to the lowest id', () => {
  assert.equal(
    pickHandler([
      { id: 5, openOrders: 3 },
      { id: 7, openOrders: 1 },
      { id: 6, openOrders: 1 },
    ]),
    6,
  );
  assert.equal(pickHandler([]), undefined);
});
