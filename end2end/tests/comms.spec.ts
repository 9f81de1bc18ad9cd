import { expect, test } from '@playwright/test';
import { signIn } from './console';

// An admin edits the German final notice on the Comms page: a text without the personal link
// is refused with the reason, a good one is previewed with the sample employee and saved.
// Plain forms: the same with JavaScript off and on.
test('an admin edits, previews and saves a message text in German', async ({ page }, info) => {
  const slug = `e2e-${info.project.name}`;
  await signIn(page, `owner@${slug}.example`);
  await page.goto(`/admin/t/${slug}/comms`);
  await expect(page.getByRole('heading', { level: 1, name: 'Comms' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'Final notice' }).filter({ hasText: 'Deutsch' });
  await row.getByRole('link', { name: 'Edit' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/t/${slug}/comms/templates/final-notice/de$`));

  await page.getByLabel('Subject').fill('Letzte Erinnerung: bis {deadline}');
  await page.getByLabel('Message').fill('Hallo {name}, bitte heute noch einrichten.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toContainText('{link}');

  await page.getByLabel('Message').fill('Hallo {name},\n\nbitte bis {deadline} einrichten: {link}');
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.locator('[data-preview]');
  await expect(preview).toContainText('Erika Mustermann');
  await expect(preview).toContainText('/link/');

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Message text saved.');
  await expect(page.getByText('Your text', { exact: true })).toBeVisible();
});
