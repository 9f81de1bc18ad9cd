## Flow content: titles, summaries and steps of each registration flow, and the
## troubleshooting entries. Variables: $os_major (a number, or "unknown"),
## $browser (safari, chrome, edge, firefox, samsung-internet, opera, webview, other, unknown) and
## $platform (iphone, ipad, android, samsung, windows, macos, linux, chromeos, unknown).

## iPhone or iPad with Microsoft Authenticator

flow-iphone-authenticator-title = iPhone or iPad: passkey in Microsoft Authenticator
flow-iphone-authenticator-summary = Create a passkey for your work account inside the Microsoft Authenticator app. It stays on this iPhone or iPad and works even where your organization only accepts approved authenticators.

flow-iphone-authenticator-before-you-start-title = Before you start
flow-iphone-authenticator-before-you-start-body =
    { $os_major ->
        [unknown] Check that your iPhone or iPad runs iOS 17 or later (Settings › General › About) and has a passcode or Face ID turned on.
       *[other] Check that your iPhone or iPad has a passcode or Face ID turned on. It runs iOS { $os_major }, and you need iOS 17 or later.
    } Keep your current sign-in method at hand, or a Temporary Access Pass from your helpdesk if you have none. Open this guide in Safari or another browser, not inside your mail app.

flow-iphone-authenticator-install-app-title = Install Microsoft Authenticator
flow-iphone-authenticator-install-app-body = Install Microsoft Authenticator from the App Store, or update it if you already have it: where your organization's passkey settings include Authenticator, Microsoft asks for version 6.8.37 or later. Open the app once and go through the privacy screens.

flow-iphone-authenticator-create-in-app-title = Create the passkey in Authenticator
flow-iphone-authenticator-create-in-app-body =
    Open Authenticator and start from what you see:

    If it shows Secure Your Digital Life (the first time you open it), tap Add work or school account.

    If it has no account yet, tap Add account or the + button, choose Work or school account and tap Sign in.

    If your work account is already listed, tap it, then tap Create a passkey.

    Sign in with your work account and complete the extra verification when asked. Authenticator then asks you to let it save passkeys: that is the next step.

flow-iphone-authenticator-enable-provider-title = Allow Authenticator to save passkeys
flow-iphone-authenticator-enable-provider-body =
    { $os_major ->
        [17] When Authenticator asks, tap Settings. Go to Settings › Passwords › Password Options, turn on AutoFill Passwords and Passkeys and select Authenticator under Use Passwords and Passkeys From.
        [unknown] When Authenticator asks, tap Settings. On iOS 18 or later go to Settings › General › AutoFill & Passwords; on iOS 17 go to Settings › Passwords › Password Options. Turn on AutoFill Passwords and Passkeys and select Authenticator.
       *[other] When Authenticator asks, tap Settings. Go to Settings › General › AutoFill & Passwords, turn on AutoFill Passwords and Passkeys and select Authenticator under AutoFill From.
    }

    Go back to Authenticator and tap Done. When you see Passkey added, tap Done again.

flow-iphone-authenticator-check-security-info-title = Check it in Security info
flow-iphone-authenticator-check-security-info-body =
    Tap Open Security info and sign in with your work account. Your new passkey is in the list of sign-in methods as Passkey in Microsoft Authenticator.

    If creating the passkey in the app didn't work, add it here instead: tap + Add sign-in method, choose Passkey in Microsoft Authenticator and follow the prompts. When you're sent to Authenticator, create the passkey there, then come back to the browser, tap Next and, once the passkey is created, Done.

    If Passkey in Microsoft Authenticator isn't offered: it appears only when your organization's passkey settings name Microsoft Authenticator. Creating the passkey in the Authenticator app (the steps before) works without it. In Security info you can also choose Passkey and, when your { $platform ->
        [ipad] iPad
       *[other] iPhone
    } asks where to save the passkey, choose Authenticator.

flow-iphone-authenticator-test-sign-in-title = Test your passkey
flow-iphone-authenticator-test-sign-in-body = Sign out of your work account in the browser, or open a private window, and go to https://myaccount.microsoft.com. Tap Sign-in options, then Face, fingerprint, PIN or security key. Pick the passkey for your work email from Authenticator and confirm with Face ID, Touch ID or your passcode.

## iPhone or iPad with iCloud Keychain (synced passkey)

flow-iphone-icloud-keychain-title = iPhone or iPad: passkey in iCloud Keychain
flow-iphone-icloud-keychain-summary = Save a passkey for your work account in Apple Passwords (iCloud Keychain). It syncs to your other Apple devices. This only works if your organization allows synced passkeys.

flow-iphone-icloud-keychain-before-you-start-title = Before you start
flow-iphone-icloud-keychain-before-you-start-body =
    { $os_major ->
        [unknown] Check that your iPhone or iPad runs iOS 16 or later (Settings › General › About).
       *[other] Your device runs iOS { $os_major }; iOS 16 or later is needed.
    } You need a passcode or Face ID, and an Apple Account with two-factor authentication. Keep your current sign-in method or a Temporary Access Pass at hand, and open this guide in Safari rather than inside your mail app.

flow-iphone-icloud-keychain-turn-on-icloud-keychain-title = Turn on iCloud Keychain
flow-iphone-icloud-keychain-turn-on-icloud-keychain-body =
    { $os_major ->
        [16] Open Settings, tap your name, then iCloud. Tap Passwords and Keychain and turn on Sync this iPhone (Sync this iPad on an iPad).
        [17] Open Settings, tap your name, then iCloud. Tap Passwords and Keychain and turn on Sync this iPhone (Sync this iPad on an iPad).
        [unknown] Open Settings, tap your name, then iCloud. Under Saved to iCloud, tap Passwords; if it isn't listed, tap See All first. On iOS 17 or earlier, tap Passwords and Keychain instead. Turn on Sync this iPhone (Sync this iPad on an iPad).
       *[other] Open Settings, tap your name, then iCloud. Under Saved to iCloud, tap Passwords; if it isn't listed, tap See All first. Turn on Sync this iPhone (Sync this iPad on an iPad).
    }

flow-iphone-icloud-keychain-check-autofill-title = Let Passwords save passkeys
flow-iphone-icloud-keychain-check-autofill-body =
    { $os_major ->
        [16] Open Settings › Passwords › Password Options. Turn on AutoFill Passwords and make sure iCloud Keychain is selected.
        [17] Open Settings › Passwords › Password Options. Turn on AutoFill Passwords and Passkeys and make sure iCloud Passwords & Keychain is selected.
        [unknown] On iOS 18 or later, open Settings › General › AutoFill & Passwords: turn on AutoFill Passwords and Passkeys, make sure Passwords is selected under AutoFill From, and set Set Up Codes In to Passwords. On iOS 16 or 17, open Settings › Passwords › Password Options, turn on AutoFill and make sure iCloud Keychain is selected.
       *[other] Open Settings › General › AutoFill & Passwords. Turn on AutoFill Passwords and Passkeys and make sure Passwords is selected under AutoFill From. Microsoft also asks you to set Set Up Codes In to Passwords.
    } If Authenticator or another password app is turned on as well, you can leave it on: you choose Passwords when you save the passkey.

flow-iphone-icloud-keychain-open-security-info-title = Start in Security info
flow-iphone-icloud-keychain-open-security-info-body = Tap Open Security info and sign in with your work account. Tap + Add sign-in method, choose Passkey and tap Next. On the Setting up your passkey page, tap Next again. If Passkey is not in the list, your organization may not allow this kind of passkey: ask your helpdesk.

flow-iphone-icloud-keychain-save-passkey-title = Save the passkey
flow-iphone-icloud-keychain-save-passkey-body = When your iPhone or iPad offers to save a passkey, check that it will be saved in Passwords (iCloud Keychain) and tap Continue. If it offers to save it in another app, such as Authenticator, tap Save another way (or Other Options) and choose Passwords. Confirm with Face ID, Touch ID or your passcode.

flow-iphone-icloud-keychain-check-it-worked-title = Check it worked
flow-iphone-icloud-keychain-check-it-worked-body =
    { $os_major ->
        [16] Give the passkey a name you will recognise, tap Next and then Done. It now appears in Security info, and in Settings › Passwords on your iPhone.
        [17] Give the passkey a name you will recognise, tap Next and then Done. It now appears in Security info, and in Settings › Passwords on your iPhone.
       *[other] Give the passkey a name you will recognise, tap Next and then Done. It now appears in Security info, and in the Passwords app on your iPhone.
    }

flow-iphone-icloud-keychain-test-sign-in-title = Test signing in with your passkey
flow-iphone-icloud-keychain-test-sign-in-body = Open a private tab in Safari, or sign out of your work account, and go to https://myaccount.microsoft.com. On the sign-in page choose Sign-in options, then Face, fingerprint, PIN or security key; if you already typed your work email, choose Other ways to sign in instead. Pick your work account and confirm with Face ID, Touch ID or your passcode.

## Samsung Galaxy with Microsoft Authenticator

flow-samsung-title = Samsung Galaxy: passkey in Microsoft Authenticator
flow-samsung-summary = Create a passkey for your work account in Microsoft Authenticator on your Galaxy phone. It stays on this phone and works even where your organization only accepts approved authenticators. Samsung Pass may offer to save it first: this guide shows how to make sure it goes to Authenticator.

flow-samsung-before-you-start-title = Before you start
flow-samsung-before-you-start-body =
    { $os_major ->
        [unknown] Check that your phone runs Android 14 or later (Settings › About phone › Software information).
       *[other] Your phone runs Android { $os_major }; Android 14 or later is needed.
    } Set up a screen lock (PIN, pattern or fingerprint) if you have none. Keep your current sign-in method or a Temporary Access Pass at hand.

flow-samsung-install-app-title = Install Microsoft Authenticator
flow-samsung-install-app-body = Install Microsoft Authenticator from Google Play, or update it if you already have it: where your organization's passkey settings include Authenticator, Microsoft asks for version 6.2507.4749 or later. Open the app once and go through the privacy screens.

flow-samsung-set-provider-title = Turn on Authenticator instead of Samsung Pass
flow-samsung-set-provider-body =
    { $os_major ->
        [14] Open Settings › General management › Passwords, passkeys and autofill. Turn on Authenticator in the list of additional providers; you can also pick it as the preferred service instead of Samsung Pass. If you can't turn it on, Microsoft recommends updating your phone to Android 15.
        [unknown] Open Settings and search for "passkey" to find Passwords, passkeys and autofill (under Security and privacy › More security settings, or under General management on older phones). Turn on Authenticator; you can also pick it as the preferred service instead of Samsung Pass. If you can't turn it on on Android 14, Microsoft recommends updating to Android 15.
       *[other] Open Settings › Security and privacy › More security settings › Passwords, passkeys and autofill. Turn on Authenticator in the list of additional providers; you can also pick it as the preferred service instead of Samsung Pass.
    }

flow-samsung-create-in-app-title = Create the passkey in Authenticator
flow-samsung-create-in-app-body =
    Open Authenticator and start from what you see:

    If it shows Secure Your Digital Life (the first time you open it), tap Add work or school account.

    If it has no account yet, tap Add account or the + button, choose Work or school account and tap Sign in.

    If your work account is already listed, tap it, then tap Create a passkey.

    Sign in with your work account, complete the extra verification and set up a screen lock if the app asks. If Authenticator asks you to turn it on as a passkey provider, do it as in the previous step, then go back to Authenticator and tap Done.

flow-samsung-pick-authenticator-title = If Samsung Pass offers to save it
flow-samsung-pick-authenticator-body =
    When your phone asks where to save the passkey, choose Authenticator. If a Samsung Pass window offers to save it, don't save it there, because this guide puts the passkey in Authenticator: use the option in that window to choose another service and pick Authenticator. If there is no such option, cancel, check the Settings step before (Authenticator turned on) and try again.

    When Authenticator shows Passkey added, tap Done to finish.

flow-samsung-check-security-info-title = Check it in Security info
flow-samsung-check-security-info-body =
    Tap Open Security info and sign in with your work account. Your new passkey is in the list of sign-in methods as Passkey in Microsoft Authenticator.

    { $browser ->
        [firefox] If creating the passkey in the app didn't work, open this guide in Chrome or Edge (Firefox on Android can't create passkeys for work accounts) and add it in Security info instead: tap + Add sign-in method, choose Passkey in Microsoft Authenticator and follow the prompts.
       *[other] If creating the passkey in the app didn't work, add it here instead: tap + Add sign-in method, choose Passkey in Microsoft Authenticator and follow the prompts.
    } When you're sent to Authenticator, create the passkey there, then come back to the browser, tap Next and, once the passkey is created, Done.

    If Passkey in Microsoft Authenticator isn't offered: it appears only when your organization's passkey settings name Microsoft Authenticator. Creating the passkey in the Authenticator app (the steps before) works without it. In Security info you can also choose Passkey and, when your phone asks where to save the passkey, choose Authenticator, not Samsung Pass.

flow-samsung-test-sign-in-title = Test your passkey
flow-samsung-test-sign-in-body = In Chrome or Edge, sign out of your work account or open a private (Incognito or InPrivate) window, and go to https://myaccount.microsoft.com. Tap Sign-in options, then Face, fingerprint, PIN or security key. Pick the passkey for your work email from Authenticator and confirm with your fingerprint, face or screen lock.

## Samsung Galaxy with Samsung Pass (synced passkey)

flow-samsung-pass-title = Samsung Galaxy: passkey in Samsung Pass
flow-samsung-pass-summary = Save a passkey for your work account in Samsung Pass, the password manager built into your Galaxy phone. This only works if your organization allows synced passkeys.

flow-samsung-pass-before-you-start-title = Before you start
flow-samsung-pass-before-you-start-body =
    { $os_major ->
        [unknown] Check that your phone has One UI 6 or later (Settings › About phone › Software information): Samsung Pass saves passkeys from One UI 6 on.
       *[other] Your phone runs Android { $os_major }. Samsung Pass saves passkeys from One UI 6 on, which came with Android 14; Settings › About phone › Software information shows your One UI version.
    } You need to be signed in to your Samsung account on the phone, with a screen lock and your fingerprint, face or PIN set up. Keep your current sign-in method or a Temporary Access Pass at hand.

    Your organization must allow synced passkeys, the kind kept in a password manager; this guide offers Samsung Pass only where your organization's settings allow them. Microsoft lists Samsung Pass among the passkeys it accepts for work accounts on Android.

flow-samsung-pass-check-samsung-pass-title = Check that Samsung Pass saves passkeys
flow-samsung-pass-check-samsung-pass-body = Open Settings › Security and privacy › More security settings › Passwords, passkeys and autofill. Under Preferred service, check that Samsung Pass is selected; if another service is, tap Preferred service and choose Samsung Pass. If you can't find the page, search Settings for "passkey".

flow-samsung-pass-open-security-info-title = Start in Security info
flow-samsung-pass-open-security-info-body =
    { $browser ->
        [firefox] Open this guide in Chrome or Edge first: Firefox on Android can't create passkeys for work accounts. Then tap Open Security info, sign in, tap + Add sign-in method, choose Passkey, then tap Next and Continue.
       *[other] Tap Open Security info and sign in with your work account. Tap + Add sign-in method, choose Passkey, then tap Next and Continue.
    } If Passkey is not in the list, your organization may not allow this kind of passkey: use the Microsoft Authenticator guide instead.

flow-samsung-pass-save-in-samsung-pass-title = Save it in Samsung Pass
flow-samsung-pass-save-in-samsung-pass-body = When your phone asks where to save the passkey, check that Samsung Pass is shown and confirm. Verify with your fingerprint, face or PIN. If another service, such as Google Password Manager, offers to save it instead, look in that window for a way to choose another service and pick Samsung Pass, or go back to the Settings step.

flow-samsung-pass-check-it-worked-title = Check it worked
flow-samsung-pass-check-it-worked-body = Back in Security info, give the passkey a name you will recognise, tap Next and then Done. It now appears in your list of sign-in methods, and in Samsung Pass on your phone.

flow-samsung-pass-test-sign-in-title = Test your passkey
flow-samsung-pass-test-sign-in-body = In Chrome or Edge, sign out of your work account or open a private (Incognito or InPrivate) window, and go to https://myaccount.microsoft.com. Tap Sign-in options, then Face, fingerprint, PIN or security key. Pick the passkey for your work email from Samsung Pass and verify with your fingerprint, face or PIN.

## Android phone with Microsoft Authenticator

flow-android-authenticator-title = Android: passkey in Microsoft Authenticator
flow-android-authenticator-summary = Create a passkey for your work account inside the Microsoft Authenticator app. It stays on this phone and works even where your organization only accepts approved authenticators.

flow-android-authenticator-before-you-start-title = Before you start
flow-android-authenticator-before-you-start-body =
    { $os_major ->
        [unknown] Check that your phone runs Android 14 or later (Settings › About phone › Android version).
       *[other] Your phone runs Android { $os_major }; Android 14 or later is needed.
    } Set up a screen lock (PIN, pattern or fingerprint) if you have none. Keep your current sign-in method or a Temporary Access Pass at hand.

flow-android-authenticator-install-app-title = Install Microsoft Authenticator
flow-android-authenticator-install-app-body = Install Microsoft Authenticator from Google Play, or update it if you already have it: where your organization's passkey settings include Authenticator, Microsoft asks for version 6.2507.4749 or later. Open the app once and go through the privacy screens. If your phone has a work profile, install and use the app in the profile where you want to use the passkey.

flow-android-authenticator-create-in-app-title = Create the passkey in Authenticator
flow-android-authenticator-create-in-app-body =
    Open Authenticator and start from what you see:

    If it shows Secure Your Digital Life (the first time you open it), tap Add work or school account.

    If it has no account yet, tap Add account or the + button, choose Work or school account and tap Sign in.

    If your work account is already listed, tap it, then tap Create a passkey.

    Sign in with your work account, complete the extra verification and set up a screen lock if the app asks. Authenticator then asks you to let it save passkeys: that is the next step.

flow-android-authenticator-enable-provider-title = Allow Authenticator to save passkeys
flow-android-authenticator-enable-provider-body =
    { $os_major ->
        [14] When Authenticator asks, tap Settings. Open Passwords & accounts and turn on Authenticator under Additional providers. If you can't turn it on, Microsoft recommends updating your phone to Android 15.
        [unknown] When Authenticator asks, tap Settings. Open Passwords, passkeys & accounts (Passwords & accounts on Android 14) and turn on Authenticator under Additional providers. If you can't turn it on on Android 14, Microsoft recommends updating to Android 15.
       *[other] When Authenticator asks, tap Settings. Open Passwords, passkeys & accounts and turn on Authenticator under Additional providers. The names can differ by phone maker: search Settings for "passkey".
    }

    Go back to Authenticator and tap Done. When you see Passkey added, tap Done again.

flow-android-authenticator-check-security-info-title = Check it in Security info
flow-android-authenticator-check-security-info-body =
    Tap Open Security info and sign in with your work account. Your new passkey is in the list of sign-in methods as Passkey in Microsoft Authenticator.

    { $browser ->
        [firefox] If creating the passkey in the app didn't work, open this guide in Chrome or Edge (Firefox on Android can't create passkeys for work accounts) and add it in Security info instead: tap + Add sign-in method, choose Passkey in Microsoft Authenticator and follow the prompts.
       *[other] If creating the passkey in the app didn't work, add it here instead: tap + Add sign-in method, choose Passkey in Microsoft Authenticator and follow the prompts.
    } When you're sent to Authenticator, create the passkey there, then come back to the browser, tap Next and, once the passkey is created, Done.

    If Passkey in Microsoft Authenticator isn't offered: it appears only when your organization's passkey settings name Microsoft Authenticator. Creating the passkey in the Authenticator app (the steps before) works without it. In Security info you can also choose Passkey and, when your phone asks where to save the passkey, choose Authenticator.

flow-android-authenticator-test-sign-in-title = Test your passkey
flow-android-authenticator-test-sign-in-body = In Chrome or Edge, sign out of your work account or open a private (Incognito or InPrivate) window, and go to https://myaccount.microsoft.com. Tap Sign-in options, then Face, fingerprint, PIN or security key. Pick the passkey for your work email from Authenticator and confirm with your fingerprint, face or screen lock.

## Android phone with Google Password Manager (synced passkey)

flow-android-google-password-manager-title = Android: passkey in Google Password Manager
flow-android-google-password-manager-summary = Save a passkey for your work account in Google Password Manager. It syncs to your other devices signed in to the same Google Account. This only works if your organization allows synced passkeys. On a Samsung Galaxy phone you first choose Google as the service that saves passkeys.

flow-android-google-password-manager-before-you-start-title = Before you start
flow-android-google-password-manager-before-you-start-body =
    { $os_major ->
        [unknown] Check that your phone runs Android 9 or later (Settings › About phone).
       *[other] Your phone runs Android { $os_major }; Android 9 or later is needed.
    } You need a screen lock and a Google Account signed in on the phone. Keep your current sign-in method or a Temporary Access Pass at hand.

flow-android-google-password-manager-check-provider-title = Check where passkeys are saved
flow-android-google-password-manager-check-provider-body =
    { $platform ->
        [samsung] On Android 14 or later, open Settings › Security and privacy › More security settings › Passwords, passkeys and autofill. Tap Preferred service and choose Google instead of Samsung Pass. If you can't find the page, search Settings for "passkey". On Android 13 or older there is nothing to change.
       *[other] { $os_major ->
            [14] Open Settings › Passwords & accounts and check that Google is set as the preferred service for passwords and passkeys.
            [unknown] On Android 14 or later, open Settings › Passwords, passkeys & accounts (Passwords & accounts on Android 14) and check that Google is the preferred service. On older versions there is nothing to change.
           *[other] On Android 15 or later, open Settings › Passwords, passkeys & accounts and check that Google is the preferred service. On Android 13 or older there is nothing to change.
        }
    }

flow-android-google-password-manager-open-security-info-title = Start in Security info
flow-android-google-password-manager-open-security-info-body =
    { $browser ->
        [chrome] Tap Open Security info and sign in with your work account. Tap + Add sign-in method, choose Passkey, then tap Next and Continue.
        [firefox] Open this guide in Chrome first: Firefox on Android can't create passkeys for work accounts. Then tap Open Security info, sign in, tap + Add sign-in method and choose Passkey.
       *[other] Open this guide in Chrome if you can. Tap Open Security info and sign in with your work account. Tap + Add sign-in method, choose Passkey, then tap Next and Continue.
    }

flow-android-google-password-manager-save-passkey-title = Save the passkey
flow-android-google-password-manager-save-passkey-body =
    { $platform ->
        [samsung] When your phone asks to create a passkey, check that Google Password Manager and your own Google Account are shown. Tap Continue and unlock with your fingerprint, face or screen lock. If Samsung Pass offers to save it instead, you can choose another service in that window and pick Google Password Manager, or save it in Samsung Pass: your organization accepts that too.
       *[other] When your phone asks to create a passkey, check that Google Password Manager and your own Google Account are shown. Tap Continue and unlock with your fingerprint, face or screen lock.
    }

flow-android-google-password-manager-check-it-worked-title = Check it worked
flow-android-google-password-manager-check-it-worked-body = Give the passkey a name you will recognise, tap Next and then Done. It now appears in Security info, and in Google Password Manager on your phone.

flow-android-google-password-manager-test-sign-in-title = Test your passkey
flow-android-google-password-manager-test-sign-in-body = In Chrome, sign out of your work account or open an Incognito tab, and go to https://myaccount.microsoft.com. Tap Sign-in options, then Face, fingerprint, PIN or security key. Pick the passkey for your work email from Google Password Manager and confirm with your fingerprint, face or screen lock.

## Windows PC with Windows Hello

flow-windows-hello-title = Windows: passkey in Windows Hello
flow-windows-hello-summary = Save a passkey for your work account on this PC, unlocked with your Windows Hello PIN, face or fingerprint. It stays on this PC and is not synced.

flow-windows-hello-before-you-start-title = Before you start
flow-windows-hello-before-you-start-body = You need Windows 10 or 11 and Edge, Chrome or Firefox. Keep your current sign-in method or a Temporary Access Pass at hand. The next step asks whether this is a company PC, because that decides whether this guide fits.

flow-windows-hello-company-pc-title = Is this a company-managed PC?
flow-windows-hello-company-pc-body =
    Tell us whether this PC is managed by your organization, that is, joined to or registered with Microsoft Entra ID. To check, open Settings › Accounts › Access work or school. If a work or school account is listed there as connected, it is a company-managed PC.

    This matters because on such a PC, setting up Windows Hello can also create a Windows Hello for Business sign-in for your work account. Microsoft: "If you then attempt to register a passkey on Windows for that same account, registration fails because the Windows Hello for Business credential already exists. On retry, you see an error indicating the passkey is already registered."

flow-windows-hello-set-up-windows-hello-title = Set up Windows Hello
flow-windows-hello-set-up-windows-hello-body = If you don't use a PIN, face or fingerprint to unlock this PC yet, open Settings › Accounts › Sign-in options and set up PIN (Windows Hello) first. Do this only on a PC that your organization doesn't manage.

flow-windows-hello-open-security-info-title = Start in Security info
flow-windows-hello-open-security-info-body = Click Open Security info and sign in with your work account, completing the extra verification. Click + Add sign-in method, choose Passkey and click Next.

flow-windows-hello-save-in-windows-hello-title = Save it in Windows Hello
flow-windows-hello-save-in-windows-hello-body =
    { $browser ->
        [chrome] If Chrome offers to save the passkey in Google Password Manager, choose Windows Hello instead. Confirm with your Windows Hello PIN, face or fingerprint.
        [edge] When Windows asks where to save the passkey, choose this device (Windows Hello), not a phone or a security key. Confirm with your Windows Hello PIN, face or fingerprint.
       *[other] When Windows asks where to save the passkey, choose this device (Windows Hello), not a phone or a security key. Confirm with your Windows Hello PIN, face or fingerprint.
    }

flow-windows-hello-check-it-worked-title = Check it worked
flow-windows-hello-check-it-worked-body = Give the passkey a name you will recognise and click Done. It now appears in your list of sign-in methods in Security info.

flow-windows-hello-test-sign-in-title = Test signing in with your passkey
flow-windows-hello-test-sign-in-body = Open an InPrivate or incognito window (Ctrl+Shift+N in Edge or Chrome), or sign out of your work account, and go to https://myaccount.microsoft.com. On the sign-in page choose Sign-in options, then Face, fingerprint, PIN or security key; if you already typed your work email, choose Other ways to sign in instead. Pick your work account and confirm with your Windows Hello PIN, face or fingerprint.

## Mac with iCloud Keychain (synced passkey)

flow-macos-title = Mac: passkey in iCloud Keychain
flow-macos-summary = Save a passkey for your work account in Apple Passwords (iCloud Keychain) on your Mac. It syncs to your other Apple devices. This only works if your organization allows synced passkeys.

flow-macos-before-you-start-title = Before you start
flow-macos-before-you-start-body =
    { $os_major ->
        [unknown] Check that your Mac runs macOS 13 Ventura or later (Apple menu › About This Mac).
       *[other] Your Mac runs macOS { $os_major }; macOS 13 Ventura or later is needed.
    } You need to be signed in with your Apple Account, with two-factor authentication. Use Safari; Chrome can save passkeys in iCloud Keychain only from Chrome 118 on macOS 13.5 or later. Keep your current sign-in method or a Temporary Access Pass at hand.

flow-macos-turn-on-icloud-keychain-title = Turn on iCloud Keychain
flow-macos-turn-on-icloud-keychain-body =
    { $os_major ->
        [13] Open System Settings, click your name, then click iCloud. On macOS 13.3 or later, click Password & Keychain under Apps Using iCloud and turn on Sync this Mac. On macOS 13.0 to 13.2, turn on Password & Keychain.
        [14] Open System Settings, click your name, then click iCloud. Under Apps Using iCloud, click Password & Keychain and turn on Sync this Mac.
        [unknown] Open System Settings, click your name, then click iCloud. On macOS 15 Sequoia or later, click Passwords under Saved to iCloud and turn on Sync this Mac. On macOS 13.3 to 14, click Password & Keychain under Apps Using iCloud and turn on Sync this Mac; on macOS 13.0 to 13.2, turn on Password & Keychain.
       *[other] Open System Settings, click your name, then click iCloud. Under Saved to iCloud, click Passwords, turn on Sync this Mac and click Done.
    }

flow-macos-open-security-info-title = Start in Security info
flow-macos-open-security-info-body = Click Open Security info and sign in with your work account. Click + Add sign-in method, choose Passkey and click Next. If Passkey is not in the list, your organization may not allow this kind of passkey: ask your helpdesk.

flow-macos-save-passkey-title = Save the passkey
flow-macos-save-passkey-body =
    { $browser ->
        [safari] Safari asks whether to save a passkey. Click Continue and confirm with Touch ID or your Mac password; it is saved in iCloud Keychain.
        [chrome] Chrome offers iCloud Keychain only from Chrome 118 on macOS 13.5 or later; on an older macOS, open this guide in Safari for this step. In Chrome's passkey window, choose iCloud Keychain, not Google Password Manager or a phone. If Chrome asks, allow login.microsoft.com to use your passkey and allow Chrome to use your passkeys when macOS asks, then confirm with Touch ID or your Mac password.
        [edge] Edge shows its own passkey window: choose iCloud Keychain if it is offered, or open this guide in Safari if it isn't. If asked, allow login.microsoft.com to use your passkey, then confirm with Touch ID or your Mac password.
       *[other] Follow your browser's passkey window and choose iCloud Keychain. If your browser does not offer it, open this guide in Safari instead.
    }

flow-macos-check-it-worked-title = Check it worked
flow-macos-check-it-worked-body =
    { $os_major ->
        [13] Give the passkey a name you will recognise, click Next and then Done. It now appears in Security info, and in System Settings › Passwords on your Mac.
        [14] Give the passkey a name you will recognise, click Next and then Done. It now appears in Security info, and in System Settings › Passwords on your Mac.
       *[other] Give the passkey a name you will recognise, click Next and then Done. It now appears in Security info, and in the Passwords app on your Mac.
    }

flow-macos-test-sign-in-title = Test signing in with your passkey
flow-macos-test-sign-in-body = Open a private window (in Safari, File › New Private Window), or sign out of your work account, and go to https://myaccount.microsoft.com. On the sign-in page choose Sign-in options, then Face, fingerprint, PIN or security key; if you already typed your work email, choose Other ways to sign in instead. Pick your work account and confirm with Touch ID or your Mac password.

## Security key (USB or NFC)

flow-security-key-title = Security key (USB or NFC)
flow-security-key-summary = Save a passkey for your work account on a physical security key that you plug in or tap. It stays on the key and works on any computer you use it with.

flow-security-key-before-you-start-title = Before you start
flow-security-key-before-you-start-body = You need a FIDO2 security key that your organization accepts; ask your helpdesk which models are accepted if you are not sure. On a computer, use Edge, Chrome or Firefox, on Windows, Mac or Linux. Keep your current sign-in method or a Temporary Access Pass at hand.

flow-security-key-set-pin-title = Make sure the key has a PIN
flow-security-key-set-pin-body =
    { $browser ->
        [safari] Safari on iPhone, iPad or Mac can't set up a PIN on a new key. If your key has no PIN yet, set one on a Windows PC first (Settings › Accounts › Sign-in options › Security Key › Manage) or with the key maker's app.
       *[other] Your key needs a PIN. On Windows you can set one in Settings › Accounts › Sign-in options › Security Key › Manage, or the browser will ask you to create one. On iPhone, iPad or Mac, set the PIN on a Windows PC or with the key maker's app first.
    }

flow-security-key-open-security-info-title = Start in Security info
flow-security-key-open-security-info-body = Select Open Security info and sign in with your work account, completing the extra verification. Select + Add sign-in method, choose Passkey and select Next.

flow-security-key-use-key-title = Save the passkey on your key
flow-security-key-use-key-body =
    { $platform ->
        [windows] When Windows asks where to save the passkey, choose Security key. Windows 11 may suggest your phone first (iPhone, iPad or Android device): choose Security key instead, or look for it under More options or Use another device. Insert or tap your key, enter its PIN and touch the key when it blinks.
       *[other] When asked where to save the passkey, choose Security key. If you don't see it, look under More options or Use another device. Insert or tap your key, enter its PIN and touch the key when it blinks.
    }

flow-security-key-check-it-worked-title = Check it worked
flow-security-key-check-it-worked-body = Give the passkey a name you will recognise, such as the key's model, and select Done. It now appears in your list of sign-in methods in Security info.

flow-security-key-test-sign-in-title = Test signing in with your key
flow-security-key-test-sign-in-body = Open a private window (InPrivate in Edge, Incognito in Chrome), or sign out of your work account, and go to https://myaccount.microsoft.com. On the sign-in page choose Sign-in options, then Face, fingerprint, PIN or security key; if you already typed your work email, choose Other ways to sign in instead. Choose Security key, insert or tap your key, enter its PIN and touch the key.

## Phone passkey, started on a computer

flow-phone-from-desktop-title = Computer: passkey on your phone
flow-phone-from-desktop-summary = Start on this computer and create the passkey in Microsoft Authenticator on your iPhone or Android phone. You then sign in by confirming on your phone.

flow-phone-from-desktop-before-you-start-title = Before you start
flow-phone-from-desktop-before-you-start-body = You need an iPhone with iOS 17 or later, or an Android phone with Android 14 or later, with a screen lock. Make sure the computer and the phone are both online. Keep your current sign-in method or a Temporary Access Pass at hand.

flow-phone-from-desktop-open-security-info-title = Start in Security info on this computer
flow-phone-from-desktop-open-security-info-body = Click Open Security info and sign in with your work account. Click + Add sign-in method, choose Passkey in Microsoft Authenticator and complete the extra verification if asked.

flow-phone-from-desktop-get-app-title = Get Authenticator on your phone
flow-phone-from-desktop-get-app-body = If the page shows a QR code to download Authenticator, scan it with your phone's camera (on iPhone, the Camera app) and install the app. Then click Next on the computer.

flow-phone-from-desktop-create-on-phone-title = Create the passkey on your phone
flow-phone-from-desktop-create-on-phone-body = On your phone, open Authenticator and go through its privacy screens. Tap Add work or school account; if the app already has other accounts, tap Add account or + and choose Work or school account, then Sign in. If your work account is already there, tap it and then Create a passkey. Sign in, and when asked, allow Authenticator to save passkeys in your phone's settings; back in Authenticator, tap Done, then Done again.

flow-phone-from-desktop-qr-fallback-title = If you can't sign in to Authenticator
flow-phone-from-desktop-qr-fallback-body = On the computer, choose Having trouble, then create your passkey a different way, and pick iPhone or iPad or Android. This way needs Bluetooth: turn it on on both the computer and the phone, and keep both online. Scan the QR code with the phone's camera (on iPhone, the Camera app, not the scanner in Authenticator) and keep the phone near the computer until it says connected. This way does not work if your organization requires approved (attested) passkeys.

flow-phone-from-desktop-check-it-worked-title = Check it worked
flow-phone-from-desktop-check-it-worked-body = Back on the computer, click Next and then Done once the passkey is confirmed. Passkey in Microsoft Authenticator now appears in your list of sign-in methods in Security info.

flow-phone-from-desktop-test-sign-in-title = Test signing in with your phone
flow-phone-from-desktop-test-sign-in-body = On the computer, open a private window (InPrivate in Edge, Incognito in Chrome), or sign out of your work account, and go to https://myaccount.microsoft.com. On the sign-in page choose Sign-in options, then Face, fingerprint, PIN or security key; if you already typed your work email, choose Other ways to sign in instead. Choose iPhone, iPad or Android device, scan the QR code with your phone's camera and confirm in Authenticator. This needs Bluetooth on both the computer and the phone.

## Troubleshooting

ts-not-enabled-by-policy-title = Security info doesn't offer the passkey option
ts-not-enabled-by-policy-body = If Security info doesn't offer Passkey or Passkey in Microsoft Authenticator, your organization has not turned on passkeys for your account yet, or not this kind of passkey. Ask your helpdesk to add you to the passkey rollout.

ts-self-service-off-title = Security info says I can't add this method
ts-self-service-off-body = Your organization can switch off adding passkeys in Security info. If you're told you can't add this method, ask your helpdesk to set up the passkey with you or to allow self-service setup.

ts-no-bootstrap-method-title = I have no way to confirm it's me, or I lost my phone
ts-no-bootstrap-method-body = To add a passkey you must first sign in with an existing verification method, such as an Authenticator approval or a text code. If you have none, or lost your phone, ask your helpdesk for a Temporary Access Pass and use it to sign in to Security info.

ts-mfa-too-old-title = Security info asks me to verify again
ts-mfa-too-old-body = Adding a passkey needs a recent verification, within the last few minutes. If you're asked to verify again, do so and then add the passkey straight away.

ts-os-too-old-title = My phone or computer is too old for this
ts-os-too-old-body = Passkeys in Microsoft Authenticator need iOS 17 or Android 14 or later. Passkeys in iCloud Keychain need iOS 16 or macOS 13 or later, and Google Password Manager needs Android 9 or later. Update your device in its settings, or use another device or a security key.

ts-android-no-secure-hardware-title = It works on one Android phone but fails on mine
ts-android-no-secure-hardware-body =
    Authenticator keeps passkeys in the phone's protected security hardware. If your organization only accepts approved (attested) passkeys, Microsoft checks with Google's attestation service that the passkey really is kept in that hardware. Phones without it can't register, and registration stops without a clear reason.

    The same check fails while the attestation service is busy or down: wait a while and try again later. If it keeps failing on this phone, try another phone, or ask your helpdesk about a security key.

ts-authenticator-not-provider-title = My phone doesn't let Authenticator save the passkey
ts-authenticator-not-provider-body =
    { $os_major ->
        [14] On Android 14: Settings › Passwords & accounts, then turn on Authenticator under Additional providers. If you can't turn it on, update to Android 15. On iPhone: Settings › General › AutoFill & Passwords (iOS 17: Settings › Passwords › Password Options) and select Authenticator.
        [17] On iPhone with iOS 17: Settings › Passwords › Password Options, turn on AutoFill Passwords and Passkeys and select Authenticator. On Android: Settings › Passwords, passkeys & accounts (or Passwords & accounts), then turn on Authenticator under Additional providers.
       *[other] On iPhone with iOS 18 or later: Settings › General › AutoFill & Passwords, turn on AutoFill Passwords and Passkeys and select Authenticator (iOS 17: Settings › Passwords › Password Options). On Android: Settings › Passwords, passkeys & accounts (Passwords & accounts on Android 14), then turn on Authenticator under Additional providers.
    }

ts-screen-lock-missing-title = I'm asked to set up a screen lock first
ts-screen-lock-missing-body = Passkeys are unlocked with your device's screen lock. Set up a PIN, pattern, password, fingerprint or face unlock in your device settings, then start again.

ts-ios-qr-camera-app-title = The QR code doesn't scan on my iPhone
ts-ios-qr-camera-app-body = Scan the passkey QR code with the iPhone's Camera app, not with the scanner inside Authenticator, which can't read this kind of code. On Android, the Authenticator scanner also works.

ts-cross-device-connecting-title = It's stuck on "Connecting"
ts-cross-device-connecting-body = Turn on Bluetooth on both the computer and the phone, keep them close together and make sure both are online. If it still hangs, the network or a blocked Bluetooth may be the cause: see "The phone can't connect to the computer (network or Bluetooth blocked)". You can also set up the passkey directly on the phone, or use a security key.

ts-ca-bootstrap-loop-title = Security info keeps asking me to sign in, or sends me round in a loop
ts-ca-bootstrap-loop-body =
    Some company sign-in rules (Conditional Access) ask for a passkey before you can create your first one, so you go round in a loop between signing in and Security info.

    If you're creating the passkey in Microsoft Authenticator, Microsoft documents a way around this: in Security info, add Passkey in Microsoft Authenticator, tap Having trouble, then create your passkey a different way, and follow the steps for your phone (from a computer you scan a QR code, with Bluetooth on both devices). This way doesn't work if your organization only accepts approved (attested) passkeys.

    Other rules can cause the same loop: one that only allows company-managed (compliant) phones, one that only allows approved apps, or one that allows "Register security information" only from the office or company network. You can't change these yourself. Ask your helpdesk: they can see in the sign-in log which rule stopped you, and can give you a Temporary Access Pass or a temporary exception.

ts-orphaned-passkey-title = It says the passkey already exists, or offers an old one that fails
ts-orphaned-passkey-body =
    A passkey from an earlier attempt can stay on your device or in your password manager after your organization no longer has it, for example when it was removed from Security info or the attempt didn't finish. You then see that the passkey already exists, or your device offers the old passkey and the sign-in fails. Delete the old passkey where it is saved, remove any old entry in Security info, then register again.

    Microsoft Authenticator: tap your work account, then Settings › Delete passkey. On Android this usually removes it from Security info too.

    Apple Passwords (iCloud Keychain): open the Passwords app (iOS 18 and macOS 15 or later), or Settings › Passwords on iPhone and System Settings › Passwords on a Mac. Find the passkey for login.microsoft.com and delete it.

    Google Password Manager: open Google Password Manager in Chrome or in your phone's settings, find login.microsoft.com and delete the passkey.

    Samsung Pass: open Samsung Pass, find the passkey for login.microsoft.com and delete it.

    Windows 11: Settings › Accounts › Passkeys, find login.microsoft.com and delete the passkey.

    Security key: on Windows, Settings › Accounts › Sign-in options › Security Key › Manage, or the key maker's app. Reset erases every passkey on the key, so only reset a key that holds nothing else you need.

    Security info: select Delete next to the old passkey.

ts-android-work-profile-title = The passkey works in one profile of my Android phone but not the other
ts-android-work-profile-body = On Android, a passkey only works in the profile where it was created. If your phone has a work profile and a personal profile, create the passkey in Authenticator in the profile where you will use it, or once in each.

ts-samsung-pass-picker-title = Samsung Pass offers to save the passkey, or already saved it
ts-samsung-pass-picker-body =
    Galaxy phones often offer Samsung Pass first. If you're following the Microsoft Authenticator guide, don't save the passkey there: use the option in the Samsung Pass window to choose another service and pick Authenticator. If there is none, cancel, turn on Authenticator in Settings › Security and privacy › More security settings › Passwords, passkeys and autofill, and try again.

    If the passkey is already saved in Samsung Pass, what to do depends on your organization. Where it allows synced passkeys (this guide then also offers Samsung Pass or Google Password Manager for your phone), that's fine: keep it and use it to sign in. Only where your organization accepts device-bound passkeys only, such as Authenticator or a security key, delete it in Samsung Pass, remove it in Security info if it is listed there, and start again, choosing Authenticator.

ts-windows-hello-already-registered-title = Windows says the passkey is already registered
ts-windows-hello-already-registered-body = If this work account already uses Windows Hello for Business to sign in to this PC, Windows can't add a second passkey for it and reports that it is already registered. Use the phone or security key guide instead, or ask your helpdesk.

ts-unsupported-browser-title = My browser can't create the passkey
ts-unsupported-browser-body =
    { $browser ->
        [firefox] Firefox can't create work passkeys on Android, and on Linux it can't use a passkey in Authenticator. Use Chrome or Edge instead.
        [opera] Opera isn't on Microsoft's list of supported browsers for work passkeys. Use Chrome, Edge or Safari instead.
        [samsung-internet] Samsung Internet isn't on Microsoft's list of supported browsers for work passkeys. Use Chrome or Edge instead.
       *[other] Use a supported browser: Edge, Chrome or Firefox on Windows and Linux; Safari, Chrome, Edge or Firefox on Mac and iPhone; Chrome or Edge on Android.
    }

ts-in-app-browser-title = The guide opened inside my mail or chat app
ts-in-app-browser-body = Links opened from a mail or chat app often load in that app's built-in browser, where passkeys don't work reliably: Microsoft recommends signing in through the device's own browser. Use the app's menu to open the link in Safari, Chrome or Edge, then start again.

ts-network-cross-device-title = The phone can't connect to the computer (network or Bluetooth blocked)
ts-network-cross-device-body =
    When your phone creates or uses a passkey for a computer (you scan a QR code), the two devices connect over Bluetooth and through the internet. Turn on Bluetooth on both, keep them close together and make sure both are online.

    Company networks, VPNs, ad blockers and security software can block this connection. These addresses must be reachable without a proxy or inspection: cable.ua5v.com (Android), and cable.auth.com, app-site-association.cdn-apple.com and app-site-association.networking.apple (iPhone and iPad). Try again with the VPN or ad blocker turned off, or on another network; on a company device, ask your helpdesk to check these addresses.

    Some organizations turn off Bluetooth on company computers. IT can allow Bluetooth for passkeys only, for example with Intune. Virtual machines and remote desktops usually have no Bluetooth at all: create the passkey directly on your phone, or use a security key, instead.

ts-security-key-not-allowed-title = It says this security key isn't allowed
ts-security-key-not-allowed-body = Your organization can limit which security key models it accepts. If you're told this security key isn't allowed, or the registration fails right after you touch the key, your key's model is not on that list. Ask your helpdesk which keys are accepted and use one of those; your helpdesk can also ask IT to add your model.

ts-private-window-title = The passkey isn't saved in a private or incognito window
ts-private-window-body =
    Private windows (Private Browsing in Safari, InPrivate in Edge, Incognito in Chrome, private windows in Firefox) can stop the browser from creating or saving a passkey, depending on the browser and device. Close the private window and register the passkey in a normal window.

    The test sign-in at the end may use a private window. If the passkey isn't offered there, sign out of your work account in a normal window and test there instead.

ts-authenticator-privacy-prompt-title = Authenticator is stuck on its privacy screens when I first open it
ts-authenticator-privacy-prompt-body =
    The first time you open Microsoft Authenticator, it shows a few privacy screens, including a question about sharing optional usage data. Sharing is optional: accept or decline it, and continue.

    If a button does nothing or the app stays on that screen, update Authenticator in the App Store or Google Play, restart your phone and open the app again. If it still won't go on, ask your helpdesk.

ts-sign-in-profile-changed-title = My passkey worked before, but now it's refused
ts-sign-in-profile-changed-body =
    Your organization decides which kinds of passkeys it accepts, and it can change this. For example, when it turns off synced passkeys (saved in iCloud Keychain, Google Password Manager or Samsung Pass), Microsoft says people "can't sign in with a synced passkey even if they already registered one". The same can happen when it changes which apps or security key models it accepts.

    Ask your helpdesk which kind of passkey is accepted now, and register that kind again with this guide. Then delete the old passkey from your device so it isn't offered any more.

ts-guest-account-title = I'm a guest in this organization and can't add a passkey
ts-guest-account-body = If you sign in to this organization as a guest, with an account from another organization or a personal account, you can't add a passkey for it: Microsoft says "passkey support for guest users isn't currently available". Contact the helpdesk of the organization that invited you; they can tell you how to sign in instead.

ts-sign-in-failed-title = The test sign-in didn't offer or accept my passkey
ts-sign-in-failed-body =
    On the Microsoft sign-in page, choose Sign-in options, then Face, fingerprint, PIN or security key. If you typed your email first, choose Other ways to sign in and then Face, fingerprint, PIN or security key. Make sure you pick the work account you added the passkey to.

    Check in Security info that the passkey is listed. If it is, wait a minute and try again; if it isn't, register it again.

    If it still fails, look through the other causes listed here, or ask your helpdesk.

ts-sign-in-too-many-passkeys-title = Signing in on iPhone, iPad or Mac fails after I enter my email
ts-sign-in-too-many-passkeys-body = Microsoft notes that in browsers on iPhone, iPad and Mac, signing in with a security key may not work properly when three or more passkeys are registered to your account. Start the sign-in again without typing your email: choose Sign-in options, then Face, fingerprint, PIN or security key.

ts-sign-in-native-app-broker-title = The passkey works in the browser but not in Outlook or Teams
ts-sign-in-native-app-broker-body =
    Microsoft apps such as Outlook and Teams sign in with a passkey through a helper app (a broker) on your device.

    { $platform ->
        [iphone] On iPhone, the helper app is Microsoft Authenticator: install it and add your work account.
        [ipad] On iPad, the helper app is Microsoft Authenticator: install it and add your work account.
        [macos] On a Mac, the helper app is Company Portal, with your organization's single sign-on plug-in (macOS 14 or later). Your organization sets this up on company Macs.
        [android] On Android, the helper app is Microsoft Authenticator, Company Portal or Link to Windows. A passkey in Authenticator works in apps from Android 14.
        [samsung] On Android, the helper app is Microsoft Authenticator, Company Portal or Link to Windows. A passkey in Authenticator works in apps from Android 14.
        [windows] On Windows, a passkey in Microsoft Authenticator works in apps from Windows 11 version 22H2; a security key works from Windows 10 version 1903.
       *[other] The helper app is Microsoft Authenticator on iPhone and iPad, Company Portal with your organization's single sign-on plug-in on a Mac (macOS 14 or later), and Authenticator, Company Portal or Link to Windows on Android (Android 14 or later for a passkey in Authenticator).
    }

    Install the helper app and update the app you're signing in to. Until then, use the app in your browser (for example, Outlook on the web). Your helpdesk knows which helper app your organization uses.

ts-microsoft-passkey-prompt-title = Microsoft asks me to add a passkey when I sign in
ts-microsoft-passkey-prompt-body =
    Since September 2026, Microsoft can ask you to set up a passkey right after you sign in to your work account. This is Microsoft's own registration campaign, which is on unless your organization turned it off, and it creates the same kind of passkey as this guide.

    You can follow it: select Next, and when your device asks where to save the passkey, choose the same place this guide uses; the guide's steps still apply from there. Name the passkey, then select Next and Done. If you'd rather finish this guide first, select Skip for now.

ts-security-key-pin-title = The security key asks for a PIN I never set
ts-security-key-pin-body = iPhone, iPad and Mac browsers can't set up a PIN on a new security key. Set the PIN on a Windows PC (Settings › Accounts › Sign-in options › Security Key) or with the key maker's app, then register the key again.

ts-synced-not-allowed-title = Saving the passkey in my password manager fails
ts-synced-not-allowed-body = Your organization may accept only passkeys that stay on one device, such as Microsoft Authenticator or a security key, and not passkeys saved in iCloud Keychain, Google Password Manager or Samsung Pass. If Passkey is missing in Security info or saving fails, use the Authenticator guide instead.

ts-icloud-keychain-off-title = My iPhone or Mac doesn't offer to save the passkey in iCloud Keychain
ts-icloud-keychain-off-body = Passkeys in Apple Passwords need iCloud Keychain and two-factor authentication for your Apple Account. Turn on syncing for Passwords in your iCloud settings, then try again.

ts-authenticator-option-missing-title = Security info doesn't offer Passkey in Microsoft Authenticator
ts-authenticator-option-missing-body =
    Security info offers Passkey in Microsoft Authenticator only when your organization's passkey settings name Microsoft Authenticator. You can usually still put a passkey in Authenticator without it.

    Create it in the Authenticator app: tap your work account and then Create a passkey, or add the account with Add account or the + button, then Work or school account. Or, in Security info, choose Passkey and, when you're asked where to save the passkey, choose Authenticator. If neither works, ask your helpdesk to allow Microsoft Authenticator for passkeys.

ts-authenticator-app-version-title = My Authenticator app may be too old
ts-authenticator-app-version-body =
    { $platform ->
        [iphone] Update Microsoft Authenticator from the App Store. Where your organization's passkey settings include Authenticator, Microsoft asks for version 6.8.37 or later on iPhone and iPad.
        [ipad] Update Microsoft Authenticator from the App Store. Where your organization's passkey settings include Authenticator, Microsoft asks for version 6.8.37 or later on iPhone and iPad.
        [android] Update Microsoft Authenticator from Google Play. Where your organization's passkey settings include Authenticator, Microsoft asks for version 6.2507.4749 or later on Android.
        [samsung] Update Microsoft Authenticator from Google Play. Where your organization's passkey settings include Authenticator, Microsoft asks for version 6.2507.4749 or later on Android.
       *[other] Update Microsoft Authenticator on your phone from the App Store or Google Play. Where your organization's passkey settings include Authenticator, Microsoft asks for version 6.8.37 or later on iPhone and iPad, and 6.2507.4749 or later on Android.
    } Then open the app and try again.
