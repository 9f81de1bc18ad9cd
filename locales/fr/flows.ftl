## Contenu des parcours : titres, résumés et étapes de chaque parcours d’enregistrement,
## et les fiches de dépannage. Variables : $os_major (un nombre, ou "unknown"),
## $browser (safari, chrome, edge, firefox, samsung-internet, opera, webview, other, unknown) et
## $platform (iphone, ipad, android, samsung, windows, macos, linux, chromeos, unknown).

## iPhone ou iPad avec Microsoft Authenticator

flow-iphone-authenticator-title = iPhone ou iPad : clé d’accès dans Microsoft Authenticator
flow-iphone-authenticator-summary = Créez une clé d’accès pour votre compte professionnel dans l’application Microsoft Authenticator. Elle reste sur cet iPhone ou iPad, et fonctionne même si votre organisation n’accepte que des authentificateurs approuvés.

flow-iphone-authenticator-before-you-start-title = Avant de commencer
flow-iphone-authenticator-before-you-start-body =
    { $os_major ->
        [unknown] Vérifiez que votre iPhone ou iPad est sous iOS 17 ou version ultérieure (Réglages › Général › Informations) et qu’un code ou Face ID est activé.
       *[other] Vérifiez qu’un code ou Face ID est activé sur votre iPhone ou iPad. Il est sous iOS { $os_major } ; il faut iOS 17 ou version ultérieure.
    } Gardez à portée de main votre méthode de connexion actuelle, ou un passe d’accès temporaire fourni par votre support informatique si vous n’en avez pas. Ouvrez ce guide dans Safari ou un autre navigateur, pas dans votre application de messagerie.

flow-iphone-authenticator-install-app-title = Installer Microsoft Authenticator
flow-iphone-authenticator-install-app-body = Installez Microsoft Authenticator depuis l’App Store, ou mettez-le à jour si vous l’avez déjà : si les paramètres de clé d’accès de votre organisation incluent Authenticator, Microsoft demande la version 6.8.37 ou ultérieure. Ouvrez l’application une première fois et passez les écrans de confidentialité.

flow-iphone-authenticator-create-in-app-title = Créer la clé d’accès dans Authenticator
# Unconfirmed label: "Secure Your Digital Life"
flow-iphone-authenticator-create-in-app-body =
    Ouvrez Authenticator et partez de ce que vous voyez :

    S’il affiche « Sécurisez votre vie numérique » (la première fois que vous l’ouvrez), touchez « Ajouter un compte professionnel ou scolaire ».

    S’il n’a encore aucun compte, touchez « Ajouter un compte » ou le bouton +, choisissez « Compte professionnel ou scolaire » et touchez « Se connecter ».

    Si votre compte professionnel apparaît déjà, touchez-le, puis touchez « Créer une clé d’accès ».

    Connectez-vous avec votre compte professionnel et effectuez la vérification supplémentaire si elle vous est demandée. Authenticator vous demande ensuite de l’autoriser à enregistrer les clés d’accès : c’est l’étape suivante.

flow-iphone-authenticator-enable-provider-title = Autoriser Authenticator à enregistrer les clés d’accès
# Unconfirmed label: "Passkey added"
flow-iphone-authenticator-enable-provider-body =
    { $os_major ->
        [17] Quand Authenticator vous le demande, touchez Réglages. Allez dans Réglages › Mots de passe › Options des mots de passe, activez « Remplir automatiquement les mots de passe et les clés d’accès » et sélectionnez Authenticator sous « Utiliser les mots de passe et les clés d’accès de ».
        [unknown] Quand Authenticator vous le demande, touchez Réglages. Sous iOS 18 ou version ultérieure, allez dans Réglages › Général › Remplissage automatique et mots de passe ; sous iOS 17, allez dans Réglages › Mots de passe › Options des mots de passe. Activez « Remplir automatiquement les mots de passe et les clés d’accès » et sélectionnez Authenticator.
       *[other] Quand Authenticator vous le demande, touchez Réglages. Allez dans Réglages › Général › Remplissage automatique et mots de passe, activez « Remplir automatiquement les mots de passe et les clés d’accès » et sélectionnez Authenticator sous « Remplissage automatique à partir de ».
    }

    Revenez dans Authenticator et touchez « Terminé ». Quand « Clé d’accès ajoutée » s’affiche, touchez de nouveau « Terminé ».

flow-iphone-authenticator-check-security-info-title = Vérifier dans Informations de sécurité
flow-iphone-authenticator-check-security-info-body =
    Touchez « Ouvrir les informations de sécurité » et connectez-vous avec votre compte professionnel. Votre nouvelle clé d’accès figure dans la liste des méthodes de connexion sous le nom « Clé d’accès dans Microsoft Authenticator ».

    Si la création de la clé d’accès dans l’application n’a pas fonctionné, ajoutez-la plutôt ici : touchez « + Ajouter une méthode de connexion », choisissez « Clé d’accès dans Microsoft Authenticator » et suivez les instructions. Quand vous êtes renvoyé vers Authenticator, créez-y la clé d’accès, puis revenez dans le navigateur, touchez « Suivant » et, une fois la clé d’accès créée, « Terminé ».

    Si « Clé d’accès dans Microsoft Authenticator » n’est pas proposé : cette option n’apparaît que si les paramètres de clé d’accès de votre organisation mentionnent Microsoft Authenticator. La création de la clé d’accès dans l’application Authenticator (les étapes précédentes) fonctionne sans elle. Dans Informations de sécurité, vous pouvez aussi choisir « Clé d’accès » et, quand votre { $platform ->
        [ipad] iPad
       *[other] iPhone
    } vous demande où enregistrer la clé d’accès, choisir Authenticator.

flow-iphone-authenticator-test-sign-in-title = Tester votre clé d’accès
flow-iphone-authenticator-test-sign-in-body = Déconnectez-vous de votre compte professionnel dans le navigateur, ou ouvrez une fenêtre de navigation privée, et allez sur https://myaccount.microsoft.com. Touchez « Options de connexion », puis « Visage, empreinte digitale, code PIN ou clé de sécurité ». Choisissez dans Authenticator la clé d’accès de votre adresse e-mail professionnelle et confirmez avec Face ID, Touch ID ou votre code.

## iPhone ou iPad avec le Trousseau iCloud (clé d’accès synchronisée)

flow-iphone-icloud-keychain-title = iPhone ou iPad : clé d’accès dans le Trousseau iCloud
flow-iphone-icloud-keychain-summary = Enregistrez une clé d’accès pour votre compte professionnel dans l’app Mots de passe d’Apple (Trousseau iCloud). Elle se synchronise avec vos autres appareils Apple. Cela ne fonctionne que si votre organisation autorise les clés d’accès synchronisées.

flow-iphone-icloud-keychain-before-you-start-title = Avant de commencer
flow-iphone-icloud-keychain-before-you-start-body =
    { $os_major ->
        [unknown] Vérifiez que votre iPhone ou iPad est sous iOS 16 ou version ultérieure (Réglages › Général › Informations).
       *[other] Votre appareil est sous iOS { $os_major } ; il faut iOS 16 ou version ultérieure.
    } Il vous faut un code ou Face ID, et un compte Apple avec l’identification à deux facteurs. Gardez à portée de main votre méthode de connexion actuelle ou un passe d’accès temporaire, et ouvrez ce guide dans Safari plutôt que dans votre application de messagerie.

flow-iphone-icloud-keychain-turn-on-icloud-keychain-title = Activer le Trousseau iCloud
# Unconfirmed label: "Saved to iCloud", "See All"
flow-iphone-icloud-keychain-turn-on-icloud-keychain-body =
    { $os_major ->
        [16] Ouvrez Réglages, touchez votre nom, puis iCloud. Touchez « Mots de passe et trousseau » et activez « Synchroniser cet iPhone » (« Synchroniser cet iPad » sur un iPad).
        [17] Ouvrez Réglages, touchez votre nom, puis iCloud. Touchez « Mots de passe et trousseau » et activez « Synchroniser cet iPhone » (« Synchroniser cet iPad » sur un iPad).
        [unknown] Ouvrez Réglages, touchez votre nom, puis iCloud. Sous « Enregistré dans iCloud », touchez « Mots de passe » ; s’il n’apparaît pas, touchez d’abord « Tout afficher ». Sous iOS 17 ou version antérieure, touchez plutôt « Mots de passe et trousseau ». Activez « Synchroniser cet iPhone » (« Synchroniser cet iPad » sur un iPad).
       *[other] Ouvrez Réglages, touchez votre nom, puis iCloud. Sous « Enregistré dans iCloud », touchez « Mots de passe » ; s’il n’apparaît pas, touchez d’abord « Tout afficher ». Activez « Synchroniser cet iPhone » (« Synchroniser cet iPad » sur un iPad).
    }

flow-iphone-icloud-keychain-check-autofill-title = Autoriser l’enregistrement des clés d’accès
# Unconfirmed label: "Set Up Codes In"
flow-iphone-icloud-keychain-check-autofill-body =
    { $os_major ->
        [16] Ouvrez Réglages › Mots de passe › Options des mots de passe. Activez « Remplir automatiquement les mots de passe » et vérifiez que « Trousseau iCloud » est sélectionné.
        [17] Ouvrez Réglages › Mots de passe › Options des mots de passe. Activez « Remplir automatiquement les mots de passe et les clés d’accès » et vérifiez que « Mots de passe et trousseau iCloud » est sélectionné.
        [unknown] Sous iOS 18 ou version ultérieure, ouvrez Réglages › Général › Remplissage automatique et mots de passe : activez « Remplir automatiquement les mots de passe et les clés d’accès », vérifiez que « Mots de passe » est sélectionné sous « Remplissage automatique à partir de » et réglez « Configurer les codes dans » sur « Mots de passe ». Sous iOS 16 ou 17, ouvrez Réglages › Mots de passe › Options des mots de passe, activez le remplissage automatique et vérifiez que « Trousseau iCloud » est sélectionné.
       *[other] Ouvrez Réglages › Général › Remplissage automatique et mots de passe. Activez « Remplir automatiquement les mots de passe et les clés d’accès » et vérifiez que « Mots de passe » est sélectionné sous « Remplissage automatique à partir de ». Microsoft vous demande aussi de régler « Configurer les codes dans » sur « Mots de passe ».
    } Si Authenticator ou une autre application de mots de passe est aussi activée, vous pouvez la laisser activée : vous choisirez « Mots de passe » au moment d’enregistrer la clé d’accès.

flow-iphone-icloud-keychain-open-security-info-title = Commencer dans Informations de sécurité
# Unconfirmed label: "Setting up your passkey"
flow-iphone-icloud-keychain-open-security-info-body = Touchez « Ouvrir les informations de sécurité » et connectez-vous avec votre compte professionnel. Touchez « + Ajouter une méthode de connexion », choisissez « Clé d’accès » et touchez « Suivant ». Sur la page « Configuration de votre clé d’accès », touchez de nouveau « Suivant ». Si « Clé d’accès » ne figure pas dans la liste, votre organisation n’autorise peut-être pas ce type de clé d’accès : demandez à votre support informatique.

flow-iphone-icloud-keychain-save-passkey-title = Enregistrer la clé d’accès
# Unconfirmed label: "Save another way"
flow-iphone-icloud-keychain-save-passkey-body = Quand votre iPhone ou iPad propose d’enregistrer une clé d’accès, vérifiez qu’elle sera enregistrée dans Mots de passe (Trousseau iCloud), puis touchez « Continuer ». S’il propose de l’enregistrer dans une autre application, comme Authenticator, touchez « Enregistrer d’une autre manière » (ou « Autres options ») et choisissez Mots de passe. Confirmez avec Face ID, Touch ID ou votre code.

flow-iphone-icloud-keychain-check-it-worked-title = Vérifier que tout a fonctionné
flow-iphone-icloud-keychain-check-it-worked-body =
    { $os_major ->
        [16] Donnez à la clé d’accès un nom facile à reconnaître, touchez « Suivant », puis « Terminé ». Elle apparaît maintenant sur la page Informations de sécurité, et dans Réglages › Mots de passe sur votre iPhone.
        [17] Donnez à la clé d’accès un nom facile à reconnaître, touchez « Suivant », puis « Terminé ». Elle apparaît maintenant sur la page Informations de sécurité, et dans Réglages › Mots de passe sur votre iPhone.
       *[other] Donnez à la clé d’accès un nom facile à reconnaître, touchez « Suivant », puis « Terminé ». Elle apparaît maintenant sur la page Informations de sécurité, et dans l’app Mots de passe sur votre iPhone.
    }

flow-iphone-icloud-keychain-test-sign-in-title = Tester la connexion avec votre clé d’accès
flow-iphone-icloud-keychain-test-sign-in-body = Ouvrez un onglet de navigation privée dans Safari, ou déconnectez-vous de votre compte professionnel, et allez sur https://myaccount.microsoft.com. Sur la page de connexion, choisissez « Options de connexion », puis « Visage, empreinte digitale, code PIN ou clé de sécurité » ; si vous avez déjà saisi votre adresse e-mail professionnelle, choisissez plutôt « Autres façons de se connecter ». Choisissez votre compte professionnel et confirmez avec Face ID, Touch ID ou votre code.

## Samsung Galaxy avec Microsoft Authenticator

flow-samsung-title = Samsung Galaxy : clé d’accès dans Microsoft Authenticator
flow-samsung-summary = Créez une clé d’accès pour votre compte professionnel dans Microsoft Authenticator sur votre téléphone Galaxy. Elle reste sur ce téléphone, et fonctionne même si votre organisation n’accepte que des authentificateurs approuvés. Samsung Pass peut proposer de l’enregistrer en premier : ce guide vous montre comment vous assurer qu’elle est bien enregistrée dans Authenticator.

flow-samsung-before-you-start-title = Avant de commencer
flow-samsung-before-you-start-body =
    { $os_major ->
        [unknown] Vérifiez que votre téléphone est sous Android 14 ou version ultérieure (Paramètres › À propos du téléphone › Informations sur le logiciel).
       *[other] Votre téléphone est sous Android { $os_major } ; il faut Android 14 ou version ultérieure.
    } Configurez un verrouillage de l’écran (code PIN, schéma ou empreinte digitale) si vous n’en avez pas. Gardez à portée de main votre méthode de connexion actuelle ou un passe d’accès temporaire.

flow-samsung-install-app-title = Installer Microsoft Authenticator
flow-samsung-install-app-body = Installez Microsoft Authenticator depuis Google Play, ou mettez-le à jour si vous l’avez déjà : si les paramètres de clé d’accès de votre organisation incluent Authenticator, Microsoft demande la version 6.2507.4749 ou ultérieure. Ouvrez l’application une première fois et passez les écrans de confidentialité.

flow-samsung-set-provider-title = Activer Authenticator à la place de Samsung Pass
flow-samsung-set-provider-body =
    { $os_major ->
        [14] Ouvrez Paramètres › Gestion globale › Mots de passe, clés d’accès et saisie automatique. Activez Authenticator dans la liste des fournisseurs supplémentaires ; vous pouvez aussi le choisir comme service préféré à la place de Samsung Pass. Si vous ne pouvez pas l’activer, Microsoft recommande de mettre votre téléphone à jour vers Android 15.
        [unknown] Ouvrez Paramètres et recherchez « clé d’accès » pour trouver « Mots de passe, clés d’accès et saisie automatique » (sous Sécurité et confidentialité › Autres paramètres de sécurité, ou sous Gestion globale sur les téléphones plus anciens). Activez Authenticator ; vous pouvez aussi le choisir comme service préféré à la place de Samsung Pass. Si vous ne pouvez pas l’activer sous Android 14, Microsoft recommande de passer à Android 15.
       *[other] Ouvrez Paramètres › Sécurité et confidentialité › Autres paramètres de sécurité › Mots de passe, clés d’accès et saisie automatique. Activez Authenticator dans la liste des fournisseurs supplémentaires ; vous pouvez aussi le choisir comme service préféré à la place de Samsung Pass.
    }

flow-samsung-create-in-app-title = Créer la clé d’accès dans Authenticator
# Unconfirmed label: "Secure Your Digital Life"
flow-samsung-create-in-app-body =
    Ouvrez Authenticator et partez de ce que vous voyez :

    S’il affiche « Sécurisez votre vie numérique » (la première fois que vous l’ouvrez), touchez « Ajouter un compte professionnel ou scolaire ».

    S’il n’a encore aucun compte, touchez « Ajouter un compte » ou le bouton +, choisissez « Compte professionnel ou scolaire » et touchez « Se connecter ».

    Si votre compte professionnel apparaît déjà, touchez-le, puis touchez « Créer une clé d’accès ».

    Connectez-vous avec votre compte professionnel, effectuez la vérification supplémentaire et configurez un verrouillage de l’écran si l’application vous le demande. Si Authenticator vous demande de l’activer comme fournisseur de clés d’accès, faites-le comme à l’étape précédente, puis revenez dans Authenticator et touchez « Terminé ».

flow-samsung-pick-authenticator-title = Si Samsung Pass propose de l’enregistrer
# Unconfirmed label: "Passkey added"
flow-samsung-pick-authenticator-body =
    Quand votre téléphone vous demande où enregistrer la clé d’accès, choisissez Authenticator. Si une fenêtre Samsung Pass propose de l’enregistrer, ne l’y enregistrez pas, car ce guide place la clé d’accès dans Authenticator : utilisez l’option de cette fenêtre qui permet de choisir un autre service, puis sélectionnez Authenticator. Si cette option n’existe pas, annulez, vérifiez l’étape précédente dans Paramètres (Authenticator activé), puis réessayez.

    Quand Authenticator affiche « Clé d’accès ajoutée », touchez « Terminé » pour finir.

flow-samsung-check-security-info-title = Vérifier dans Informations de sécurité
flow-samsung-check-security-info-body =
    Touchez « Ouvrir les informations de sécurité » et connectez-vous avec votre compte professionnel. Votre nouvelle clé d’accès figure dans la liste des méthodes de connexion sous le nom « Clé d’accès dans Microsoft Authenticator ».

    { $browser ->
        [firefox] Si la création de la clé d’accès dans l’application n’a pas fonctionné, ouvrez ce guide dans Chrome ou Edge (sur Android, Firefox ne peut pas créer de clé d’accès pour un compte professionnel) et ajoutez-la plutôt dans Informations de sécurité : touchez « + Ajouter une méthode de connexion », choisissez « Clé d’accès dans Microsoft Authenticator » et suivez les instructions.
       *[other] Si la création de la clé d’accès dans l’application n’a pas fonctionné, ajoutez-la plutôt ici : touchez « + Ajouter une méthode de connexion », choisissez « Clé d’accès dans Microsoft Authenticator » et suivez les instructions.
    } Quand vous êtes renvoyé vers Authenticator, créez-y la clé d’accès, puis revenez dans le navigateur, touchez « Suivant » et, une fois la clé d’accès créée, « Terminé ».

    Si « Clé d’accès dans Microsoft Authenticator » n’est pas proposé : cette option n’apparaît que si les paramètres de clé d’accès de votre organisation mentionnent Microsoft Authenticator. La création de la clé d’accès dans l’application Authenticator (les étapes précédentes) fonctionne sans elle. Dans Informations de sécurité, vous pouvez aussi choisir « Clé d’accès » et, quand votre téléphone vous demande où enregistrer la clé d’accès, choisir Authenticator, et non Samsung Pass.

flow-samsung-test-sign-in-title = Tester votre clé d’accès
flow-samsung-test-sign-in-body = Dans Chrome ou Edge, déconnectez-vous de votre compte professionnel ou ouvrez une fenêtre de navigation privée (InPrivate dans Edge), et allez sur https://myaccount.microsoft.com. Touchez « Options de connexion », puis « Visage, empreinte digitale, code PIN ou clé de sécurité ». Choisissez dans Authenticator la clé d’accès de votre adresse e-mail professionnelle et confirmez avec votre empreinte digitale, votre visage ou le verrouillage de l’écran.

## Samsung Galaxy avec Samsung Pass (clé d’accès synchronisée)

flow-samsung-pass-title = Samsung Galaxy : clé d’accès dans Samsung Pass
flow-samsung-pass-summary = Enregistrez une clé d’accès pour votre compte professionnel dans Samsung Pass, le gestionnaire de mots de passe intégré à votre téléphone Galaxy. Cela ne fonctionne que si votre organisation autorise les clés d’accès synchronisées.

flow-samsung-pass-before-you-start-title = Avant de commencer
flow-samsung-pass-before-you-start-body =
    { $os_major ->
        [unknown] Vérifiez que votre téléphone a One UI 6 ou version ultérieure (Paramètres › À propos du téléphone › Informations sur le logiciel) : Samsung Pass enregistre les clés d’accès à partir de One UI 6.
       *[other] Votre téléphone est sous Android { $os_major }. Samsung Pass enregistre les clés d’accès à partir de One UI 6, apparue avec Android 14 ; Paramètres › À propos du téléphone › Informations sur le logiciel indique votre version de One UI.
    } Vous devez être connecté à votre compte Samsung sur le téléphone et avoir configuré un verrouillage de l’écran ainsi que votre empreinte digitale, votre visage ou un code PIN. Gardez à portée de main votre méthode de connexion actuelle ou un passe d’accès temporaire.

    Votre organisation doit autoriser les clés d’accès synchronisées, celles qui sont conservées dans un gestionnaire de mots de passe ; ce guide ne propose Samsung Pass que si les paramètres de votre organisation les autorisent. Microsoft cite Samsung Pass parmi les clés d’accès qu’il accepte pour les comptes professionnels sur Android.

flow-samsung-pass-check-samsung-pass-title = Vérifier que Samsung Pass enregistre les clés d’accès
flow-samsung-pass-check-samsung-pass-body = Ouvrez Paramètres › Sécurité et confidentialité › Autres paramètres de sécurité › Mots de passe, clés d’accès et saisie automatique. Sous « Service préféré », vérifiez que Samsung Pass est sélectionné ; si un autre service l’est, touchez « Service préféré » et choisissez Samsung Pass. Si vous ne trouvez pas la page, recherchez « clé d’accès » dans Paramètres.

flow-samsung-pass-open-security-info-title = Commencer dans Informations de sécurité
flow-samsung-pass-open-security-info-body =
    { $browser ->
        [firefox] Ouvrez d’abord ce guide dans Chrome ou Edge : sur Android, Firefox ne peut pas créer de clé d’accès pour un compte professionnel. Touchez ensuite « Ouvrir les informations de sécurité », connectez-vous, touchez « + Ajouter une méthode de connexion », choisissez « Clé d’accès », puis touchez « Suivant » et « Continuer ».
       *[other] Touchez « Ouvrir les informations de sécurité » et connectez-vous avec votre compte professionnel. Touchez « + Ajouter une méthode de connexion », choisissez « Clé d’accès », puis touchez « Suivant » et « Continuer ».
    } Si « Clé d’accès » ne figure pas dans la liste, votre organisation n’autorise peut-être pas ce type de clé d’accès : suivez plutôt le guide Microsoft Authenticator.

flow-samsung-pass-save-in-samsung-pass-title = L’enregistrer dans Samsung Pass
flow-samsung-pass-save-in-samsung-pass-body = Quand votre téléphone vous demande où enregistrer la clé d’accès, vérifiez que Samsung Pass est affiché et confirmez. Validez avec votre empreinte digitale, votre visage ou votre code PIN. Si un autre service, comme le Gestionnaire de mots de passe de Google, propose de l’enregistrer à la place, cherchez dans cette fenêtre un moyen de choisir un autre service et sélectionnez Samsung Pass, ou revenez à l’étape dans Paramètres.

flow-samsung-pass-check-it-worked-title = Vérifier que tout a fonctionné
flow-samsung-pass-check-it-worked-body = De retour dans Informations de sécurité, donnez à la clé d’accès un nom facile à reconnaître, touchez « Suivant », puis « Terminé ». Elle apparaît maintenant dans la liste de vos méthodes de connexion, et dans Samsung Pass sur votre téléphone.

flow-samsung-pass-test-sign-in-title = Tester votre clé d’accès
flow-samsung-pass-test-sign-in-body = Dans Chrome ou Edge, déconnectez-vous de votre compte professionnel ou ouvrez une fenêtre de navigation privée (InPrivate dans Edge), et allez sur https://myaccount.microsoft.com. Touchez « Options de connexion », puis « Visage, empreinte digitale, code PIN ou clé de sécurité ». Choisissez dans Samsung Pass la clé d’accès de votre adresse e-mail professionnelle et validez avec votre empreinte digitale, votre visage ou votre code PIN.

## Téléphone Android avec Microsoft Authenticator

flow-android-authenticator-title = Android : clé d’accès dans Microsoft Authenticator
flow-android-authenticator-summary = Créez une clé d’accès pour votre compte professionnel dans l’application Microsoft Authenticator. Elle reste sur ce téléphone, et fonctionne même si votre organisation n’accepte que des authentificateurs approuvés.

flow-android-authenticator-before-you-start-title = Avant de commencer
flow-android-authenticator-before-you-start-body =
    { $os_major ->
        [unknown] Vérifiez que votre téléphone est sous Android 14 ou version ultérieure (Paramètres › À propos du téléphone › Version d’Android).
       *[other] Votre téléphone est sous Android { $os_major } ; il faut Android 14 ou version ultérieure.
    } Configurez un verrouillage de l’écran (code PIN, schéma ou empreinte digitale) si vous n’en avez pas. Gardez à portée de main votre méthode de connexion actuelle ou un passe d’accès temporaire.

flow-android-authenticator-install-app-title = Installer Microsoft Authenticator
flow-android-authenticator-install-app-body = Installez Microsoft Authenticator depuis Google Play, ou mettez-le à jour si vous l’avez déjà : si les paramètres de clé d’accès de votre organisation incluent Authenticator, Microsoft demande la version 6.2507.4749 ou ultérieure. Ouvrez l’application une première fois et passez les écrans de confidentialité. Si votre téléphone a un profil professionnel, installez et utilisez l’application dans le profil où vous voulez utiliser la clé d’accès.

flow-android-authenticator-create-in-app-title = Créer la clé d’accès dans Authenticator
# Unconfirmed label: "Secure Your Digital Life"
flow-android-authenticator-create-in-app-body =
    Ouvrez Authenticator et partez de ce que vous voyez :

    S’il affiche « Sécurisez votre vie numérique » (la première fois que vous l’ouvrez), touchez « Ajouter un compte professionnel ou scolaire ».

    S’il n’a encore aucun compte, touchez « Ajouter un compte » ou le bouton +, choisissez « Compte professionnel ou scolaire » et touchez « Se connecter ».

    Si votre compte professionnel apparaît déjà, touchez-le, puis touchez « Créer une clé d’accès ».

    Connectez-vous avec votre compte professionnel, effectuez la vérification supplémentaire et configurez un verrouillage de l’écran si l’application vous le demande. Authenticator vous demande ensuite de l’autoriser à enregistrer les clés d’accès : c’est l’étape suivante.

flow-android-authenticator-enable-provider-title = Autoriser Authenticator à enregistrer les clés d’accès
# Unconfirmed label: "Passkey added"
flow-android-authenticator-enable-provider-body =
    { $os_major ->
        [14] Quand Authenticator vous le demande, touchez Paramètres. Ouvrez « Mots de passe et comptes » et activez Authenticator sous « Fournisseurs supplémentaires ». Si vous ne pouvez pas l’activer, Microsoft recommande de mettre votre téléphone à jour vers Android 15.
        [unknown] Quand Authenticator vous le demande, touchez Paramètres. Ouvrez « Mots de passe, clés d’accès et comptes » (« Mots de passe et comptes » sous Android 14) et activez Authenticator sous « Fournisseurs supplémentaires ». Si vous ne pouvez pas l’activer sous Android 14, Microsoft recommande de passer à Android 15.
       *[other] Quand Authenticator vous le demande, touchez Paramètres. Ouvrez « Mots de passe, clés d’accès et comptes » et activez Authenticator sous « Fournisseurs supplémentaires ». Les noms peuvent varier selon le fabricant du téléphone : recherchez « clé d’accès » dans Paramètres.
    }

    Revenez dans Authenticator et touchez « Terminé ». Quand « Clé d’accès ajoutée » s’affiche, touchez de nouveau « Terminé ».

flow-android-authenticator-check-security-info-title = Vérifier dans Informations de sécurité
flow-android-authenticator-check-security-info-body =
    Touchez « Ouvrir les informations de sécurité » et connectez-vous avec votre compte professionnel. Votre nouvelle clé d’accès figure dans la liste des méthodes de connexion sous le nom « Clé d’accès dans Microsoft Authenticator ».

    { $browser ->
        [firefox] Si la création de la clé d’accès dans l’application n’a pas fonctionné, ouvrez ce guide dans Chrome ou Edge (sur Android, Firefox ne peut pas créer de clé d’accès pour un compte professionnel) et ajoutez-la plutôt dans Informations de sécurité : touchez « + Ajouter une méthode de connexion », choisissez « Clé d’accès dans Microsoft Authenticator » et suivez les instructions.
       *[other] Si la création de la clé d’accès dans l’application n’a pas fonctionné, ajoutez-la plutôt ici : touchez « + Ajouter une méthode de connexion », choisissez « Clé d’accès dans Microsoft Authenticator » et suivez les instructions.
    } Quand vous êtes renvoyé vers Authenticator, créez-y la clé d’accès, puis revenez dans le navigateur, touchez « Suivant » et, une fois la clé d’accès créée, « Terminé ».

    Si « Clé d’accès dans Microsoft Authenticator » n’est pas proposé : cette option n’apparaît que si les paramètres de clé d’accès de votre organisation mentionnent Microsoft Authenticator. La création de la clé d’accès dans l’application Authenticator (les étapes précédentes) fonctionne sans elle. Dans Informations de sécurité, vous pouvez aussi choisir « Clé d’accès » et, quand votre téléphone vous demande où enregistrer la clé d’accès, choisir Authenticator.

flow-android-authenticator-test-sign-in-title = Tester votre clé d’accès
flow-android-authenticator-test-sign-in-body = Dans Chrome ou Edge, déconnectez-vous de votre compte professionnel ou ouvrez une fenêtre de navigation privée (InPrivate dans Edge), et allez sur https://myaccount.microsoft.com. Touchez « Options de connexion », puis « Visage, empreinte digitale, code PIN ou clé de sécurité ». Choisissez dans Authenticator la clé d’accès de votre adresse e-mail professionnelle et confirmez avec votre empreinte digitale, votre visage ou le verrouillage de l’écran.

## Téléphone Android avec le Gestionnaire de mots de passe de Google (clé d’accès synchronisée)

flow-android-google-password-manager-title = Android : clé d’accès dans le Gestionnaire de mots de passe de Google
flow-android-google-password-manager-summary = Enregistrez une clé d’accès pour votre compte professionnel dans le Gestionnaire de mots de passe de Google. Elle se synchronise avec vos autres appareils connectés au même compte Google. Cela ne fonctionne que si votre organisation autorise les clés d’accès synchronisées. Sur un téléphone Samsung Galaxy, vous choisissez d’abord Google comme service qui enregistre les clés d’accès.

flow-android-google-password-manager-before-you-start-title = Avant de commencer
flow-android-google-password-manager-before-you-start-body =
    { $os_major ->
        [unknown] Vérifiez que votre téléphone est sous Android 9 ou version ultérieure (Paramètres › À propos du téléphone).
       *[other] Votre téléphone est sous Android { $os_major } ; il faut Android 9 ou version ultérieure.
    } Il vous faut un verrouillage de l’écran et un compte Google connecté sur le téléphone. Gardez à portée de main votre méthode de connexion actuelle ou un passe d’accès temporaire.

flow-android-google-password-manager-check-provider-title = Vérifier où les clés d’accès sont enregistrées
flow-android-google-password-manager-check-provider-body =
    { $platform ->
        [samsung] Sous Android 14 ou version ultérieure, ouvrez Paramètres › Sécurité et confidentialité › Autres paramètres de sécurité › Mots de passe, clés d’accès et saisie automatique. Touchez « Service préféré » et choisissez Google à la place de Samsung Pass. Si vous ne trouvez pas la page, recherchez « clé d’accès » dans Paramètres. Sous Android 13 ou version antérieure, il n’y a rien à modifier.
       *[other] { $os_major ->
            [14] Ouvrez Paramètres › Mots de passe et comptes, et vérifiez que Google est défini comme service préféré pour les mots de passe et les clés d’accès.
            [unknown] Sous Android 14 ou version ultérieure, ouvrez Paramètres › Mots de passe, clés d’accès et comptes (« Mots de passe et comptes » sous Android 14), et vérifiez que Google est le service préféré. Sur les versions plus anciennes, il n’y a rien à modifier.
           *[other] Sous Android 15 ou version ultérieure, ouvrez Paramètres › Mots de passe, clés d’accès et comptes, et vérifiez que Google est le service préféré. Sous Android 13 ou version antérieure, il n’y a rien à modifier.
        }
    }

flow-android-google-password-manager-open-security-info-title = Commencer dans Informations de sécurité
flow-android-google-password-manager-open-security-info-body =
    { $browser ->
        [chrome] Touchez « Ouvrir les informations de sécurité » et connectez-vous avec votre compte professionnel. Touchez « + Ajouter une méthode de connexion », choisissez « Clé d’accès », puis touchez « Suivant » et « Continuer ».
        [firefox] Ouvrez d’abord ce guide dans Chrome : sur Android, Firefox ne peut pas créer de clé d’accès pour un compte professionnel. Touchez ensuite « Ouvrir les informations de sécurité », connectez-vous, touchez « + Ajouter une méthode de connexion » et choisissez « Clé d’accès ».
       *[other] Si possible, ouvrez ce guide dans Chrome. Touchez « Ouvrir les informations de sécurité » et connectez-vous avec votre compte professionnel. Touchez « + Ajouter une méthode de connexion », choisissez « Clé d’accès », puis touchez « Suivant » et « Continuer ».
    }

flow-android-google-password-manager-save-passkey-title = Enregistrer la clé d’accès
flow-android-google-password-manager-save-passkey-body =
    { $platform ->
        [samsung] Quand votre téléphone propose de créer une clé d’accès, vérifiez que le Gestionnaire de mots de passe de Google et votre propre compte Google sont affichés. Touchez « Continuer » et déverrouillez avec votre empreinte digitale, votre visage ou le verrouillage de l’écran. Si Samsung Pass propose de l’enregistrer à la place, vous pouvez choisir un autre service dans cette fenêtre et sélectionner le Gestionnaire de mots de passe de Google, ou l’enregistrer dans Samsung Pass : votre organisation l’accepte aussi.
       *[other] Quand votre téléphone propose de créer une clé d’accès, vérifiez que le Gestionnaire de mots de passe de Google et votre propre compte Google sont affichés. Touchez « Continuer » et déverrouillez avec votre empreinte digitale, votre visage ou le verrouillage de l’écran.
    }

flow-android-google-password-manager-check-it-worked-title = Vérifier que tout a fonctionné
flow-android-google-password-manager-check-it-worked-body = Donnez à la clé d’accès un nom facile à reconnaître, touchez « Suivant », puis « Terminé ». Elle apparaît maintenant sur la page Informations de sécurité, et dans le Gestionnaire de mots de passe de Google sur votre téléphone.

flow-android-google-password-manager-test-sign-in-title = Tester votre clé d’accès
flow-android-google-password-manager-test-sign-in-body = Dans Chrome, déconnectez-vous de votre compte professionnel ou ouvrez un onglet de navigation privée, et allez sur https://myaccount.microsoft.com. Touchez « Options de connexion », puis « Visage, empreinte digitale, code PIN ou clé de sécurité ». Choisissez dans le Gestionnaire de mots de passe de Google la clé d’accès de votre adresse e-mail professionnelle et confirmez avec votre empreinte digitale, votre visage ou le verrouillage de l’écran.

## PC Windows avec Windows Hello

flow-windows-hello-title = Windows : clé d’accès dans Windows Hello
flow-windows-hello-summary = Enregistrez une clé d’accès pour votre compte professionnel sur ce PC, déverrouillée avec votre code PIN, votre visage ou votre empreinte digitale Windows Hello. Elle reste sur ce PC et n’est pas synchronisée.

flow-windows-hello-before-you-start-title = Avant de commencer
flow-windows-hello-before-you-start-body = Il vous faut Windows 10 ou 11, et Edge, Chrome ou Firefox. Gardez à portée de main votre méthode de connexion actuelle ou un passe d’accès temporaire. L’étape suivante vous demande s’il s’agit d’un PC d’entreprise, car c’est ce qui détermine si ce guide vous convient.

flow-windows-hello-company-pc-title = Ce PC est-il géré par votre organisation ?
flow-windows-hello-company-pc-body =
    Indiquez-nous si ce PC est géré par votre organisation, c’est-à-dire joint ou inscrit à Microsoft Entra ID. Pour le vérifier, ouvrez Paramètres › Comptes › Accès professionnel ou scolaire. Si un compte professionnel ou scolaire y figure comme connecté, il s’agit d’un PC géré par votre organisation.

    C’est important, car sur un tel PC, la configuration de Windows Hello peut aussi créer une connexion Windows Hello Entreprise pour votre compte professionnel. Microsoft : « Si vous tentez ensuite d’inscrire une clé d’accès sur Windows pour ce même compte, l’inscription échoue, car les informations d’identification Windows Hello Entreprise existent déjà. Si vous réessayez, une erreur indique que la clé d’accès est déjà inscrite. »

flow-windows-hello-set-up-windows-hello-title = Configurer Windows Hello
flow-windows-hello-set-up-windows-hello-body = Si vous ne déverrouillez pas encore ce PC avec un code PIN, votre visage ou votre empreinte digitale, ouvrez Paramètres › Comptes › Options de connexion et configurez d’abord « Code PIN (Windows Hello) ». Ne le faites que sur un PC qui n’est pas géré par votre organisation.

flow-windows-hello-open-security-info-title = Commencer dans Informations de sécurité
flow-windows-hello-open-security-info-body = Cliquez sur « Ouvrir les informations de sécurité » et connectez-vous avec votre compte professionnel, en effectuant la vérification supplémentaire. Cliquez sur « + Ajouter une méthode de connexion », choisissez « Clé d’accès » et cliquez sur « Suivant ».

flow-windows-hello-save-in-windows-hello-title = L’enregistrer dans Windows Hello
flow-windows-hello-save-in-windows-hello-body =
    { $browser ->
        [chrome] Si Chrome propose d’enregistrer la clé d’accès dans le Gestionnaire de mots de passe de Google, choisissez plutôt Windows Hello. Confirmez avec votre code PIN, votre visage ou votre empreinte digitale Windows Hello.
        [edge] Quand Windows vous demande où enregistrer la clé d’accès, choisissez cet appareil (Windows Hello), et non un téléphone ou une clé de sécurité. Confirmez avec votre code PIN, votre visage ou votre empreinte digitale Windows Hello.
       *[other] Quand Windows vous demande où enregistrer la clé d’accès, choisissez cet appareil (Windows Hello), et non un téléphone ou une clé de sécurité. Confirmez avec votre code PIN, votre visage ou votre empreinte digitale Windows Hello.
    }

flow-windows-hello-check-it-worked-title = Vérifier que tout a fonctionné
flow-windows-hello-check-it-worked-body = Donnez à la clé d’accès un nom facile à reconnaître et cliquez sur « Terminé ». Elle apparaît maintenant dans la liste de vos méthodes de connexion, sur la page Informations de sécurité.

flow-windows-hello-test-sign-in-title = Tester la connexion avec votre clé d’accès
flow-windows-hello-test-sign-in-body = Ouvrez une fenêtre InPrivate ou de navigation privée (Ctrl+Maj+N dans Edge ou Chrome), ou déconnectez-vous de votre compte professionnel, et allez sur https://myaccount.microsoft.com. Sur la page de connexion, choisissez « Options de connexion », puis « Visage, empreinte digitale, code PIN ou clé de sécurité » ; si vous avez déjà saisi votre adresse e-mail professionnelle, choisissez plutôt « Autres façons de se connecter ». Choisissez votre compte professionnel et confirmez avec votre code PIN, votre visage ou votre empreinte digitale Windows Hello.

## Mac avec le Trousseau iCloud (clé d’accès synchronisée)

flow-macos-title = Mac : clé d’accès dans le Trousseau iCloud
flow-macos-summary = Enregistrez une clé d’accès pour votre compte professionnel dans l’app Mots de passe d’Apple (Trousseau iCloud) sur votre Mac. Elle se synchronise avec vos autres appareils Apple. Cela ne fonctionne que si votre organisation autorise les clés d’accès synchronisées.

flow-macos-before-you-start-title = Avant de commencer
flow-macos-before-you-start-body =
    { $os_major ->
        [unknown] Vérifiez que votre Mac est sous macOS 13 Ventura ou version ultérieure (menu Pomme › À propos de ce Mac).
       *[other] Votre Mac est sous macOS { $os_major } ; il faut macOS 13 Ventura ou version ultérieure.
    } Votre compte Apple doit être connecté sur ce Mac, avec l’identification à deux facteurs. Utilisez Safari ; Chrome ne peut enregistrer des clés d’accès dans le Trousseau iCloud qu’à partir de Chrome 118 sous macOS 13.5 ou version ultérieure. Gardez à portée de main votre méthode de connexion actuelle ou un passe d’accès temporaire.

flow-macos-turn-on-icloud-keychain-title = Activer le Trousseau iCloud
# Unconfirmed label: "Apps Using iCloud", "Saved to iCloud"
flow-macos-turn-on-icloud-keychain-body =
    { $os_major ->
        [13] Ouvrez Réglages Système, cliquez sur votre nom, puis sur iCloud. Sous macOS 13.3 ou version ultérieure, cliquez sur « Mots de passe et trousseau » sous « Apps utilisant iCloud » et activez « Synchroniser ce Mac ». Sous macOS 13.0 à 13.2, activez « Mots de passe et trousseau ».
        [14] Ouvrez Réglages Système, cliquez sur votre nom, puis sur iCloud. Sous « Apps utilisant iCloud », cliquez sur « Mots de passe et trousseau » et activez « Synchroniser ce Mac ».
        [unknown] Ouvrez Réglages Système, cliquez sur votre nom, puis sur iCloud. Sous macOS 15 Sequoia ou version ultérieure, cliquez sur « Mots de passe » sous « Enregistré dans iCloud » et activez « Synchroniser ce Mac ». Sous macOS 13.3 à 14, cliquez sur « Mots de passe et trousseau » sous « Apps utilisant iCloud » et activez « Synchroniser ce Mac » ; sous macOS 13.0 à 13.2, activez « Mots de passe et trousseau ».
       *[other] Ouvrez Réglages Système, cliquez sur votre nom, puis sur iCloud. Sous « Enregistré dans iCloud », cliquez sur « Mots de passe », activez « Synchroniser ce Mac » et cliquez sur « Terminé ».
    }

flow-macos-open-security-info-title = Commencer dans Informations de sécurité
flow-macos-open-security-info-body = Cliquez sur « Ouvrir les informations de sécurité » et connectez-vous avec votre compte professionnel. Cliquez sur « + Ajouter une méthode de connexion », choisissez « Clé d’accès » et cliquez sur « Suivant ». Si « Clé d’accès » ne figure pas dans la liste, votre organisation n’autorise peut-être pas ce type de clé d’accès : demandez à votre support informatique.

flow-macos-save-passkey-title = Enregistrer la clé d’accès
flow-macos-save-passkey-body =
    { $browser ->
        [safari] Safari vous demande s’il doit enregistrer une clé d’accès. Cliquez sur « Continuer » et confirmez avec Touch ID ou le mot de passe de votre Mac ; la clé est enregistrée dans le Trousseau iCloud.
        [chrome] Chrome ne propose le Trousseau iCloud qu’à partir de Chrome 118 sous macOS 13.5 ou version ultérieure ; avec un macOS plus ancien, ouvrez ce guide dans Safari pour cette étape. Dans la fenêtre de clé d’accès de Chrome, choisissez Trousseau iCloud, et non le Gestionnaire de mots de passe de Google ou un téléphone. Si Chrome vous le demande, autorisez login.microsoft.com à utiliser votre clé d’accès, puis autorisez Chrome à utiliser vos clés d’accès quand macOS vous le demande, et confirmez avec Touch ID ou le mot de passe de votre Mac.
        [edge] Edge affiche sa propre fenêtre de clé d’accès : choisissez Trousseau iCloud s’il est proposé, sinon ouvrez ce guide dans Safari. Si on vous le demande, autorisez login.microsoft.com à utiliser votre clé d’accès, puis confirmez avec Touch ID ou le mot de passe de votre Mac.
       *[other] Suivez la fenêtre de clé d’accès de votre navigateur et choisissez Trousseau iCloud. Si votre navigateur ne le propose pas, ouvrez plutôt ce guide dans Safari.
    }

flow-macos-check-it-worked-title = Vérifier que tout a fonctionné
flow-macos-check-it-worked-body =
    { $os_major ->
        [13] Donnez à la clé d’accès un nom facile à reconnaître, cliquez sur « Suivant », puis sur « Terminé ». Elle apparaît maintenant sur la page Informations de sécurité, et dans Réglages Système › Mots de passe sur votre Mac.
        [14] Donnez à la clé d’accès un nom facile à reconnaître, cliquez sur « Suivant », puis sur « Terminé ». Elle apparaît maintenant sur la page Informations de sécurité, et dans Réglages Système › Mots de passe sur votre Mac.
       *[other] Donnez à la clé d’accès un nom facile à reconnaître, cliquez sur « Suivant », puis sur « Terminé ». Elle apparaît maintenant sur la page Informations de sécurité, et dans l’app Mots de passe sur votre Mac.
    }

flow-macos-test-sign-in-title = Tester la connexion avec votre clé d’accès
flow-macos-test-sign-in-body = Ouvrez une fenêtre privée (dans Safari, Fichier › Nouvelle fenêtre privée), ou déconnectez-vous de votre compte professionnel, et allez sur https://myaccount.microsoft.com. Sur la page de connexion, choisissez « Options de connexion », puis « Visage, empreinte digitale, code PIN ou clé de sécurité » ; si vous avez déjà saisi votre adresse e-mail professionnelle, choisissez plutôt « Autres façons de se connecter ». Choisissez votre compte professionnel et confirmez avec Touch ID ou le mot de passe de votre Mac.

## Clé de sécurité (USB ou NFC)

flow-security-key-title = Clé de sécurité (USB ou NFC)
flow-security-key-summary = Enregistrez une clé d’accès pour votre compte professionnel sur une clé de sécurité physique, que vous branchez ou approchez de l’appareil. Elle reste sur la clé et fonctionne sur tous les ordinateurs avec lesquels vous l’utilisez.

flow-security-key-before-you-start-title = Avant de commencer
flow-security-key-before-you-start-body = Il vous faut une clé de sécurité FIDO2 acceptée par votre organisation ; en cas de doute, demandez à votre support informatique quels modèles sont acceptés. Sur un ordinateur, utilisez Edge, Chrome ou Firefox, sous Windows, macOS ou Linux. Gardez à portée de main votre méthode de connexion actuelle ou un passe d’accès temporaire.

flow-security-key-set-pin-title = Vérifier que la clé a un code PIN
flow-security-key-set-pin-body =
    { $browser ->
        [safari] Safari sur iPhone, iPad ou Mac ne peut pas définir le code PIN d’une nouvelle clé. Si votre clé n’a pas encore de code PIN, définissez-en un d’abord sur un PC Windows (Paramètres › Comptes › Options de connexion › Clé de sécurité › Gérer) ou avec l’application du fabricant de la clé.
       *[other] Votre clé doit avoir un code PIN. Sous Windows, vous pouvez en définir un dans Paramètres › Comptes › Options de connexion › Clé de sécurité › Gérer ; sinon, le navigateur vous demandera d’en créer un. Sur iPhone, iPad ou Mac, définissez d’abord le code PIN sur un PC Windows ou avec l’application du fabricant de la clé.
    }

flow-security-key-open-security-info-title = Commencer dans Informations de sécurité
flow-security-key-open-security-info-body = Sélectionnez « Ouvrir les informations de sécurité » et connectez-vous avec votre compte professionnel, en effectuant la vérification supplémentaire. Sélectionnez « + Ajouter une méthode de connexion », choisissez « Clé d’accès » et sélectionnez « Suivant ».

flow-security-key-use-key-title = Enregistrer la clé d’accès sur votre clé de sécurité
flow-security-key-use-key-body =
    { $platform ->
        [windows] Quand Windows vous demande où enregistrer la clé d’accès, choisissez « Clé de sécurité ». Windows 11 peut d’abord proposer votre téléphone (« iPhone, iPad ou appareil Android ») : choisissez plutôt « Clé de sécurité », ou cherchez cette option sous « Plus d’options » ou « Utiliser un autre appareil ». Insérez votre clé ou approchez-la de l’appareil, saisissez son code PIN et touchez la clé quand elle clignote.
       *[other] Quand on vous demande où enregistrer la clé d’accès, choisissez « Clé de sécurité ». Si vous ne voyez pas cette option, regardez sous « Plus d’options » ou « Utiliser un autre appareil ». Insérez votre clé ou approchez-la de l’appareil, saisissez son code PIN et touchez la clé quand elle clignote.
    }

flow-security-key-check-it-worked-title = Vérifier que tout a fonctionné
flow-security-key-check-it-worked-body = Donnez à la clé d’accès un nom facile à reconnaître, par exemple le modèle de la clé, et sélectionnez « Terminé ». Elle apparaît maintenant dans la liste de vos méthodes de connexion, sur la page Informations de sécurité.

flow-security-key-test-sign-in-title = Tester la connexion avec votre clé
flow-security-key-test-sign-in-body = Ouvrez une fenêtre de navigation privée (InPrivate dans Edge, navigation privée dans Chrome), ou déconnectez-vous de votre compte professionnel, et allez sur https://myaccount.microsoft.com. Sur la page de connexion, choisissez « Options de connexion », puis « Visage, empreinte digitale, code PIN ou clé de sécurité » ; si vous avez déjà saisi votre adresse e-mail professionnelle, choisissez plutôt « Autres façons de se connecter ». Choisissez « Clé de sécurité », insérez votre clé ou approchez-la de l’appareil, saisissez son code PIN et touchez la clé.

## Clé d’accès sur le téléphone, en commençant sur un ordinateur

flow-phone-from-desktop-title = Ordinateur : clé d’accès sur votre téléphone
flow-phone-from-desktop-summary = Commencez sur cet ordinateur et créez la clé d’accès dans Microsoft Authenticator sur votre iPhone ou votre téléphone Android. Ensuite, vous vous connectez en confirmant sur votre téléphone.

flow-phone-from-desktop-before-you-start-title = Avant de commencer
flow-phone-from-desktop-before-you-start-body = Il vous faut un iPhone sous iOS 17 ou version ultérieure, ou un téléphone Android sous Android 14 ou version ultérieure, avec un verrouillage de l’écran. Vérifiez que l’ordinateur et le téléphone sont tous deux connectés à Internet. Gardez à portée de main votre méthode de connexion actuelle ou un passe d’accès temporaire.

flow-phone-from-desktop-open-security-info-title = Commencer dans Informations de sécurité sur cet ordinateur
flow-phone-from-desktop-open-security-info-body = Cliquez sur « Ouvrir les informations de sécurité » et connectez-vous avec votre compte professionnel. Cliquez sur « + Ajouter une méthode de connexion », choisissez « Clé d’accès dans Microsoft Authenticator » et effectuez la vérification supplémentaire si elle vous est demandée.

flow-phone-from-desktop-get-app-title = Installer Authenticator sur votre téléphone
flow-phone-from-desktop-get-app-body = Si la page affiche un code QR pour télécharger Authenticator, scannez-le avec l’appareil photo de votre téléphone (sur iPhone, l’app Appareil photo) et installez l’application. Cliquez ensuite sur « Suivant » sur l’ordinateur.

flow-phone-from-desktop-create-on-phone-title = Créer la clé d’accès sur votre téléphone
flow-phone-from-desktop-create-on-phone-body = Sur votre téléphone, ouvrez Authenticator et passez ses écrans de confidentialité. Touchez « Ajouter un compte professionnel ou scolaire » ; si l’application a déjà d’autres comptes, touchez « Ajouter un compte » ou +, choisissez « Compte professionnel ou scolaire », puis « Se connecter ». Si votre compte professionnel y figure déjà, touchez-le, puis « Créer une clé d’accès ». Connectez-vous et, si on vous le demande, autorisez Authenticator à enregistrer les clés d’accès dans les réglages de votre téléphone ; de retour dans Authenticator, touchez « Terminé », puis de nouveau « Terminé ».

flow-phone-from-desktop-qr-fallback-title = Si vous ne pouvez pas vous connecter à Authenticator
flow-phone-from-desktop-qr-fallback-body = Sur l’ordinateur, choisissez « Vous rencontrez des problèmes ? », puis l’option pour créer votre clé d’accès d’une autre manière, et sélectionnez « iPhone ou iPad » ou « Android ». Cette méthode nécessite le Bluetooth : activez-le sur l’ordinateur et sur le téléphone, et gardez-les tous deux connectés à Internet. Scannez le code QR avec l’appareil photo du téléphone (sur iPhone, l’app Appareil photo, pas le scanner d’Authenticator) et gardez le téléphone près de l’ordinateur jusqu’à ce qu’il indique que la connexion est établie. Cette méthode ne fonctionne pas si votre organisation exige des clés d’accès approuvées (attestées).

flow-phone-from-desktop-check-it-worked-title = Vérifier que tout a fonctionné
flow-phone-from-desktop-check-it-worked-body = De retour sur l’ordinateur, cliquez sur « Suivant », puis sur « Terminé » une fois la clé d’accès confirmée. « Clé d’accès dans Microsoft Authenticator » apparaît maintenant dans la liste de vos méthodes de connexion, sur la page Informations de sécurité.

flow-phone-from-desktop-test-sign-in-title = Tester la connexion avec votre téléphone
flow-phone-from-desktop-test-sign-in-body = Sur l’ordinateur, ouvrez une fenêtre de navigation privée (InPrivate dans Edge, navigation privée dans Chrome), ou déconnectez-vous de votre compte professionnel, et allez sur https://myaccount.microsoft.com. Sur la page de connexion, choisissez « Options de connexion », puis « Visage, empreinte digitale, code PIN ou clé de sécurité » ; si vous avez déjà saisi votre adresse e-mail professionnelle, choisissez plutôt « Autres façons de se connecter ». Choisissez « iPhone, iPad ou appareil Android », scannez le code QR avec l’appareil photo de votre téléphone et confirmez dans Authenticator. Le Bluetooth doit être activé sur l’ordinateur et sur le téléphone.

## Dépannage

ts-not-enabled-by-policy-title = Informations de sécurité ne propose pas l’option Clé d’accès
ts-not-enabled-by-policy-body = Si la page Informations de sécurité ne propose ni « Clé d’accès » ni « Clé d’accès dans Microsoft Authenticator », votre organisation n’a pas encore activé les clés d’accès pour votre compte, ou pas ce type de clé d’accès. Demandez à votre support informatique de vous inclure dans le déploiement des clés d’accès.

ts-self-service-off-title = Informations de sécurité indique que je ne peux pas ajouter cette méthode
ts-self-service-off-body = Votre organisation peut désactiver l’ajout de clés d’accès dans Informations de sécurité. Si un message indique que vous ne pouvez pas ajouter cette méthode, demandez à votre support informatique de configurer la clé d’accès avec vous, ou d’autoriser la configuration en libre-service.

ts-no-bootstrap-method-title = Je n’ai aucun moyen de confirmer mon identité, ou j’ai perdu mon téléphone
ts-no-bootstrap-method-body = Pour ajouter une clé d’accès, vous devez d’abord vous connecter avec une méthode de vérification existante, par exemple une approbation dans Authenticator ou un code reçu par SMS. Si vous n’en avez aucune, ou si vous avez perdu votre téléphone, demandez un passe d’accès temporaire à votre support informatique et utilisez-le pour vous connecter à Informations de sécurité.

ts-mfa-too-old-title = Informations de sécurité me demande de me vérifier à nouveau
ts-mfa-too-old-body = Pour ajouter une clé d’accès, il faut une vérification récente, datant de quelques minutes au plus. Si on vous demande de vous vérifier à nouveau, faites-le, puis ajoutez la clé d’accès tout de suite.

ts-os-too-old-title = Mon téléphone ou mon ordinateur est trop ancien pour cela
ts-os-too-old-body = Les clés d’accès dans Microsoft Authenticator nécessitent iOS 17 ou Android 14, ou une version ultérieure. Les clés d’accès dans le Trousseau iCloud nécessitent iOS 16 ou macOS 13, ou une version ultérieure, et le Gestionnaire de mots de passe de Google nécessite Android 9 ou une version ultérieure. Mettez votre appareil à jour depuis ses réglages, ou utilisez un autre appareil ou une clé de sécurité.

ts-android-no-secure-hardware-title = Ça fonctionne sur un téléphone Android, mais échoue sur le mien
ts-android-no-secure-hardware-body =
    Authenticator conserve les clés d’accès dans le matériel de sécurité protégé du téléphone. Si votre organisation n’accepte que des clés d’accès approuvées (attestées), Microsoft vérifie auprès du service d’attestation de Google que la clé d’accès est bien conservée dans ce matériel. Les téléphones qui n’en disposent pas ne peuvent pas l’enregistrer, et l’enregistrement s’arrête sans raison claire.

    La même vérification échoue quand le service d’attestation est surchargé ou indisponible : patientez un moment et réessayez plus tard. Si l’échec persiste sur ce téléphone, essayez avec un autre téléphone, ou demandez une clé de sécurité à votre support informatique.

ts-authenticator-not-provider-title = Mon téléphone ne laisse pas Authenticator enregistrer la clé d’accès
ts-authenticator-not-provider-body =
    { $os_major ->
        [14] Sous Android 14 : Paramètres › Mots de passe et comptes, puis activez Authenticator sous « Fournisseurs supplémentaires ». Si vous ne pouvez pas l’activer, passez à Android 15. Sur iPhone : Réglages › Général › Remplissage automatique et mots de passe (iOS 17 : Réglages › Mots de passe › Options des mots de passe), puis sélectionnez Authenticator.
        [17] Sur iPhone sous iOS 17 : Réglages › Mots de passe › Options des mots de passe, activez « Remplir automatiquement les mots de passe et les clés d’accès » et sélectionnez Authenticator. Sur Android : Paramètres › Mots de passe, clés d’accès et comptes (ou Mots de passe et comptes), puis activez Authenticator sous « Fournisseurs supplémentaires ».
       *[other] Sur iPhone sous iOS 18 ou version ultérieure : Réglages › Général › Remplissage automatique et mots de passe, activez « Remplir automatiquement les mots de passe et les clés d’accès » et sélectionnez Authenticator (iOS 17 : Réglages › Mots de passe › Options des mots de passe). Sur Android : Paramètres › Mots de passe, clés d’accès et comptes (Mots de passe et comptes sous Android 14), puis activez Authenticator sous « Fournisseurs supplémentaires ».
    }

ts-screen-lock-missing-title = On me demande d’abord de configurer un verrouillage de l’écran
ts-screen-lock-missing-body = Les clés d’accès se déverrouillent avec le verrouillage de l’écran de votre appareil. Configurez un code PIN, un schéma, un mot de passe, une empreinte digitale ou la reconnaissance faciale dans les paramètres de votre appareil, puis recommencez.

ts-ios-qr-camera-app-title = Le code QR ne se scanne pas sur mon iPhone
ts-ios-qr-camera-app-body = Scannez le code QR de la clé d’accès avec l’app Appareil photo de l’iPhone, pas avec le scanner d’Authenticator, qui ne sait pas lire ce type de code. Sur Android, le scanner d’Authenticator fonctionne aussi.

ts-cross-device-connecting-title = L’écran reste bloqué sur « Connexion en cours »
ts-cross-device-connecting-body = Activez le Bluetooth sur l’ordinateur et sur le téléphone, gardez-les près l’un de l’autre et vérifiez que les deux sont connectés à Internet. Si cela reste bloqué, le réseau ou un Bluetooth bloqué peut en être la cause : voir « Le téléphone ne parvient pas à se connecter à l’ordinateur (réseau ou Bluetooth bloqué) ». Vous pouvez aussi configurer la clé d’accès directement sur le téléphone, ou utiliser une clé de sécurité.

ts-ca-bootstrap-loop-title = Informations de sécurité me redemande sans cesse de me connecter, ou me fait tourner en boucle
# Unconfirmed label: "Register security information"
ts-ca-bootstrap-loop-body =
    Certaines règles de connexion de l’entreprise (accès conditionnel) demandent une clé d’accès avant même que vous puissiez créer la première, ce qui vous fait tourner en boucle entre la connexion et Informations de sécurité.

    Si vous créez la clé d’accès dans Microsoft Authenticator, Microsoft documente une solution : dans Informations de sécurité, ajoutez « Clé d’accès dans Microsoft Authenticator », touchez « Vous rencontrez des problèmes ? », puis l’option pour créer votre clé d’accès d’une autre manière, et suivez les étapes pour votre téléphone (depuis un ordinateur, vous scannez un code QR, avec le Bluetooth activé sur les deux appareils). Cette méthode ne fonctionne pas si votre organisation n’accepte que des clés d’accès approuvées (attestées).

    D’autres règles peuvent provoquer la même boucle : une règle qui n’autorise que les téléphones gérés par l’entreprise (conformes), une qui n’autorise que les applications approuvées, ou une qui n’autorise « Inscrire les informations de sécurité » que depuis le bureau ou le réseau de l’entreprise. Vous ne pouvez pas les modifier vous-même. Demandez à votre support informatique : il peut voir dans le journal des connexions quelle règle vous a bloqué, et vous donner un passe d’accès temporaire ou une exception temporaire.

ts-orphaned-passkey-title = On m’indique que la clé d’accès existe déjà, ou une ancienne clé est proposée et échoue
# Unconfirmed label: "Passkeys"
ts-orphaned-passkey-body =
    Une clé d’accès issue d’une tentative précédente peut rester sur votre appareil ou dans votre gestionnaire de mots de passe alors que votre organisation ne l’a plus, par exemple quand elle a été supprimée de la page Informations de sécurité ou que la tentative n’a pas abouti. Un message indique alors que la clé d’accès existe déjà, ou votre appareil propose l’ancienne clé d’accès et la connexion échoue. Supprimez l’ancienne clé d’accès là où elle est enregistrée, supprimez toute ancienne entrée dans Informations de sécurité, puis recommencez l’enregistrement.

    Microsoft Authenticator : touchez votre compte professionnel, puis Paramètres › Supprimer la clé d’accès. Sur Android, cela la supprime généralement aussi de la page Informations de sécurité.

    Mots de passe d’Apple (Trousseau iCloud) : ouvrez l’app Mots de passe (iOS 18 et macOS 15 ou version ultérieure), ou Réglages › Mots de passe sur iPhone et Réglages Système › Mots de passe sur Mac. Trouvez la clé d’accès de login.microsoft.com et supprimez-la.

    Gestionnaire de mots de passe de Google : ouvrez le Gestionnaire de mots de passe de Google dans Chrome ou dans les paramètres de votre téléphone, trouvez login.microsoft.com et supprimez la clé d’accès.

    Samsung Pass : ouvrez Samsung Pass, trouvez la clé d’accès de login.microsoft.com et supprimez-la.

    Windows 11 : Paramètres › Comptes › Clés d’accès, trouvez login.microsoft.com et supprimez la clé d’accès.

    Clé de sécurité : sous Windows, Paramètres › Comptes › Options de connexion › Clé de sécurité › Gérer, ou l’application du fabricant de la clé. La réinitialisation efface toutes les clés d’accès de la clé : ne réinitialisez qu’une clé qui ne contient rien d’autre dont vous avez besoin.

    Informations de sécurité : sélectionnez « Supprimer » à côté de l’ancienne clé d’accès.

ts-android-work-profile-title = La clé d’accès fonctionne dans un profil de mon téléphone Android, mais pas dans l’autre
ts-android-work-profile-body = Sur Android, une clé d’accès ne fonctionne que dans le profil où elle a été créée. Si votre téléphone a un profil professionnel et un profil personnel, créez la clé d’accès dans Authenticator dans le profil où vous l’utiliserez, ou une fois dans chacun.

ts-samsung-pass-picker-title = Samsung Pass propose d’enregistrer la clé d’accès, ou l’a déjà enregistrée
ts-samsung-pass-picker-body =
    Les téléphones Galaxy proposent souvent Samsung Pass en premier. Si vous suivez le guide Microsoft Authenticator, n’y enregistrez pas la clé d’accès : utilisez l’option de la fenêtre Samsung Pass qui permet de choisir un autre service, puis sélectionnez Authenticator. Si cette option n’existe pas, annulez, activez Authenticator dans Paramètres › Sécurité et confidentialité › Autres paramètres de sécurité › Mots de passe, clés d’accès et saisie automatique, puis réessayez.

    Si la clé d’accès est déjà enregistrée dans Samsung Pass, la marche à suivre dépend de votre organisation. Si elle autorise les clés d’accès synchronisées (ce guide propose alors aussi Samsung Pass ou le Gestionnaire de mots de passe de Google pour votre téléphone), tout va bien : gardez-la et utilisez-la pour vous connecter. Seulement si votre organisation n’accepte que des clés d’accès liées à un appareil, comme Authenticator ou une clé de sécurité, supprimez-la dans Samsung Pass, retirez-la de la page Informations de sécurité si elle y figure, et recommencez en choisissant Authenticator.

ts-windows-hello-already-registered-title = Windows indique que la clé d’accès est déjà enregistrée
ts-windows-hello-already-registered-body = Si ce compte professionnel utilise déjà Windows Hello Entreprise pour se connecter à ce PC, Windows ne peut pas ajouter une deuxième clé d’accès pour ce compte et indique qu’il est déjà enregistré. Suivez plutôt le guide pour téléphone ou pour clé de sécurité, ou demandez à votre support informatique.

ts-unsupported-browser-title = Mon navigateur ne peut pas créer la clé d’accès
ts-unsupported-browser-body =
    { $browser ->
        [firefox] Firefox ne peut pas créer de clé d’accès professionnelle sur Android, et sur Linux il ne peut pas utiliser de clé d’accès dans Authenticator. Utilisez plutôt Chrome ou Edge.
        [opera] Opera ne fait pas partie des navigateurs pris en charge par Microsoft pour les clés d’accès professionnelles. Utilisez plutôt Chrome, Edge ou Safari.
        [samsung-internet] Samsung Internet ne fait pas partie des navigateurs pris en charge par Microsoft pour les clés d’accès professionnelles. Utilisez plutôt Chrome ou Edge.
       *[other] Utilisez un navigateur pris en charge : Edge, Chrome ou Firefox sur Windows et Linux ; Safari, Chrome, Edge ou Firefox sur Mac et iPhone ; Chrome ou Edge sur Android.
    }

ts-in-app-browser-title = Le guide s’est ouvert dans mon application de messagerie ou de chat
ts-in-app-browser-body = Les liens ouverts depuis une application de messagerie ou de chat s’affichent souvent dans le navigateur intégré de cette application, où les clés d’accès ne fonctionnent pas de façon fiable : Microsoft recommande de se connecter avec le navigateur de l’appareil lui-même. Utilisez le menu de l’application pour ouvrir le lien dans Safari, Chrome ou Edge, puis recommencez.

ts-network-cross-device-title = Le téléphone ne parvient pas à se connecter à l’ordinateur (réseau ou Bluetooth bloqué)
ts-network-cross-device-body =
    Quand votre téléphone crée ou utilise une clé d’accès pour un ordinateur (vous scannez un code QR), les deux appareils se connectent par Bluetooth et via Internet. Activez le Bluetooth sur les deux, gardez-les près l’un de l’autre et vérifiez que les deux sont connectés à Internet.

    Les réseaux d’entreprise, les VPN, les bloqueurs de publicité et les logiciels de sécurité peuvent bloquer cette connexion. Ces adresses doivent être accessibles sans proxy ni inspection : cable.ua5v.com (Android), et cable.auth.com, app-site-association.cdn-apple.com et app-site-association.networking.apple (iPhone et iPad). Réessayez avec le VPN ou le bloqueur de publicité désactivé, ou sur un autre réseau ; sur un appareil d’entreprise, demandez à votre support informatique de vérifier ces adresses.

    Certaines organisations désactivent le Bluetooth sur les ordinateurs de l’entreprise. Le service informatique peut autoriser le Bluetooth uniquement pour les clés d’accès, par exemple avec Intune. Les machines virtuelles et les bureaux à distance n’ont généralement pas de Bluetooth du tout : créez plutôt la clé d’accès directement sur votre téléphone, ou utilisez une clé de sécurité.

ts-security-key-not-allowed-title = On m’indique que cette clé de sécurité n’est pas autorisée
ts-security-key-not-allowed-body = Votre organisation peut limiter les modèles de clés de sécurité qu’elle accepte. Si on vous indique que cette clé de sécurité n’est pas autorisée, ou si l’enregistrement échoue juste après que vous avez touché la clé, le modèle de votre clé ne figure pas sur cette liste. Demandez à votre support informatique quelles clés sont acceptées et utilisez l’une d’elles ; votre support informatique peut aussi demander au service informatique d’ajouter votre modèle.

ts-private-window-title = La clé d’accès ne s’enregistre pas dans une fenêtre de navigation privée
ts-private-window-body =
    Les fenêtres privées (Navigation privée dans Safari et dans Chrome, InPrivate dans Edge, fenêtres privées dans Firefox) peuvent empêcher le navigateur de créer ou d’enregistrer une clé d’accès, selon le navigateur et l’appareil. Fermez la fenêtre privée et enregistrez la clé d’accès dans une fenêtre normale.

    Le test de connexion à la fin peut utiliser une fenêtre privée. Si la clé d’accès n’y est pas proposée, déconnectez-vous de votre compte professionnel dans une fenêtre normale et faites plutôt le test dans celle-ci.

ts-authenticator-privacy-prompt-title = Authenticator reste bloqué sur ses écrans de confidentialité à la première ouverture
ts-authenticator-privacy-prompt-body =
    La première fois que vous ouvrez Microsoft Authenticator, il affiche quelques écrans de confidentialité, dont une question sur le partage de données d’utilisation facultatives. Ce partage est facultatif : acceptez-le ou refusez-le, puis continuez.

    Si un bouton ne fait rien ou si l’application reste sur cet écran, mettez Authenticator à jour depuis l’App Store ou Google Play, redémarrez votre téléphone et rouvrez l’application. Si elle reste toujours bloquée, demandez à votre support informatique.

ts-sign-in-profile-changed-title = Ma clé d’accès fonctionnait avant, mais elle est maintenant refusée
ts-sign-in-profile-changed-body =
    Votre organisation décide des types de clés d’accès qu’elle accepte, et elle peut changer ce choix. Par exemple, quand elle désactive les clés d’accès synchronisées (enregistrées dans le Trousseau iCloud, le Gestionnaire de mots de passe de Google ou Samsung Pass), Microsoft indique que les utilisateurs « ne peuvent pas se connecter avec une clé d’accès synchronisée, même s’ils en ont déjà inscrit une ». La même chose peut se produire quand elle change les applications ou les modèles de clés de sécurité qu’elle accepte.

    Demandez à votre support informatique quel type de clé d’accès est accepté maintenant, et enregistrez à nouveau une clé d’accès de ce type avec ce guide. Supprimez ensuite l’ancienne clé d’accès de votre appareil pour qu’elle ne soit plus proposée.

ts-guest-account-title = Je suis invité dans cette organisation et je ne peux pas ajouter de clé d’accès
ts-guest-account-body = Si vous vous connectez à cette organisation en tant qu’invité, avec un compte d’une autre organisation ou un compte personnel, vous ne pouvez pas y ajouter de clé d’accès : Microsoft indique que « la prise en charge des clés d’accès pour les utilisateurs invités n’est pas disponible actuellement ». Contactez le support informatique de l’organisation qui vous a invité ; il pourra vous indiquer comment vous connecter autrement.

ts-sign-in-failed-title = Le test de connexion n’a pas proposé ou pas accepté ma clé d’accès
ts-sign-in-failed-body =
    Sur la page de connexion Microsoft, choisissez « Options de connexion », puis « Visage, empreinte digitale, code PIN ou clé de sécurité ». Si vous avez d’abord saisi votre adresse e-mail, choisissez « Autres façons de se connecter », puis « Visage, empreinte digitale, code PIN ou clé de sécurité ». Veillez à choisir le compte professionnel auquel vous avez ajouté la clé d’accès.

    Vérifiez dans Informations de sécurité que la clé d’accès figure dans la liste. Si c’est le cas, attendez une minute et réessayez ; sinon, enregistrez-la à nouveau.

    Si cela échoue encore, parcourez les autres causes listées ici, ou demandez à votre support informatique.

ts-sign-in-too-many-passkeys-title = La connexion sur iPhone, iPad ou Mac échoue après la saisie de mon adresse e-mail
ts-sign-in-too-many-passkeys-body = Microsoft signale que, dans les navigateurs sur iPhone, iPad et Mac, la connexion avec une clé de sécurité peut ne pas fonctionner correctement quand trois clés d’accès ou plus sont inscrites sur votre compte. Recommencez la connexion sans saisir votre adresse e-mail : choisissez « Options de connexion », puis « Visage, empreinte digitale, code PIN ou clé de sécurité ».

ts-sign-in-native-app-broker-title = La clé d’accès fonctionne dans le navigateur, mais pas dans Outlook ou Teams
ts-sign-in-native-app-broker-body =
    Les applications Microsoft comme Outlook et Teams se connectent avec une clé d’accès par l’intermédiaire d’une application auxiliaire (un « broker ») sur votre appareil.

    { $platform ->
        [iphone] Sur iPhone, l’application auxiliaire est Microsoft Authenticator : installez-la et ajoutez-y votre compte professionnel.
        [ipad] Sur iPad, l’application auxiliaire est Microsoft Authenticator : installez-la et ajoutez-y votre compte professionnel.
        [macos] Sur Mac, l’application auxiliaire est Portail d’entreprise, avec le plug-in d’authentification unique de votre organisation (macOS 14 ou version ultérieure). Votre organisation le configure sur les Mac de l’entreprise.
        [android] Sur Android, l’application auxiliaire est Microsoft Authenticator, Portail d’entreprise ou Lien avec Windows. Une clé d’accès dans Authenticator fonctionne dans les applications à partir d’Android 14.
        [samsung] Sur Android, l’application auxiliaire est Microsoft Authenticator, Portail d’entreprise ou Lien avec Windows. Une clé d’accès dans Authenticator fonctionne dans les applications à partir d’Android 14.
        [windows] Sous Windows, une clé d’accès dans Microsoft Authenticator fonctionne dans les applications à partir de Windows 11 version 22H2 ; une clé de sécurité fonctionne à partir de Windows 10 version 1903.
       *[other] L’application auxiliaire est Microsoft Authenticator sur iPhone et iPad, Portail d’entreprise avec le plug-in d’authentification unique de votre organisation sur Mac (macOS 14 ou version ultérieure), et Authenticator, Portail d’entreprise ou Lien avec Windows sur Android (Android 14 ou version ultérieure pour une clé d’accès dans Authenticator).
    }

    Installez l’application auxiliaire et mettez à jour l’application à laquelle vous vous connectez. En attendant, utilisez l’application dans votre navigateur (par exemple, Outlook sur le web). Votre support informatique sait quelle application auxiliaire votre organisation utilise.

ts-microsoft-passkey-prompt-title = Microsoft me demande d’ajouter une clé d’accès quand je me connecte
# Unconfirmed label: "Skip for now"
ts-microsoft-passkey-prompt-body =
    Depuis septembre 2026, Microsoft peut vous demander de configurer une clé d’accès juste après votre connexion à votre compte professionnel. Il s’agit de la campagne d’inscription de Microsoft elle-même, active sauf si votre organisation l’a désactivée, et elle crée le même type de clé d’accès que ce guide.

    Vous pouvez la suivre : sélectionnez « Suivant » et, quand votre appareil vous demande où enregistrer la clé d’accès, choisissez le même emplacement que ce guide ; les étapes du guide s’appliquent toujours à partir de là. Nommez la clé d’accès, puis sélectionnez « Suivant » et « Terminé ». Si vous préférez terminer d’abord ce guide, sélectionnez « Ignorer pour l’instant ».

ts-security-key-pin-title = La clé de sécurité demande un code PIN que je n’ai jamais défini
ts-security-key-pin-body = Les navigateurs sur iPhone, iPad et Mac ne peuvent pas définir le code PIN d’une nouvelle clé de sécurité. Définissez le code PIN sur un PC Windows (Paramètres › Comptes › Options de connexion › Clé de sécurité) ou avec l’application du fabricant de la clé, puis enregistrez à nouveau la clé.

ts-synced-not-allowed-title = L’enregistrement de la clé d’accès dans mon gestionnaire de mots de passe échoue
ts-synced-not-allowed-body = Il se peut que votre organisation n’accepte que les clés d’accès qui restent sur un seul appareil, comme dans Microsoft Authenticator ou sur une clé de sécurité, et pas les clés d’accès enregistrées dans le Trousseau iCloud, le Gestionnaire de mots de passe de Google ou Samsung Pass. Si « Clé d’accès » n’apparaît pas dans Informations de sécurité ou si l’enregistrement échoue, suivez plutôt le guide Authenticator.

ts-icloud-keychain-off-title = Mon iPhone ou mon Mac ne propose pas d’enregistrer la clé d’accès dans le Trousseau iCloud
ts-icloud-keychain-off-body = Les clés d’accès dans l’app Mots de passe d’Apple nécessitent le Trousseau iCloud et l’identification à deux facteurs pour votre compte Apple. Activez la synchronisation des mots de passe dans vos réglages iCloud, puis réessayez.

ts-authenticator-option-missing-title = Informations de sécurité ne propose pas « Clé d’accès dans Microsoft Authenticator »
ts-authenticator-option-missing-body =
    Informations de sécurité ne propose « Clé d’accès dans Microsoft Authenticator » que si les paramètres de clé d’accès de votre organisation mentionnent Microsoft Authenticator. Vous pouvez généralement quand même placer une clé d’accès dans Authenticator sans cette option.

    Créez-la dans l’application Authenticator : touchez votre compte professionnel, puis « Créer une clé d’accès », ou ajoutez le compte avec « Ajouter un compte » ou le bouton +, puis « Compte professionnel ou scolaire ». Ou bien, dans Informations de sécurité, choisissez « Clé d’accès » et, quand on vous demande où enregistrer la clé d’accès, choisissez Authenticator. Si aucune de ces solutions ne fonctionne, demandez à votre support informatique d’autoriser Microsoft Authenticator pour les clés d’accès.

ts-authenticator-app-version-title = Mon application Authenticator est peut-être trop ancienne
ts-authenticator-app-version-body =
    { $platform ->
        [iphone] Mettez à jour Microsoft Authenticator depuis l’App Store. Si les paramètres de clé d’accès de votre organisation incluent Authenticator, Microsoft demande la version 6.8.37 ou ultérieure sur iPhone et iPad.
        [ipad] Mettez à jour Microsoft Authenticator depuis l’App Store. Si les paramètres de clé d’accès de votre organisation incluent Authenticator, Microsoft demande la version 6.8.37 ou ultérieure sur iPhone et iPad.
        [android] Mettez à jour Microsoft Authenticator depuis Google Play. Si les paramètres de clé d’accès de votre organisation incluent Authenticator, Microsoft demande la version 6.2507.4749 ou ultérieure sur Android.
        [samsung] Mettez à jour Microsoft Authenticator depuis Google Play. Si les paramètres de clé d’accès de votre organisation incluent Authenticator, Microsoft demande la version 6.2507.4749 ou ultérieure sur Android.
       *[other] Mettez à jour Microsoft Authenticator sur votre téléphone depuis l’App Store ou Google Play. Si les paramètres de clé d’accès de votre organisation incluent Authenticator, Microsoft demande la version 6.8.37 ou ultérieure sur iPhone et iPad, et 6.2507.4749 ou ultérieure sur Android.
    } Ouvrez ensuite l’application et réessayez.
