## Rollout dashboard, stragglers and audit log (admin console)

admin-nav-dashboard = Dashboard
admin-nav-audit = Audit log

dashboard-title = Rollout dashboard
dashboard-no-data = Nothing to show for this filter yet.
dashboard-export-csv = Download this table (CSV)
dashboard-show-table = Show the numbers as a table
dashboard-percent = { $n }%
dashboard-not-known = Not known

dashboard-filter-department = Department
dashboard-filter-all-departments = All departments
dashboard-filter-from = From
dashboard-filter-to = To
dashboard-filter-apply = Apply
dashboard-range-all = Counts cover all time. The chart shows the last six weeks (days in { $zone }).
dashboard-range-filtered = Counts and chart cover { $first } to { $last } (days in { $zone }).
dashboard-error-from = "From" must be a date such as 2026-11-01. Showing all time instead.
dashboard-error-to = "To" must be a date such as 2026-11-30. Showing all time instead.
dashboard-error-reversed = "To" is before "From". Showing all time instead.
dashboard-error-too-long = Choose a range of at most { $days } days. Showing all time instead.
dashboard-status-as-of = Registration status from Entra ID as of { $at }.
dashboard-status-never = No registration status from Entra ID yet: import the portal's CSV or set up the Microsoft Graph sync. Until then nobody counts as registered.
dashboard-status-error = The last Microsoft Graph sync failed: { $error }

dashboard-funnel-title = Funnel
dashboard-funnel-desc = How many of the { $roster } employees in the roster reached each stage.
dashboard-funnel-roster = In the roster
dashboard-funnel-announced = Sent their link
dashboard-funnel-opened = Opened their link
dashboard-funnel-flow-started = Started the steps
dashboard-funnel-handed-off = Went to Security info
dashboard-funnel-signed-in = Tested sign-in
dashboard-funnel-registered = Registered (per Entra ID)

dashboard-col-stage = Stage
dashboard-col-employees = Employees
dashboard-col-of-roster = Of the roster
dashboard-col-of-previous = Of the stage before
dashboard-col-platform = Device
dashboard-col-stuck = Stuck now
dashboard-col-stuck-rate = Stuck rate
dashboard-col-below-minimum = OS too old
dashboard-col-registered = Registered
dashboard-col-os-version = OS version
dashboard-col-browser = Browser
dashboard-col-in-app = In-app browser
dashboard-col-step = Step
dashboard-col-symptom = Symptom
dashboard-col-date = Date
dashboard-col-announced = Links sent
dashboard-col-reminders = Reminders sent
dashboard-col-reason = Reason

dashboard-platforms-title = Devices
dashboard-platforms-desc = Employees who opened their link, by the device of their latest visit, with how many are stuck now.
dashboard-platform-bar = { $n } ({ $stuck } stuck)
dashboard-below-minimum-title = OS versions below a flow's minimum
dashboard-browsers-title = Browsers
dashboard-in-app-title = In-app browsers
dashboard-stuck-title = Where people get stuck

dashboard-days-title = Registrations per day
dashboard-days-desc = { $total } passkeys registered from { $first } to { $last }. Reminders went out on { $reminderDays } of these days, marked with a triangle.
dashboard-legend-reminders = Reminders sent that day
dashboard-legend-announced = Links sent that day

dashboard-stragglers-title = Who is left
dashboard-stragglers-intro = Employees without a passkey according to Entra ID, by the most telling reason. Open a group to see the people and export them.
dashboard-stragglers-counts = Who is left, by reason
dashboard-straggler-stuck = Stuck
dashboard-straggler-below-minimum = OS too old
dashboard-straggler-handed-off = Went to Security info, not registered
dashboard-straggler-never-opened = Never opened their link
dashboard-straggler-in-progress = Started, not finished

stragglers-title = Employees without a passkey
stragglers-back = Back to the dashboard
stragglers-all-reasons = Every reason
stragglers-count =
    { $n ->
        [one] One employee.
       *[other] { $n } employees.
    }
stragglers-export = Download all of them (CSV)
stragglers-col-name = Name
stragglers-col-email = Email
stragglers-col-department = Department
stragglers-col-manager = Manager
stragglers-col-detail = Details
stragglers-col-last-seen = Last seen
stragglers-previous = Previous page
stragglers-next = Next page
stragglers-pages = Pages
stragglers-page-of = Page { $page } of { $pages }

audit-title = Audit log
audit-intro = Every change made to this organisation in the console or on the command line, newest first.
audit-col-when = When
audit-col-who = Who
audit-col-what = What
audit-col-changes = Changes
audit-action-branding-saved = Saved the branding draft
audit-action-logo-uploaded = Uploaded a logo
audit-action-branding-published = Published the branding
audit-action-policy-saved = Changed the policy
audit-action-roster-imported = Imported the roster
audit-action-links-exported = Exported the personal links
audit-action-reminders-saved = Changed the reminder settings
audit-action-tenant-created = Created the organisation
audit-action-admin-granted = Gave an account a role
audit-action-registration-imported = Imported the registration status
audit-action-reminders-announced = Sent the announcement
