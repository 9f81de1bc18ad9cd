## Flow content: titles, summaries and steps of each registration flow, and the
## troubleshooting entries. Variables: $os_major (a number, or "unknown") and
## $browser (safari, chrome, edge, firefox, samsung-internet, opera, webview, other, unknown).

## iPhone or iPad with Microsoft Authenticator

flow-iphone-authenticator-title = iPhone o iPad: clave de acceso en Microsoft Authenticator
flow-iphone-authenticator-summary = Cree una clave de acceso para su cuenta profesional en la aplicación Microsoft Authenticator. Se queda en este iPhone o iPad y funciona incluso si su organización solo acepta autenticadores aprobados.

flow-iphone-authenticator-before-you-start-title = Antes de empezar
flow-iphone-authenticator-before-you-start-body =
    { $os_major ->
        [unknown] Compruebe que su iPhone o iPad tiene iOS 17 o posterior (Ajustes › General › Información) y que tiene activado un código o Face ID.
       *[other] Compruebe que su iPhone o iPad tiene activado un código o Face ID. Su dispositivo tiene iOS { $os_major }, y se necesita iOS 17 o posterior.
    } Tenga a mano su método de inicio de sesión actual o, si no tiene ninguno, un Pase de acceso temporal del soporte técnico. Abra esta guía en Safari u otro navegador, no dentro de su aplicación de correo.

flow-iphone-authenticator-install-app-title = Instale Microsoft Authenticator
flow-iphone-authenticator-install-app-body = Instale Microsoft Authenticator desde la App Store, o actualícelo si ya lo tiene. Ábralo una vez y pase las pantallas de bienvenida y de privacidad.

flow-iphone-authenticator-open-security-info-title = Empiece en Información de seguridad
flow-iphone-authenticator-open-security-info-body = Toque «Abrir Información de seguridad» e inicie sesión con su cuenta profesional. Toque «+ Agregar método de inicio de sesión», elija «Clave de acceso en Microsoft Authenticator» y siga las indicaciones. Cuando la página le indique que termine en la aplicación Authenticator, déjela abierta y cambie a Authenticator.

flow-iphone-authenticator-create-in-app-title = Cree la clave de acceso en Authenticator
flow-iphone-authenticator-create-in-app-body = En Authenticator, toque «Agregar cuenta profesional o educativa» si es su primera cuenta. Si su cuenta profesional ya aparece, tóquela y luego toque «Crear una clave de acceso». Inicie sesión y complete la verificación adicional cuando se le pida.

flow-iphone-authenticator-enable-provider-title = Permita que Authenticator guarde claves de acceso
flow-iphone-authenticator-enable-provider-body =
    { $os_major ->
        [17] Cuando Authenticator se lo pida, toque el botón que abre Ajustes. Vaya a Ajustes › Contraseñas › Opciones de contraseña, active «Autorrellenar contraseñas y llaves de acceso» y seleccione Authenticator en «Usar contraseñas y llaves de acceso de». Vuelva a Authenticator y toque Listo.
        [unknown] Cuando Authenticator se lo pida, toque el botón que abre Ajustes. En iOS 18 o posterior, vaya a Ajustes › General › Autorrelleno y contraseñas; en iOS 17, vaya a Ajustes › Contraseñas › Opciones de contraseña. Active «Autorrellenar contraseñas y llaves de acceso» y seleccione Authenticator. Luego vuelva a Authenticator y toque Listo.
       *[other] Cuando Authenticator se lo pida, toque el botón que abre Ajustes. Vaya a Ajustes › General › Autorrelleno y contraseñas, active «Autorrellenar contraseñas y llaves de acceso» y seleccione Authenticator en «Autorrellenar desde». Vuelva a Authenticator y toque Listo.
    }

flow-iphone-authenticator-check-it-worked-title = Compruebe que ha funcionado
flow-iphone-authenticator-check-it-worked-body = Vuelva al navegador donde tiene abierta Información de seguridad y toque Siguiente. Cuando se confirme la clave de acceso, toque Listo. Ahora «Clave de acceso en Microsoft Authenticator» aparece en su lista de métodos de inicio de sesión.

## iPhone or iPad with iCloud Keychain (synced passkey)

flow-iphone-icloud-keychain-title = iPhone o iPad: clave de acceso en el Llavero de iCloud
flow-iphone-icloud-keychain-summary = Guarde una clave de acceso para su cuenta profesional en Contraseñas de Apple (Llavero de iCloud). Se sincroniza con sus otros dispositivos Apple. Solo funciona si su organización permite claves de acceso sincronizadas.

flow-iphone-icloud-keychain-before-you-start-title = Antes de empezar
flow-iphone-icloud-keychain-before-you-start-body =
    { $os_major ->
        [unknown] Compruebe que su iPhone o iPad tiene iOS 16 o posterior (Ajustes › General › Información).
       *[other] Su dispositivo tiene iOS { $os_major }; se necesita iOS 16 o posterior.
    } Necesita un código o Face ID, y una cuenta de Apple con autenticación de doble factor. Tenga a mano su método de inicio de sesión actual o un Pase de acceso temporal. Abra esta guía en Safari, no dentro de su aplicación de correo.

flow-iphone-icloud-keychain-turn-on-icloud-keychain-title = Active el Llavero de iCloud
flow-iphone-icloud-keychain-turn-on-icloud-keychain-body =
    { $os_major ->
        [16] Abra Ajustes › su nombre › iCloud › Contraseñas y llavero y asegúrese de que la sincronización de este iPhone esté activada.
        [17] Abra Ajustes › su nombre › iCloud › Contraseñas y llavero y asegúrese de que la sincronización de este iPhone esté activada.
        [unknown] Abra Ajustes › su nombre › iCloud › Contraseñas (en iOS 16 y 17 se llama Contraseñas y llavero) y asegúrese de que la sincronización de este iPhone esté activada.
       *[other] Abra Ajustes › su nombre › iCloud › Contraseñas y asegúrese de que la sincronización de este iPhone esté activada.
    }

flow-iphone-icloud-keychain-check-autofill-title = Permita que Contraseñas guarde claves de acceso
flow-iphone-icloud-keychain-check-autofill-body =
    { $os_major ->
        [16] Abra Ajustes › Contraseñas › Opciones de contraseña. Active «Autorrellenar contraseñas» y asegúrese de que esté seleccionado Llavero de iCloud.
        [17] Abra Ajustes › Contraseñas › Opciones de contraseña. Active «Autorrellenar contraseñas y llaves de acceso» y asegúrese de que esté seleccionado «Contraseñas y llavero de iCloud».
        [unknown] En iOS 18 o posterior, abra Ajustes › General › Autorrelleno y contraseñas; en iOS 16 o 17, abra Ajustes › Contraseñas › Opciones de contraseña. Active el autorrelleno y asegúrese de que esté seleccionado Contraseñas (Llavero de iCloud).
       *[other] Abra Ajustes › General › Autorrelleno y contraseñas. Active «Autorrellenar contraseñas y llaves de acceso» y asegúrese de que esté seleccionado Contraseñas en «Autorrellenar desde».
    }

flow-iphone-icloud-keychain-open-security-info-title = Empiece en Información de seguridad
flow-iphone-icloud-keychain-open-security-info-body = Toque «Abrir Información de seguridad» e inicie sesión con su cuenta profesional. Toque «+ Agregar método de inicio de sesión», elija «Clave de acceso» y toque Siguiente. Si «Clave de acceso» no aparece en la lista, puede que su organización no permita este tipo de clave de acceso. Consulte al soporte técnico.

flow-iphone-icloud-keychain-save-passkey-title = Guarde la clave de acceso
flow-iphone-icloud-keychain-save-passkey-body = Cuando su iPhone le ofrezca guardar una clave de acceso, compruebe que se guardará en Contraseñas (Llavero de iCloud) y toque Continuar. Confirme con Face ID, Touch ID o su código.

flow-iphone-icloud-keychain-check-it-worked-title = Compruebe que ha funcionado
flow-iphone-icloud-keychain-check-it-worked-body =
    { $os_major ->
        [16] Dé a la clave de acceso un nombre fácil de reconocer, toque Siguiente y luego Listo. Ahora aparece en Información de seguridad y, en su iPhone, en Ajustes › Contraseñas.
        [17] Dé a la clave de acceso un nombre fácil de reconocer, toque Siguiente y luego Listo. Ahora aparece en Información de seguridad y, en su iPhone, en Ajustes › Contraseñas.
       *[other] Dé a la clave de acceso un nombre fácil de reconocer, toque Siguiente y luego Listo. Ahora aparece en Información de seguridad y en la app Contraseñas de su iPhone.
    }

## Samsung Galaxy with Microsoft Authenticator

flow-samsung-title = Samsung Galaxy: clave de acceso en Microsoft Authenticator
flow-samsung-summary = Cree una clave de acceso para su cuenta profesional en Microsoft Authenticator en su teléfono Galaxy. Samsung Pass suele ofrecerse antes para guardarla. Esta guía le muestra cómo hacer que se guarde en Authenticator.

flow-samsung-before-you-start-title = Antes de empezar
flow-samsung-before-you-start-body =
    { $os_major ->
        [unknown] Compruebe que su teléfono tiene Android 14 o posterior (Ajustes › Información del teléfono › Información de software).
       *[other] Su teléfono tiene Android { $os_major }; se necesita Android 14 o posterior.
    } Si no tiene bloqueo de pantalla, configure uno (PIN, patrón o huella digital). Tenga a mano su método de inicio de sesión actual o un Pase de acceso temporal.

flow-samsung-install-app-title = Instale Microsoft Authenticator
flow-samsung-install-app-body = Instale Microsoft Authenticator desde Google Play, o actualícelo si ya lo tiene. Ábralo una vez y pase las pantallas de bienvenida y de privacidad.

flow-samsung-set-provider-title = Active Authenticator en lugar de Samsung Pass
flow-samsung-set-provider-body =
    { $os_major ->
        [14] Abra Ajustes › Administración general › Contraseñas, llaves de acceso y autocompletar. Active Authenticator en la lista de proveedores adicionales. También puede elegirlo como servicio preferido en lugar de Samsung Pass.
        [unknown] Abra Ajustes y busque «contraseñas» para encontrar Contraseñas, llaves de acceso y autocompletar (en Seguridad y privacidad › Más ajustes de seguridad o, en teléfonos más antiguos, en Administración general). Active Authenticator. También puede elegirlo como servicio preferido en lugar de Samsung Pass.
       *[other] Abra Ajustes › Seguridad y privacidad › Más ajustes de seguridad › Contraseñas, llaves de acceso y autocompletar. Active Authenticator en la lista de proveedores adicionales. También puede elegirlo como servicio preferido en lugar de Samsung Pass.
    }

flow-samsung-open-security-info-title = Empiece en Información de seguridad
flow-samsung-open-security-info-body =
    { $browser ->
        [firefox] Primero abra esta guía en Chrome o Edge: Firefox para Android no puede crear claves de acceso para cuentas profesionales. Después toque «Abrir Información de seguridad», inicie sesión, toque «+ Agregar método de inicio de sesión» y elija «Clave de acceso en Microsoft Authenticator».
       *[other] Toque «Abrir Información de seguridad» e inicie sesión con su cuenta profesional. Toque «+ Agregar método de inicio de sesión», elija «Clave de acceso en Microsoft Authenticator» y siga las indicaciones. Cuando la página le indique que termine en la aplicación Authenticator, déjela abierta y cambie a Authenticator.
    }

flow-samsung-create-in-app-title = Cree la clave de acceso en Authenticator
flow-samsung-create-in-app-body = En Authenticator, toque «Agregar cuenta profesional o educativa» si es su primera cuenta. Si su cuenta profesional ya aparece, tóquela y luego toque «Crear una clave de acceso». Inicie sesión, complete la verificación adicional y configure un bloqueo de pantalla si la aplicación se lo pide.

flow-samsung-pick-authenticator-title = Si Samsung Pass le ofrece guardarla
flow-samsung-pick-authenticator-body = Si aparece una ventana de Samsung Pass que le ofrece guardar la clave de acceso, no acepte. Use la opción de esa ventana para elegir otro servicio y seleccione Authenticator. Si no existe esa opción, cancele, repita el paso anterior en Ajustes para activar Authenticator y vuelva a intentarlo.

flow-samsung-check-it-worked-title = Compruebe que ha funcionado
flow-samsung-check-it-worked-body = De vuelta en Authenticator, toque Listo. Su cuenta muestra ahora «Clave de acceso» como método de inicio de sesión. En el navegador con Información de seguridad, toque Siguiente y luego Listo. Ahora «Clave de acceso en Microsoft Authenticator» aparece en su lista de métodos de inicio de sesión.

## Android phone with Microsoft Authenticator

flow-android-authenticator-title = Android: clave de acceso en Microsoft Authenticator
flow-android-authenticator-summary = Cree una clave de acceso para su cuenta profesional en la aplicación Microsoft Authenticator. Se queda en este teléfono y funciona incluso si su organización solo acepta autenticadores aprobados.

flow-android-authenticator-before-you-start-title = Antes de empezar
flow-android-authenticator-before-you-start-body =
    { $os_major ->
        [unknown] Compruebe que su teléfono tiene Android 14 o posterior (Ajustes › Información del teléfono › Versión de Android).
       *[other] Su teléfono tiene Android { $os_major }; se necesita Android 14 o posterior.
    } Si no tiene bloqueo de pantalla, configure uno (PIN, patrón o huella digital). Tenga a mano su método de inicio de sesión actual o un Pase de acceso temporal.

flow-android-authenticator-install-app-title = Instale Microsoft Authenticator
flow-android-authenticator-install-app-body = Instale Microsoft Authenticator desde Google Play, o actualícelo si ya lo tiene. Si su teléfono tiene un perfil de trabajo, instale y use la aplicación en el perfil en el que quiera usar la clave de acceso.

flow-android-authenticator-open-security-info-title = Empiece en Información de seguridad
flow-android-authenticator-open-security-info-body =
    { $browser ->
        [firefox] Primero abra esta guía en Chrome o Edge: Firefox para Android no puede crear claves de acceso para cuentas profesionales. Después toque «Abrir Información de seguridad», inicie sesión, toque «+ Agregar método de inicio de sesión» y elija «Clave de acceso en Microsoft Authenticator».
       *[other] Toque «Abrir Información de seguridad» e inicie sesión con su cuenta profesional. Toque «+ Agregar método de inicio de sesión», elija «Clave de acceso en Microsoft Authenticator» y siga las indicaciones. Cuando la página le indique que termine en la aplicación Authenticator, déjela abierta y cambie a Authenticator.
    }

flow-android-authenticator-create-in-app-title = Cree la clave de acceso en Authenticator
flow-android-authenticator-create-in-app-body = En Authenticator, toque «Agregar cuenta profesional o educativa» si es su primera cuenta. Si su cuenta profesional ya aparece, tóquela y luego toque «Crear una clave de acceso». Inicie sesión, complete la verificación adicional y configure un bloqueo de pantalla si la aplicación se lo pide.

flow-android-authenticator-enable-provider-title = Permita que Authenticator guarde claves de acceso
flow-android-authenticator-enable-provider-body =
    { $os_major ->
        [14] Cuando Authenticator se lo pida, toque el botón que abre Ajustes. Abra Contraseñas y cuentas y active Authenticator en Proveedores adicionales. Si no puede activarlo, actualice el teléfono a Android 15. Vuelva a Authenticator y toque Listo.
        [unknown] Cuando Authenticator se lo pida, toque el botón que abre Ajustes. Abra Contraseñas, llaves de acceso y cuentas (en Android 14, Contraseñas y cuentas) y active Authenticator en Proveedores adicionales. Vuelva a Authenticator y toque Listo.
       *[other] Cuando Authenticator se lo pida, toque el botón que abre Ajustes. Abra Contraseñas, llaves de acceso y cuentas y active Authenticator en Proveedores adicionales. Los nombres pueden variar según el fabricante: busque «contraseñas» en Ajustes. Vuelva a Authenticator y toque Listo.
    }

flow-android-authenticator-check-it-worked-title = Compruebe que ha funcionado
flow-android-authenticator-check-it-worked-body = Vuelva al navegador donde tiene abierta Información de seguridad y toque Siguiente. Cuando se confirme la clave de acceso, toque Listo. Ahora «Clave de acceso en Microsoft Authenticator» aparece en su lista de métodos de inicio de sesión.

## Android phone with Google Password Manager (synced passkey)

flow-android-google-password-manager-title = Android: clave de acceso en el Gestor de contraseñas de Google
flow-android-google-password-manager-summary = Guarde una clave de acceso para su cuenta profesional en el Gestor de contraseñas de Google. Se sincroniza con sus otros dispositivos en los que haya iniciado sesión con la misma cuenta de Google. Solo funciona si su organización permite claves de acceso sincronizadas, y no en teléfonos Samsung.

flow-android-google-password-manager-before-you-start-title = Antes de empezar
flow-android-google-password-manager-before-you-start-body =
    { $os_major ->
        [unknown] Compruebe que su teléfono tiene Android 9 o posterior y que no es un Samsung (los teléfonos Samsung tienen su propia guía).
       *[other] Su teléfono tiene Android { $os_major }; se necesita Android 9 o posterior. Esta guía no es para teléfonos Samsung, que tienen su propia guía.
    } Necesita un bloqueo de pantalla y una cuenta de Google con la sesión iniciada en el teléfono. Tenga a mano su método de inicio de sesión actual o un Pase de acceso temporal.

flow-android-google-password-manager-check-provider-title = Compruebe dónde se guardan las claves de acceso
flow-android-google-password-manager-check-provider-body =
    { $os_major ->
        [14] Abra Ajustes › Contraseñas y cuentas y compruebe que Google es el servicio preferido para contraseñas y claves de acceso.
        [unknown] En Android 14 o posterior, abra Ajustes › Contraseñas, llaves de acceso y cuentas (en Android 14, Contraseñas y cuentas) y compruebe que Google es el servicio preferido. En versiones anteriores no tiene que cambiar nada.
       *[other] En Android 15 o posterior, abra Ajustes › Contraseñas, llaves de acceso y cuentas y compruebe que Google es el servicio preferido. En Android 13 o anterior no tiene que cambiar nada.
    }

flow-android-google-password-manager-open-security-info-title = Empiece en Información de seguridad
flow-android-google-password-manager-open-security-info-body =
    { $browser ->
        [chrome] Toque «Abrir Información de seguridad» e inicie sesión con su cuenta profesional. Toque «+ Agregar método de inicio de sesión», elija «Clave de acceso» y toque Siguiente y luego Continuar.
        [firefox] Primero abra esta guía en Chrome: Firefox para Android no puede crear claves de acceso para cuentas profesionales. Después toque «Abrir Información de seguridad», inicie sesión, toque «+ Agregar método de inicio de sesión» y elija «Clave de acceso».
       *[other] Si puede, abra esta guía en Chrome. Toque «Abrir Información de seguridad» e inicie sesión con su cuenta profesional. Toque «+ Agregar método de inicio de sesión», elija «Clave de acceso» y toque Siguiente y luego Continuar.
    }

flow-android-google-password-manager-save-passkey-title = Guarde la clave de acceso
flow-android-google-password-manager-save-passkey-body = Cuando el teléfono le pida crear una clave de acceso, compruebe que aparecen el Gestor de contraseñas de Google y su propia cuenta de Google. Toque Continuar y desbloquee con la huella digital, el rostro o el bloqueo de pantalla.

flow-android-google-password-manager-check-it-worked-title = Compruebe que ha funcionado
flow-android-google-password-manager-check-it-worked-body = Dé a la clave de acceso un nombre fácil de reconocer, toque Siguiente y luego Listo. Ahora aparece en Información de seguridad y en el Gestor de contraseñas de Google de su teléfono.

## Windows PC with Windows Hello

flow-windows-hello-title = Windows: clave de acceso en Windows Hello
flow-windows-hello-summary = Guarde una clave de acceso para su cuenta profesional en este equipo. Se desbloquea con el PIN, el rostro o la huella digital de Windows Hello. Se queda en este equipo y no se sincroniza.

flow-windows-hello-before-you-start-title = Antes de empezar
flow-windows-hello-before-you-start-body = Necesita Windows 10 u 11 y Edge, Chrome o Firefox. Tenga a mano su método de inicio de sesión actual o un Pase de acceso temporal. Si es un equipo de la empresa y ya inicia sesión en Windows con Windows Hello con esta cuenta profesional, puede que esta opción no esté disponible. Pregunte al soporte técnico qué guía debe usar.

flow-windows-hello-set-up-windows-hello-title = Configure Windows Hello
flow-windows-hello-set-up-windows-hello-body = Si todavía no desbloquea este equipo con un PIN, el rostro o la huella digital, abra Configuración › Cuentas › Opciones de inicio de sesión y configure primero PIN (Windows Hello).

flow-windows-hello-open-security-info-title = Empiece en Información de seguridad
flow-windows-hello-open-security-info-body = Haga clic en «Abrir Información de seguridad», inicie sesión con su cuenta profesional y complete la verificación adicional. Haga clic en «+ Agregar método de inicio de sesión», elija «Clave de acceso» y haga clic en Siguiente.

flow-windows-hello-save-in-windows-hello-title = Guárdela en Windows Hello
flow-windows-hello-save-in-windows-hello-body =
    { $browser ->
        [chrome] Si Chrome le ofrece guardar la clave de acceso en el Gestor de contraseñas de Google, elija Windows Hello en su lugar. Confirme con el PIN, el rostro o la huella digital de Windows Hello.
        [edge] Cuando Windows le pregunte dónde guardar la clave de acceso, elija este dispositivo (Windows Hello), no un teléfono ni una llave de seguridad. Confirme con el PIN, el rostro o la huella digital de Windows Hello.
       *[other] Cuando Windows le pregunte dónde guardar la clave de acceso, elija este dispositivo (Windows Hello), no un teléfono ni una llave de seguridad. Confirme con el PIN, el rostro o la huella digital de Windows Hello.
    }

flow-windows-hello-check-it-worked-title = Compruebe que ha funcionado
flow-windows-hello-check-it-worked-body = Dé a la clave de acceso un nombre fácil de reconocer y haga clic en Listo. Ahora aparece en su lista de métodos de inicio de sesión en Información de seguridad.

## Mac with iCloud Keychain (synced passkey)

flow-macos-title = Mac: clave de acceso en el Llavero de iCloud
flow-macos-summary = Guarde una clave de acceso para su cuenta profesional en Contraseñas de Apple (Llavero de iCloud) en su Mac. Se sincroniza con sus otros dispositivos Apple. Solo funciona si su organización permite claves de acceso sincronizadas.

flow-macos-before-you-start-title = Antes de empezar
flow-macos-before-you-start-body =
    { $os_major ->
        [unknown] Compruebe que su Mac tiene macOS 13 Ventura o posterior (menú Apple › Acerca de este Mac).
       *[other] Su Mac tiene macOS { $os_major }; se necesita macOS 13 Ventura o posterior.
    } Debe tener la sesión iniciada con su cuenta de Apple, con autenticación de doble factor. Tenga a mano su método de inicio de sesión actual o un Pase de acceso temporal.

flow-macos-turn-on-icloud-keychain-title = Active el Llavero de iCloud
flow-macos-turn-on-icloud-keychain-body =
    { $os_major ->
        [13] Abra Ajustes del Sistema › su nombre › iCloud › Contraseñas y llavero y asegúrese de que la sincronización de este Mac esté activada.
        [14] Abra Ajustes del Sistema › su nombre › iCloud › Contraseñas y llavero y asegúrese de que la sincronización de este Mac esté activada.
        [unknown] Abra Ajustes del Sistema › su nombre › iCloud › Contraseñas (en macOS 13 y 14 se llama Contraseñas y llavero) y asegúrese de que la sincronización de este Mac esté activada.
       *[other] Abra Ajustes del Sistema › su nombre › iCloud › Contraseñas y asegúrese de que la sincronización de este Mac esté activada.
    }

flow-macos-open-security-info-title = Empiece en Información de seguridad
flow-macos-open-security-info-body = Haga clic en «Abrir Información de seguridad» e inicie sesión con su cuenta profesional. Haga clic en «+ Agregar método de inicio de sesión», elija «Clave de acceso» y haga clic en Siguiente. Si «Clave de acceso» no aparece en la lista, puede que su organización no permita este tipo de clave de acceso. Consulte al soporte técnico.

flow-macos-save-passkey-title = Guarde la clave de acceso
flow-macos-save-passkey-body =
    { $browser ->
        [safari] Safari le pregunta si quiere guardar una clave de acceso. Haga clic en Continuar y confirme con Touch ID o la contraseña de su Mac. Se guarda en el Llavero de iCloud.
        [chrome] Chrome muestra su propia ventana de claves de acceso. Elija Llavero de iCloud, no el Gestor de contraseñas de Google ni un teléfono. Si se le pide, permita que login.microsoft.com use su clave de acceso y confirme con Touch ID o la contraseña de su Mac.
        [edge] Edge muestra su propia ventana de claves de acceso. Elija Llavero de iCloud si aparece. Si se le pide, permita que login.microsoft.com use su clave de acceso y confirme con Touch ID o la contraseña de su Mac.
       *[other] Siga la ventana de claves de acceso de su navegador y elija Llavero de iCloud. Si su navegador no lo ofrece, abra esta guía en Safari.
    }

flow-macos-check-it-worked-title = Compruebe que ha funcionado
flow-macos-check-it-worked-body =
    { $os_major ->
        [13] Dé a la clave de acceso un nombre fácil de reconocer, haga clic en Siguiente y luego en Listo. Ahora aparece en Información de seguridad y, en su Mac, en Ajustes del Sistema › Contraseñas.
        [14] Dé a la clave de acceso un nombre fácil de reconocer, haga clic en Siguiente y luego en Listo. Ahora aparece en Información de seguridad y, en su Mac, en Ajustes del Sistema › Contraseñas.
       *[other] Dé a la clave de acceso un nombre fácil de reconocer, haga clic en Siguiente y luego en Listo. Ahora aparece en Información de seguridad y en la app Contraseñas de su Mac.
    }

## Security key (USB or NFC)

flow-security-key-title = Llave de seguridad (USB o NFC)
flow-security-key-summary = Guarde una clave de acceso para su cuenta profesional en una llave de seguridad física, que se conecta o se acerca al dispositivo. Se queda en la llave y funciona en cualquier equipo en el que la use.

flow-security-key-before-you-start-title = Antes de empezar
flow-security-key-before-you-start-body = Necesita una llave de seguridad FIDO2 que su organización acepte. Si no está seguro, pregunte al soporte técnico. En un equipo, use Edge, Chrome o Firefox (en Linux, Chrome). Tenga a mano su método de inicio de sesión actual o un Pase de acceso temporal.

flow-security-key-set-pin-title = Compruebe que la llave tiene un PIN
flow-security-key-set-pin-body =
    { $browser ->
        [safari] Safari en iPhone, iPad o Mac no puede configurar un PIN en una llave nueva. Si su llave todavía no tiene PIN, configúrelo primero en un PC con Windows (Configuración › Cuentas › Opciones de inicio de sesión › Llave de seguridad › Administrar) o con la aplicación del fabricante de la llave.
       *[other] Su llave necesita un PIN. En Windows puede configurarlo en Configuración › Cuentas › Opciones de inicio de sesión › Llave de seguridad › Administrar; si no, el navegador le pedirá que cree uno. En iPhone, iPad o Mac, configure antes el PIN en un PC con Windows o con la aplicación del fabricante de la llave.
    }

flow-security-key-open-security-info-title = Empiece en Información de seguridad
flow-security-key-open-security-info-body = Seleccione «Abrir Información de seguridad», inicie sesión con su cuenta profesional y complete la verificación adicional. Seleccione «+ Agregar método de inicio de sesión», elija «Clave de acceso» y seleccione Siguiente.

flow-security-key-use-key-title = Guarde la clave de acceso en su llave
flow-security-key-use-key-body = Cuando se le pregunte dónde guardar la clave de acceso, elija Llave de seguridad. Si no aparece, busque en Más opciones o en Usar otro dispositivo. Inserte la llave o acérquela, escriba su PIN y toque la llave cuando parpadee.

flow-security-key-check-it-worked-title = Compruebe que ha funcionado
flow-security-key-check-it-worked-body = Dé a la clave de acceso un nombre fácil de reconocer, como el modelo de la llave, y seleccione Listo. Ahora aparece en su lista de métodos de inicio de sesión en Información de seguridad.

## Phone passkey, started on a computer

flow-phone-from-desktop-title = Equipo: clave de acceso en su teléfono
flow-phone-from-desktop-summary = Empiece en este equipo y cree la clave de acceso en Microsoft Authenticator en su iPhone o teléfono Android. Después, para iniciar sesión, confirmará en su teléfono.

flow-phone-from-desktop-before-you-start-title = Antes de empezar
flow-phone-from-desktop-before-you-start-body = Necesita un iPhone con iOS 17 o posterior, o un teléfono con Android 14 o posterior, con bloqueo de pantalla. Active el Bluetooth en el equipo y en el teléfono, y asegúrese de que ambos estén conectados a internet. Tenga a mano su método de inicio de sesión actual o un Pase de acceso temporal.

flow-phone-from-desktop-open-security-info-title = Empiece en Información de seguridad en este equipo
flow-phone-from-desktop-open-security-info-body = Haga clic en «Abrir Información de seguridad» e inicie sesión con su cuenta profesional. Haga clic en «+ Agregar método de inicio de sesión», elija «Clave de acceso en Microsoft Authenticator» y, si se le pide, complete la verificación adicional.

flow-phone-from-desktop-get-app-title = Instale Authenticator en su teléfono
flow-phone-from-desktop-get-app-body = Si la página muestra un código QR para descargar Authenticator, escanéelo con la cámara del teléfono (en iPhone, con la app Cámara) e instale la aplicación. Luego haga clic en Siguiente en el equipo.

flow-phone-from-desktop-create-on-phone-title = Cree la clave de acceso en su teléfono
flow-phone-from-desktop-create-on-phone-body = En el teléfono, abra Authenticator. Toque «Agregar cuenta profesional o educativa», o toque su cuenta profesional y luego «Crear una clave de acceso». Inicie sesión. Cuando se le pida, permita en los ajustes del teléfono que Authenticator guarde claves de acceso y luego toque Listo.

flow-phone-from-desktop-qr-fallback-title = Si no puede iniciar sesión en Authenticator
flow-phone-from-desktop-qr-fallback-body = En el equipo, elija «¿Tiene problemas?», luego la opción para crear la clave de acceso de otra forma, y elija iPhone o iPad, o bien Android. Escanee el código QR con la cámara del teléfono (en iPhone, con la app Cámara, no con el escáner de Authenticator). Mantenga el teléfono cerca del equipo hasta que indique que está conectado. Este método no funciona si su organización exige claves de acceso aprobadas (con atestación).

flow-phone-from-desktop-check-it-worked-title = Compruebe que ha funcionado
flow-phone-from-desktop-check-it-worked-body = De vuelta en el equipo, haga clic en Siguiente y, cuando se confirme la clave de acceso, en Listo. Ahora «Clave de acceso en Microsoft Authenticator» aparece en su lista de métodos de inicio de sesión en Información de seguridad.

## Troubleshooting

ts-not-enabled-by-policy-title = Falta la opción de clave de acceso
ts-not-enabled-by-policy-body = Si Información de seguridad no ofrece «Clave de acceso» ni «Clave de acceso en Microsoft Authenticator», su organización aún no ha activado las claves de acceso para su cuenta, o no este tipo de clave de acceso. Pida al soporte técnico que lo incluya en la implantación de claves de acceso.

ts-self-service-off-title = No puede agregar métodos por su cuenta
ts-self-service-off-body = Su organización puede desactivar la opción de agregar claves de acceso en Información de seguridad. Si se le indica que no puede agregar este método, pida al soporte técnico que configure la clave de acceso con usted o que le permita configurarla por su cuenta.

ts-no-bootstrap-method-title = No puede confirmar su identidad
ts-no-bootstrap-method-body = Para agregar una clave de acceso, primero debe iniciar sesión con un método de verificación que ya tenga, como una aprobación en Authenticator o un código por SMS. Si no tiene ninguno o ha perdido el teléfono, pida al soporte técnico un Pase de acceso temporal y úselo para iniciar sesión en Información de seguridad.

ts-mfa-too-old-title = Se le pide que vuelva a verificar su identidad
ts-mfa-too-old-body = Para agregar una clave de acceso se necesita una verificación reciente, de los últimos minutos. Si se le pide que vuelva a verificar su identidad, hágalo y agregue la clave de acceso de inmediato.

ts-os-too-old-title = Su dispositivo necesita una actualización
ts-os-too-old-body = Las claves de acceso en Microsoft Authenticator requieren iOS 17 o Android 14, o una versión posterior. Las claves de acceso en el Llavero de iCloud requieren iOS 16 o macOS 13, o una versión posterior, y el Gestor de contraseñas de Google requiere Android 9 o posterior. Actualice su dispositivo desde sus ajustes, o use otro dispositivo o una llave de seguridad.

ts-android-no-secure-hardware-title = Funciona en un teléfono Android, pero no en otro
ts-android-no-secure-hardware-body = Authenticator guarda las claves de acceso en el hardware de seguridad protegido del teléfono. Algunos teléfonos Android no tienen el hardware necesario, y el registro se detiene sin un motivo claro. Pruebe con otro teléfono o pregunte al soporte técnico por una llave de seguridad.

ts-authenticator-not-provider-title = Authenticator no tiene permiso para guardar claves de acceso
ts-authenticator-not-provider-body =
    { $os_major ->
        [14] En Android 14: abra Ajustes › Contraseñas y cuentas y active Authenticator en Proveedores adicionales. Si no puede activarlo, actualice a Android 15. En iPhone: abra Ajustes › General › Autorrelleno y contraseñas (en iOS 17, Ajustes › Contraseñas › Opciones de contraseña) y seleccione Authenticator.
        [17] En iPhone con iOS 17: abra Ajustes › Contraseñas › Opciones de contraseña, active «Autorrellenar contraseñas y llaves de acceso» y seleccione Authenticator. En Android: abra Ajustes › Contraseñas, llaves de acceso y cuentas (o Contraseñas y cuentas) y active Authenticator en Proveedores adicionales.
       *[other] En iPhone con iOS 18 o posterior: abra Ajustes › General › Autorrelleno y contraseñas, active «Autorrellenar contraseñas y llaves de acceso» y seleccione Authenticator (en iOS 17, Ajustes › Contraseñas › Opciones de contraseña). En Android: abra Ajustes › Contraseñas, llaves de acceso y cuentas (en Android 14, Contraseñas y cuentas) y active Authenticator en Proveedores adicionales.
    }

ts-screen-lock-missing-title = Se necesita un bloqueo de pantalla
ts-screen-lock-missing-body = Las claves de acceso se desbloquean con el bloqueo de pantalla del dispositivo. Configure un PIN, un patrón, una contraseña, la huella digital o el desbloqueo facial en los ajustes del dispositivo y vuelva a empezar.

ts-ios-qr-camera-app-title = El código QR no se escanea en el iPhone
ts-ios-qr-camera-app-body = Escanee el código QR de la clave de acceso con la app Cámara del iPhone, no con el escáner de Authenticator, que no puede leer este tipo de código. En Android, el escáner de Authenticator también funciona.

ts-cross-device-connecting-title = Se queda en «Conectando»
ts-cross-device-connecting-body = Active el Bluetooth en el equipo y en el teléfono, manténgalos cerca y asegúrese de que ambos estén conectados a internet. Las redes de la empresa o las VPN pueden bloquear la conexión. Si sigue sin avanzar, intente configurar la clave de acceso directamente en el teléfono o use una llave de seguridad.

ts-ca-bootstrap-loop-title = Va y viene entre la aplicación e Información de seguridad
ts-ca-bootstrap-loop-body = Algunas reglas de inicio de sesión de la empresa piden una clave de acceso antes de que pueda crear la primera, y eso le hace entrar en un bucle. Pida al soporte técnico un Pase de acceso temporal o una excepción temporal y vuelva a intentarlo.

ts-orphaned-passkey-title = «La clave de acceso ya existe»
ts-orphaned-passkey-body = Puede que en su dispositivo quede una clave de acceso de un intento anterior, aunque su organización ya no la tenga. Elimínela del dispositivo (en Authenticator: toque la cuenta y luego Configuración › Eliminar clave de acceso), quite cualquier entrada antigua en Información de seguridad y vuelva a registrarla.

ts-android-work-profile-title = Teléfono con perfil de trabajo
ts-android-work-profile-body = En Android, una clave de acceso solo funciona en el perfil en el que se creó. Si su teléfono tiene un perfil de trabajo y uno personal, cree la clave de acceso en Authenticator en el perfil en el que la vaya a usar, o una vez en cada perfil.

ts-samsung-pass-picker-title = Se guardó en Samsung Pass
ts-samsung-pass-picker-body = Los teléfonos Galaxy suelen proponer primero Samsung Pass. Si la clave de acceso se guardó allí, elimínela en Samsung Pass y active Authenticator en Ajustes, en Contraseñas, llaves de acceso y autocompletar. Después vuelva a empezar y elija Authenticator cuando se le pregunte dónde guardarla.

ts-windows-hello-already-registered-title = «Ya registrado» en Windows
ts-windows-hello-already-registered-body = Si esta cuenta profesional ya usa Windows Hello para empresas para iniciar sesión en este equipo, Windows no puede agregar una segunda clave de acceso para ella e indica que ya está registrada. Use la guía del teléfono o la de la llave de seguridad, o consulte al soporte técnico.

ts-unsupported-browser-title = Navegador no compatible
ts-unsupported-browser-body =
    { $browser ->
        [firefox] Firefox no puede crear claves de acceso profesionales en Android, y en Linux no puede usar una clave de acceso de Authenticator. Use Chrome o Edge.
        [opera] Opera no está en la lista de navegadores compatibles de Microsoft para claves de acceso profesionales. Use Chrome, Edge o Safari.
        [samsung-internet] Samsung Internet no está en la lista de navegadores compatibles de Microsoft para claves de acceso profesionales. Use Chrome o Edge.
       *[other] Use un navegador compatible: Edge, Chrome o Firefox en Windows; Safari, Chrome, Edge o Firefox en Mac y iPhone; Chrome o Edge en Android.
    }

ts-in-app-browser-title = Abierto dentro de otra aplicación
ts-in-app-browser-body = Los enlaces que se abren desde una aplicación de correo o de chat suelen cargarse en el navegador integrado de esa aplicación, donde las claves de acceso no funcionan bien. Use el menú de la aplicación para abrir el enlace en Safari o Chrome y vuelva a empezar.

ts-security-key-pin-title = La llave pide un PIN que nunca configuró
ts-security-key-pin-body = Los navegadores de iPhone, iPad y Mac no pueden configurar un PIN en una llave de seguridad nueva. Configure el PIN en un PC con Windows (Configuración › Cuentas › Opciones de inicio de sesión › Llave de seguridad) o con la aplicación del fabricante de la llave. Después vuelva a registrar la llave.

ts-synced-not-allowed-title = Este tipo de clave de acceso no está permitido
ts-synced-not-allowed-body = Puede que su organización solo acepte claves de acceso que se quedan en un único dispositivo, como Microsoft Authenticator o una llave de seguridad. Si falta «Clave de acceso» en Información de seguridad o no se puede guardar, use la guía de Authenticator.

ts-icloud-keychain-off-title = El Llavero de iCloud está desactivado
ts-icloud-keychain-off-body = Las claves de acceso en Contraseñas de Apple requieren el Llavero de iCloud y la autenticación de doble factor en su cuenta de Apple. Active la sincronización de Contraseñas en los ajustes de iCloud y vuelva a intentarlo.
