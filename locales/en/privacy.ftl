# Personal data: the employees' privacy page, and the console's retention, export and erasure.

## The employees' privacy page (/privacy)

footer-privacy-link = How your data is used
privacy-title = How your data is used
privacy-lead = This guide helps you register a passkey for your work account. Here is what it records, why, for how long, and who to ask.
privacy-your-organisation = your organisation
privacy-what-title = What is recorded
privacy-what-anonymous = Without a personal link: which pages of the guide are viewed, with the kind of device, its system and browser, and the language. Not who you are.
privacy-what-personal = With the personal link { $organisation } sent you: your name, work address and department from the list your IT team gave; which steps you reached and when; your answers, such as "it worked" or "I'm stuck" and why; the device, system version and browser you used; any report you sent to the helpdesk; the messages sent to you; and whether Microsoft Entra ID lists a passkey for your account.
privacy-what-cookies = The guide sets a cookie that keeps your personal link while you go through the steps, and one for your language if you choose one. There are no advertising or tracking cookies.
privacy-what-never = Never recorded: your password, your passkey, anything you type on Microsoft's pages, or where you are.
privacy-why-title = Why
privacy-why = So that the guide shows the steps for your device, your IT team can help you when you are stuck, and reminders go only to people who have not registered yet.
privacy-how-long-title = For how long
privacy-how-long = The step-by-step data { $organisation } holds about you is kept for { $days } days after you register a passkey or leave the rollout; then it is removed. The dates you reached each stage stay in the rollout's figures until you leave.
privacy-who-title = Who to ask
privacy-who = Ask the IT team of { $organisation } to see your data or to have it erased: they can give you everything recorded about you as a file, or erase it for good.
privacy-who-contact = Their contact details are at the bottom of this page.

## The console: retention, export and erasure

privacy-retention-title = Personal data
privacy-retention-now = Journey data is kept { $days } days after an employee registers a passkey or leaves the rollout.
privacy-retention-days = Days to keep
privacy-retention-save = Save
privacy-retention-hint = Applied every day. After the period, a registered employee's step-by-step data (devices, steps, answers, reports, messages) is removed while their roster entry and stage dates stay; someone who left is erased entirely. Employees read this on the guide's privacy page.
privacy-error-not-a-number = The retention period is a whole number of days.
privacy-error-out-of-range = The retention period is 1 to 3650 days.
privacy-done-erased = The employee was erased, with every record that named them.
privacy-done-retention-saved = Retention period saved.
privacy-employee-title = Personal data
privacy-export-submit = Export their data (JSON)
privacy-export-hint = Everything kept about this employee, for a subject-access request. The export is recorded in the audit log.
privacy-erase-hint = Erasing removes this employee and every record that names them: journey, devices, reports, messages and registration status. It cannot be undone. If they are still in an Entra rollout group, the next sync adds them again as a new employee.
privacy-erase-confirm = Type { $email } to confirm
privacy-erase-submit = Erase this employee
privacy-erase-mismatch = The address typed does not match: nothing was erased.
audit-action-retention-saved = Changed how long journey data is kept
audit-action-employee-erased = Erased an employee
audit-action-employee-exported = Exported an employee's data
