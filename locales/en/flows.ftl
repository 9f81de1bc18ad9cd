## Flow content: titles, summaries and steps of each registration flow, and the
## troubleshooting entries. Variables: $os_major (a number, or "unknown") and
## $browser (safari, chrome, edge, firefox, samsung-internet, opera, webview, other, unknown).

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
flow-iphone-authenticator-install-app-body = Install Microsoft Authenticator from the App Store, or update it if you already have it. Open it once and go through the welcome and privacy screens.

flow-iphone-authenticator-open-security-info-title = Start in Security info
flow-iphone-authenticator-open-security-info-body = Tap Open Security info and sign in with your work account. Tap + Add sign-in method, choose Passkey in Microsoft Authenticator and follow the prompts. When the page says to finish in the Authenticator app, leave it open and switch to Authenticator.

flow-iphone-authenticator-create-in-app-title = Create the passkey in Authenticator
flow-iphone-authenticator-create-in-app-body = In Authenticator, tap Add work or school account if this is your first account. If your work account is already listed, tap it and then tap Create a passkey. Sign in and complete the extra verification when asked.

flow-iphone-authenticator-enable-provider-title = Allow Authenticator to save passkeys
flow-iphone-authenticator-enable-provider-body =
    { $os_major ->
        [17] When Authenticator asks, tap Settings. Go to Settings › Passwords › Password Options, turn on AutoFill Passwords and Passkeys and select Authenticator under Use Passwords and Passkeys From. Go back to Authenticator and tap Done.
        [unknown] When Authenticator asks, tap Settings. On iOS 18 or later go to Settings › General › AutoFill & Passwords; on iOS 17 go to Settings › Passwords › Password Options. Turn on AutoFill Passwords and Passkeys, select Authenticator, then go back to Authenticator and tap Done.
       *[other] When Authenticator asks, tap Settings. Go to Settings › General › AutoFill & Passwords, turn on AutoFill Passwords and Passkeys and select Authenticator under AutoFill From. Go back to Authenticator and tap Done.
    }

flow-iphone-authenticator-check-it-worked-title = Check it worked
flow-iphone-authenticator-check-it-worked-body = Switch back to the browser with Security info and tap Next, then Done once the passkey is confirmed. Passkey in Microsoft Authenticator now appears in your list of sign-in methods.

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
        [16] Open Settings › your name › iCloud › Passwords & Keychain and make sure syncing for this iPhone is turned on.
        [17] Open Settings › your name › iCloud › Passwords & Keychain and make sure syncing for this iPhone is turned on.
        [unknown] Open Settings › your name › iCloud › Passwords (called Passwords & Keychain on iOS 16 and 17) and make sure syncing for this iPhone is turned on.
       *[other] Open Settings › your name › iCloud › Passwords and make sure syncing for this iPhone is turned on.
    }

flow-iphone-icloud-keychain-check-autofill-title = Let Passwords save passkeys
flow-iphone-icloud-keychain-check-autofill-body =
    { $os_major ->
        [16] Open Settings › Passwords › Password Options. Turn on AutoFill Passwords and make sure iCloud Keychain is selected.
        [17] Open Settings › Passwords › Password Options. Turn on AutoFill Passwords and Passkeys and make sure iCloud Passwords & Keychain is selected.
        [unknown] On iOS 18 or later open Settings › General › AutoFill & Passwords; on iOS 16 or 17 open Settings › Passwords › Password Options. Turn on AutoFill and make sure Passwords (iCloud Keychain) is selected.
       *[other] Open Settings › General › AutoFill & Passwords. Turn on AutoFill Passwords and Passkeys and make sure Passwords is selected under AutoFill From.
    }

flow-iphone-icloud-keychain-open-security-info-title = Start in Security info
flow-iphone-icloud-keychain-open-security-info-body = Tap Open Security info and sign in with your work account. Tap + Add sign-in method, choose Passkey and tap Next. If Passkey is not in the list, your organization may not allow this kind of passkey: ask your helpdesk.

flow-iphone-icloud-keychain-save-passkey-title = Save the passkey
flow-iphone-icloud-keychain-save-passkey-body = When your iPhone offers to save a passkey, check that it will be saved in Passwords (iCloud Keychain) and tap Continue. Confirm with Face ID, Touch ID or your passcode.

flow-iphone-icloud-keychain-check-it-worked-title = Check it worked
flow-iphone-icloud-keychain-check-it-worked-body =
    { $os_major ->
        [16] Give the passkey a name you will recognise, tap Next and then Done. It now appears in Security info, and in Settings › Passwords on your iPhone.
        [17] Give the passkey a name you will recognise, tap Next and then Done. It now appears in Security info, and in Settings › Passwords on your iPhone.
       *[other] Give the passkey a name you will recognise, tap Next and then Done. It now appears in Security info, and in the Passwords app on your iPhone.
    }

## Samsung Galaxy with Microsoft Authenticator

flow-samsung-title = Samsung Galaxy: passkey in Microsoft Authenticator
flow-samsung-summary = Create a passkey for your work account in Microsoft Authenticator on your Galaxy phone. Samsung Pass often offers to save it first: this guide shows how to make sure it goes to Authenticator.

flow-samsung-before-you-start-title = Before you start
flow-samsung-before-you-start-body =
    { $os_major ->
        [unknown] Check that your phone runs Android 14 or later (Settings › About phone › Software information).
       *[other] Your phone runs Android { $os_major }; Android 14 or later is needed.
    } Set up a screen lock (PIN, pattern or fingerprint) if you have none. Keep your current sign-in method or a Temporary Access Pass at hand.

flow-samsung-install-app-title = Install Microsoft Authenticator
flow-samsung-install-app-body = Install Microsoft Authenticator from Google Play, or update it if you already have it. Open it once and go through the welcome and privacy screens.

flow-samsung-set-provider-title = Turn on Authenticator instead of Samsung Pass
flow-samsung-set-provider-body =
    { $os_major ->
        [14] Open Settings › General management › Passwords, passkeys and autofill. Turn on Authenticator in the list of additional providers; you can also pick it as the preferred service instead of Samsung Pass.
        [unknown] Open Settings and search for "passkey" to find Passwords, passkeys and autofill (under Security and privacy › More security settings, or under General management on older phones). Turn on Authenticator; you can also pick it as the preferred service instead of Samsung Pass.
       *[other] Open Settings › Security and privacy › More security settings › Passwords, passkeys and autofill. Turn on Authenticator in the list of additional providers; you can also pick it as the preferred service instead of Samsung Pass.
    }

flow-samsung-open-security-info-title = Start in Security info
flow-samsung-open-security-info-body =
    { $browser ->
        [firefox] Open this guide in Chrome or Edge first: Firefox on Android can't create passkeys for work accounts. Then tap Open Security info, sign in, tap + Add sign-in method and choose Passkey in Microsoft Authenticator.
       *[other] Tap Open Security info and sign in with your work account. Tap + Add sign-in method, choose Passkey in Microsoft Authenticator and follow the prompts. When the page says to finish in the Authenticator app, leave it open and switch to Authenticator.
    }

flow-samsung-create-in-app-title = Create the passkey in Authenticator
flow-samsung-create-in-app-body = In Authenticator, tap Add work or school account if this is your first account. If your work account is already listed, tap it and then tap Create a passkey. Sign in, complete the extra verification, and set up a screen lock if the app asks.

flow-samsung-pick-authenticator-title = If Samsung Pass offers to save it
flow-samsung-pick-authenticator-body = If a Samsung Pass window offers to save the passkey, don't accept it. Use the option in that window to choose another service and pick Authenticator. If there is no such option, cancel, repeat the previous Settings step so that Authenticator is turned on, and try again.

flow-samsung-check-it-worked-title = Check it worked
flow-samsung-check-it-worked-body = Back in Authenticator, tap Done: your account now shows Passkey as a sign-in method. In the browser with Security info, tap Next and then Done. Passkey in Microsoft Authenticator now appears in your list of sign-in methods.

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
flow-android-authenticator-install-app-body = Install Microsoft Authenticator from Google Play, or update it if you already have it. If your phone has a work profile, install and use the app in the profile where you want to use the passkey.

flow-android-authenticator-open-security-info-title = Start in Security info
flow-android-authenticator-open-security-info-body =
    { $browser ->
        [firefox] Open this guide in Chrome or Edge first: Firefox on Android can't create passkeys for work accounts. Then tap Open Security info, sign in, tap + Add sign-in method and choose Passkey in Microsoft Authenticator.
       *[other] Tap Open Security info and sign in with your work account. Tap + Add sign-in method, choose Passkey in Microsoft Authenticator and follow the prompts. When the page says to finish in the Authenticator app, leave it open and switch to Authenticator.
    }

flow-android-authenticator-create-in-app-title = Create the passkey in Authenticator
flow-android-authenticator-create-in-app-body = In Authenticator, tap Add work or school account if this is your first account. If your work account is already listed, tap it and then tap Create a passkey. Sign in, complete the extra verification, and set up a screen lock if the app asks.

flow-android-authenticator-enable-provider-title = Allow Authenticator to save passkeys
flow-android-authenticator-enable-provider-body =
    { $os_major ->
        [14] When Authenticator asks, tap Settings. Open Passwords & accounts and turn on Authenticator under Additional providers. If you can't turn it on, update your phone to Android 15. Go back to Authenticator and tap Done.
        [unknown] When Authenticator asks, tap Settings. Open Passwords, passkeys & accounts (Passwords & accounts on Android 14) and turn on Authenticator under Additional providers. Go back to Authenticator and tap Done.
       *[other] When Authenticator asks, tap Settings. Open Passwords, passkeys & accounts and turn on Authenticator under Additional providers. The names can differ by phone maker: search Settings for "passkey". Go back to Authenticator and tap Done.
    }

flow-android-authenticator-check-it-worked-title = Check it worked
flow-android-authenticator-check-it-worked-body = Switch back to the browser with Security info and tap Next, then Done once the passkey is confirmed. Passkey in Microsoft Authenticator now appears in your list of sign-in methods.

## Android phone with Google Password Manager (synced passkey)

flow-android-google-password-manager-title = Android: passkey in Google Password Manager
flow-android-google-password-manager-summary = Save a passkey for your work account in Google Password Manager. It syncs to your other devices signed in to the same Google Account. This only works if your organization allows synced passkeys, and not on Samsung phones.

flow-android-google-password-manager-before-you-start-title = Before you start
flow-android-google-password-manager-before-you-start-body =
    { $os_major ->
        [unknown] Check that your phone runs Android 9 or later and is not a Samsung phone (Samsung phones have their own guide).
       *[other] Your phone runs Android { $os_major }; Android 9 or later is needed. This guide is not for Samsung phones, which have their own guide.
    } You need a screen lock and a Google Account signed in on the phone. Keep your current sign-in method or a Temporary Access Pass at hand.

flow-android-google-password-manager-check-provider-title = Check where passkeys are saved
flow-android-google-password-manager-check-provider-body =
    { $os_major ->
        [14] Open Settings › Passwords & accounts and check that Google is set as the preferred service for passwords and passkeys.
        [unknown] On Android 14 or later, open Settings › Passwords, passkeys & accounts (Passwords & accounts on Android 14) and check that Google is the preferred service. On older versions there is nothing to change.
       *[other] On Android 15 or later, open Settings › Passwords, passkeys & accounts and check that Google is the preferred service. On Android 13 or older there is nothing to change.
    }

flow-android-google-password-manager-open-security-info-title = Start in Security info
flow-android-google-password-manager-open-security-info-body =
    { $browser ->
        [chrome] Tap Open Security info and sign in with your work account. Tap + Add sign-in method, choose Passkey, then tap Next and Continue.
        [firefox] Open this guide in Chrome first: Firefox on Android can't create passkeys for work accounts. Then tap Open Security info, sign in, tap + Add sign-in method and choose Passkey.
       *[other] Open this guide in Chrome if you can. Tap Open Security info and sign in with your work account. Tap + Add sign-in method, choose Passkey, then tap Next and Continue.
    }

flow-android-google-password-manager-save-passkey-title = Save the passkey
flow-android-google-password-manager-save-passkey-body = When your phone asks to create a passkey, check that Google Password Manager and your own Google Account are shown. Tap Continue and unlock with your fingerprint, face or screen lock.

flow-android-google-password-manager-check-it-worked-title = Check it worked
flow-android-google-password-manager-check-it-worked-body = Give the passkey a name you will recognise, tap Next and then Done. It now appears in Security info, and in Google Password Manager on your phone.

## Windows PC with Windows Hello

flow-windows-hello-title = Windows: passkey in Windows Hello
flow-windows-hello-summary = Save a passkey for your work account on this PC, unlocked with your Windows Hello PIN, face or fingerprint. It stays on this PC and is not synced.

flow-windows-hello-before-you-start-title = Before you start
flow-windows-hello-before-you-start-body = You need Windows 10 or 11 and Edge, Chrome or Firefox. Keep your current sign-in method or a Temporary Access Pass at hand. If this is a company PC where you already sign in to Windows with Windows Hello for this work account, this option may not be available; ask your helpdesk which guide to use.

flow-windows-hello-set-up-windows-hello-title = Set up Windows Hello
flow-windows-hello-set-up-windows-hello-body = If you don't use a PIN, face or fingerprint to unlock this PC yet, open Settings › Accounts › Sign-in options and set up PIN (Windows Hello) first.

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

## Mac with iCloud Keychain (synced passkey)

flow-macos-title = Mac: passkey in iCloud Keychain
flow-macos-summary = Save a passkey for your work account in Apple Passwords (iCloud Keychain) on your Mac. It syncs to your other Apple devices. This only works if your organization allows synced passkeys.

flow-macos-before-you-start-title = Before you start
flow-macos-before-you-start-body =
    { $os_major ->
        [unknown] Check that your Mac runs macOS 13 Ventura or later (Apple menu › About This Mac).
       *[other] Your Mac runs macOS { $os_major }; macOS 13 Ventura or later is needed.
    } You need to be signed in with your Apple Account, with two-factor authentication. Keep your current sign-in method or a Temporary Access Pass at hand.

flow-macos-turn-on-icloud-keychain-title = Turn on iCloud Keychain
flow-macos-turn-on-icloud-keychain-body =
    { $os_major ->
        [13] Open System Settings › your name › iCloud › Passwords & Keychain and make sure syncing for this Mac is turned on.
        [14] Open System Settings › your name › iCloud › Passwords & Keychain and make sure syncing for this Mac is turned on.
        [unknown] Open System Settings › your name › iCloud › Passwords (called Passwords & Keychain on macOS 13 and 14) and make sure syncing for this Mac is turned on.
       *[other] Open System Settings › your name › iCloud › Passwords and make sure syncing for this Mac is turned on.
    }

flow-macos-open-security-info-title = Start in Security info
flow-macos-open-security-info-body = Click Open Security info and sign in with your work account. Click + Add sign-in method, choose Passkey and click Next. If Passkey is not in the list, your organization may not allow this kind of passkey: ask your helpdesk.

flow-macos-save-passkey-title = Save the passkey
flow-macos-save-passkey-body =
    { $browser ->
        [safari] Safari asks whether to save a passkey. Click Continue and confirm with Touch ID or your Mac password; it is saved in iCloud Keychain.
        [chrome] Chrome shows its own passkey window: choose iCloud Keychain, not Google Password Manager or a phone. If asked, allow login.microsoft.com to use your passkey, then confirm with Touch ID or your Mac password.
        [edge] Edge shows its own passkey window: choose iCloud Keychain if it is offered. If asked, allow login.microsoft.com to use your passkey, then confirm with Touch ID or your Mac password.
       *[other] Follow your browser's passkey window and choose iCloud Keychain. If your browser does not offer it, open this guide in Safari instead.
    }

flow-macos-check-it-worked-title = Check it worked
flow-macos-check-it-worked-body =
    { $os_major ->
        [13] Give the passkey a name you will recognise, click Next and then Done. It now appears in Security info, and in System Settings › Passwords on your Mac.
        [14] Give the passkey a name you will recognise, click Next and then Done. It now appears in Security info, and in System Settings › Passwords on your Mac.
       *[other] Give the passkey a name you will recognise, click Next and then Done. It now appears in Security info, and in the Passwords app on your Mac.
    }

## Security key (USB or NFC)

flow-security-key-title = Security key (USB or NFC)
flow-security-key-summary = Save a passkey for your work account on a physical security key that you plug in or tap. It stays on the key and works on any computer you use it with.

flow-security-key-before-you-start-title = Before you start
flow-security-key-before-you-start-body = You need a FIDO2 security key that your organization accepts; ask your helpdesk if you are not sure. On a computer, use Edge, Chrome or Firefox (on Linux, Chrome). Keep your current sign-in method or a Temporary Access Pass at hand.

flow-security-key-set-pin-title = Make sure the key has a PIN
flow-security-key-set-pin-body =
    { $browser ->
        [safari] Safari on iPhone, iPad or Mac can't set up a PIN on a new key. If your key has no PIN yet, set one on a Windows PC first (Settings › Accounts › Sign-in options › Security Key › Manage) or with the key maker's app.
       *[other] Your key needs a PIN. On Windows you can set one in Settings › Accounts › Sign-in options › Security Key › Manage, or the browser will ask you to create one. On iPhone, iPad or Mac, set the PIN on a Windows PC or with the key maker's app first.
    }

flow-security-key-open-security-info-title = Start in Security info
flow-security-key-open-security-info-body = Select Open Security info and sign in with your work account, completing the extra verification. Select + Add sign-in method, choose Passkey and select Next.

flow-security-key-use-key-title = Save the passkey on your key
flow-security-key-use-key-body = When asked where to save the passkey, choose Security key. If you don't see it, look under More options or Use another device. Insert or tap your key, enter its PIN and touch the key when it blinks.

flow-security-key-check-it-worked-title = Check it worked
flow-security-key-check-it-worked-body = Give the passkey a name you will recognise, such as the key's model, and select Done. It now appears in your list of sign-in methods in Security info.

## Phone passkey, started on a computer

flow-phone-from-desktop-title = Computer: passkey on your phone
flow-phone-from-desktop-summary = Start on this computer and create the passkey in Microsoft Authenticator on your iPhone or Android phone. You then sign in by confirming on your phone.

flow-phone-from-desktop-before-you-start-title = Before you start
flow-phone-from-desktop-before-you-start-body = You need an iPhone with iOS 17 or later, or an Android phone with Android 14 or later, with a screen lock. Turn on Bluetooth on both the computer and the phone, and make sure both are online. Keep your current sign-in method or a Temporary Access Pass at hand.

flow-phone-from-desktop-open-security-info-title = Start in Security info on this computer
flow-phone-from-desktop-open-security-info-body = Click Open Security info and sign in with your work account. Click + Add sign-in method, choose Passkey in Microsoft Authenticator and complete the extra verification if asked.

flow-phone-from-desktop-get-app-title = Get Authenticator on your phone
flow-phone-from-desktop-get-app-body = If the page shows a QR code to download Authenticator, scan it with your phone's camera (on iPhone, the Camera app) and install the app. Then click Next on the computer.

flow-phone-from-desktop-create-on-phone-title = Create the passkey on your phone
flow-phone-from-desktop-create-on-phone-body = On your phone, open Authenticator. Tap Add work or school account, or tap your existing work account and then Create a passkey. Sign in, and when asked, allow Authenticator to save passkeys in your phone's settings, then tap Done.

flow-phone-from-desktop-qr-fallback-title = If you can't sign in to Authenticator
flow-phone-from-desktop-qr-fallback-body = On the computer, choose Having trouble, then create your passkey a different way, and pick iPhone or iPad or Android. Scan the QR code with the phone's camera (on iPhone, the Camera app, not the scanner in Authenticator) and keep the phone near the computer until it says connected. This way does not work if your organization requires approved (attested) passkeys.

flow-phone-from-desktop-check-it-worked-title = Check it worked
flow-phone-from-desktop-check-it-worked-body = Back on the computer, click Next and then Done once the passkey is confirmed. Passkey in Microsoft Authenticator now appears in your list of sign-in methods in Security info.

## Troubleshooting

ts-not-enabled-by-policy-title = The passkey option is missing
ts-not-enabled-by-policy-body = If Security info doesn't offer Passkey or Passkey in Microsoft Authenticator, your organization has not turned on passkeys for your account yet, or not this kind of passkey. Ask your helpdesk to add you to the passkey rollout.

ts-self-service-off-title = You can't add methods yourself
ts-self-service-off-body = Your organization can switch off adding passkeys in Security info. If you're told you can't add this method, ask your helpdesk to set up the passkey with you or to allow self-service setup.

ts-no-bootstrap-method-title = No way to confirm it's you
ts-no-bootstrap-method-body = To add a passkey you must first sign in with an existing verification method, such as an Authenticator approval or a text code. If you have none, or lost your phone, ask your helpdesk for a Temporary Access Pass and use it to sign in to Security info.

ts-mfa-too-old-title = Asked to verify again
ts-mfa-too-old-body = Adding a passkey needs a recent verification, within the last few minutes. If you're asked to verify again, do so and then add the passkey straight away.

ts-os-too-old-title = Your device needs an update
ts-os-too-old-body = Passkeys in Microsoft Authenticator need iOS 17 or Android 14 or later. Passkeys in iCloud Keychain need iOS 16 or macOS 13 or later, and Google Password Manager needs Android 9 or later. Update your device in its settings, or use another device or a security key.

ts-android-no-secure-hardware-title = Works on one Android phone but not another
ts-android-no-secure-hardware-body = Authenticator keeps passkeys in the phone's protected security hardware. Some Android phones don't have the hardware it needs, and registration stops without a clear reason. Try another phone, or ask your helpdesk about a security key.

ts-authenticator-not-provider-title = Authenticator is not allowed to save passkeys
ts-authenticator-not-provider-body =
    { $os_major ->
        [14] On Android 14: Settings › Passwords & accounts, then turn on Authenticator under Additional providers. If you can't turn it on, update to Android 15. On iPhone: Settings › General › AutoFill & Passwords (iOS 17: Settings › Passwords › Password Options) and select Authenticator.
        [17] On iPhone with iOS 17: Settings › Passwords › Password Options, turn on AutoFill Passwords and Passkeys and select Authenticator. On Android: Settings › Passwords, passkeys & accounts (or Passwords & accounts), then turn on Authenticator under Additional providers.
       *[other] On iPhone with iOS 18 or later: Settings › General › AutoFill & Passwords, turn on AutoFill Passwords and Passkeys and select Authenticator (iOS 17: Settings › Passwords › Password Options). On Android: Settings › Passwords, passkeys & accounts (Passwords & accounts on Android 14), then turn on Authenticator under Additional providers.
    }

ts-screen-lock-missing-title = A screen lock is needed
ts-screen-lock-missing-body = Passkeys are unlocked with your device's screen lock. Set up a PIN, pattern, password, fingerprint or face unlock in your device settings, then start again.

ts-ios-qr-camera-app-title = The QR code doesn't scan on iPhone
ts-ios-qr-camera-app-body = Scan the passkey QR code with the iPhone's Camera app, not with the scanner inside Authenticator, which can't read this kind of code. On Android, the Authenticator scanner also works.

ts-cross-device-connecting-title = Stuck on "Connecting"
ts-cross-device-connecting-body = Turn on Bluetooth on both the computer and the phone, keep them close together and make sure both are online. Company networks or VPNs can block the connection; if it still hangs, try setting up the passkey directly on the phone, or use a security key.

ts-ca-bootstrap-loop-title = Sent back and forth between the app and Security info
ts-ca-bootstrap-loop-body = Some company sign-in rules ask for a passkey before you can create your first one, which sends you round in a loop. Ask your helpdesk for a Temporary Access Pass or a temporary exception, then try again.

ts-orphaned-passkey-title = "Passkey already exists"
ts-orphaned-passkey-body = A passkey from an earlier attempt may still be on your device even though your organization no longer has it. Delete it from your device (in Authenticator: tap the account, then Settings › Delete passkey) and remove any old entry in Security info, then register again.

ts-android-work-profile-title = Phone with a work profile
ts-android-work-profile-body = On Android, a passkey only works in the profile where it was created. If your phone has a work profile and a personal profile, create the passkey in Authenticator in the profile where you will use it, or once in each.

ts-samsung-pass-picker-title = Samsung Pass saved it instead
ts-samsung-pass-picker-body = Galaxy phones often suggest Samsung Pass first. If the passkey went there, delete it in Samsung Pass, turn on Authenticator in Settings under Passwords, passkeys and autofill, and start again, choosing Authenticator when asked where to save.

ts-windows-hello-already-registered-title = "Already registered" on Windows
ts-windows-hello-already-registered-body = If this work account already uses Windows Hello for Business to sign in to this PC, Windows can't add a second passkey for it and reports that it is already registered. Use the phone or security key guide instead, or ask your helpdesk.

ts-unsupported-browser-title = Browser not supported
ts-unsupported-browser-body =
    { $browser ->
        [firefox] Firefox can't create work passkeys on Android, and on Linux it can't use a passkey in Authenticator. Use Chrome or Edge instead.
        [opera] Opera isn't on Microsoft's list of supported browsers for work passkeys. Use Chrome, Edge or Safari instead.
        [samsung-internet] Samsung Internet isn't on Microsoft's list of supported browsers for work passkeys. Use Chrome or Edge instead.
       *[other] Use a supported browser: Edge, Chrome or Firefox on Windows; Safari, Chrome, Edge or Firefox on Mac and iPhone; Chrome or Edge on Android.
    }

ts-in-app-browser-title = Opened inside another app
ts-in-app-browser-body = Links opened from a mail or chat app often load in that app's built-in browser, where passkeys don't work reliably. Use the app's menu to open the link in Safari or Chrome, then start again.

ts-security-key-pin-title = The key asks for a PIN you never set
ts-security-key-pin-body = iPhone, iPad and Mac browsers can't set up a PIN on a new security key. Set the PIN on a Windows PC (Settings › Accounts › Sign-in options › Security Key) or with the key maker's app, then register the key again.

ts-synced-not-allowed-title = This kind of passkey isn't allowed
ts-synced-not-allowed-body = Your organization may accept only passkeys that stay on one device, such as Microsoft Authenticator or a security key. If Passkey is missing in Security info or saving fails, use the Authenticator guide instead.

ts-icloud-keychain-off-title = iCloud Keychain is off
ts-icloud-keychain-off-body = Passkeys in Apple Passwords need iCloud Keychain and two-factor authentication for your Apple Account. Turn on syncing for Passwords in your iCloud settings, then try again.
