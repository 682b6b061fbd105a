// Accessibility: axe-core (WCAG 2.0/2.1 A and AA rules) on every route in Japanese and English,
// and the keyboard: the skip link comes first and works, every control is reachable with Tab in
// order, focus is never trapped, and the language switch works from the keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { start } from './harness.mjs';

const ROUTES = ['/', '/patient', '/patient/year', '/jmdp/fees', '/jmdp/exemption', '/jmdp/split', '/advanced/burden',
  '/advanced/cost-basis', '/pharmacist', '/hctc', '/cell-therapy', '/rules', '/no/such/page'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

/** One line per violation and node: route, language, rule, impact, element, what to fix. */
function describe(route, lang, violations) {
  return violations.flatMap((v) => v.nodes.map((n) =>
    `${lang} ${route}: [${v.impact}] ${v.id}: ${v.help}\n    at ${n.target.join(' ')}\n    ${(n.failureSummary || '').replace(/\n/g, '\n    ')}\n    ${n.html.slice(0, 200)}`));
}

async function axeEveryRoute(lang) {
  const found = [];
  for (const r of ROUTES) {
    const page = await h.open(r);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    await page.waitForTimeout(100); // let the first result render
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    found.push(...describe(r, lang, violations));
  }
  return found;
}

test('axe finds no WCAG 2.1 A/AA violation on any route, in Japanese and in English', async () => {
  const found = await axeEveryRoute('ja');
  const page = await h.open('/');
  await page.click('button[lang="en"]');
  found.push(...await axeEveryRoute('en'));
  await h.open('/');
  await h.page.click('button[lang="ja"]');
  if (found.length) console.log(`axe violations (${found.length}):\n${found.join('\n')}`);
  assert.equal(found.length, 0, `axe violations:\n${found.join('\n')}`);
});

/** Describes the focused element (tag, name or text), '' for none/body. */
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return '';
  const at = [...document.getElementsByTagName('*')].indexOf(el);
  return `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''}` +
    `${el.tagName === 'A' ? `[href=${el.getAttribute('href')}]` : ''} ${(el.textContent || '').trim().slice(0, 30)} @${at}`;
});

// href="#main" alone resolves against <base href> (it would leave the page), so the skip link
// moves focus itself: it must stay on the page and focus main.
test('keyboard: the skip link is first and moves focus to the main content', async () => {
  for (const r of ['/', '/jmdp/fees']) {
    const page = await h.open(r);
    await page.keyboard.press('Tab');
    assert.match(await focused(page), /^a\b.*本文へ移動/, `${r}: the first Tab reaches the skip link`);
    assert.ok(await page.evaluate(() => document.activeElement.getBoundingClientRect().left >= 0), 'visible when focused');
    await page.keyboard.press('Enter');
    assert.equal(new URL(page.url()).pathname, new URL(h.server.url + r.slice(1)).pathname, `${r}: the skip link stays on the page`);
    assert.match(await focused(page), /^main#main/, `${r}: Enter on the skip link focuses main`);
  }
});

test('keyboard: Tab reaches every control of every page once, in order, without a trap', async () => {
  const problems = [];
  for (const r of ROUTES) {
    const page = await h.open(r);
    // Every visible, enabled, tabbable control.
    const expected = await page.evaluate(() => {
      const sel = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
      return [...document.querySelectorAll(sel)].filter((el) => !el.disabled && el.tabIndex >= 0 &&
        el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[inert]') &&
        // Inside a closed <details> (its summary aside) a control has boxes but takes no focus.
        !((d) => d && !(el.tagName === 'SUMMARY' && el.parentElement === d && !d.parentElement.closest('details:not([open])')))(el.closest('details:not([open])')) &&
        !(el.type === 'radio' && !el.checked && document.querySelector(`input[type=radio][name="${el.name}"]:checked`))).length;
    });
    await page.evaluate(() => { document.activeElement?.blur(); window.getSelection()?.removeAllRanges(); });
    const seen = [];
    // A date input takes one Tab per part (year, month, day): consecutive repeats count once.
    for (let i = 0; i < expected * 3 + 10; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (!f || (seen.length && f === seen[0])) break; // left the page or wrapped around
      if (f !== seen.at(-1)) seen.push(f);
    }
    if (seen.length < expected) problems.push(`${r}: Tab reached ${seen.length} of ${expected} controls (last: ${seen.at(-1)})`);
    const dup = seen.filter((f, i) => seen.indexOf(f) !== i);
    if (dup.length) problems.push(`${r}: focus came back to ${dup[0]} (trap?)`);
  }
  assert.deepEqual(problems, []);
});

test('keyboard: the language switch works with Enter and Space', async () => {
  const page = await h.open('/');
  await page.focus('button[lang="en"]');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.focus('button[lang="ja"]');
  await page.keyboard.press('Space');
  assert.equal(await page.getAttribute('html', 'lang'), 'ja');
});
