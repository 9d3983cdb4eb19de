// The demo's timed journey: sign in once, then per run search for a lamp, add it to the cart
// and pay. Its metrics are the playbook's: search latency (< 500 ms) and time to payment (< 5 s).
import { defineJourney } from '../src/index.ts';

export default defineJourney({
  name: 'search-checkout',
  start: '/shop.html',
  marks: ['start', 'typed', 'results', 'pay', 'confirmed'],
  metrics: {
    search: ['typed', 'results'],
    time_to_payment: ['start', 'confirmed'],
    pay_to_confirmation: ['pay', 'confirmed'],
  },
  async login({ page, baseUrl }) {
    await page.goto(new URL('/login.html', baseUrl).href);
    await page.fill('#user', 'demo');
    await Promise.all([page.waitForURL('**/shop.html'), page.click('#sign-in')]);
  },
  async steps({ page, mark }) {
    mark('start');
    await page.fill('#q', 'lamp');
    mark('typed');
    await page.locator('#results[data-query="lamp"] .add').first().waitFor();
    mark('results');
    await page.locator('.add').first().click();
    mark('pay');
    await page.click('#pay');
    await page.locator('#confirmation').waitFor({ state: 'visible' });
    mark('confirmed');
  },
});
