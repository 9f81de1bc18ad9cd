# Inicio de sesión en la consola: Entra ID, claves de acceso de las cuentas de acceso de emergencia, la página de la cuenta, personas e invitaciones.

admin-nav-people = Personas
admin-error-entra-only = La consola de esta organización solo acepta «Iniciar sesión con Microsoft» o una clave de acceso. Cierre la sesión y vuelva a iniciarla de una de esas formas.

## Página de inicio de sesión
sso-heading = Inicie sesión con su cuenta profesional
sso-button = Iniciar sesión con Microsoft
sso-tenant-label = Organización
sso-tenant-hint = Su nombre corto, tal como aparece en la dirección de su consola: /admin/t/nombre-corto
sso-not-set-up = Esta organización no ha configurado «Iniciar sesión con Microsoft». Use una clave de acceso o su contraseña, o consulte al propietario de la consola.
sso-unavailable = No se pudo contactar con el inicio de sesión de Microsoft. Vuelva a intentarlo en un momento.
sso-stale = Este inicio de sesión ha caducado o ya se usó. Vuelva a empezar.
sso-provider-error = Microsoft no inició su sesión (error: { $code }). Vuelva a empezar o consulte a su administrador de Entra.
sso-refused = No se pudo verificar la respuesta de Microsoft, así que no ha iniciado sesión. { $reason ->
    [expired] El inicio de sesión tardó demasiado.
    [tenant] Era para otra organización.
    [audience] Era para otra aplicación.
    [issuer] Procedía de otro emisor.
    [nonce] Respondía a otro inicio de sesión.
    [unknown-key] Estaba firmada con una clave que la organización no publica.
    [algorithm] No estaba firmada de la forma en que firma Microsoft.
    [signature] Su firma no es válida.
   *[other] Vuelva a empezar; si sigue ocurriendo, avise a los responsables de este servicio.
}
sso-no-role = Ha iniciado sesión como { $username }, pero no tiene ningún rol en esta consola. Pida a su administrador de Entra que le asigne el rol Propietario, Administrador o Soporte técnico de esta aplicación, o pida a un propietario que le invite.
sso-removed = Ha iniciado sesión como { $username }, pero un propietario quitó su acceso a esta consola. Pida a un propietario que vuelva a invitarle.
sso-address-taken = Ha iniciado sesión como { $username }, un invitado de esta organización. Ya existe aquí una cuenta con esa dirección y un inicio de sesión de invitado no puede apropiarse de ella. Pida a un propietario que le asigne un rol de aplicación o inicie sesión con su cuenta de esta organización.
sso-signed-in-title = Sesión iniciada
sso-continue = Continuar a la consola
passkey-sign-in-heading = Cuenta de acceso de emergencia
passkey-sign-in-lead = Para las cuentas de emergencia de esta consola: inicie sesión con la clave de acceso registrada en la cuenta.
passkey-sign-in-button = Iniciar sesión con una clave de acceso
passkey-needs-js = Las claves de acceso necesitan JavaScript en este navegador.
passkey-failed = La clave de acceso no funcionó. Vuelva a intentarlo o inicie sesión de otra forma.
password-sign-in-heading = Cuenta local

## Página de la cuenta
account-title = Su cuenta
account-signed-in-as = Ha iniciado sesión como { $email } ({ $method }).
sign-in-method-password = contraseña
sign-in-method-passkey = clave de acceso
sign-in-method-entra = Microsoft Entra ID
passkeys-heading = Claves de acceso
passkeys-lead = Una clave de acceso permite que esta cuenta inicie sesión sin su contraseña, incluso cuando la organización solo acepta el inicio de sesión con Microsoft. Registre una en una llave de seguridad o en un dispositivo reservado para emergencias.
passkeys-none = Esta cuenta no tiene ninguna clave de acceso.
passkey-name-label = Nombre
passkey-name-default = Llave de seguridad de emergencia
passkey-created = Agregada
passkey-last-used = Último uso
passkey-never-used = Nunca
passkey-add = Agregar una clave de acceso
passkey-remove = Quitar
passkey-added = Se agregó la clave de acceso.
passkey-removed = Se quitó la clave de acceso.
passkey-unavailable = Las claves de acceso no están disponibles en este servidor:

## Página Personas
people-title = Personas
people-heading = Quién puede usar esta consola
people-person = Persona
people-role = Rol
people-source = Origen del rol
people-methods = Inicia sesión con
people-actions = Acciones
people-change-role = Cambiar rol
people-remove = Quitar acceso
people-removed = Acceso quitado
people-role-from-entra = Rol de aplicación de Entra
people-role-from-console = Esta consola
people-role-changed = Se cambió el rol.
people-access-removed = Se quitó el acceso y se cerraron sus sesiones en todas partes.
people-error = No se guardó: { $detail }
invite-heading = Invitar a alguien
invite-lead = Las invitaciones caducan a los 7 días. Una invitación por enlace se muestra una sola vez: envíesela usted a la persona.
invite-address = Dirección de correo electrónico o nombre principal de usuario
invite-kind = Cómo inicia sesión
invitation-kind-entra = Con Microsoft Entra ID, como este usuario
invitation-kind-link = Con una contraseña, desde un enlace de invitación
invite-submit = Invitar
invite-bad-address = No es una dirección de correo electrónico ni un nombre principal de usuario.
invite-bad-role = Elija un rol.
invite-entra-not-set-up = Configure primero «Iniciar sesión con Microsoft» o invite con un enlace.
invitation-created = Se guardó la invitación.
invitation-link-once = Copie este enlace ahora y envíeselo a la persona: no se volverá a mostrar.
invitation-state = Estado
invitation-state-open = Abierta
invitation-state-accepted = Aceptada
invitation-state-expired = Caducada
invitation-state-revoked = Revocada
invitation-expires = Caduca
invitation-by = Invitación de
invitation-revoke = Revocar
invitation-revoked = Se revocó la invitación.
sso-settings-heading = Iniciar sesión con Microsoft
sso-settings-lead = Sus administradores de Entra deciden quién puede hacer qué: asigne personas o grupos a los roles de aplicación del registro de aplicación.
sso-redirect-uri = URI de redirección (plataforma web) que debe registrar en la aplicación:
sso-entra-tenant-id = Id. de directorio (inquilino)
sso-client-id = Id. de aplicación (cliente)
sso-secret = Secreto de cliente
sso-secret-hint = Déjelo vacío para usar la credencial de la conexión con Entra de esta organización (el mismo registro de aplicación).
sso-credential-kept = Guardado actualmente: { $kind }. Déjelo vacío para conservarlo.
sso-credential-secret = secreto de cliente
sso-credential-certificate = certificado
sso-credential-entra-connection = credencial de la conexión con Entra
sso-role-names = Valores de los roles de aplicación
sso-save = Guardar la configuración de inicio de sesión
sso-saved = Se guardó la configuración de inicio de sesión.
sso-entra-only-off = Se aceptan contraseñas locales.
sso-entra-only-on = Solo se aceptan «Iniciar sesión con Microsoft» y las claves de acceso de las cuentas de acceso de emergencia.
sso-entra-only-enable = Aceptar solo el inicio de sesión con Microsoft
sso-entra-only-disable = Volver a aceptar contraseñas locales
sso-entra-only-saved = Se guardó la regla de inicio de sesión.

## Enlaces de invitación
invitation-accept-title = Unirse a la consola
invitation-accept-lead = { $address } tiene una invitación para unirse a { $tenant } como { $role }. Elija una contraseña para terminar.
invitation-password = Nueva contraseña
invitation-password-hint = Al menos 12 caracteres.
invitation-password-short = La contraseña debe tener al menos { $min } caracteres.
invitation-accept = Unirse
invitation-not-open = Esta invitación ya se usó, se revocó o ha caducado. Pida una nueva.
invitation-accepted-existing = El rol se agregó a su cuenta existente. Inicie sesión como de costumbre.

## Operadores
tenant-create-heading = Crear una organización
tenant-create-name = Nombre
tenant-create-slug = Nombre corto
tenant-create-slug-hint = Letras minúsculas, dígitos y guiones; pasa a formar parte de la dirección de la guía.
tenant-create-submit = Crear

## Registro de auditoría
audit-action-sso-configured = Configuró «Iniciar sesión con Microsoft»
audit-action-entra-only-set = Cambió qué inicios de sesión se aceptan
audit-action-invitation-created = Invitó a alguien
audit-action-invitation-accepted = Aceptó una invitación
audit-action-invitation-revoked = Revocó una invitación
audit-action-role-changed = Cambió un rol
audit-action-access-removed = Quitó el acceso a alguien
audit-action-passkey-added = Agregó una clave de acceso
audit-action-passkey-removed = Quitó una clave de acceso
audit-action-tenant-created-in-console = Creó la organización en la consola
