## Frame

app-name = Passkey setup
meta-description = Step-by-step help to register a passkey for your work account on the device in your hand.
skip-to-content = Skip to content
language-switcher-label = Language
footer-privacy = This guide records which steps are viewed, never who you are or what you type.

## Start page

home-title = Set up your passkey
home-lead = A passkey lets you sign in to your work account with your face, fingerprint or screen lock instead of a password. This guide shows the exact steps for your device.
device-heading = Your device
device-label = Device
system-label = System
browser-label = Browser
opened-in-label = Opened in
recommended-heading = Recommended for you
other-options-heading = Other ways that work on this device
unavailable-heading = Not available here
start-recommended = Start
start-this = Use this instead
picker-heading = Not your device?
picker-lead = Pick the device you want to set up the passkey on:
picker-detect-again = Detect my device again

## Platforms, systems, browsers, apps

platform-iphone = iPhone
platform-ipad = iPad
platform-android = Android phone
platform-samsung = Samsung Galaxy
platform-windows = Windows PC
platform-macos = Mac
platform-linux = Linux computer
platform-chromeos = Chromebook
platform-unknown = Unknown device
os-iphone = iOS
os-ipad = iPadOS
os-android = Android
os-samsung = Android
os-windows = Windows
os-macos = macOS
os-linux = Linux
os-chromeos = ChromeOS
os-unknown = Operating system
os-version-exact = { $os } { $version }
os-version-at-least = { $os } { $version } or later
os-version-hidden = { $os } (your browser does not show the version)
browser-safari = Safari
browser-chrome = Google Chrome
browser-edge = Microsoft Edge
browser-firefox = Firefox
browser-samsung-internet = Samsung Internet
browser-opera = Opera
browser-webview = An app's built-in browser
browser-other = Another browser
in-app-outlook = Outlook
in-app-teams = Microsoft Teams
in-app-google-app = the Google app
in-app-facebook = Facebook
in-app-instagram = Instagram
in-app-linkedin = LinkedIn
in-app-line = LINE
in-app-wechat = WeChat
in-app-snapchat = Snapchat
in-app-tiktok = TikTok
in-app-naver = NAVER
in-app-apple-news = Apple News
in-app-unidentified = an app's built-in browser

## Passkey types

passkey-type-synced = Synced passkey: available on all your devices signed in to the same account
passkey-type-device-bound = Device-bound passkey: stays on this one device or key

## Notes before starting

note-in-app-browser = This page is open inside { $app }. Passkeys often cannot be created there: open the link in { $browser ->
        [safari] Safari
       *[other] Chrome
    } instead (use the menu and choose “Open in browser”).
note-maybe-ipad = On an iPad? iPads show up as a Mac to websites. Pick iPad below if that is what you are holding.
note-version-unknown = Your browser does not tell us which { $os } version you have. Each option below says which version it needs.
note-unknown-device = We could not recognise your device. Pick it from the list below.
note-update-first = { $flow } needs { $os } { $min } or later, and you have { $have }. Update first, or use { $alternative }.
note-update-first-only = { $flow } needs { $os } { $min } or later, and you have { $have }. Update your device first, or ask your IT helpdesk for help.
note-nothing-here = None of the ways your organization allows works on this device. Use another device from the list below, or ask your IT helpdesk.
note-firefox-android = Firefox on Android cannot create passkeys for work accounts. Open this link in Chrome or Edge instead.
note-firefox-linux-cross-device = Firefox on Linux cannot connect to your phone. Use a security key, or open this page in Chrome or Edge.
note-untested-browser-android = Microsoft tests passkeys with Chrome and Edge on Android. If nothing happens when you create the passkey, open this link in Chrome.
note-untested-browser = Microsoft does not test passkeys with this browser. If nothing happens when you create the passkey, open this link in Edge or Chrome.

note-managed-pc = On a company PC, setting up Windows Hello can create a Windows Hello for Business sign-in, and the passkey registration then fails. Create your passkey on your phone with Microsoft Authenticator, or with a security key, instead.

## Why an option is not available

blocked-synced-not-allowed = Your organization allows only passkeys that stay on one device.
blocked-attestation-required = Your organization requires verified (attested) passkeys, which this option cannot provide.
blocked-not-supported = Your organization does not support this kind of passkey. Choose another option.
blocked-os-too-old = Needs { $os } { $min } or later; you have { $have }.
blocked-browser = Does not work in this browser.
blocked-managed-pc = Not on a company PC: Windows Hello for Business would make the registration fail.
version-unverified = Needs { $os } { $min } or later.

## In-browser check

probe-no-webauthn = This browser cannot create passkeys. Open the link in your device's main browser.
probe-no-platform-authenticator = This device has no screen lock or biometrics ready for passkeys. Set up a PIN, fingerprint or face recognition first, or choose another option.
probe-no-hybrid = This browser cannot connect to a phone. Use a security key or another browser.
probe-looks-like-ipad = This looks like an iPad.
probe-show-ipad-steps = Show the iPad steps
probe-ready = This browser can create passkeys.
probe-checking = Checking what this browser can do…

## Guide

step-count = Step { $current } of { $total }
handoff-button = Open Security info
handoff-hint = Opens Microsoft's Security info page. Keep this guide open, or come back to it, for the next steps.
handoff-next-steps = After Security info, these steps are left:
handoff-question = Back from Security info? Did it work?
handoff-worked = Yes, continue
handoff-failed = No, I'm stuck
sign-in-question = Did the test sign-in work?
sign-in-worked = Yes, I signed in with my passkey
sign-in-failed = No, it didn't work
managed-pc-question = Is this a company PC, joined to or registered with your organization?
managed-pc-yes = Yes, it's a company PC
managed-pc-no = No, it's my own PC
home-microsoft-prompt = Microsoft may also ask you to add a passkey when you sign in. That is the same registration: follow it, and use these steps if you need help.

## Way out of an app's built-in browser

escape-title = Open this page in your browser first
escape-lead = You opened this link inside { $app }. Passkeys usually can't be created in an app's built-in browser.
escape-open-browser = Open in my browser
# The menu labels differ between apps and versions; these follow each app's usual menu.
escape-ios-steps = { $app ->
        [facebook] Tap ⋯ at the top right, then Open in external browser.
        [instagram] Tap ⋯ at the top right, then Open in external browser.
        [linkedin] Tap ⋯ at the top right, then Open in Safari.
        [wechat] Tap ⋯ at the top right, then Open in Safari.
        [line] Tap ⋯ or the share button, then Open in Safari.
        [google-app] Tap the share button or ⋯, then Open in Safari.
       *[other] Look for ⋯ or the share button, then choose Open in Safari or Open in browser. If there is none, copy the link below and paste it into Safari.
    }
escape-copy-label = Or copy this link and paste it into { $browser ->
        [safari] Safari
       *[other] your browser
    }:
escape-copy-button = Copy link
escape-copied = Copied. Now paste it into your browser's address bar.

## Every known problem on one page

help-title = Known problems, by what you see
help-lead = Find what you see on your screen. Each entry says what causes it and how to fix it. If none fits, your helpdesk can help.
help-link = All known problems
help-for-devices = Happens on: { $devices }
step-nav-label = Step navigation
all-steps-label = All steps
nav-back = Back
nav-all-options = All options
nav-next = Next step
nav-finish = I'm done
guide-other-device = These steps are for a different device than your { $device }. Check the options for your device on the start page.
sources-label = Sources
sources-reviewed = Steps checked against these documents on { $date }:

## Done

done-title = You have a passkey
done-lead = Well done: you finished the { $flow } steps.
done-check = To be sure it worked, open Security info and check that your new passkey is listed. Next time you sign in, choose “Sign in with a passkey” or “Face, fingerprint, PIN or security key”.
done-open-security-info = Check in Security info
done-back = Back to the last step
done-confirm-question = Is your new passkey listed under your sign-in methods in Security info?
done-confirm-yes = Yes, it's listed
done-confirm-no = No, something went wrong
done-confirmed = Great, you're all set.
done-confirmed-linked = Great, you're all set. Your IT team can see that you're done, so you won't get reminders about this.

## Errors

not-found-title = Page not found
not-found-lead = This page does not exist. The guide for your device is on the start page.
not-found-home = Go to the start page

## Print view

print-link = Printable version with all steps
print-lead = All steps on one page, to print or to hand to a colleague.
print-handoff = At this step, open { $url } in the browser and sign in with your work account.

## Journey: resume, start over, I'm stuck, diagnostics, continue on your phone

resume-note = Welcome back. This is the step you reached last time.
restart = Start over
stuck-link = I'm stuck
stuck-title = Stuck at “{ $step }”
stuck-lead = These are the known causes at this step on { $device }, the most likely first. Each one says how to fix it.
stuck-detected = Likely: we can see this on your device
stuck-none = No known cause fits this step on your device. Your helpdesk can help.
stuck-back = Back to the step
stuck-something-else = Something else
diag-title = Still stuck? Tell your helpdesk
diag-symptom = What went wrong?
diag-note = Anything else your helpdesk should know? (optional)
diag-includes = Your helpdesk gets your name, this step, your device and browser, what your browser says it supports, and the time. Nothing else.
diag-send = Send to helpdesk
diag-sent = Sent. Your helpdesk can see it now. If you call them, give this reference: { $reference }.
diag-needs-link = To send your helpdesk a report, open this guide from the personal link in your email. You can also contact them directly with the details below.
continue-title = Continue on your phone
continue-lead = Scan this code with your phone's camera to open this guide on your phone. It shows the steps for your phone.
continue-lead-linked = Scan this code with your phone's camera to continue on your phone. Your progress comes with you. The code works for 15 minutes.
continue-qr-alt = QR code that opens this guide on your phone
continue-url = Can't scan it? Open this address on your phone
diag-mail-subject = Passkey setup: { $name } is stuck at “{ $step }”
diag-mail-body =
    { $name } ({ $email }) sent a report from the passkey guide.

    Flow: { $flow }
    Step { $number }: { $step }
    Problem: { $symptom }
    Device: { $device }
    Their note: { $note }
    Browser checks: { $probe }
    Reference: { $reference }

    Their journey and earlier reports: { $link }

## Reminder emails

reminder-subject-start-here = { $org }: set up your passkey, it takes about five minutes
reminder-subject-pick-up = { $org }: pick up your passkey setup where you left off
reminder-subject-stuck = { $org }: help with your passkey setup
reminder-subject-did-not-finish = { $org }: your passkey setup didn't finish
reminder-greeting = Hello { $name },
reminder-body-start-here = You haven't set up your passkey for your work account yet. Your personal guide shows the exact steps for your phone or computer.
reminder-body-pick-up = You stopped at step { $step }, “{ $title }”, of { $flow }. Your personal link takes you back to that step.
reminder-body-stuck = You got stuck at step { $step }, “{ $title }”, of { $flow }. This is what usually fixes it:
reminder-body-did-not-finish = It looks like your passkey setup didn't finish: your organization doesn't see a passkey for your account yet. Open your personal link to try again.
reminder-button = Open my passkey guide
reminder-help = Questions? Contact { $support }.
reminder-footer = You're getting this because { $org } is moving sign-in to passkeys. The link is personal: please don't forward it.
announcement-subject = { $org }: set up a passkey for signing in to your work account
announcement-body = { $org } is moving sign-in to passkeys: no more passwords to type, and nothing to phish. Your personal guide detects your phone or computer and shows the exact steps. It takes about five minutes.
reminder-opt-out = Don't want these reminders? Open your link and choose “Stop reminder emails” at the bottom of the page.
opt-out-button = Stop reminder emails
opt-out-done = You won't get reminder emails about your passkey any more. Your IT team can see this.

# Shown when one personal link is used too often in a short time (HTTP 429).
rate-limited-title = Too many requests
rate-limited-lead = This link was opened very often in a short time. Wait { $seconds } seconds, then reload the page.
rate-limited-next = If this keeps happening, contact your IT helpdesk.
