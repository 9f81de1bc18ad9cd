## Cadre

app-name = Configuration de la clé d’accès
meta-description = Aide pas à pas pour enregistrer une clé d’accès pour votre compte professionnel sur votre appareil.
skip-to-content = Aller au contenu
language-switcher-label = Langue
footer-privacy = Ce guide enregistre les étapes consultées, jamais votre identité ni ce que vous saisissez.

## Page d’accueil

home-title = Configurez votre clé d’accès
home-lead = Avec une clé d’accès, vous vous connectez à votre compte professionnel avec votre visage, votre empreinte digitale ou le verrouillage de l’écran, au lieu d’un mot de passe. Ce guide vous montre les étapes exactes pour votre appareil.
device-heading = Votre appareil
device-label = Appareil
system-label = Système
browser-label = Navigateur
opened-in-label = Ouvert dans
recommended-heading = Recommandé pour vous
other-options-heading = Autres méthodes compatibles avec cet appareil
unavailable-heading = Non disponible ici
start-recommended = Commencer
start-this = Choisir plutôt cette méthode
picker-heading = Ce n’est pas votre appareil ?
picker-lead = Choisissez l’appareil sur lequel vous voulez configurer la clé d’accès :
picker-detect-again = Détecter à nouveau mon appareil

## Plateformes, systèmes, navigateurs, applications

platform-iphone = iPhone
platform-ipad = iPad
platform-android = Téléphone Android
platform-samsung = Samsung Galaxy
platform-windows = PC Windows
platform-macos = Mac
platform-linux = Ordinateur Linux
platform-chromeos = Chromebook
platform-unknown = Appareil inconnu
os-iphone = iOS
os-ipad = iPadOS
os-android = Android
os-samsung = Android
os-windows = Windows
os-macos = macOS
os-linux = Linux
os-chromeos = ChromeOS
os-unknown = Système d’exploitation
os-version-exact = { $os } { $version }
os-version-at-least = { $os } { $version } ou version ultérieure
os-version-hidden = { $os } (votre navigateur n’indique pas la version)
browser-safari = Safari
browser-chrome = Google Chrome
browser-edge = Microsoft Edge
browser-firefox = Firefox
browser-samsung-internet = Samsung Internet
browser-opera = Opera
browser-webview = Le navigateur intégré d’une application
browser-other = Un autre navigateur
in-app-outlook = Outlook
in-app-teams = Microsoft Teams
in-app-google-app = l’application Google
in-app-facebook = Facebook
in-app-instagram = Instagram
in-app-linkedin = LinkedIn
in-app-line = LINE
in-app-wechat = WeChat
in-app-snapchat = Snapchat
in-app-tiktok = TikTok
in-app-naver = NAVER
in-app-apple-news = Apple News
in-app-unidentified = le navigateur intégré d’une application

## Types de clés d’accès

passkey-type-synced = Clé d’accès synchronisée : disponible sur tous vos appareils connectés au même compte
passkey-type-device-bound = Clé d’accès liée à l’appareil : reste uniquement sur cet appareil ou cette clé

## Remarques avant de commencer

note-in-app-browser = Cette page est ouverte dans { $app }. Il est souvent impossible d’y créer une clé d’accès : ouvrez plutôt le lien dans { $browser ->
        [safari] Safari
       *[other] Chrome
    } (dans le menu, choisissez « Ouvrir dans le navigateur »).
note-maybe-ipad = Vous utilisez un iPad ? Les sites web voient les iPad comme des Mac. Si vous avez un iPad en main, choisissez iPad ci-dessous.
note-version-unknown = Votre navigateur ne nous indique pas votre version de { $os }. Chaque option ci-dessous précise la version nécessaire.
note-unknown-device = Nous n’avons pas pu reconnaître votre appareil. Choisissez-le dans la liste ci-dessous.
note-update-first = « { $flow } » nécessite { $os } { $min } ou version ultérieure, et vous avez { $have }. Mettez d’abord votre appareil à jour, ou utilisez « { $alternative } ».
note-update-first-only = « { $flow } » nécessite { $os } { $min } ou version ultérieure, et vous avez { $have }. Mettez d’abord votre appareil à jour, ou demandez de l’aide à votre support informatique.
note-nothing-here = Aucune des méthodes autorisées par votre organisation ne fonctionne sur cet appareil. Utilisez un autre appareil de la liste ci-dessous, ou contactez votre support informatique.
note-firefox-android = Sur Android, Firefox ne peut pas créer de clé d’accès pour un compte professionnel. Ouvrez plutôt ce lien dans Chrome ou Edge.
note-firefox-linux-cross-device = Sur Linux, Firefox ne peut pas se connecter à votre téléphone. Utilisez une clé de sécurité, ou ouvrez cette page dans Chrome ou Edge.
note-untested-browser-android = Sur Android, Microsoft teste les clés d’accès avec Chrome et Edge. Si rien ne se passe quand vous créez la clé d’accès, ouvrez ce lien dans Chrome.
note-untested-browser = Microsoft ne teste pas les clés d’accès avec ce navigateur. Si rien ne se passe quand vous créez la clé d’accès, ouvrez ce lien dans Edge ou Chrome.

note-managed-pc = Sur un PC d’entreprise, configurer Windows Hello peut créer une connexion Windows Hello Entreprise, et l’enregistrement de la clé d’accès échoue alors. Créez plutôt votre clé d’accès sur votre téléphone avec Microsoft Authenticator, ou avec une clé de sécurité.

## Pourquoi une option n’est pas disponible

blocked-synced-not-allowed = Votre organisation n’autorise que les clés d’accès qui restent sur un seul appareil.
blocked-attestation-required = Votre organisation exige des clés d’accès vérifiées (attestées), ce que cette option ne permet pas.
blocked-not-supported = Votre organisation ne prend pas en charge ce type de clé d’accès. Choisissez une autre option.
blocked-os-too-old = Nécessite { $os } { $min } ou version ultérieure ; vous avez { $have }.
blocked-browser = Ne fonctionne pas dans ce navigateur.
blocked-managed-pc = Pas sur un PC d’entreprise : Windows Hello Entreprise ferait échouer l’enregistrement.
version-unverified = Nécessite { $os } { $min } ou version ultérieure.

## Vérification dans le navigateur

probe-no-webauthn = Ce navigateur ne peut pas créer de clé d’accès. Ouvrez le lien dans le navigateur principal de votre appareil.
probe-no-platform-authenticator = Cet appareil n’a ni verrouillage de l’écran ni biométrie prêts pour les clés d’accès. Configurez d’abord un code PIN, une empreinte digitale ou la reconnaissance faciale, ou choisissez une autre option.
probe-no-hybrid = Ce navigateur ne peut pas se connecter à un téléphone. Utilisez une clé de sécurité ou un autre navigateur.
probe-looks-like-ipad = Il semble que ce soit un iPad.
probe-show-ipad-steps = Afficher les étapes pour iPad
probe-ready = Ce navigateur peut créer des clés d’accès.
probe-checking = Vérification de ce que ce navigateur peut faire…

## Guide

step-count = Étape { $current } sur { $total }
handoff-button = Ouvrir les informations de sécurité
handoff-hint = Ouvre la page Informations de sécurité de Microsoft. Gardez ce guide ouvert, ou revenez-y, pour les étapes suivantes.
handoff-next-steps = Après la page Informations de sécurité, il reste ces étapes :
handoff-question = De retour de la page Informations de sécurité ? Tout a fonctionné ?
handoff-worked = Oui, continuer
handoff-failed = Non, je n’y arrive pas
sign-in-question = La connexion de test a-t-elle fonctionné ?
sign-in-worked = Oui, la connexion avec ma clé d’accès a fonctionné
sign-in-failed = Non, ça n’a pas fonctionné
managed-pc-question = S’agit-il d’un PC d’entreprise, joint à votre organisation ou inscrit auprès d’elle ?
managed-pc-yes = Oui, c’est un PC d’entreprise
managed-pc-no = Non, c’est mon PC personnel
home-microsoft-prompt = Microsoft peut aussi vous proposer d’ajouter une clé d’accès lors de votre connexion. Il s’agit du même enregistrement : suivez-le, et aidez-vous de ces étapes si besoin.

## Sortir du navigateur intégré d’une application

escape-title = Ouvrez d’abord cette page dans votre navigateur
escape-lead = Vous avez ouvert ce lien dans { $app }. Il est généralement impossible de créer une clé d’accès dans le navigateur intégré d’une application.
escape-open-browser = Ouvrir dans mon navigateur
# The menu labels differ between apps and versions; these follow each app's usual menu.
# Unconfirmed: the apps' own labels for "Open in external browser" (Facebook, Instagram) and "Open in Safari" (LinkedIn, WeChat, LINE, the Google app) in this language.
escape-ios-steps = { $app ->
        [facebook] Touchez ⋯ en haut à droite, puis « Ouvrir dans un navigateur externe ».
        [instagram] Touchez ⋯ en haut à droite, puis « Ouvrir dans un navigateur externe ».
        [linkedin] Touchez ⋯ en haut à droite, puis « Ouvrir dans Safari ».
        [wechat] Touchez ⋯ en haut à droite, puis « Ouvrir dans Safari ».
        [line] Touchez ⋯ ou le bouton Partager, puis « Ouvrir dans Safari ».
        [google-app] Touchez le bouton Partager ou ⋯, puis « Ouvrir dans Safari ».
       *[other] Cherchez ⋯ ou le bouton Partager, puis choisissez « Ouvrir dans Safari » ou « Ouvrir dans le navigateur ». Si aucune de ces options n’existe, copiez le lien ci-dessous et collez-le dans Safari.
    }
escape-copy-label = Ou copiez ce lien et collez-le dans { $browser ->
        [safari] Safari
       *[other] votre navigateur
    } :
escape-copy-button = Copier le lien
escape-copied = Copié. Collez-le maintenant dans la barre d’adresse de votre navigateur.

## Tous les problèmes connus sur une seule page

help-title = Problèmes connus, selon ce que vous voyez
help-lead = Cherchez ce qui s’affiche sur votre écran. Chaque entrée en indique la cause et la solution. Si aucune ne correspond, votre support informatique peut vous aider.
help-link = Tous les problèmes connus
help-for-devices = Se produit sur : { $devices }
step-nav-label = Navigation entre les étapes
all-steps-label = Toutes les étapes
nav-back = Retour
nav-all-options = Toutes les options
nav-next = Étape suivante
nav-finish = J’ai terminé
guide-other-device = Ces étapes concernent un autre appareil que le vôtre ({ $device }). Consultez les options pour votre appareil sur la page d’accueil.
sources-label = Sources
sources-reviewed = Étapes vérifiées le { $date } à partir de ces documents :

## Terminé

done-title = Votre clé d’accès est prête
done-lead = Bravo : vous avez terminé les étapes « { $flow } ».
done-check = Pour vous en assurer, ouvrez la page Informations de sécurité et vérifiez que votre nouvelle clé d’accès y figure. À votre prochaine connexion, choisissez « Se connecter avec une clé d’accès » ou « Visage, empreinte digitale, code PIN ou clé de sécurité ».
done-open-security-info = Vérifier dans Informations de sécurité
done-back = Revenir à la dernière étape
done-confirm-question = Votre nouvelle clé d’accès figure-t-elle parmi vos méthodes de connexion dans Informations de sécurité ?
done-confirm-yes = Oui, elle y figure
done-confirm-no = Non, il y a eu un problème
done-confirmed = Parfait, tout est prêt.
done-confirmed-linked = Parfait, tout est prêt. Votre service informatique voit que vous avez terminé : vous ne recevrez donc plus de rappels à ce sujet.

## Erreurs

not-found-title = Page introuvable
not-found-lead = Cette page n’existe pas. Le guide pour votre appareil se trouve sur la page d’accueil.
not-found-home = Aller à la page d’accueil

## Print view

print-link = Version imprimable avec toutes les étapes
print-lead = Toutes les étapes sur une seule page, à imprimer ou à transmettre à un collègue.
print-handoff = À cette étape, ouvrez { $url } dans le navigateur et connectez-vous avec votre compte professionnel.

## Parcours : reprise, recommencer, « Je n’y arrive pas », signalements, continuer sur votre téléphone

resume-note = Bon retour ! Voici l’étape que vous aviez atteinte la dernière fois.
restart = Recommencer depuis le début
stuck-link = Je n’y arrive pas
stuck-title = Blocage à l’étape « { $step } »
stuck-lead = Voici les causes connues de problèmes à cette étape sur votre appareil ({ $device }), de la plus probable à la moins probable. Pour chacune, vous trouverez comment y remédier.
stuck-detected = Probable : nous le constatons sur votre appareil
stuck-none = Aucune cause connue ne correspond à cette étape sur votre appareil. Votre support informatique peut vous aider.
stuck-back = Revenir à l’étape
stuck-something-else = Autre chose
diag-title = Toujours un problème ? Prévenez votre support informatique
diag-symptom = Qu’est-ce qui n’a pas fonctionné ?
diag-note = Autre chose que votre support informatique devrait savoir ? (facultatif)
diag-includes = Votre support informatique reçoit votre nom, cette étape, votre appareil et votre navigateur, ce que votre navigateur indique prendre en charge, ainsi que l’heure. Rien d’autre.
diag-send = Envoyer au support informatique
diag-sent = Signalement envoyé. Votre support informatique peut le consulter dès maintenant. Si vous l’appelez, indiquez cette référence : { $reference }.
diag-needs-link = Pour envoyer un signalement à votre support informatique, ouvrez ce guide à partir du lien personnel reçu par e-mail. Vous pouvez aussi le contacter directement grâce aux coordonnées ci-dessous.
continue-title = Continuer sur votre téléphone
continue-lead = Scannez ce code avec l’appareil photo de votre téléphone pour ouvrir ce guide sur celui-ci. Il vous montrera les étapes pour votre téléphone.
continue-lead-linked = Scannez ce code avec l’appareil photo de votre téléphone pour continuer sur celui-ci. Votre progression est conservée. Le code est valable 15 minutes.
continue-qr-alt = Code QR qui ouvre ce guide sur votre téléphone
continue-url = Impossible de scanner le code ? Ouvrez cette adresse sur votre téléphone
diag-mail-subject = Configuration de la clé d’accès : { $name } rencontre un problème à l’étape « { $step } »
diag-mail-body =
    { $name } ({ $email }) a envoyé un signalement depuis le guide des clés d’accès.

    Méthode : { $flow }
    Étape { $number } : { $step }
    Problème : { $symptom }
    Appareil : { $device }
    Commentaire : { $note }
    Vérifications du navigateur : { $probe }
    Référence : { $reference }

    Parcours et signalements précédents : { $link }

## E-mails de rappel

reminder-subject-start-here = { $org } : configurez votre clé d’accès, cela prend environ cinq minutes
reminder-subject-pick-up = { $org } : reprenez la configuration de votre clé d’accès là où vous vous étiez arrêté
reminder-subject-stuck = { $org } : de l’aide pour configurer votre clé d’accès
reminder-subject-did-not-finish = { $org } : la configuration de votre clé d’accès n’a pas abouti
reminder-greeting = Bonjour { $name },
reminder-body-start-here = Vous n’avez pas encore configuré de clé d’accès pour votre compte professionnel. Votre guide personnel vous indique les étapes exactes pour votre téléphone ou votre ordinateur.
reminder-body-pick-up = Vous vous êtes arrêté à l’étape { $step }, « { $title } », de { $flow }. Votre lien personnel vous ramène directement à cette étape.
reminder-body-stuck = Vous avez été bloqué à l’étape { $step }, « { $title } », de { $flow }. Voici ce qui résout généralement le problème :
reminder-body-did-not-finish = La configuration de votre clé d’accès ne semble pas avoir abouti : votre organisation ne voit pas encore de clé d’accès pour votre compte. Ouvrez votre lien personnel pour réessayer.
reminder-button = Ouvrir mon guide
reminder-help = Des questions ? Contactez { $support }.
reminder-footer = Vous recevez ce message, car { $org } passe à la connexion par clé d’accès. Ce lien vous est personnel : merci de ne pas le transférer.
announcement-subject = { $org } : configurez une clé d’accès pour vous connecter à votre compte professionnel
announcement-body = { $org } passe à la connexion par clé d’accès : plus de mot de passe à saisir, et rien qu’un hameçonnage puisse dérober. Votre guide personnel reconnaît votre téléphone ou votre ordinateur et vous indique les étapes exactes. Cela prend environ cinq minutes.
reminder-opt-out = Vous ne souhaitez plus recevoir ces rappels ? Ouvrez votre lien et choisissez « Ne plus recevoir de rappels » en bas de la page.
opt-out-button = Ne plus recevoir de rappels
opt-out-done = Vous ne recevrez plus d’e-mails de rappel concernant votre clé d’accès. Votre service informatique en est informé.

# Shown when one personal link is used too often in a short time (HTTP 429).
rate-limited-title = Trop de requêtes
rate-limited-lead = Ce lien a été ouvert très souvent en peu de temps. Attendez { $seconds } secondes, puis rechargez la page.
rate-limited-next = Si cela se reproduit, contactez votre support informatique.
