# Connexion à la console : Entra ID, clés d’accès des comptes d’accès d’urgence, page du compte, personnes et invitations.

admin-nav-people = Personnes
admin-error-entra-only = La console de cette organisation n’accepte que « Se connecter avec Microsoft » ou une clé d’accès. Déconnectez-vous, puis reconnectez-vous de l’une de ces façons.

## Page de connexion
sso-heading = Connectez-vous avec votre compte professionnel
sso-button = Se connecter avec Microsoft
sso-tenant-label = Organisation
sso-tenant-hint = Son nom court, tel qu’il figure dans l’adresse de votre console : /admin/t/nom-court
sso-not-set-up = Cette organisation n’a pas configuré « Se connecter avec Microsoft ». Utilisez une clé d’accès ou votre mot de passe, ou adressez-vous au propriétaire de la console.
sso-unavailable = Impossible de joindre le service de connexion de Microsoft. Réessayez dans un instant.
sso-stale = Cette connexion a expiré ou a déjà été utilisée. Recommencez.
sso-provider-error = Microsoft ne vous a pas connecté (erreur : { $code }). Recommencez, ou adressez-vous à votre administrateur Entra.
sso-refused = La réponse de Microsoft n’a pas pu être vérifiée : vous n’êtes donc pas connecté. { $reason ->
    [expired] La connexion a pris trop de temps.
    [tenant] Elle concernait une autre organisation.
    [audience] Elle concernait une autre application.
    [issuer] Elle provenait d’un autre émetteur.
    [nonce] Elle répondait à une autre connexion.
    [unknown-key] Elle était signée avec une clé que l’organisation ne publie pas.
    [algorithm] Elle n’était pas signée de la manière dont Microsoft signe.
    [signature] Sa signature n’est pas valide.
   *[other] Recommencez ; si le problème persiste, prévenez les personnes qui gèrent ce service.
}
sso-no-role = Vous êtes connecté en tant que { $username }, mais vous n’avez aucun rôle dans cette console. Demandez à votre administrateur Entra de vous attribuer le rôle Propriétaire, Administrateur ou Support informatique de cette application, ou demandez à un propriétaire de vous inviter.
sso-removed = Vous êtes connecté en tant que { $username }, mais un propriétaire a supprimé votre accès à cette console. Demandez à un propriétaire de vous inviter à nouveau.
sso-address-taken = Vous êtes connecté en tant que { $username }, invité de cette organisation. Un compte avec cette adresse existe déjà ici, et une connexion d’invité ne peut pas se l’approprier. Demandez à un propriétaire de vous attribuer un rôle d’application, ou connectez-vous avec votre compte de cette organisation.
sso-signed-in-title = Connecté
sso-continue = Continuer vers la console
passkey-sign-in-heading = Compte d’accès d’urgence
passkey-sign-in-lead = Pour les comptes d’urgence de cette console : connectez-vous avec la clé d’accès enregistrée sur le compte.
passkey-sign-in-button = Se connecter avec une clé d’accès
passkey-needs-js = Les clés d’accès nécessitent JavaScript dans ce navigateur.
passkey-failed = La clé d’accès n’a pas fonctionné. Réessayez, ou connectez-vous d’une autre façon.
password-sign-in-heading = Compte local

## Page du compte
account-title = Votre compte
account-signed-in-as = Vous êtes connecté en tant que { $email } ({ $method }).
sign-in-method-password = mot de passe
sign-in-method-passkey = clé d’accès
sign-in-method-entra = Microsoft Entra ID
passkeys-heading = Clés d’accès
passkeys-lead = Une clé d’accès permet à ce compte de se connecter sans son mot de passe, même lorsque l’organisation n’accepte que la connexion avec Microsoft. Enregistrez-en une sur une clé de sécurité ou un appareil réservé aux urgences.
passkeys-none = Ce compte n’a aucune clé d’accès.
passkey-name-label = Nom
passkey-name-default = Clé de sécurité d’urgence
passkey-created = Ajoutée le
passkey-last-used = Dernière utilisation
passkey-never-used = Jamais
passkey-add = Ajouter une clé d’accès
passkey-remove = Supprimer
passkey-added = La clé d’accès a été ajoutée.
passkey-removed = La clé d’accès a été supprimée.
passkey-unavailable = Les clés d’accès ne sont pas disponibles sur ce serveur :

## Page Personnes
people-title = Personnes
people-heading = Qui peut utiliser cette console
people-person = Personne
people-role = Rôle
people-source = Origine du rôle
people-methods = Se connecte avec
people-actions = Actions
people-change-role = Changer le rôle
people-remove = Supprimer l’accès
people-removed = Accès supprimé
people-role-from-entra = Rôle d’application Entra
people-role-from-console = Cette console
people-role-changed = Le rôle a été modifié.
people-access-removed = L’accès a été supprimé et toutes les sessions de cette personne ont été fermées.
people-error = Non enregistré : { $detail }
invite-heading = Inviter quelqu’un
invite-lead = Les invitations expirent au bout de 7 jours. Une invitation par lien n’est affichée qu’une seule fois : envoyez-la vous-même à la personne.
invite-address = Adresse e-mail ou nom d’utilisateur principal
invite-kind = Mode de connexion
invitation-kind-entra = Avec Microsoft Entra ID, en tant que cet utilisateur
invitation-kind-link = Avec un mot de passe, à partir d’un lien d’invitation
invite-submit = Inviter
invite-bad-address = Ce n’est ni une adresse e-mail ni un nom d’utilisateur principal.
invite-bad-role = Choisissez un rôle.
invite-entra-not-set-up = Configurez d’abord « Se connecter avec Microsoft », ou invitez avec un lien.
invitation-created = L’invitation a été enregistrée.
invitation-link-once = Copiez ce lien maintenant et envoyez-le à la personne : il ne sera plus affiché.
invitation-state = État
invitation-state-open = Ouverte
invitation-state-accepted = Acceptée
invitation-state-expired = Expirée
invitation-state-revoked = Révoquée
invitation-expires = Expiration
invitation-by = Auteur de l’invitation
invitation-revoke = Révoquer
invitation-revoked = L’invitation a été révoquée.
sso-settings-heading = Se connecter avec Microsoft
sso-settings-lead = Ce sont vos administrateurs Entra qui décident qui peut faire quoi : attribuez des personnes ou des groupes aux rôles d’application de l’inscription d’application.
sso-redirect-uri = URI de redirection (plateforme web) à inscrire dans l’application :
sso-entra-tenant-id = ID de l’annuaire (locataire)
sso-client-id = ID d’application (client)
sso-secret = Secret client
sso-secret-hint = Laissez ce champ vide pour utiliser les informations d’identification de la connexion Entra de cette organisation (la même inscription d’application).
sso-credential-kept = Déjà enregistré : { $kind }. Laissez ce champ vide pour le conserver.
sso-credential-secret = secret client
sso-credential-certificate = certificat
sso-credential-entra-connection = informations d’identification de la connexion Entra
sso-role-names = Valeurs des rôles d’application
sso-save = Enregistrer les paramètres de connexion
sso-saved = Les paramètres de connexion ont été enregistrés.
sso-entra-only-off = Les mots de passe locaux sont acceptés.
sso-entra-only-on = Seuls « Se connecter avec Microsoft » et les clés d’accès des comptes d’accès d’urgence sont acceptés.
sso-entra-only-enable = N’accepter que la connexion avec Microsoft
sso-entra-only-disable = Accepter de nouveau les mots de passe locaux
sso-entra-only-saved = La règle de connexion a été enregistrée.

## Liens d’invitation
invitation-accept-title = Rejoindre la console
invitation-accept-lead = { $address } a reçu une invitation à rejoindre { $tenant } en tant que { $role }. Choisissez un mot de passe pour terminer.
invitation-password = Nouveau mot de passe
invitation-password-hint = Au moins 12 caractères.
invitation-password-short = Le mot de passe doit comporter au moins { $min } caractères.
invitation-accept = Rejoindre
invitation-not-open = Cette invitation a déjà été utilisée, a été révoquée ou a expiré. Demandez-en une nouvelle.
invitation-accepted-existing = Le rôle a été ajouté à votre compte existant. Connectez-vous comme d’habitude.

## Opérateurs
tenant-create-heading = Créer une organisation
tenant-create-name = Nom
tenant-create-slug = Nom court
tenant-create-slug-hint = Lettres minuscules, chiffres et traits d’union ; il fait partie de l’adresse du guide.
tenant-create-submit = Créer

## Journal des modifications
audit-action-sso-configured = « Se connecter avec Microsoft » configuré
audit-action-entra-only-set = Connexions acceptées modifiées
audit-action-invitation-created = Personne invitée
audit-action-invitation-accepted = Invitation acceptée
audit-action-invitation-revoked = Invitation révoquée
audit-action-role-changed = Rôle modifié
audit-action-access-removed = Accès d’une personne supprimé
audit-action-passkey-added = Clé d’accès ajoutée
audit-action-passkey-removed = Clé d’accès supprimée
audit-action-tenant-created-in-console = Organisation créée dans la console
