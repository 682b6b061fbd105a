// Unit tests of tools/split.mjs's pure parts (node:test, no build): which pages share a chunk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lazyRoutes, sharedSets } from './split.mjs';

const LIB_RS = `site_pages! {
    "/jmdp/fees" => fees_page: pages::jmdp_fees::JmdpFees, Patient,
        "骨髄バンク 患者負担金", "JMDP patient fees", "…", "…";
    "/pharmacist" => pharmacist_page: pages::pharmacist::Pharmacist, Professional,
        "研修認定薬剤師の単位", "Pharmacist training credits", "…", "…";
    "/rules" => rules_page: pages::rules::RulesPage, Billing,
        "規則と出典の一覧", "Rules and sources", "…", "…";
}
`;

test('lazyRoutes reads the lazily loaded pages from the site_pages! table', () => {
  assert.deepEqual(lazyRoutes(LIB_RS), { '/jmdp/fees': 'fees_page', '/pharmacist': 'pharmacist_page', '/rules': 'rules_page' });
});

test('the shared set is every lazy page but those apart, as split-module name prefixes', () => {
  const routes = lazyRoutes(LIB_RS);
  assert.equal(sharedSets(routes, ['rules_page'], []), 'fees_page_,pharmacist_page_');
  assert.equal(sharedSets(routes, ['rules_page'], [['pharmacist_page']]), 'fees_page_,pharmacist_page_;pharmacist_page_');
  assert.equal(sharedSets(routes, [], []), 'fees_page_,pharmacist_page_,rules_page_');
});

test('the real site keeps /rules apart from the calculators and lists every calculator', () => {
  const routes = lazyRoutes();
  const set = sharedSets(routes).split(';')[0].split(',');
  assert.ok(!set.includes('rules_page_'));
  assert.equal(set.length, Object.keys(routes).length - 1);
  assert.ok(set.includes('fees_page_') && set.includes('pharmacist_page_'));
});

test('a page set apart that is no lazy page is an error, not a silent no-op', () => {
  assert.throws(() => sharedSets(lazyRoutes(LIB_RS), ['rule_page']), /APART names rule_page/);
  assert.throws(() => sharedSets(lazyRoutes(LIB_RS), [], [['fee_page']]), /PAGE_SETS names fee_page/);
});
