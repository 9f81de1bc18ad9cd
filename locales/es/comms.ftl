# Comms: mail transport, programme (deadline, mandatory, manager digests), announcement waves,
# message templates, and the messages themselves.

admin-nav-comms = Comunicaciones
admin-links-announce = Estos enlaces se envían ahora: los recordatorios de todos empiezan a contar desde hoy
admin-reminders-skip-past-deadline = Fecha límite pasada: ya no se envían recordatorios

audit-action-mail-transport-saved = Cambió la forma de enviar el correo
audit-action-template-saved = Guardó el texto de un mensaje
audit-action-template-reset = Volvió al texto predeterminado de un mensaje
audit-action-programme-saved = Cambió la fecha límite o las reglas del programa
audit-action-wave-scheduled = Programó una oleada de anuncios
audit-action-wave-cancelled = Canceló una oleada de anuncios

## Messages to employees and managers
final-notice-subject = { $org }: último recordatorio: configure su clave de acceso a más tardar el { $deadline }
final-notice-body = Este es el último recordatorio: configure su clave de acceso a más tardar el { $deadline }. Solo le llevará unos cinco minutos, y su guía personal le muestra los pasos exactos.
reminder-deadline = Configure su clave de acceso a más tardar el { $deadline }.
digest-subject = { $org }: personas de su equipo que aún tienen que configurar una clave de acceso
digest-body = Estas personas que dependen de usted aún no han configurado su clave de acceso. Un recordatorio suyo ayuda; cada una tiene su guía personal en su correo electrónico.
digest-reason-stuck = no consigue avanzar y ha pedido ayuda
digest-reason-device-too-old = su dispositivo es demasiado antiguo para las claves de acceso
digest-reason-in-progress = ha empezado, pero no ha terminado
digest-reason-never-opened = aún no ha abierto su guía
digest-at-step = paso { $step }: { $title }
template-sample-name = Lucía García
template-sample-deadline = 2027-01-31
template-sample-step = Se quedó en el paso 3, «Agregue una clave de acceso», de Configuración en el iPhone. Su enlace personal le lleva de vuelta a ese paso.
template-test-tag = Prueba

## Employee pages
mandatory-note = Configurar una clave de acceso es obligatorio para todas las personas de su organización, por lo que estos correos no se pueden desactivar.
mandatory-note-contact = Configurar una clave de acceso es obligatorio para todas las personas de su organización, por lo que estos correos no se pueden desactivar. ¿Tiene preguntas? Póngase en contacto con { $support }.
unsubscribe-title = Correos de recordatorio
unsubscribe-lead = ¿Quiere dejar de recibir los correos de recordatorio para configurar su clave de acceso?
unsubscribe-invalid = Esta dirección ya no funciona. Abra el enlace personal de su correo más reciente para dejar de recibir recordatorios.

## Console: the comms page
comms-title = Comunicaciones
comms-lead = Cómo se envían sus mensajes, la fecha límite, las oleadas de anuncios y el texto de cada mensaje.
comms-saved-transport = Configuración de correo guardada.
comms-saved-programme = Programa guardado.
comms-saved-wave = Oleada guardada. Una oleada para ahora se envía de inmediato; una programada, en los cinco minutos siguientes a su hora.
comms-saved-wave-cancelled = Oleada cancelada.
comms-saved-test = Mensaje de prueba en cola para su dirección.
comms-save = Guardar
comms-send-test = Enviarme una prueba
comms-transport-title = Cómo se envía el correo
comms-transport-now-graph = Se envía con Microsoft Graph desde { $from }.
comms-transport-now-smtp = Se envía a través de su servidor SMTP desde { $from }.
comms-transport-now-server = Se envía con la configuración de correo de este servidor.
comms-transport-legend = Enviar con
comms-transport-graph = Microsoft Graph, desde uno de sus buzones
comms-transport-smtp = Su propio servidor SMTP
comms-transport-needs-entra = Para usar Microsoft Graph, primero hace falta la conexión con Entra.
comms-transport-graph-hint = Graph necesita el permiso de aplicación Mail.Send. Limítelo al buzón de envío en Exchange Online, como indica la documentación, y después envíese una prueba.
comms-from = Dirección del remitente
comms-reply-to = Dirección Reply-To para las respuestas (opcional)
comms-smtp-url = URL del servidor SMTP
comms-smtp-url-hint = Por ejemplo, smtp://user:password@smtp.example.com:587?tls=required. Se guarda cifrada y no se vuelve a mostrar; déjela vacía para conservar la guardada.
comms-programme-title = Programa
comms-deadline = Fecha límite (opcional)
comms-deadline-hint = El último aviso se envía 3 días antes; los recordatorios se detienen después de la fecha límite. Las fechas siguen la zona horaria { $zone }.
comms-mandatory = El registro es obligatorio: los empleados no pueden desactivar los correos
comms-manager-digest = Enviar a cada responsable una lista semanal de los miembros de su equipo que no se han registrado
comms-waves-title = Oleadas de anuncios
comms-waves-lead = Anuncie primero a un grupo (un piloto) y después al resto. Solo lo reciben las personas que aún no han recibido el anuncio, y los recordatorios de cada persona cuentan desde su propio anuncio.
comms-cohort = Quién
comms-cohort-everyone = Todos los que aún no han recibido el anuncio
comms-cohort-department = Departamento
comms-cohort-group = Grupo de Entra
comms-cohort-list = Lista de direcciones
comms-cohort-value = Nombre del departamento o Id. de objeto del grupo de Entra
comms-cohort-addresses = Direcciones (CSV con una columna de correo electrónico, o una dirección por línea)
comms-wave-at = Cuándo (déjelo vacío para enviar ahora)
comms-wave-at-hint = Hora según la zona horaria { $zone }.
comms-wave-schedule = Anunciar
comms-waves-caption = Oleadas, de la más reciente a la más antigua
comms-wave-col-at = Cuándo
comms-wave-col-state = Estado
comms-wave-col-announced = Anunciados
comms-wave-cancel = Cancelar
comms-wave-state-scheduled = Programada
comms-wave-state-sending = Enviándose
comms-wave-state-sent = Enviada
comms-wave-state-failed = Fallida
comms-templates-title = Textos de los mensajes
comms-templates-lead = Cada mensaje, en cada idioma, usa el texto predeterminado hasta que usted lo cambie.
comms-templates-caption = Mensajes e idiomas
comms-template-col-message = Mensaje
comms-template-col-language = Idioma
comms-template-col-state = Texto
comms-template-edit = Editar
comms-template-custom = Su texto
comms-template-built-in = Texto predeterminado
comms-kind-announcement = Anuncio
comms-kind-reminder = Recordatorio
comms-kind-final-notice = Último aviso
comms-kind-manager-digest = Resumen para responsables

## Console: editing one message
comms-back = Volver a Comunicaciones
comms-template-problems = No se guardó el texto:
comms-subject = Asunto
comms-body = Mensaje
comms-placeholders = Marcadores de posición que puede usar, escritos con sus llaves:
comms-preview = Vista previa
comms-preview-title = Vista previa con un empleado de ejemplo
comms-template-reset = Volver al texto predeterminado
comms-template-saved = Texto del mensaje guardado.
comms-template-was-reset = Se vuelve a usar el texto predeterminado.
comms-field-subject = El asunto
comms-field-body = El mensaje
comms-problem-unknown-placeholder = { $field } usa { $placeholder }, que no es un marcador de posición.
comms-problem-not-allowed = { $field } usa { $placeholder }, que este mensaje no puede rellenar.
comms-problem-missing = El mensaje debe contener { $placeholder }.
comms-problem-unclosed = { $field } tiene una llave que no se cierra en su línea. Escriba {"{{"} para poner una llave propia.
comms-problem-line-break = El asunto debe ocupar una sola línea.
comms-problem-empty = { $field } está vacío.
comms-problem-too-long = { $field } supera los { $max } caracteres.

## Dashboard
dashboard-col-waves = Oleadas
dashboard-wave = { $cohort } { $value } ({ $count } anunciados)
