## Consola de administración (administradores de TI y soporte técnico) y partes de la guía para empleados propias de cada organización.

admin-console = Administración de la guía de claves de acceso
admin-nav-label = Secciones de la organización
admin-nav-overview = Información general
admin-nav-branding = Personalización de marca
admin-nav-policy = Directiva de claves de acceso
admin-nav-roster = Empleados
admin-sign-out = Cerrar sesión
admin-form-has-errors = Algunos campos requieren su atención. No se ha guardado nada; sus datos se conservan abajo.

role-owner = Propietario
role-admin = Administrador
role-helpdesk = Soporte técnico

## Inicio de sesión

admin-login-title = Iniciar sesión
admin-login-email = Correo electrónico
admin-login-password = Contraseña
admin-login-submit = Iniciar sesión
admin-login-failed = El correo electrónico o la contraseña no son correctos.
admin-login-rate-limited = Demasiados intentos de inicio de sesión. Espere un minuto y vuelva a intentarlo.

## Organizaciones e información general

admin-tenants-title = Sus organizaciones
admin-tenants-none = Su cuenta aún no tiene ningún rol en ninguna organización. Pida a un propietario que le agregue.
admin-overview-title = Información general
admin-overview-employees = { $count ->
    [one] Un empleado en la lista.
   *[other] { $count } empleados en la lista.
}
admin-overview-unpublished = La personalización de marca tiene cambios que aún no se han publicado.
admin-overview-guide-url = Guía para todos (sin enlace personal):
admin-links-heading = Enlaces personales
admin-links-lead = Descargue el enlace personal de cada empleado en un archivo CSV para combinar correspondencia. Cada enlace está firmado y caduca; descargue un archivo nuevo para cada envío.
admin-links-export = Descargar enlaces (CSV)

## Personalización de marca

admin-branding-title = Personalización de marca
admin-branding-name = Nombre para mostrar
admin-branding-colour = Color principal
admin-branding-colour-hint = Un color hexadecimal, como #0b5cad. Sobre él se muestra texto blanco, por lo que debe alcanzar un contraste de 4,5:1.
admin-branding-intro = Introducción que se muestra en la página de inicio (texto sin formato)
admin-branding-support = Contacto de soporte
admin-branding-support-email = Correo electrónico
admin-branding-support-url = Página de ayuda (https://…)
admin-branding-support-phone = Teléfono
admin-branding-support-hours = Horario
admin-branding-save = Guardar borrador
admin-branding-saved = Borrador guardado. Revise la vista previa y después publíquelo.
admin-branding-logo = Logotipo
admin-branding-logo-hint = PNG, JPEG o WebP, de hasta { $max } KB y { $side } píxeles por lado. No se aceptan archivos SVG.
admin-branding-logo-file = Archivo del logotipo
admin-branding-logo-upload = Cargar logotipo
admin-branding-logo-saved = Logotipo agregado al borrador.
admin-branding-logo-alt = Vista previa del logotipo
admin-branding-preview = Vista previa
admin-branding-unpublished = Los empleados siguen viendo la personalización publicada. Publique para mostrarles este borrador.
admin-branding-published = Los empleados ven esta personalización.
admin-branding-publish = Publicar
admin-branding-published-notice = Publicado. Los empleados ya ven la nueva personalización.

branding-error-required = Escriba un nombre para mostrar.
branding-error-too-long = Use como máximo { $max } caracteres, sin caracteres de control.
branding-error-colour = Escriba un color con # seguido de 6 dígitos hexadecimales, como #0b5cad.
branding-error-contrast = El texto blanco sobre este color tiene un contraste de { $ratio }:1; se necesita al menos { $min }:1. El tono más cercano que cumple el requisito es { $suggestion }.
branding-error-email = Escriba una dirección de correo electrónico, como help@example.com.
branding-error-url = Escriba una dirección web que empiece por https:// o http://.
branding-error-phone = Escriba un número de teléfono con dígitos, espacios y + - ( ).

logo-error-empty = Elija un archivo para cargar.
logo-error-too-large = El archivo ocupa { $kib } KB; el límite es { $max } KB.
logo-error-svg = No se aceptan logotipos SVG porque pueden contener scripts. Cargue un archivo PNG, JPEG o WebP.
logo-error-format = Este archivo no es una imagen PNG, JPEG ni WebP.
logo-error-dimensions = La imagen mide { $width } × { $height } píxeles; cada lado debe medir entre { $min } y { $max } píxeles.

## Directiva

admin-policy-title = Directiva de claves de acceso
admin-policy-passkeys = Qué claves de acceso permite su organización
admin-policy-synced-allowed = Claves de acceso sincronizadas y vinculadas al dispositivo (Llavero de iCloud, Gestor de contraseñas de Google, Microsoft Authenticator, Windows Hello, llaves de seguridad)
admin-policy-device-bound-only = Solo claves de acceso vinculadas al dispositivo
admin-policy-attestation = Se exige la atestación (oculta todas las opciones que no pueden demostrar su marca y modelo)
admin-policy-authenticators = Autenticadores vinculados al dispositivo que admite su organización
admin-policy-authenticator = Microsoft Authenticator
admin-policy-windows-hello = Windows Hello
admin-policy-windows-hello-hint = Desactivado salvo que su organización lo haya activado en Entra: un perfil de clave de acceso debe incluir estos AAGUID de Windows Hello en sus restricciones de claves y no debe exigir la atestación. En los PC unidos a Entra o registrados en Entra, Windows Hello para empresas sigue siendo la forma de iniciar sesión; la guía pregunta primero a los empleados y, en los equipos de la empresa, los dirige al teléfono o a una llave de seguridad.
admin-policy-authenticator-hint = Información de seguridad solo ofrece «Clave de acceso en Microsoft Authenticator» si las restricciones de claves del perfil de clave de acceso incluyen estos AAGUID. Sin ellos, la ruta de la guía desde la propia aplicación sigue funcionando.
admin-policy-security-keys = Llaves de seguridad FIDO2
admin-policy-security-info-url = Dirección de Información de seguridad
admin-policy-security-info-url-hint = Donde los empleados registran su clave de acceso. Solo se aceptan direcciones https en hosts de inicio de sesión de Microsoft.
admin-policy-language = Idioma predeterminado
admin-policy-language-none = Idioma del navegador
admin-policy-host = Nombre de host personalizado (opcional)
admin-policy-host-hint = Un nombre de host, como passkeys.example.com, que sirve esta guía en su raíz.
admin-policy-save = Guardar directiva
admin-policy-saved = Directiva guardada. La guía la usa a partir de ahora.
admin-policy-error-url = La dirección de Información de seguridad debe usar https en un host de inicio de sesión de Microsoft.
admin-policy-error-host = Escriba un nombre de host, como passkeys.example.com, o deje el campo vacío.
admin-policy-error-host-taken = Otra organización ya usa este nombre de host.

## Lista de empleados

admin-roster-title = Empleados
admin-roster-import = Importar una lista de empleados
admin-roster-import-hint = Un archivo CSV con una fila de encabezado. Columnas obligatorias: correo electrónico (email o UPN) y nombre para mostrar (display name). Opcionales: idioma preferido (preferred language), departamento (department), responsable (manager). Sirven tanto las comas como los puntos y coma. Al volver a importar, se actualizan las filas modificadas y el resto no cambia.
admin-roster-file = Archivo CSV
admin-roster-import-submit = Importar
admin-roster-report = Informe de importación
admin-roster-summary = Agregados: { $inserted }; actualizados: { $updated }; sin cambios: { $unchanged }; no importados: { $bad }.
admin-roster-line = Línea { $line }
admin-roster-lookup = Buscar un empleado
admin-roster-search = Nombre o correo electrónico
admin-roster-search-submit = Buscar
admin-roster-caption = Empleados (primeras 50 coincidencias)
admin-roster-name = Nombre
admin-roster-email = Correo electrónico
admin-roster-language = Idioma
admin-roster-department = Departamento
admin-roster-link = Enlace personal

roster-error-empty = El archivo está vacío.
roster-error-encoding = El archivo no es texto UTF-8. Guárdelo como «CSV UTF-8» y vuelva a intentarlo.
roster-error-no-email-column = No se encontró ninguna columna de correo electrónico. Dé a una de las columnas uno de estos nombres: { $expected }.
roster-error-no-name-column = No se encontró ninguna columna de nombre para mostrar. Dé a una de las columnas uno de estos nombres: { $expected }.
roster-error-too-large = El archivo supera los { $max } MB.
roster-error-read = No se pudo leer el archivo: { $detail }
roster-row-missing-email = Falta el correo electrónico.
roster-row-invalid-email = «{ $value }» no es una dirección de correo electrónico.
roster-row-missing-name = Falta el nombre para mostrar.
roster-row-too-long = El valor de la columna «{ $column }» supera los { $max } caracteres.
roster-row-duplicate = El mismo correo electrónico ya aparece en la línea { $line }; se ha omitido esta fila.
roster-row-malformed = No se pudo leer la fila ({ $detail }).
roster-row-language-ignored = El idioma «{ $value }» no está disponible; se usará el idioma del navegador del empleado.

## Errores

admin-error-title = No se puede mostrar esta página
admin-error-not-found = Esta página no existe o su cuenta no tiene acceso a ella.
admin-error-forbidden = Su rol en esta organización permite consultar información, pero no modificarla.
admin-error-csrf = El formulario ha caducado. Vuelva atrás, recargue la página e inténtelo de nuevo.
admin-error-internal = Se ha producido un error por nuestra parte. Vuelva a intentarlo en un momento; si sigue ocurriendo, avise a los responsables de este servicio.
admin-error-back = Volver a la consola de administración

## La guía para empleados: el contacto de soporte de la organización y los enlaces personales

support-heading = ¿Necesita ayuda?
support-email = Correo electrónico:
support-phone = Teléfono:
support-website = Página de ayuda de TI
support-hours = Horario:
footer-privacy-personal = Ha abierto su enlace personal, así que su equipo de TI puede ver hasta qué paso de esta guía ha llegado. Nunca ve lo que usted escribe.
link-problem-title = Este enlace no se puede usar
link-invalid = Este enlace personal no es válido. Puede que se haya cortado o modificado al copiarlo.
link-expired = Este enlace personal ha caducado.
link-unknown = Este enlace personal ya no está activo.
link-problem-generic = Aun así, puede configurar su clave de acceso con la guía general y, si lo necesita, pedir un enlace nuevo a su equipo de TI.
link-problem-open-guide = Abrir la guía

## Soporte técnico: el recorrido de un empleado

admin-employee-title = Empleado
admin-employee-back = Volver a la lista de empleados
admin-journey-stage = Progreso
admin-journey-stage-not-opened = No ha abierto su enlace
admin-journey-stage-opened = Ha abierto su enlace
admin-journey-stage-flow-started = Está siguiendo los pasos
admin-journey-stage-handed-off = Ha ido a Información de seguridad
admin-journey-stage-confirmed = Ha confirmado que su clave de acceso está registrada
admin-journey-stage-signed-in = Ha iniciado sesión con la clave de acceso en la prueba
admin-journey-position = Último paso alcanzado
admin-journey-at-done = Terminado: { $flow }
admin-journey-answer = «¿Ha funcionado?» después de Información de seguridad
admin-journey-answer-worked = Sí, ha funcionado
admin-journey-answer-failed = No, no ha funcionado
admin-journey-devices = Dispositivos usados
admin-journey-last-seen = Última actividad
admin-journey-registration = Registro en Entra ID
admin-journey-registration-unknown = Aún no se sabe
admin-journey-registration-yes = Sí (a fecha de { $at })
admin-journey-registration-no = No (a fecha de { $at })
admin-journey-stuck = Problemas en { $step }: { $symptom }
admin-journey-stuck-help = Qué hacer
admin-journey-help-page = Todos los problemas conocidos y su solución, tal como los ven los empleados
admin-journey-reading-causes = Ha consultado las causas
admin-journey-timeline = Cronología
admin-journey-timeline-caption = Todo lo que ha hecho este empleado en la guía, de lo más antiguo a lo más reciente. Las repeticiones se cuentan, no se enumeran.
admin-journey-when = Cuándo
admin-journey-what = Qué
admin-journey-where = Dónde
admin-journey-detail = Detalle
admin-journey-device = Dispositivo
admin-journey-repeats = Repeticiones
admin-journey-times = { $count ->
    [one] una vez
   *[other] { $count } veces; la última: { $last }
}
admin-journey-not-opened = Este empleado aún no ha abierto su enlace personal.
admin-journey-kind-page-viewed = Abrió la página de inicio
admin-journey-kind-flow-chosen = Eligió una opción
admin-journey-kind-step-viewed = Llegó a un paso
admin-journey-kind-handoff-clicked = Fue a Información de seguridad
admin-journey-kind-done = Llegó a la última pantalla
admin-journey-kind-link-opened = Abrió su enlace
admin-journey-kind-returned = Volvió de Información de seguridad
admin-journey-kind-confirmed = Confirmó que la clave de acceso está registrada
admin-journey-kind-stuck = No pudo avanzar
admin-journey-kind-diagnostic-sent = Envió un informe
admin-journey-kind-restarted = Empezó de nuevo
admin-journey-kind-sign-in-tested = Probó a iniciar sesión con la clave de acceso
admin-journey-sign-in-worked = El inicio de sesión funcionó
admin-journey-sign-in-failed = El inicio de sesión no funcionó
admin-diagnostics-title = Informes del empleado
admin-diagnostics-none = No hay informes.
admin-diagnostic-heading = Informe { $reference }, { $at }
admin-diagnostic-where = Paso
admin-diagnostic-symptom = Problema
admin-diagnostic-note = Su comentario
admin-diagnostic-device = Dispositivo
admin-diagnostic-probe = Comprobaciones del navegador
admin-diagnostic-no-probe = No disponible (JavaScript estaba desactivado)
admin-diagnostic-user-agent = Agente de usuario

## Recordatorios

admin-nav-reminders = Recordatorios
admin-reminders-title = Recordatorios
admin-reminders-lead = Los recordatorios se envían a los empleados que recibieron su enlace personal y que, según Entra ID, aún no tienen una clave de acceso. Cada recordatorio se envía una sola vez, fuera del horario de descanso y en el idioma del empleado.
admin-reminders-saved = Configuración de recordatorios guardada.
admin-reminders-enabled = Enviar recordatorios automáticamente
admin-reminders-offsets = Días después del envío del enlace (separados por comas, por ejemplo 7, 14)
admin-reminders-time-zone = Zona horaria (nombre IANA, por ejemplo Europe/Madrid)
admin-reminders-quiet-from = Sin envíos desde (hora, 0–23)
admin-reminders-quiet-until = Sin envíos hasta (hora, 0–23)
admin-reminders-weekends = Sin recordatorios los sábados ni los domingos
admin-reminders-per-hour = Como máximo, este número de correos por hora
admin-reminders-save = Guardar configuración
admin-reminders-preview-title = Si los recordatorios se enviaran ahora
admin-reminders-preview-lead = { $count ->
    [one] Un empleado recibiría ahora un recordatorio. Desde esta página no se envía nada.
   *[other] { $count } empleados recibirían ahora un recordatorio. Desde esta página no se envía nada.
}
admin-reminders-preview-caption = Cada empleado y lo que haría el próximo envío, con el motivo
admin-reminders-col-reminder = Recordatorio
admin-reminders-col-why = Contenido o motivo
admin-reminders-col-state = Estado
admin-reminders-col-error = Error
admin-reminders-days = Recordatorio a los { $days } días
admin-reminders-none = Ninguno
admin-reminders-content-start-here = Empezar aquí (nunca abrió el enlace)
admin-reminders-content-pick-up = Retomar en su paso
admin-reminders-content-stuck = No pudo avanzar: la causa y la solución
admin-reminders-content-did-not-finish = No se completó
admin-reminders-skip-not-announced = Enlace aún no enviado
admin-reminders-skip-registered = Tiene una clave de acceso
admin-reminders-skip-status-unknown = No figura en el estado de registro de Entra ID
admin-reminders-skip-opted-out = Ha pedido no recibir recordatorios
admin-reminders-skip-not-due = Aún no es el momento
admin-reminders-skip-all-sent = Todos los recordatorios enviados
admin-reminders-history-title = Recordatorios enviados
admin-reminders-history-none = Todavía no hay recordatorios.
admin-reminders-history-caption = Recordatorios decididos hasta ahora, los más recientes primero
admin-reminders-state-queued = Pendiente de envío
admin-reminders-state-sent = Enviado
admin-reminders-state-failed = Fallido
admin-reminders-state-superseded = Sustituido por un recordatorio posterior
admin-reminders-error-offsets = Indique de uno a cinco números de días entre 1 y 90, separados por comas.
admin-reminders-error-time-zone = Use un nombre de zona horaria IANA, como Europe/Madrid o America/New_York.
admin-reminders-error-hour = Use una hora de 0 a 23.
admin-reminders-error-per-hour = Use un número de 1 a 100000.
