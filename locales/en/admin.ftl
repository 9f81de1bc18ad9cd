## Admin console (IT admins and helpdesk) and the tenant parts of the employee guide.

admin-console = Passkey guide admin
admin-nav-label = Tenant sections
admin-nav-overview = Overview
admin-nav-branding = Branding
admin-nav-policy = Passkey policy
admin-nav-roster = Employees
admin-sign-out = Sign out
admin-form-has-errors = Some fields need attention. Nothing was saved; your entries are kept below.

role-owner = Owner
role-admin = Admin
role-helpdesk = Helpdesk

## Sign-in

admin-login-title = Sign in
admin-login-email = Email
admin-login-password = Password
admin-login-submit = Sign in
admin-login-failed = The email or password is not correct.
admin-login-rate-limited = Too many sign-in attempts. Wait a minute, then try again.

## Tenants and overview

admin-tenants-title = Your organizations
admin-tenants-none = Your account has no role in any organization yet. Ask an owner to add you.
admin-overview-title = Overview
admin-overview-employees = { $count ->
    [one] One employee on the roster.
   *[other] { $count } employees on the roster.
}
admin-overview-unpublished = The branding has changes that are not published yet.
admin-overview-guide-url = Guide for everyone (no personal link):
admin-links-heading = Personal links
admin-links-lead = Download every employee's personal link as a CSV file for your mail merge. Each link is signed and expires; download a fresh file for every mailing.
admin-links-export = Download links (CSV)

## Branding

admin-branding-title = Branding
admin-branding-name = Display name
admin-branding-colour = Primary color
admin-branding-colour-hint = A hex color such as #0b5cad. White text is drawn on it, so it must reach a contrast of 4.5:1.
admin-branding-intro = Introduction shown on the start page (plain text)
admin-branding-support = Support contact
admin-branding-support-email = Email
admin-branding-support-url = Help page (https://…)
admin-branding-support-phone = Phone
admin-branding-support-hours = Hours
admin-branding-save = Save draft
admin-branding-saved = Draft saved. Check the preview, then publish.
admin-branding-logo = Logo
admin-branding-logo-hint = PNG, JPEG or WebP, up to { $max } KB and { $side } pixels on each side. SVG files are not accepted.
admin-branding-logo-file = Logo file
admin-branding-logo-upload = Upload logo
admin-branding-logo-saved = Logo added to the draft.
admin-branding-logo-alt = Logo preview
admin-branding-preview = Preview
admin-branding-unpublished = Employees still see the published branding. Publish to show them this draft.
admin-branding-published = Employees see this branding.
admin-branding-publish = Publish
admin-branding-published-notice = Published. Employees now see the new branding.

branding-error-required = Enter a display name.
branding-error-too-long = Use at most { $max } characters, without control characters.
branding-error-colour = Enter a color as # followed by 6 hex digits, such as #0b5cad.
branding-error-contrast = White text on this color has a contrast of { $ratio }:1; at least { $min }:1 is needed. The nearest shade that passes is { $suggestion }.
branding-error-email = Enter an email address such as help@example.com.
branding-error-url = Enter a web address that starts with https:// or http://.
branding-error-phone = Enter a phone number using digits, spaces and + - ( ).

logo-error-empty = Choose a file to upload.
logo-error-too-large = The file is { $kib } KB; the limit is { $max } KB.
logo-error-svg = SVG logos are not accepted because they can contain scripts. Upload a PNG, JPEG or WebP file.
logo-error-format = This file is not a PNG, JPEG or WebP image.
logo-error-dimensions = The image is { $width } × { $height } pixels; each side must be between { $min } and { $max } pixels.

## Policy

admin-policy-title = Passkey policy
admin-policy-passkeys = Which passkeys your organization allows
admin-policy-synced-allowed = Synced and device-bound passkeys (iCloud Keychain, Google Password Manager, Microsoft Authenticator, Windows Hello, security keys)
admin-policy-device-bound-only = Device-bound passkeys only
admin-policy-attestation = Attestation is enforced (hides every option that cannot prove its make and model)
admin-policy-authenticators = Device-bound authenticators your organization supports
admin-policy-authenticator = Microsoft Authenticator
admin-policy-windows-hello = Windows Hello
admin-policy-windows-hello-hint = Off unless your organization turned it on in Entra: a passkey profile must list these Windows Hello AAGUIDs in its key restrictions, and must not enforce attestation. On PCs joined to or registered with Entra, Windows Hello for Business stays the way to sign in; the guide asks employees first and sends company PCs to the phone or a security key.
admin-policy-authenticator-hint = Security info offers "Passkey in Microsoft Authenticator" only when the passkey profile's key restrictions list these AAGUIDs. Without them, the guide's in-app path still works.
admin-policy-security-keys = FIDO2 security keys
admin-policy-security-info-url = Security info address
admin-policy-security-info-url-hint = Where employees register their passkey. Only https addresses on Microsoft sign-in hosts are accepted.
admin-policy-language = Default language
admin-policy-language-none = Browser language
admin-policy-host = Custom host name (optional)
admin-policy-host-hint = A host name such as passkeys.example.com that serves this guide at its root.
admin-policy-save = Save policy
admin-policy-saved = Policy saved. The guide uses it from now on.
admin-policy-error-url = The Security info address must be https on a Microsoft sign-in host.
admin-policy-error-host = Enter a host name such as passkeys.example.com, or leave it empty.
admin-policy-error-host-taken = Another organization already uses this host name.

## Roster

admin-roster-title = Employees
admin-roster-import = Import a roster
admin-roster-import-hint = A CSV file with a header row. Required columns: email (or UPN) and display name. Optional: preferred language, department, manager. Commas or semicolons both work. Importing again updates changed rows and leaves the rest alone.
admin-roster-file = CSV file
admin-roster-import-submit = Import
admin-roster-report = Import report
admin-roster-summary = { $inserted } added, { $updated } updated, { $unchanged } unchanged, { $bad } not imported.
admin-roster-line = Line { $line }
admin-roster-lookup = Look up an employee
admin-roster-search = Name or email
admin-roster-search-submit = Search
admin-roster-caption = Employees (first 50 matches)
admin-roster-name = Name
admin-roster-email = Email
admin-roster-language = Language
admin-roster-department = Department
admin-roster-link = Personal link

roster-error-empty = The file is empty.
roster-error-encoding = The file is not UTF-8 text. Save it as "CSV UTF-8" and try again.
roster-error-no-email-column = No email column found. Name one of the columns: { $expected }.
roster-error-no-name-column = No display name column found. Name one of the columns: { $expected }.
roster-error-too-large = The file is larger than { $max } MB.
roster-error-read = The file could not be read: { $detail }
roster-row-missing-email = The email is missing.
roster-row-invalid-email = "{ $value }" is not an email address.
roster-row-missing-name = The display name is missing.
roster-row-too-long = The { $column } is longer than { $max } characters.
roster-row-duplicate = The same email is already on line { $line }; this row was skipped.
roster-row-malformed = The row could not be read ({ $detail }).
roster-row-language-ignored = The language "{ $value }" is not available; the employee's browser language will be used.

## Errors

admin-error-title = This page cannot be shown
admin-error-not-found = This page does not exist, or your account has no access to it.
admin-error-forbidden = Your role in this organization can look things up but not change them.
admin-error-csrf = The form had expired. Go back, reload the page and try again.
admin-error-internal = Something went wrong on our side. Try again in a moment; if it keeps happening, tell the people who run this service.
admin-error-back = Back to the admin console

## The employee guide: the tenant's support contact and personal links

support-heading = Need help?
support-email = Email:
support-phone = Phone:
support-website = IT help page
support-hours = Hours:
footer-privacy-personal = You opened your personal link, so your IT team can see which steps of this guide you reached. It never sees what you type.
link-problem-title = This link cannot be used
link-invalid = This personal link is not valid. It may have been cut short or changed when it was copied.
link-expired = This personal link has expired.
link-unknown = This personal link is no longer active.
link-problem-generic = You can still set up your passkey with the general guide, and ask your IT team for a new link if you need one.
link-problem-open-guide = Open the guide

## Helpdesk: one employee's journey

admin-employee-title = Employee
admin-employee-back = Back to the roster
admin-journey-stage = Progress
admin-journey-stage-not-opened = Has not opened their link
admin-journey-stage-opened = Opened their link
admin-journey-stage-flow-started = Following the steps
admin-journey-stage-handed-off = Went to Security info
admin-journey-stage-confirmed = Confirmed their passkey is registered
admin-journey-stage-signed-in = Signed in with the passkey in the test
admin-journey-position = Last step reached
admin-journey-at-done = Finished: { $flow }
admin-journey-answer = “Did it work?” after Security info
admin-journey-answer-worked = Yes, it worked
admin-journey-answer-failed = No, it didn't work
admin-journey-devices = Devices used
admin-journey-last-seen = Last seen
admin-journey-registration = Registered in Entra ID
admin-journey-registration-unknown = Not known yet
admin-journey-registration-yes = Yes (as of { $at })
admin-journey-registration-no = No (as of { $at })
admin-journey-stuck = Stuck at { $step }: { $symptom }
admin-journey-stuck-help = What to do about it
admin-journey-help-page = Every known problem and its fix, as employees see them
admin-journey-reading-causes = Looked at the causes
admin-journey-timeline = Timeline
admin-journey-timeline-caption = Everything this employee did in the guide, oldest first. Repeats are counted, not listed.
admin-journey-when = When
admin-journey-what = What
admin-journey-where = Where
admin-journey-detail = Detail
admin-journey-device = Device
admin-journey-repeats = Repeats
admin-journey-times = { $count ->
    [one] once
   *[other] { $count } times, last { $last }
}
admin-journey-not-opened = This employee has not opened their personal link yet.
admin-journey-kind-page-viewed = Opened the start page
admin-journey-kind-flow-chosen = Chose a flow
admin-journey-kind-step-viewed = Reached a step
admin-journey-kind-handoff-clicked = Went to Security info
admin-journey-kind-done = Reached the last screen
admin-journey-kind-link-opened = Opened their link
admin-journey-kind-returned = Came back from Security info
admin-journey-kind-confirmed = Confirmed the passkey is registered
admin-journey-kind-stuck = Was stuck
admin-journey-kind-diagnostic-sent = Sent a report
admin-journey-kind-restarted = Started over
admin-journey-kind-sign-in-tested = Tested signing in with the passkey
admin-journey-sign-in-worked = The sign-in worked
admin-journey-sign-in-failed = The sign-in did not work
admin-diagnostics-title = Reports from the employee
admin-diagnostics-none = No reports.
admin-diagnostic-heading = Report { $reference }, { $at }
admin-diagnostic-where = Step
admin-diagnostic-symptom = Problem
admin-diagnostic-note = Their note
admin-diagnostic-device = Device
admin-diagnostic-probe = Browser checks
admin-diagnostic-no-probe = Not available (JavaScript was off)
admin-diagnostic-user-agent = User agent

## Reminders

admin-nav-reminders = Reminders
admin-reminders-title = Reminders
admin-reminders-lead = Reminders go to employees who were sent their personal link and who, according to Entra ID, have no passkey yet. Each reminder goes out once, outside quiet hours, in the employee's language.
admin-reminders-saved = Reminder settings saved.
admin-reminders-enabled = Send reminders automatically
admin-reminders-offsets = Days after the link was sent (comma-separated, for example 7, 14)
admin-reminders-time-zone = Time zone (IANA name, for example Europe/Berlin)
admin-reminders-quiet-from = Quiet from (hour, 0–23)
admin-reminders-quiet-until = Quiet until (hour, 0–23)
admin-reminders-weekends = No reminders on Saturdays and Sundays
admin-reminders-per-hour = At most this many emails an hour
admin-reminders-save = Save settings
admin-reminders-preview-title = If reminders ran now
admin-reminders-preview-lead = { $count ->
    [one] One employee would get a reminder now. Nothing is sent from this page.
   *[other] { $count } employees would get a reminder now. Nothing is sent from this page.
}
admin-reminders-preview-caption = Every employee and what the next run would do, with the reason
admin-reminders-col-reminder = Reminder
admin-reminders-col-why = Content or reason
admin-reminders-col-state = Status
admin-reminders-col-error = Error
admin-reminders-days = { $days }-day reminder
admin-reminders-none = None
admin-reminders-content-start-here = Start here (never opened)
admin-reminders-content-pick-up = Pick up at their step
admin-reminders-content-stuck = Stuck: the cause and its fix
admin-reminders-content-did-not-finish = It didn't finish
admin-reminders-skip-not-announced = Link not sent yet
admin-reminders-skip-registered = Has a passkey
admin-reminders-skip-status-unknown = Not in the registration status from Entra ID
admin-reminders-skip-opted-out = Opted out
admin-reminders-skip-not-due = Not due yet
admin-reminders-skip-all-sent = All reminders sent
admin-reminders-history-title = Reminders sent
admin-reminders-history-none = No reminders yet.
admin-reminders-history-caption = Reminders decided so far, newest first
admin-reminders-state-queued = Waiting to be sent
admin-reminders-state-sent = Sent
admin-reminders-state-failed = Failed
admin-reminders-state-superseded = Replaced by a later reminder
admin-reminders-error-offsets = Give one to five numbers of days between 1 and 90, separated by commas.
admin-reminders-error-time-zone = Use an IANA time zone name such as Europe/Berlin or America/New_York.
admin-reminders-error-hour = Use an hour from 0 to 23.
admin-reminders-error-per-hour = Use a number from 1 to 100000.
