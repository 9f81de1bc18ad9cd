## Contenu des parcours : titres, résumés et étapes de chaque parcours d’enregistrement,
## et les fiches de dépannage. Variables : $os_major (un nombre, ou "unknown") et
## $browser (safari, chrome, edge, firefox, samsung-internet, opera, webview, other, unknown).

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
flow-iphone-authenticator-install-app-body = Installez Microsoft Authenticator depuis l’App Store, ou mettez-le à jour si vous l’avez déjà. Ouvrez-le une première fois et passez les écrans d’accueil et de confidentialité.

flow-iphone-authenticator-open-security-info-title = Commencer dans Informations de sécurité
flow-iphone-authenticator-open-security-info-body = Touchez « Ouvrir les informations de sécurité » et connectez-vous avec votre compte professionnel. Touchez « + Ajouter une méthode de connexion », choisissez « Clé d’accès dans Microsoft Authenticator » et suivez les instructions. Quand la page vous demande de terminer dans l’application Authenticator, laissez-la ouverte et passez à Authenticator.

flow-iphone-authenticator-create-in-app-title = Créer la clé d’accès dans Authenticator
flow-iphone-authenticator-create-in-app-body = Dans Authenticator, touchez « Ajouter un compte professionnel ou scolaire » s’il s’agit de votre premier compte. Si votre compte professionnel apparaît déjà, touchez-le, puis touchez « Créer une clé d’accès ». Connectez-vous et effectuez la vérification supplémentaire si elle vous est demandée.

flow-iphone-authenticator-enable-provider-title = Autoriser Authenticator à enregistrer les clés d’accès
flow-iphone-authenticator-enable-provider-body =
    { $os_major ->
        [17] Quand Authenticator vous le demande, touchez Réglages. Allez dans Réglages › Mots de passe › Options des mots de passe, activez « Remplir automatiquement les mots de passe et les clés d’accès » et sélectionnez Authenticator sous « Utiliser les mots de passe et les clés d’accès de ». Revenez dans Authenticator et touchez « Terminé ».
        [unknown] Quand Authenticator vous le demande, touchez Réglages. Sous iOS 18 ou version ultérieure, allez dans Réglages › Général › Remplissage automatique et mots de passe ; sous iOS 17, allez dans Réglages › Mots de passe › Options des mots de passe. Activez « Remplir automatiquement les mots de passe et les clés d’accès », sélectionnez Authenticator, puis revenez dans Authenticator et touchez « Terminé ».
       *[other] Quand Authenticator vous le demande, touchez Réglages. Allez dans Réglages › Général › Remplissage automatique et mots de passe, activez « Remplir automatiquement les mots de passe et les clés d’accès » et sélectionnez Authenticator sous « Remplissage automatique à partir de ». Revenez dans Authenticator et touchez « Terminé ».
    }

flow-iphone-authenticator-check-it-worked-title = Vérifier que tout a fonctionné
flow-iphone-authenticator-check-it-worked-body = Revenez dans le navigateur où la page Informations de sécurité est ouverte et touchez « Suivant », puis « Terminé » une fois la clé d’accès confirmée. « Clé d’accès dans Microsoft Authenticator » apparaît maintenant dans la liste de vos méthodes de connexion.

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
flow-iphone-icloud-keychain-turn-on-icloud-keychain-body =
    { $os_major ->
        [16] Ouvrez Réglages › votre nom › iCloud › Mots de passe et trousseau, et vérifiez que la synchronisation de cet iPhone est activée.
        [17] Ouvrez Réglages › votre nom › iCloud › Mots de passe et trousseau, et vérifiez que la synchronisation de cet iPhone est activée.
        [unknown] Ouvrez Réglages › votre nom › iCloud › Mots de passe (appelé « Mots de passe et trousseau » sous iOS 16 et 17), et vérifiez que la synchronisation de cet iPhone est activée.
       *[other] Ouvrez Réglages › votre nom › iCloud › Mots de passe, et vérifiez que la synchronisation de cet iPhone est activée.
    }

flow-iphone-icloud-keychain-check-autofill-title = Autoriser l’enregistrement des clés d’accès
flow-iphone-icloud-keychain-check-autofill-body =
    { $os_major ->
        [16] Ouvrez Réglages › Mots de passe › Options des mots de passe. Activez « Remplir automatiquement les mots de passe » et vérifiez que « Trousseau iCloud » est sélectionné.
        [17] Ouvrez Réglages › Mots de passe › Options des mots de passe. Activez « Remplir automatiquement les mots de passe et les clés d’accès » et vérifiez que « Mots de passe et trousseau iCloud » est sélectionné.
        [unknown] Sous iOS 18 ou version ultérieure, ouvrez Réglages › Général › Remplissage automatique et mots de passe ; sous iOS 16 ou 17, ouvrez Réglages › Mots de passe › Options des mots de passe. Activez le remplissage automatique et vérifiez que Mots de passe (Trousseau iCloud) est sélectionné.
       *[other] Ouvrez Réglages › Général › Remplissage automatique et mots de passe. Activez « Remplir automatiquement les mots de passe et les clés d’accès » et vérifiez que « Mots de passe » est sélectionné sous « Remplissage automatique à partir de ».
    }

flow-iphone-icloud-keychain-open-security-info-title = Commencer dans Informations de sécurité
flow-iphone-icloud-keychain-open-security-info-body = Touchez « Ouvrir les informations de sécurité » et connectez-vous avec votre compte professionnel. Touchez « + Ajouter une méthode de connexion », choisissez « Clé d’accès » et touchez « Suivant ». Si « Clé d’accès » ne figure pas dans la liste, votre organisation n’autorise peut-être pas ce type de clé d’accès : demandez à votre support informatique.

flow-iphone-icloud-keychain-save-passkey-title = Enregistrer la clé d’accès
flow-iphone-icloud-keychain-save-passkey-body = Quand votre iPhone propose d’enregistrer une clé d’accès, vérifiez qu’elle sera enregistrée dans Mots de passe (Trousseau iCloud), puis touchez « Continuer ». Confirmez avec Face ID, Touch ID ou votre code.

flow-iphone-icloud-keychain-check-it-worked-title = Vérifier que tout a fonctionné
flow-iphone-icloud-keychain-check-it-worked-body =
    { $os_major ->
        [16] Donnez à la clé d’accès un nom facile à reconnaître, touchez « Suivant », puis « Terminé ». Elle apparaît maintenant sur la page Informations de sécurité, et dans Réglages › Mots de passe sur votre iPhone.
        [17] Donnez à la clé d’accès un nom facile à reconnaître, touchez « Suivant », puis « Terminé ». Elle apparaît maintenant sur la page Informations de sécurité, et dans Réglages › Mots de passe sur votre iPhone.
       *[other] Donnez à la clé d’accès un nom facile à reconnaître, touchez « Suivant », puis « Terminé ». Elle apparaît maintenant sur la page Informations de sécurité, et dans l’app Mots de passe sur votre iPhone.
    }

## Samsung Galaxy avec Microsoft Authenticator

flow-samsung-title = Samsung Galaxy : clé d’accès dans Microsoft Authenticator
flow-samsung-summary = Créez une clé d’accès pour votre compte professionnel dans Microsoft Authenticator sur votre téléphone Galaxy. Samsung Pass propose souvent de l’enregistrer en premier : ce guide vous montre comment vous assurer qu’elle est bien enregistrée dans Authenticator.

flow-samsung-before-you-start-title = Avant de commencer
flow-samsung-before-you-start-body =
    { $os_major ->
        [unknown] Vérifiez que votre téléphone est sous Android 14 ou version ultérieure (Paramètres › À propos du téléphone › Informations sur le logiciel).
       *[other] Votre téléphone est sous Android { $os_major } ; il faut Android 14 ou version ultérieure.
    } Configurez un verrouillage de l’écran (code PIN, schéma ou empreinte digitale) si vous n’en avez pas. Gardez à portée de main votre méthode de connexion actuelle ou un passe d’accès temporaire.

flow-samsung-install-app-title = Installer Microsoft Authenticator
flow-samsung-install-app-body = Installez Microsoft Authenticator depuis Google Play, ou mettez-le à jour si vous l’avez déjà. Ouvrez-le une première fois et passez les écrans d’accueil et de confidentialité.

flow-samsung-set-provider-title = Activer Authenticator à la place de Samsung Pass
flow-samsung-set-provider-body =
    { $os_major ->
        [14] Ouvrez Paramètres › Gestion globale › Mots de passe, clés d’accès et saisie automatique. Activez Authenticator dans la liste des fournisseurs supplémentaires ; vous pouvez aussi le choisir comme service préféré à la place de Samsung Pass.
        [unknown] Ouvrez Paramètres et recherchez « clé d’accès » pour trouver « Mots de passe, clés d’accès et saisie automatique » (sous Sécurité et confidentialité › Autres paramètres de sécurité, ou sous Gestion globale sur les téléphones plus anciens). Activez Authenticator ; vous pouvez aussi le choisir comme service préféré à la place de Samsung Pass.
       *[other] Ouvrez Paramètres › Sécurité et confidentialité › Autres paramètres de sécurité › Mots de passe, clés d’accès et saisie automatique. Activez Authenticator dans la liste des fournisseurs supplémentaires ; vous pouvez aussi le choisir comme service préféré à la place de Samsung Pass.
    }

flow-samsung-open-security-info-title = Commencer dans Informations de sécurité
flow-samsung-open-security-info-body =
    { $browser ->
        [firefox] Ouvrez d’abord ce guide dans Chrome ou Edge : sur Android, Firefox ne peut pas créer de clé d’accès pour un compte professionnel. Touchez ensuite « Ouvrir les informations de sécurité », connectez-vous, touchez « + Ajouter une méthode de connexion » et choisissez « Clé d’accès dans Microsoft Authenticator ».
       *[other] Touchez « Ouvrir les informations de sécurité » et connectez-vous avec votre compte professionnel. Touchez « + Ajouter une méthode de connexion », choisissez « Clé d’accès dans Microsoft Authenticator » et suivez les instructions. Quand la page vous demande de terminer dans l’application Authenticator, laissez-la ouverte et passez à Authenticator.
    }

flow-samsung-create-in-app-title = Créer la clé d’accès dans Authenticator
flow-samsung-create-in-app-body = Dans Authenticator, touchez « Ajouter un compte professionnel ou scolaire » s’il s’agit de votre premier compte. Si votre compte professionnel apparaît déjà, touchez-le, puis touchez « Créer une clé d’accès ». Connectez-vous, effectuez la vérification supplémentaire et configurez un verrouillage de l’écran si l’application vous le demande.

flow-samsung-pick-authenticator-title = Si Samsung Pass propose de l’enregistrer
flow-samsung-pick-authenticator-body = Si une fenêtre Samsung Pass propose d’enregistrer la clé d’accès, n’acceptez pas. Utilisez l’option de cette fenêtre qui permet de choisir un autre service, puis sélectionnez Authenticator. Si cette option n’existe pas, annulez, refaites l’étape précédente dans Paramètres pour activer Authenticator, puis réessayez.

flow-samsung-check-it-worked-title = Vérifier que tout a fonctionné
flow-samsung-check-it-worked-body = De retour dans Authenticator, touchez « Terminé » : votre compte affiche maintenant « Clé d’accès » comme méthode de connexion. Dans le navigateur où la page Informations de sécurité est ouverte, touchez « Suivant », puis « Terminé ». « Clé d’accès dans Microsoft Authenticator » apparaît maintenant dans la liste de vos méthodes de connexion.

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
flow-android-authenticator-install-app-body = Installez Microsoft Authenticator depuis Google Play, ou mettez-le à jour si vous l’avez déjà. Si votre téléphone a un profil professionnel, installez et utilisez l’application dans le profil où vous voulez utiliser la clé d’accès.

flow-android-authenticator-open-security-info-title = Commencer dans Informations de sécurité
flow-android-authenticator-open-security-info-body =
    { $browser ->
        [firefox] Ouvrez d’abord ce guide dans Chrome ou Edge : sur Android, Firefox ne peut pas créer de clé d’accès pour un compte professionnel. Touchez ensuite « Ouvrir les informations de sécurité », connectez-vous, touchez « + Ajouter une méthode de connexion » et choisissez « Clé d’accès dans Microsoft Authenticator ».
       *[other] Touchez « Ouvrir les informations de sécurité » et connectez-vous avec votre compte professionnel. Touchez « + Ajouter une méthode de connexion », choisissez « Clé d’accès dans Microsoft Authenticator » et suivez les instructions. Quand la page vous demande de terminer dans l’application Authenticator, laissez-la ouverte et passez à Authenticator.
    }

flow-android-authenticator-create-in-app-title = Créer la clé d’accès dans Authenticator
flow-android-authenticator-create-in-app-body = Dans Authenticator, touchez « Ajouter un compte professionnel ou scolaire » s’il s’agit de votre premier compte. Si votre compte professionnel apparaît déjà, touchez-le, puis touchez « Créer une clé d’accès ». Connectez-vous, effectuez la vérification supplémentaire et configurez un verrouillage de l’écran si l’application vous le demande.

flow-android-authenticator-enable-provider-title = Autoriser Authenticator à enregistrer les clés d’accès
flow-android-authenticator-enable-provider-body =
    { $os_major ->
        [14] Quand Authenticator vous le demande, touchez Paramètres. Ouvrez « Mots de passe et comptes » et activez Authenticator sous « Fournisseurs supplémentaires ». Si vous ne pouvez pas l’activer, mettez votre téléphone à jour vers Android 15. Revenez dans Authenticator et touchez « Terminé ».
        [unknown] Quand Authenticator vous le demande, touchez Paramètres. Ouvrez « Mots de passe, clés d’accès et comptes » (« Mots de passe et comptes » sous Android 14) et activez Authenticator sous « Fournisseurs supplémentaires ». Revenez dans Authenticator et touchez « Terminé ».
       *[other] Quand Authenticator vous le demande, touchez Paramètres. Ouvrez « Mots de passe, clés d’accès et comptes » et activez Authenticator sous « Fournisseurs supplémentaires ». Les noms peuvent varier selon le fabricant du téléphone : recherchez « clé d’accès » dans Paramètres. Revenez dans Authenticator et touchez « Terminé ».
    }

flow-android-authenticator-check-it-worked-title = Vérifier que tout a fonctionné
flow-android-authenticator-check-it-worked-body = Revenez dans le navigateur où la page Informations de sécurité est ouverte et touchez « Suivant », puis « Terminé » une fois la clé d’accès confirmée. « Clé d’accès dans Microsoft Authenticator » apparaît maintenant dans la liste de vos méthodes de connexion.

## Téléphone Android avec le Gestionnaire de mots de passe de Google (clé d’accès synchronisée)

flow-android-google-password-manager-title = Android : clé d’accès dans le Gestionnaire de mots de passe de Google
flow-android-google-password-manager-summary = Enregistrez une clé d’accès pour votre compte professionnel dans le Gestionnaire de mots de passe de Google. Elle se synchronise avec vos autres appareils connectés au même compte Google. Cela ne fonctionne que si votre organisation autorise les clés d’accès synchronisées, et pas sur les téléphones Samsung.

flow-android-google-password-manager-before-you-start-title = Avant de commencer
flow-android-google-password-manager-before-you-start-body =
    { $os_major ->
        [unknown] Vérifiez que votre téléphone est sous Android 9 ou version ultérieure et que ce n’est pas un téléphone Samsung (les téléphones Samsung ont leur propre guide).
       *[other] Votre téléphone est sous Android { $os_major } ; il faut Android 9 ou version ultérieure. Ce guide ne concerne pas les téléphones Samsung, qui ont leur propre guide.
    } Il vous faut un verrouillage de l’écran et un compte Google connecté sur le téléphone. Gardez à portée de main votre méthode de connexion actuelle ou un passe d’accès temporaire.

flow-android-google-password-manager-check-provider-title = Vérifier où les clés d’accès sont enregistrées
flow-android-google-password-manager-check-provider-body =
    { $os_major ->
        [14] Ouvrez Paramètres › Mots de passe et comptes, et vérifiez que Google est défini comme service préféré pour les mots de passe et les clés d’accès.
        [unknown] Sous Android 14 ou version ultérieure, ouvrez Paramètres › Mots de passe, clés d’accès et comptes (« Mots de passe et comptes » sous Android 14), et vérifiez que Google est le service préféré. Sur les versions plus anciennes, il n’y a rien à modifier.
       *[other] Sous Android 15 ou version ultérieure, ouvrez Paramètres › Mots de passe, clés d’accès et comptes, et vérifiez que Google est le service préféré. Sous Android 13 ou version antérieure, il n’y a rien à modifier.
    }

flow-android-google-password-manager-open-security-info-title = Commencer dans Informations de sécurité
flow-android-google-password-manager-open-security-info-body =
    { $browser ->
        [chrome] Touchez « Ouvrir les informations de sécurité » et connectez-vous avec votre compte professionnel. Touchez « + Ajouter une méthode de connexion », choisissez « Clé d’accès », puis touchez « Suivant » et « Continuer ».
        [firefox] Ouvrez d’abord ce guide dans Chrome : sur Android, Firefox ne peut pas créer de clé d’accès pour un compte professionnel. Touchez ensuite « Ouvrir les informations de sécurité », connectez-vous, touchez « + Ajouter une méthode de connexion » et choisissez « Clé d’accès ».
       *[other] Si possible, ouvrez ce guide dans Chrome. Touchez « Ouvrir les informations de sécurité » et connectez-vous avec votre compte professionnel. Touchez « + Ajouter une méthode de connexion », choisissez « Clé d’accès », puis touchez « Suivant » et « Continuer ».
    }

flow-android-google-password-manager-save-passkey-title = Enregistrer la clé d’accès
flow-android-google-password-manager-save-passkey-body = Quand votre téléphone propose de créer une clé d’accès, vérifiez que le Gestionnaire de mots de passe de Google et votre propre compte Google sont affichés. Touchez « Continuer » et déverrouillez avec votre empreinte digitale, votre visage ou le verrouillage de l’écran.

flow-android-google-password-manager-check-it-worked-title = Vérifier que tout a fonctionné
flow-android-google-password-manager-check-it-worked-body = Donnez à la clé d’accès un nom facile à reconnaître, touchez « Suivant », puis « Terminé ». Elle apparaît maintenant sur la page Informations de sécurité, et dans le Gestionnaire de mots de passe de Google sur votre téléphone.

## PC Windows avec Windows Hello

flow-windows-hello-title = Windows : clé d’accès dans Windows Hello
flow-windows-hello-summary = Enregistrez une clé d’accès pour votre compte professionnel sur ce PC, déverrouillée avec votre code PIN, votre visage ou votre empreinte digitale Windows Hello. Elle reste sur ce PC et n’est pas synchronisée.

flow-windows-hello-before-you-start-title = Avant de commencer
flow-windows-hello-before-you-start-body = Il vous faut Windows 10 ou 11, et Edge, Chrome ou Firefox. Gardez à portée de main votre méthode de connexion actuelle ou un passe d’accès temporaire. S’il s’agit d’un PC d’entreprise sur lequel vous vous connectez déjà à Windows avec Windows Hello pour ce compte professionnel, cette option n’est peut-être pas disponible : demandez à votre support informatique quel guide suivre.

flow-windows-hello-set-up-windows-hello-title = Configurer Windows Hello
flow-windows-hello-set-up-windows-hello-body = Si vous ne déverrouillez pas encore ce PC avec un code PIN, votre visage ou votre empreinte digitale, ouvrez Paramètres › Comptes › Options de connexion et configurez d’abord « Code PIN (Windows Hello) ».

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

## Mac avec le Trousseau iCloud (clé d’accès synchronisée)

flow-macos-title = Mac : clé d’accès dans le Trousseau iCloud
flow-macos-summary = Enregistrez une clé d’accès pour votre compte professionnel dans l’app Mots de passe d’Apple (Trousseau iCloud) sur votre Mac. Elle se synchronise avec vos autres appareils Apple. Cela ne fonctionne que si votre organisation autorise les clés d’accès synchronisées.

flow-macos-before-you-start-title = Avant de commencer
flow-macos-before-you-start-body =
    { $os_major ->
        [unknown] Vérifiez que votre Mac est sous macOS 13 Ventura ou version ultérieure (menu Pomme › À propos de ce Mac).
       *[other] Votre Mac est sous macOS { $os_major } ; il faut macOS 13 Ventura ou version ultérieure.
    } Votre compte Apple doit être connecté sur ce Mac, avec l’identification à deux facteurs. Gardez à portée de main votre méthode de connexion actuelle ou un passe d’accès temporaire.

flow-macos-turn-on-icloud-keychain-title = Activer le Trousseau iCloud
flow-macos-turn-on-icloud-keychain-body =
    { $os_major ->
        [13] Ouvrez Réglages Système › votre nom › iCloud › Mots de passe et trousseau, et vérifiez que la synchronisation de ce Mac est activée.
        [14] Ouvrez Réglages Système › votre nom › iCloud › Mots de passe et trousseau, et vérifiez que la synchronisation de ce Mac est activée.
        [unknown] Ouvrez Réglages Système › votre nom › iCloud › Mots de passe (appelé « Mots de passe et trousseau » sous macOS 13 et 14), et vérifiez que la synchronisation de ce Mac est activée.
       *[other] Ouvrez Réglages Système › votre nom › iCloud › Mots de passe, et vérifiez que la synchronisation de ce Mac est activée.
    }

flow-macos-open-security-info-title = Commencer dans Informations de sécurité
flow-macos-open-security-info-body = Cliquez sur « Ouvrir les informations de sécurité » et connectez-vous avec votre compte professionnel. Cliquez sur « + Ajouter une méthode de connexion », choisissez « Clé d’accès » et cliquez sur « Suivant ». Si « Clé d’accès » ne figure pas dans la liste, votre organisation n’autorise peut-être pas ce type de clé d’accès : demandez à votre support informatique.

flow-macos-save-passkey-title = Enregistrer la clé d’accès
flow-macos-save-passkey-body =
    { $browser ->
        [safari] Safari vous demande s’il doit enregistrer une clé d’accès. Cliquez sur « Continuer » et confirmez avec Touch ID ou le mot de passe de votre Mac ; la clé est enregistrée dans le Trousseau iCloud.
        [chrome] Chrome affiche sa propre fenêtre de clé d’accès : choisissez Trousseau iCloud, et non le Gestionnaire de mots de passe de Google ou un téléphone. Si on vous le demande, autorisez login.microsoft.com à utiliser votre clé d’accès, puis confirmez avec Touch ID ou le mot de passe de votre Mac.
        [edge] Edge affiche sa propre fenêtre de clé d’accès : choisissez Trousseau iCloud s’il est proposé. Si on vous le demande, autorisez login.microsoft.com à utiliser votre clé d’accès, puis confirmez avec Touch ID ou le mot de passe de votre Mac.
       *[other] Suivez la fenêtre de clé d’accès de votre navigateur et choisissez Trousseau iCloud. Si votre navigateur ne le propose pas, ouvrez plutôt ce guide dans Safari.
    }

flow-macos-check-it-worked-title = Vérifier que tout a fonctionné
flow-macos-check-it-worked-body =
    { $os_major ->
        [13] Donnez à la clé d’accès un nom facile à reconnaître, cliquez sur « Suivant », puis sur « Terminé ». Elle apparaît maintenant sur la page Informations de sécurité, et dans Réglages Système › Mots de passe sur votre Mac.
        [14] Donnez à la clé d’accès un nom facile à reconnaître, cliquez sur « Suivant », puis sur « Terminé ». Elle apparaît maintenant sur la page Informations de sécurité, et dans Réglages Système › Mots de passe sur votre Mac.
       *[other] Donnez à la clé d’accès un nom facile à reconnaître, cliquez sur « Suivant », puis sur « Terminé ». Elle apparaît maintenant sur la page Informations de sécurité, et dans l’app Mots de passe sur votre Mac.
    }

## Clé de sécurité (USB ou NFC)

flow-security-key-title = Clé de sécurité (USB ou NFC)
flow-security-key-summary = Enregistrez une clé d’accès pour votre compte professionnel sur une clé de sécurité physique, que vous branchez ou approchez de l’appareil. Elle reste sur la clé et fonctionne sur tous les ordinateurs avec lesquels vous l’utilisez.

flow-security-key-before-you-start-title = Avant de commencer
flow-security-key-before-you-start-body = Il vous faut une clé de sécurité FIDO2 acceptée par votre organisation ; en cas de doute, demandez à votre support informatique. Sur un ordinateur, utilisez Edge, Chrome ou Firefox (sous Linux, Chrome). Gardez à portée de main votre méthode de connexion actuelle ou un passe d’accès temporaire.

flow-security-key-set-pin-title = Vérifier que la clé a un code PIN
flow-security-key-set-pin-body =
    { $browser ->
        [safari] Safari sur iPhone, iPad ou Mac ne peut pas définir le code PIN d’une nouvelle clé. Si votre clé n’a pas encore de code PIN, définissez-en un d’abord sur un PC Windows (Paramètres › Comptes › Options de connexion › Clé de sécurité › Gérer) ou avec l’application du fabricant de la clé.
       *[other] Votre clé doit avoir un code PIN. Sous Windows, vous pouvez en définir un dans Paramètres › Comptes › Options de connexion › Clé de sécurité › Gérer ; sinon, le navigateur vous demandera d’en créer un. Sur iPhone, iPad ou Mac, définissez d’abord le code PIN sur un PC Windows ou avec l’application du fabricant de la clé.
    }

flow-security-key-open-security-info-title = Commencer dans Informations de sécurité
flow-security-key-open-security-info-body = Sélectionnez « Ouvrir les informations de sécurité » et connectez-vous avec votre compte professionnel, en effectuant la vérification supplémentaire. Sélectionnez « + Ajouter une méthode de connexion », choisissez « Clé d’accès » et sélectionnez « Suivant ».

flow-security-key-use-key-title = Enregistrer la clé d’accès sur votre clé de sécurité
flow-security-key-use-key-body = Quand on vous demande où enregistrer la clé d’accès, choisissez « Clé de sécurité ». Si vous ne voyez pas cette option, regardez sous « Plus d’options » ou « Utiliser un autre appareil ». Insérez votre clé ou approchez-la de l’appareil, saisissez son code PIN et touchez la clé quand elle clignote.

flow-security-key-check-it-worked-title = Vérifier que tout a fonctionné
flow-security-key-check-it-worked-body = Donnez à la clé d’accès un nom facile à reconnaître, par exemple le modèle de la clé, et sélectionnez « Terminé ». Elle apparaît maintenant dans la liste de vos méthodes de connexion, sur la page Informations de sécurité.

## Clé d’accès sur le téléphone, en commençant sur un ordinateur

flow-phone-from-desktop-title = Ordinateur : clé d’accès sur votre téléphone
flow-phone-from-desktop-summary = Commencez sur cet ordinateur et créez la clé d’accès dans Microsoft Authenticator sur votre iPhone ou votre téléphone Android. Ensuite, vous vous connectez en confirmant sur votre téléphone.

flow-phone-from-desktop-before-you-start-title = Avant de commencer
flow-phone-from-desktop-before-you-start-body = Il vous faut un iPhone sous iOS 17 ou version ultérieure, ou un téléphone Android sous Android 14 ou version ultérieure, avec un verrouillage de l’écran. Activez le Bluetooth sur l’ordinateur et sur le téléphone, et vérifiez que les deux sont connectés à Internet. Gardez à portée de main votre méthode de connexion actuelle ou un passe d’accès temporaire.

flow-phone-from-desktop-open-security-info-title = Commencer dans Informations de sécurité sur cet ordinateur
flow-phone-from-desktop-open-security-info-body = Cliquez sur « Ouvrir les informations de sécurité » et connectez-vous avec votre compte professionnel. Cliquez sur « + Ajouter une méthode de connexion », choisissez « Clé d’accès dans Microsoft Authenticator » et effectuez la vérification supplémentaire si elle vous est demandée.

flow-phone-from-desktop-get-app-title = Installer Authenticator sur votre téléphone
flow-phone-from-desktop-get-app-body = Si la page affiche un code QR pour télécharger Authenticator, scannez-le avec l’appareil photo de votre téléphone (sur iPhone, l’app Appareil photo) et installez l’application. Cliquez ensuite sur « Suivant » sur l’ordinateur.

flow-phone-from-desktop-create-on-phone-title = Créer la clé d’accès sur votre téléphone
flow-phone-from-desktop-create-on-phone-body = Sur votre téléphone, ouvrez Authenticator. Touchez « Ajouter un compte professionnel ou scolaire », ou touchez votre compte professionnel existant, puis « Créer une clé d’accès ». Connectez-vous. Si on vous le demande, autorisez Authenticator à enregistrer les clés d’accès dans les réglages de votre téléphone, puis touchez « Terminé ».

flow-phone-from-desktop-qr-fallback-title = Si vous ne pouvez pas vous connecter à Authenticator
flow-phone-from-desktop-qr-fallback-body = Sur l’ordinateur, choisissez « Vous rencontrez des problèmes ? », puis l’option pour créer votre clé d’accès d’une autre manière, et sélectionnez « iPhone ou iPad » ou « Android ». Scannez le code QR avec l’appareil photo du téléphone (sur iPhone, l’app Appareil photo, pas le scanner d’Authenticator) et gardez le téléphone près de l’ordinateur jusqu’à ce qu’il indique que la connexion est établie. Cette méthode ne fonctionne pas si votre organisation exige des clés d’accès approuvées (attestées).

flow-phone-from-desktop-check-it-worked-title = Vérifier que tout a fonctionné
flow-phone-from-desktop-check-it-worked-body = De retour sur l’ordinateur, cliquez sur « Suivant », puis sur « Terminé » une fois la clé d’accès confirmée. « Clé d’accès dans Microsoft Authenticator » apparaît maintenant dans la liste de vos méthodes de connexion, sur la page Informations de sécurité.

## Dépannage

ts-not-enabled-by-policy-title = L’option Clé d’accès n’apparaît pas
ts-not-enabled-by-policy-body = Si la page Informations de sécurité ne propose ni « Clé d’accès » ni « Clé d’accès dans Microsoft Authenticator », votre organisation n’a pas encore activé les clés d’accès pour votre compte, ou pas ce type de clé d’accès. Demandez à votre support informatique de vous inclure dans le déploiement des clés d’accès.

ts-self-service-off-title = Vous ne pouvez pas ajouter de méthode vous-même
ts-self-service-off-body = Votre organisation peut désactiver l’ajout de clés d’accès dans Informations de sécurité. Si un message indique que vous ne pouvez pas ajouter cette méthode, demandez à votre support informatique de configurer la clé d’accès avec vous, ou d’autoriser la configuration en libre-service.

ts-no-bootstrap-method-title = Aucun moyen de confirmer votre identité
ts-no-bootstrap-method-body = Pour ajouter une clé d’accès, vous devez d’abord vous connecter avec une méthode de vérification existante, par exemple une approbation dans Authenticator ou un code reçu par SMS. Si vous n’en avez aucune, ou si vous avez perdu votre téléphone, demandez un passe d’accès temporaire à votre support informatique et utilisez-le pour vous connecter à Informations de sécurité.

ts-mfa-too-old-title = Nouvelle vérification demandée
ts-mfa-too-old-body = Pour ajouter une clé d’accès, il faut une vérification récente, datant de quelques minutes au plus. Si on vous demande de vous vérifier à nouveau, faites-le, puis ajoutez la clé d’accès tout de suite.

ts-os-too-old-title = Votre appareil doit être mis à jour
ts-os-too-old-body = Les clés d’accès dans Microsoft Authenticator nécessitent iOS 17 ou Android 14, ou une version ultérieure. Les clés d’accès dans le Trousseau iCloud nécessitent iOS 16 ou macOS 13, ou une version ultérieure, et le Gestionnaire de mots de passe de Google nécessite Android 9 ou une version ultérieure. Mettez votre appareil à jour depuis ses réglages, ou utilisez un autre appareil ou une clé de sécurité.

ts-android-no-secure-hardware-title = Ça fonctionne sur un téléphone Android, mais pas sur un autre
ts-android-no-secure-hardware-body = Authenticator conserve les clés d’accès dans le matériel de sécurité protégé du téléphone. Certains téléphones Android n’ont pas le matériel nécessaire, et l’enregistrement s’arrête sans raison claire. Essayez avec un autre téléphone, ou demandez une clé de sécurité à votre support informatique.

ts-authenticator-not-provider-title = Authenticator n’est pas autorisé à enregistrer les clés d’accès
ts-authenticator-not-provider-body =
    { $os_major ->
        [14] Sous Android 14 : Paramètres › Mots de passe et comptes, puis activez Authenticator sous « Fournisseurs supplémentaires ». Si vous ne pouvez pas l’activer, passez à Android 15. Sur iPhone : Réglages › Général › Remplissage automatique et mots de passe (iOS 17 : Réglages › Mots de passe › Options des mots de passe), puis sélectionnez Authenticator.
        [17] Sur iPhone sous iOS 17 : Réglages › Mots de passe › Options des mots de passe, activez « Remplir automatiquement les mots de passe et les clés d’accès » et sélectionnez Authenticator. Sur Android : Paramètres › Mots de passe, clés d’accès et comptes (ou Mots de passe et comptes), puis activez Authenticator sous « Fournisseurs supplémentaires ».
       *[other] Sur iPhone sous iOS 18 ou version ultérieure : Réglages › Général › Remplissage automatique et mots de passe, activez « Remplir automatiquement les mots de passe et les clés d’accès » et sélectionnez Authenticator (iOS 17 : Réglages › Mots de passe › Options des mots de passe). Sur Android : Paramètres › Mots de passe, clés d’accès et comptes (Mots de passe et comptes sous Android 14), puis activez Authenticator sous « Fournisseurs supplémentaires ».
    }

ts-screen-lock-missing-title = Un verrouillage de l’écran est nécessaire
ts-screen-lock-missing-body = Les clés d’accès se déverrouillent avec le verrouillage de l’écran de votre appareil. Configurez un code PIN, un schéma, un mot de passe, une empreinte digitale ou la reconnaissance faciale dans les paramètres de votre appareil, puis recommencez.

ts-ios-qr-camera-app-title = Le code QR ne se scanne pas sur iPhone
ts-ios-qr-camera-app-body = Scannez le code QR de la clé d’accès avec l’app Appareil photo de l’iPhone, pas avec le scanner d’Authenticator, qui ne sait pas lire ce type de code. Sur Android, le scanner d’Authenticator fonctionne aussi.

ts-cross-device-connecting-title = L’écran reste sur « Connexion en cours »
ts-cross-device-connecting-body = Activez le Bluetooth sur l’ordinateur et sur le téléphone, gardez-les près l’un de l’autre et vérifiez que les deux sont connectés à Internet. Les réseaux d’entreprise ou les VPN peuvent bloquer la connexion. Si cela reste bloqué, essayez de configurer la clé d’accès directement sur le téléphone, ou utilisez une clé de sécurité.

ts-ca-bootstrap-loop-title = Allers-retours sans fin entre l’application et Informations de sécurité
ts-ca-bootstrap-loop-body = Certaines règles de connexion de l’entreprise demandent une clé d’accès avant même que vous puissiez créer la première, ce qui vous fait tourner en boucle. Demandez à votre support informatique un passe d’accès temporaire ou une exception temporaire, puis réessayez.

ts-orphaned-passkey-title = « La clé d’accès existe déjà »
ts-orphaned-passkey-body = Une clé d’accès issue d’une tentative précédente peut encore se trouver sur votre appareil, même si votre organisation ne l’a plus. Supprimez-la de votre appareil (dans Authenticator : touchez le compte, puis Paramètres › Supprimer la clé d’accès), supprimez toute ancienne entrée dans Informations de sécurité, puis recommencez l’enregistrement.

ts-android-work-profile-title = Téléphone avec un profil professionnel
ts-android-work-profile-body = Sur Android, une clé d’accès ne fonctionne que dans le profil où elle a été créée. Si votre téléphone a un profil professionnel et un profil personnel, créez la clé d’accès dans Authenticator dans le profil où vous l’utiliserez, ou une fois dans chacun.

ts-samsung-pass-picker-title = Samsung Pass l’a enregistrée à la place
ts-samsung-pass-picker-body = Les téléphones Galaxy proposent souvent Samsung Pass en premier. Si la clé d’accès y a été enregistrée, supprimez-la dans Samsung Pass, activez Authenticator dans Paramètres, sous « Mots de passe, clés d’accès et saisie automatique », puis recommencez en choisissant Authenticator quand on vous demande où l’enregistrer.

ts-windows-hello-already-registered-title = « Déjà enregistré » sous Windows
ts-windows-hello-already-registered-body = Si ce compte professionnel utilise déjà Windows Hello Entreprise pour se connecter à ce PC, Windows ne peut pas ajouter une deuxième clé d’accès pour ce compte et indique qu’il est déjà enregistré. Suivez plutôt le guide pour téléphone ou pour clé de sécurité, ou demandez à votre support informatique.

ts-unsupported-browser-title = Navigateur non pris en charge
ts-unsupported-browser-body =
    { $browser ->
        [firefox] Firefox ne peut pas créer de clé d’accès professionnelle sur Android, et sur Linux il ne peut pas utiliser de clé d’accès dans Authenticator. Utilisez plutôt Chrome ou Edge.
        [opera] Opera ne fait pas partie des navigateurs pris en charge par Microsoft pour les clés d’accès professionnelles. Utilisez plutôt Chrome, Edge ou Safari.
        [samsung-internet] Samsung Internet ne fait pas partie des navigateurs pris en charge par Microsoft pour les clés d’accès professionnelles. Utilisez plutôt Chrome ou Edge.
       *[other] Utilisez un navigateur pris en charge : Edge, Chrome ou Firefox sur Windows ; Safari, Chrome, Edge ou Firefox sur Mac et iPhone ; Chrome ou Edge sur Android.
    }

ts-in-app-browser-title = Ouvert dans une autre application
ts-in-app-browser-body = Les liens ouverts depuis une application de messagerie ou de chat s’affichent souvent dans le navigateur intégré de cette application, où les clés d’accès ne fonctionnent pas de façon fiable. Utilisez le menu de l’application pour ouvrir le lien dans Safari ou Chrome, puis recommencez.

ts-security-key-pin-title = La clé demande un code PIN que vous n’avez jamais défini
ts-security-key-pin-body = Les navigateurs sur iPhone, iPad et Mac ne peuvent pas définir le code PIN d’une nouvelle clé de sécurité. Définissez le code PIN sur un PC Windows (Paramètres › Comptes › Options de connexion › Clé de sécurité) ou avec l’application du fabricant de la clé, puis enregistrez à nouveau la clé.

ts-synced-not-allowed-title = Ce type de clé d’accès n’est pas autorisé
ts-synced-not-allowed-body = Il se peut que votre organisation n’accepte que les clés d’accès qui restent sur un seul appareil, comme dans Microsoft Authenticator ou sur une clé de sécurité. Si « Clé d’accès » n’apparaît pas dans Informations de sécurité ou si l’enregistrement échoue, suivez plutôt le guide Authenticator.

ts-icloud-keychain-off-title = Le Trousseau iCloud est désactivé
ts-icloud-keychain-off-body = Les clés d’accès dans l’app Mots de passe d’Apple nécessitent le Trousseau iCloud et l’identification à deux facteurs pour votre compte Apple. Activez la synchronisation des mots de passe dans vos réglages iCloud, puis réessayez.
