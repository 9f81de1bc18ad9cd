# Comms: mail transport, programme (deadline, mandatory, manager digests), announcement waves,
# message templates, and the messages themselves.

admin-nav-comms = Comms
admin-links-announce = These links go out now: count everyone's reminders from today
admin-reminders-skip-past-deadline = After the deadline: reminders have stopped

audit-action-mail-transport-saved = Changed how mail is sent
audit-action-template-saved = Saved a message text
audit-action-template-reset = Went back to the built-in message text
audit-action-programme-saved = Changed the deadline or programme rules
audit-action-wave-scheduled = Scheduled an announcement wave
audit-action-wave-cancelled = Cancelled an announcement wave

## Messages to employees and managers
final-notice-subject = { $org }: last reminder: set up your passkey by { $deadline }
final-notice-body = This is the last reminder: please set up your passkey by { $deadline }. It takes about five minutes, and your personal guide shows the exact steps.
reminder-deadline = Please set up your passkey by { $deadline }.
digest-subject = { $org }: people in your team who still need to set up a passkey
digest-body = These people who report to you have not set up their passkey yet. A reminder from you helps; each of them has their personal guide in their email.
digest-reason-stuck = stuck and asked for help
digest-reason-device-too-old = their device is too old for passkeys
digest-reason-in-progress = started but not finished
digest-reason-never-opened = has not opened their guide yet
digest-at-step = step { $step }: { $title }
template-sample-name = Alex Example
template-sample-deadline = 2027-01-31
template-sample-step = You stopped at step 3, “Add a passkey”, of Set up on iPhone. Your personal link takes you back to that step.
template-test-tag = Test

## Employee pages
mandatory-note = Setting up a passkey is required for everyone in your organization, so these emails cannot be turned off.
mandatory-note-contact = Setting up a passkey is required for everyone in your organization, so these emails cannot be turned off. Questions? Contact { $support }.
unsubscribe-title = Reminder emails
unsubscribe-lead = Stop the reminder emails about setting up your passkey?
unsubscribe-invalid = This address no longer works. Open the personal link in your latest email to stop reminder emails.

## Console: the comms page
comms-title = Comms
comms-lead = How your messages are sent, the deadline, announcement waves, and the text of each message.
comms-saved-transport = Mail settings saved.
comms-saved-programme = Programme saved.
comms-saved-wave = Wave saved. A wave for now is sent at once; a scheduled one within five minutes of its time.
comms-saved-wave-cancelled = Wave cancelled.
comms-saved-test = Test message queued to your address.
comms-save = Save
comms-send-test = Send me a test
comms-transport-title = How mail is sent
comms-transport-now-graph = Sent with Microsoft Graph from { $from }.
comms-transport-now-smtp = Sent through your SMTP server from { $from }.
comms-transport-now-server = Sent through this server's mail settings.
comms-transport-legend = Send with
comms-transport-graph = Microsoft Graph, from a mailbox of yours
comms-transport-smtp = Your own SMTP server
comms-transport-needs-entra = Microsoft Graph needs the Entra connection first.
comms-transport-graph-hint = Graph needs the Mail.Send application permission. Limit it to the sending mailbox in Exchange Online, as the documentation shows, then send yourself a test.
comms-from = From address
comms-reply-to = Reply-To address (optional)
comms-smtp-url = SMTP server URL
comms-smtp-url-hint = For example smtp://user:password@smtp.example.com:587?tls=required. Stored encrypted and never shown again; leave it empty to keep the stored one.
comms-programme-title = Programme
comms-deadline = Deadline (optional)
comms-deadline-hint = The final notice goes out 3 days before; reminders stop after the deadline. Dates are in { $zone }.
comms-mandatory = Registration is mandatory: employees cannot turn off the emails
comms-manager-digest = Send each manager a weekly list of their team members who have not registered
comms-waves-title = Announcement waves
comms-waves-lead = Announce a cohort first (a pilot), then the rest. Only people not yet announced get it, and each person's reminders count from their own announcement.
comms-cohort = Who
comms-cohort-everyone = Everyone not yet announced
comms-cohort-department = Department
comms-cohort-group = Entra group
comms-cohort-list = List of addresses
comms-cohort-value = Department name or Entra group object ID
comms-cohort-addresses = Addresses (CSV with an email column, or one address a line)
comms-wave-at = When (leave empty for now)
comms-wave-at-hint = Time in { $zone }.
comms-wave-schedule = Announce
comms-waves-caption = Waves, newest first
comms-wave-col-at = When
comms-wave-col-state = State
comms-wave-col-announced = Announced
comms-wave-cancel = Cancel
comms-wave-state-scheduled = Scheduled
comms-wave-state-sending = Sending
comms-wave-state-sent = Sent
comms-wave-state-failed = Failed
comms-templates-title = Message texts
comms-templates-lead = Each message in each language uses the built-in text until you change it.
comms-templates-caption = Messages and languages
comms-template-col-message = Message
comms-template-col-language = Language
comms-template-col-state = Text
comms-template-edit = Edit
comms-template-custom = Your text
comms-template-built-in = Built-in text
comms-kind-announcement = Announcement
comms-kind-reminder = Reminder
comms-kind-final-notice = Final notice
comms-kind-manager-digest = Manager digest

## Console: editing one message
comms-back = Back to Comms
comms-template-problems = The text was not saved:
comms-subject = Subject
comms-body = Message
comms-placeholders = Placeholders you can use, written with their braces:
comms-preview = Preview
comms-preview-title = Preview with a sample employee
comms-template-reset = Go back to the built-in text
comms-template-saved = Message text saved.
comms-template-was-reset = The built-in text is used again.
comms-field-subject = The subject
comms-field-body = The message
comms-problem-unknown-placeholder = { $field } uses { $placeholder }, which is not a placeholder.
comms-problem-not-allowed = { $field } uses { $placeholder }, which this message cannot fill in.
comms-problem-missing = The message must contain { $placeholder }.
comms-problem-unclosed = { $field } has a brace that is not closed on its line. Write {"{{"} for a brace of your own.
comms-problem-line-break = The subject must be a single line.
comms-problem-empty = { $field } is empty.
comms-problem-too-long = { $field } is longer than { $max } characters.

## Dashboard
dashboard-col-waves = Waves
dashboard-wave = { $cohort } { $value } ({ $count } announced)
