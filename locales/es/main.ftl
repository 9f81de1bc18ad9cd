## Frame

app-name = Configurar clave de acceso
meta-description = Ayuda paso a paso para registrar una clave de acceso para su cuenta de trabajo en su dispositivo.
skip-to-content = Ir al contenido
language-switcher-label = Idioma
footer-privacy = Esta guía registra qué pasos se consultan, nunca quién es usted ni lo que escribe.

## Start page

home-title = Configure su clave de acceso
home-lead = Con una clave de acceso, usted inicia sesión en su cuenta profesional con el rostro, la huella digital o el bloqueo de pantalla, sin contraseña. Esta guía le muestra los pasos exactos para su dispositivo.
device-heading = Su dispositivo
device-label = Dispositivo
system-label = Sistema
browser-label = Navegador
opened-in-label = Abierto en
recommended-heading = Recomendado para usted
other-options-heading = Otras opciones que funcionan en este dispositivo
unavailable-heading = No disponible aquí
start-recommended = Empezar
start-this = Usar esta opción
picker-heading = ¿No es su dispositivo?
picker-lead = Elija el dispositivo en el que quiere configurar la clave de acceso:
picker-detect-again = Volver a detectar mi dispositivo

## Platforms, systems, browsers, apps

platform-iphone = iPhone
platform-ipad = iPad
platform-android = Teléfono Android
platform-samsung = Samsung Galaxy
platform-windows = PC con Windows
platform-macos = Mac
platform-linux = Equipo con Linux
platform-chromeos = Chromebook
platform-unknown = Dispositivo desconocido
os-iphone = iOS
os-ipad = iPadOS
os-android = Android
os-samsung = Android
os-windows = Windows
os-macos = macOS
os-linux = Linux
os-chromeos = ChromeOS
os-unknown = Sistema operativo
os-version-exact = { $os } { $version }
os-version-at-least = { $os } { $version } o posterior
os-version-hidden = { $os } (su navegador no muestra la versión)
browser-safari = Safari
browser-chrome = Google Chrome
browser-edge = Microsoft Edge
browser-firefox = Firefox
browser-samsung-internet = Samsung Internet
browser-opera = Opera
browser-webview = El navegador integrado de una aplicación
browser-other = Otro navegador
in-app-outlook = Outlook
in-app-teams = Microsoft Teams
in-app-google-app = la app de Google
in-app-facebook = Facebook
in-app-instagram = Instagram
in-app-linkedin = LinkedIn
in-app-line = LINE
in-app-wechat = WeChat
in-app-snapchat = Snapchat
in-app-tiktok = TikTok
in-app-naver = NAVER
in-app-apple-news = Apple News
in-app-unidentified = el navegador integrado de una aplicación

## Passkey types

passkey-type-synced = Clave de acceso sincronizada: disponible en todos los dispositivos en los que haya iniciado sesión con la misma cuenta
passkey-type-device-bound = Clave de acceso vinculada al dispositivo: se queda solo en este dispositivo o en esta llave

## Notes before starting

note-in-app-browser = Esta página está abierta en { $app }. Ahí a menudo no se pueden crear claves de acceso. Abra el enlace en { $browser ->
        [safari] Safari
       *[other] Chrome
    } (use el menú y elija «Abrir en el navegador»).
note-maybe-ipad = ¿Usa un iPad? Los sitios web ven los iPad como si fueran un Mac. Si tiene un iPad en la mano, elija iPad más abajo.
note-version-unknown = Su navegador no nos indica qué versión de { $os } tiene. Cada opción de abajo indica qué versión necesita.
note-unknown-device = No hemos podido reconocer su dispositivo. Elíjalo en la lista de abajo.
note-update-first = La opción «{ $flow }» requiere { $os } { $min } o posterior, y usted tiene { $have }. Actualice primero el dispositivo o use «{ $alternative }».
note-update-first-only = La opción «{ $flow }» requiere { $os } { $min } o posterior, y usted tiene { $have }. Actualice primero el dispositivo o pida ayuda al soporte técnico de TI.
note-nothing-here = Ninguna de las opciones que permite su organización funciona en este dispositivo. Use otro dispositivo de la lista de abajo o consulte al soporte técnico de TI.
note-firefox-android = Firefox para Android no puede crear claves de acceso para cuentas profesionales. Abra este enlace en Chrome o Edge.
note-firefox-linux-cross-device = Firefox en Linux no puede conectarse a su teléfono. Use una llave de seguridad o abra esta página en Chrome o Edge.
note-untested-browser-android = Microsoft prueba las claves de acceso con Chrome y Edge en Android. Si no pasa nada al crear la clave de acceso, abra este enlace en Chrome.
note-untested-browser = Microsoft no prueba las claves de acceso con este navegador. Si no pasa nada al crear la clave de acceso, abra este enlace en Edge o Chrome.

note-managed-pc = En un equipo de la empresa, configurar Windows Hello puede crear un inicio de sesión de Windows Hello para empresas, y entonces el registro de la clave de acceso falla. Cree la clave de acceso en su teléfono con Microsoft Authenticator, o con una llave de seguridad.

## Why an option is not available

blocked-synced-not-allowed = Su organización solo permite claves de acceso que se quedan en un único dispositivo.
blocked-attestation-required = Su organización exige claves de acceso verificadas (con atestación), y esta opción no puede ofrecerlas.
blocked-not-supported = Su organización no admite este tipo de clave de acceso. Elija otra opción.
blocked-os-too-old = Requiere { $os } { $min } o posterior; usted tiene { $have }.
blocked-browser = No funciona en este navegador.
blocked-managed-pc = No en un equipo de la empresa: Windows Hello para empresas haría fallar el registro.
version-unverified = Requiere { $os } { $min } o posterior.

## In-browser check

probe-no-webauthn = Este navegador no puede crear claves de acceso. Abra el enlace en el navegador principal de su dispositivo.
probe-no-platform-authenticator = Este dispositivo no tiene un bloqueo de pantalla ni biometría listos para usar claves de acceso. Configure primero un PIN, una huella digital o el reconocimiento facial, o elija otra opción.
probe-no-hybrid = Este navegador no puede conectarse a un teléfono. Use una llave de seguridad u otro navegador.
probe-looks-like-ipad = Parece que es un iPad.
probe-show-ipad-steps = Ver los pasos para iPad
probe-ready = Este navegador puede crear claves de acceso.
probe-checking = Comprobando qué puede hacer este navegador…

## Guide

step-count = Paso { $current } de { $total }
handoff-button = Abrir Información de seguridad
handoff-hint = Abre la página Información de seguridad de Microsoft. Mantenga esta guía abierta, o vuelva a ella, para los siguientes pasos.
handoff-next-steps = Después de Información de seguridad, quedan estos pasos:
handoff-question = ¿Ha vuelto de Información de seguridad? ¿Ha funcionado?
handoff-worked = Sí, continuar
handoff-failed = No, no consigo avanzar
sign-in-question = ¿Ha funcionado el inicio de sesión de prueba?
sign-in-worked = Sí, he iniciado sesión con mi clave de acceso
sign-in-failed = No, no ha funcionado
managed-pc-question = ¿Es un equipo de la empresa, unido a su organización o registrado en ella?
managed-pc-yes = Sí, es un equipo de la empresa
managed-pc-no = No, es mi propio equipo
home-microsoft-prompt = Es posible que Microsoft también le pida agregar una clave de acceso al iniciar sesión. Se trata del mismo registro: sígalo y use estos pasos si necesita ayuda.

## Way out of an app's built-in browser

escape-title = Abra primero esta página en su navegador
escape-lead = Ha abierto este enlace en { $app }. Normalmente no se pueden crear claves de acceso en el navegador integrado de una aplicación.
escape-open-browser = Abrir en mi navegador
# The menu labels differ between apps and versions; these follow each app's usual menu.
# Unconfirmed: the apps' own labels for "Open in external browser" (Facebook, Instagram) and "Open in Safari" (LinkedIn, WeChat, LINE, the Google app) in this language.
escape-ios-steps = { $app ->
        [facebook] Toque ⋯ arriba a la derecha y, después, «Abrir en un navegador externo».
        [instagram] Toque ⋯ arriba a la derecha y, después, «Abrir en un navegador externo».
        [linkedin] Toque ⋯ arriba a la derecha y, después, «Abrir en Safari».
        [wechat] Toque ⋯ arriba a la derecha y, después, «Abrir en Safari».
        [line] Toque ⋯ o el botón Compartir y, después, «Abrir en Safari».
        [google-app] Toque el botón Compartir o ⋯ y, después, «Abrir en Safari».
       *[other] Busque ⋯ o el botón Compartir y elija «Abrir en Safari» o «Abrir en el navegador». Si no aparece ninguna de las dos opciones, copie el enlace de abajo y péguelo en Safari.
    }
escape-copy-label = O copie este enlace y péguelo en { $browser ->
        [safari] Safari
       *[other] su navegador
    }:
escape-copy-button = Copiar enlace
escape-copied = Copiado. Ahora péguelo en la barra de direcciones del navegador.

## Every known problem on one page

help-title = Problemas conocidos, según lo que ve
help-lead = Busque lo que ve en la pantalla. Cada entrada explica la causa y cómo solucionarlo. Si ninguna coincide, el soporte técnico de TI puede ayudarle.
help-link = Todos los problemas conocidos
help-for-devices = Ocurre en: { $devices }
step-nav-label = Navegación entre pasos
all-steps-label = Todos los pasos
nav-back = Atrás
nav-all-options = Todas las opciones
nav-next = Siguiente paso
nav-finish = Finalizar
guide-other-device = Estos pasos son para un dispositivo distinto del suyo ({ $device }). Consulte las opciones para su dispositivo en la página de inicio.
sources-label = Fuentes
sources-reviewed = Pasos comprobados con estos documentos el { $date }:

## Done

done-title = Ya tiene una clave de acceso
done-lead = Muy bien: ha completado los pasos de «{ $flow }».
done-check = Para confirmar que todo está bien, abra Información de seguridad y compruebe que su nueva clave de acceso aparece en la lista. La próxima vez que inicie sesión, elija «Iniciar sesión con una clave de acceso» o «Rostro, huella digital, PIN o llave de seguridad».
done-open-security-info = Comprobar en Información de seguridad
done-back = Volver al último paso
done-confirm-question = ¿Aparece su nueva clave de acceso entre sus métodos de inicio de sesión en Información de seguridad?
done-confirm-yes = Sí, aparece
done-confirm-no = No, algo ha fallado
done-confirmed = Perfecto, ya está todo listo.
done-confirmed-linked = Perfecto, ya está todo listo. Su equipo de TI puede ver que ha terminado, así que no recibirá más recordatorios sobre esto.

## Errors

not-found-title = Página no encontrada
not-found-lead = Esta página no existe. La guía para su dispositivo está en la página de inicio.
not-found-home = Ir a la página de inicio

## Print view

print-link = Versión para imprimir con todos los pasos
print-lead = Todos los pasos en una sola página, para imprimir o entregar a un compañero.
print-handoff = En este paso, abra { $url } en el navegador e inicie sesión con su cuenta profesional.

## Journey: resume, start over, I'm stuck, diagnostics, continue on your phone

resume-note = Le damos de nuevo la bienvenida. Este es el paso al que llegó la última vez.
restart = Empezar de nuevo
stuck-link = No consigo avanzar
stuck-title = Problemas en el paso «{ $step }»
stuck-lead = Estas son las causas conocidas de problemas en este paso en su dispositivo ({ $device }), de la más probable a la menos probable. Cada una indica cómo solucionarlo.
stuck-detected = Probable: lo detectamos en su dispositivo
stuck-none = Ninguna causa conocida encaja con este paso en su dispositivo. El soporte técnico puede ayudarle.
stuck-back = Volver al paso
stuck-something-else = Otro problema
diag-title = ¿Sigue sin poder avanzar? Avise al soporte técnico
diag-symptom = ¿Qué ha fallado?
diag-note = ¿Hay algo más que el soporte técnico deba saber? (opcional)
diag-includes = El soporte técnico recibe su nombre, este paso, su dispositivo y navegador, lo que su navegador indica que admite y la hora. Nada más.
diag-send = Enviar al soporte técnico
diag-sent = Enviado. El soporte técnico ya puede verlo. Si llama por teléfono, indique esta referencia: { $reference }.
diag-needs-link = Para enviar un informe al soporte técnico, abra esta guía desde el enlace personal que recibió por correo electrónico. También puede ponerse en contacto directamente con el soporte técnico con los datos que aparecen abajo.
continue-title = Continuar en el teléfono
continue-lead = Escanee este código con la cámara del teléfono para abrir esta guía en él. Verá los pasos para su teléfono.
continue-lead-linked = Escanee este código con la cámara del teléfono para continuar en él. No perderá su progreso. El código es válido durante 15 minutos.
continue-qr-alt = Código QR que abre esta guía en su teléfono
continue-url = ¿No puede escanearlo? Abra esta dirección en su teléfono
diag-mail-subject = Configurar clave de acceso: { $name } tiene problemas en el paso «{ $step }»
diag-mail-body =
    { $name } ({ $email }) ha enviado un informe desde la guía de claves de acceso.

    Opción: { $flow }
    Paso { $number }: { $step }
    Problema: { $symptom }
    Dispositivo: { $device }
    Comentario: { $note }
    Comprobaciones del navegador: { $probe }
    Referencia: { $reference }

    Recorrido e informes anteriores: { $link }

## Reminder emails

reminder-subject-start-here = { $org }: configure su clave de acceso, solo le llevará unos cinco minutos
reminder-subject-pick-up = { $org }: retome la configuración de su clave de acceso donde la dejó
reminder-subject-stuck = { $org }: ayuda para configurar su clave de acceso
reminder-subject-did-not-finish = { $org }: la configuración de su clave de acceso no se completó
reminder-greeting = Hola, { $name }:
reminder-body-start-here = Todavía no ha configurado una clave de acceso para su cuenta del trabajo. Su guía personal le muestra los pasos exactos para su teléfono o su ordenador.
reminder-body-pick-up = Se quedó en el paso { $step }, «{ $title }», de { $flow }. Su enlace personal le lleva de vuelta a ese paso.
reminder-body-stuck = No pudo avanzar en el paso { $step }, «{ $title }», de { $flow }. Esto es lo que suele solucionarlo:
reminder-body-did-not-finish = Parece que la configuración de su clave de acceso no se completó: su organización todavía no ve ninguna clave de acceso en su cuenta. Abra su enlace personal para volver a intentarlo.
reminder-button = Abrir mi guía
reminder-help = ¿Tiene preguntas? Póngase en contacto con { $support }.
reminder-footer = Recibe este mensaje porque { $org } está pasando al inicio de sesión con claves de acceso. El enlace es personal: no lo reenvíe.
announcement-subject = { $org }: configure una clave de acceso para iniciar sesión en su cuenta del trabajo
announcement-body = { $org } está pasando al inicio de sesión con claves de acceso: ya no tendrá que escribir contraseñas y no habrá nada que puedan robarle con phishing. Su guía personal reconoce su teléfono o su ordenador y le muestra los pasos exactos. Solo le llevará unos cinco minutos.
reminder-opt-out = ¿No quiere recibir estos recordatorios? Abra su enlace y elija «Dejar de recibir recordatorios» al final de la página.
opt-out-button = Dejar de recibir recordatorios
opt-out-done = Ya no recibirá correos de recordatorio sobre su clave de acceso. Su equipo de TI puede verlo.

# Shown when one personal link is used too often in a short time (HTTP 429).
rate-limited-title = Demasiadas solicitudes
rate-limited-lead = Este enlace se ha abierto muchas veces en poco tiempo. Espere { $seconds } segundos y vuelva a cargar la página.
rate-limited-next = Si vuelve a ocurrir, póngase en contacto con el servicio de asistencia de TI.
