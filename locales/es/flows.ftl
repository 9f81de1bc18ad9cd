## Flow content: titles, summaries and steps of each registration flow, and the
## troubleshooting entries. Variables: $os_major (a number, or "unknown"),
## $browser (safari, chrome, edge, firefox, samsung-internet, opera, webview, other, unknown) and
## $platform (iphone, ipad, android, samsung, windows, macos, linux, chromeos, unknown).

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
flow-iphone-authenticator-install-app-body = Instale Microsoft Authenticator desde la App Store, o actualícelo si ya lo tiene: si la configuración de claves de acceso de su organización incluye Authenticator, Microsoft pide la versión 6.8.37 o posterior. Abra la aplicación una vez y pase las pantallas de privacidad.

flow-iphone-authenticator-create-in-app-title = Cree la clave de acceso en Authenticator
# Unconfirmed label: "Secure Your Digital Life", "Add account"
flow-iphone-authenticator-create-in-app-body =
    Abra Authenticator y empiece según lo que vea:

    Si muestra «Proteja su vida digital» (la primera vez que abre la aplicación), toque «Agregar cuenta profesional o educativa».

    Si aún no tiene ninguna cuenta, toque «Agregar cuenta» o el botón +, elija «Cuenta profesional o educativa» y toque «Iniciar sesión».

    Si su cuenta profesional ya aparece, tóquela y luego toque «Crear una clave de acceso».

    Inicie sesión con su cuenta profesional y complete la verificación adicional cuando se le pida. Después, Authenticator le pedirá que le permita guardar claves de acceso: es el paso siguiente.

flow-iphone-authenticator-enable-provider-title = Permita que Authenticator guarde claves de acceso
# Unconfirmed label: "Passkey added"
flow-iphone-authenticator-enable-provider-body =
    { $os_major ->
        [17] Cuando Authenticator se lo pida, toque el botón que abre Ajustes. Vaya a Ajustes › Contraseñas › Opciones de contraseña, active «Autorrellenar contraseñas y llaves de acceso» y seleccione Authenticator en «Usar contraseñas y llaves de acceso de».
        [unknown] Cuando Authenticator se lo pida, toque el botón que abre Ajustes. En iOS 18 o posterior, vaya a Ajustes › General › Autorrelleno y contraseñas; en iOS 17, vaya a Ajustes › Contraseñas › Opciones de contraseña. Active «Autorrellenar contraseñas y llaves de acceso» y seleccione Authenticator.
       *[other] Cuando Authenticator se lo pida, toque el botón que abre Ajustes. Vaya a Ajustes › General › Autorrelleno y contraseñas, active «Autorrellenar contraseñas y llaves de acceso» y seleccione Authenticator en «Autorrellenar desde».
    }

    Vuelva a Authenticator y toque Listo. Cuando vea «Clave de acceso agregada», vuelva a tocar Listo.

flow-iphone-authenticator-check-security-info-title = Compruébelo en Información de seguridad
flow-iphone-authenticator-check-security-info-body =
    Toque «Abrir Información de seguridad» e inicie sesión con su cuenta profesional. Su nueva clave de acceso aparece en la lista de métodos de inicio de sesión como «Clave de acceso en Microsoft Authenticator».

    Si no pudo crear la clave de acceso en la aplicación, agréguela aquí: toque «+ Agregar método de inicio de sesión», elija «Clave de acceso en Microsoft Authenticator» y siga las indicaciones. Cuando se abra Authenticator, cree allí la clave de acceso, vuelva al navegador, toque Siguiente y, cuando se haya creado la clave de acceso, toque Listo.

    Si no se ofrece «Clave de acceso en Microsoft Authenticator»: solo aparece cuando la configuración de claves de acceso de su organización menciona Microsoft Authenticator. Crear la clave de acceso en la aplicación Authenticator (los pasos anteriores) funciona también sin esa opción. En Información de seguridad también puede elegir «Clave de acceso» y, cuando su { $platform ->
        [ipad] iPad
       *[other] iPhone
    } le pregunte dónde guardar la clave de acceso, elegir Authenticator.

flow-iphone-authenticator-test-sign-in-title = Pruebe su clave de acceso
# Unconfirmed label: "Face, fingerprint, PIN or security key"
flow-iphone-authenticator-test-sign-in-body = Cierre la sesión de su cuenta profesional en el navegador, o abra una ventana privada, y vaya a https://myaccount.microsoft.com. Toque «Opciones de inicio de sesión» y luego «Rostro, huella digital, PIN o llave de seguridad». Elija en Authenticator la clave de acceso de su correo profesional y confirme con Face ID, Touch ID o su código.

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
# Unconfirmed label: "Saved to iCloud", "See All"
flow-iphone-icloud-keychain-turn-on-icloud-keychain-body =
    { $os_major ->
        [16] Abra Ajustes, toque su nombre y luego iCloud. Toque «Contraseñas y llavero» y active «Sincronizar este iPhone» («Sincronizar este iPad» en un iPad).
        [17] Abra Ajustes, toque su nombre y luego iCloud. Toque «Contraseñas y llavero» y active «Sincronizar este iPhone» («Sincronizar este iPad» en un iPad).
        [unknown] Abra Ajustes, toque su nombre y luego iCloud. En «Guardado en iCloud», toque Contraseñas; si no aparece, toque antes «Ver todo». En iOS 17 o anterior, toque «Contraseñas y llavero». Active «Sincronizar este iPhone» («Sincronizar este iPad» en un iPad).
       *[other] Abra Ajustes, toque su nombre y luego iCloud. En «Guardado en iCloud», toque Contraseñas; si no aparece, toque antes «Ver todo». Active «Sincronizar este iPhone» («Sincronizar este iPad» en un iPad).
    }

flow-iphone-icloud-keychain-check-autofill-title = Permita que Contraseñas guarde claves de acceso
# Unconfirmed label: "Set Up Codes In"
flow-iphone-icloud-keychain-check-autofill-body =
    { $os_major ->
        [16] Abra Ajustes › Contraseñas › Opciones de contraseña. Active «Autorrellenar contraseñas» y asegúrese de que esté seleccionado Llavero de iCloud.
        [17] Abra Ajustes › Contraseñas › Opciones de contraseña. Active «Autorrellenar contraseñas y llaves de acceso» y asegúrese de que esté seleccionado «Contraseñas y llavero de iCloud».
        [unknown] En iOS 18 o posterior, abra Ajustes › General › Autorrelleno y contraseñas: active «Autorrellenar contraseñas y llaves de acceso», asegúrese de que esté seleccionado Contraseñas en «Autorrellenar desde» y, en «Configurar códigos en», elija Contraseñas. En iOS 16 o 17, abra Ajustes › Contraseñas › Opciones de contraseña, active el autorrelleno y asegúrese de que esté seleccionado Llavero de iCloud.
       *[other] Abra Ajustes › General › Autorrelleno y contraseñas. Active «Autorrellenar contraseñas y llaves de acceso» y asegúrese de que esté seleccionado Contraseñas en «Autorrellenar desde». Microsoft también le pide que, en «Configurar códigos en», elija Contraseñas.
    } Si Authenticator u otra aplicación de contraseñas también está activada, puede dejarla así: al guardar la clave de acceso, elegirá Contraseñas.

flow-iphone-icloud-keychain-open-security-info-title = Empiece en Información de seguridad
# Unconfirmed label: "Setting up your passkey"
flow-iphone-icloud-keychain-open-security-info-body = Toque «Abrir Información de seguridad» e inicie sesión con su cuenta profesional. Toque «+ Agregar método de inicio de sesión», elija «Clave de acceso» y toque Siguiente. En la página «Configuración de la clave de acceso», vuelva a tocar Siguiente. Si «Clave de acceso» no aparece en la lista, puede que su organización no permita este tipo de clave de acceso. Consulte al soporte técnico.

flow-iphone-icloud-keychain-save-passkey-title = Guarde la clave de acceso
# Unconfirmed label: "Save another way"
flow-iphone-icloud-keychain-save-passkey-body = Cuando su iPhone o iPad le ofrezca guardar una clave de acceso, compruebe que se guardará en Contraseñas (Llavero de iCloud) y toque Continuar. Si le ofrece guardarla en otra aplicación, como Authenticator, toque «Guardar de otra forma» (u «Otras opciones») y elija Contraseñas. Confirme con Face ID, Touch ID o su código.

flow-iphone-icloud-keychain-check-it-worked-title = Compruebe que ha funcionado
flow-iphone-icloud-keychain-check-it-worked-body =
    { $os_major ->
        [16] Dé a la clave de acceso un nombre fácil de reconocer, toque Siguiente y luego Listo. Ahora aparece en Información de seguridad y, en su iPhone, en Ajustes › Contraseñas.
        [17] Dé a la clave de acceso un nombre fácil de reconocer, toque Siguiente y luego Listo. Ahora aparece en Información de seguridad y, en su iPhone, en Ajustes › Contraseñas.
       *[other] Dé a la clave de acceso un nombre fácil de reconocer, toque Siguiente y luego Listo. Ahora aparece en Información de seguridad y en la app Contraseñas de su iPhone.
    }

flow-iphone-icloud-keychain-test-sign-in-title = Pruebe a iniciar sesión con su clave de acceso
# Unconfirmed label: "Face, fingerprint, PIN or security key", "Other ways to sign in"
flow-iphone-icloud-keychain-test-sign-in-body = Abra una pestaña privada en Safari, o cierre la sesión de su cuenta profesional, y vaya a https://myaccount.microsoft.com. En la página de inicio de sesión, elija «Opciones de inicio de sesión» y luego «Rostro, huella digital, PIN o llave de seguridad»; si ya ha escrito su correo profesional, elija en su lugar «Otras formas de iniciar sesión». Elija su cuenta profesional y confirme con Face ID, Touch ID o su código.

## Samsung Galaxy with Microsoft Authenticator

flow-samsung-title = Samsung Galaxy: clave de acceso en Microsoft Authenticator
flow-samsung-summary = Cree una clave de acceso para su cuenta profesional en Microsoft Authenticator en su teléfono Galaxy. Se queda en este teléfono y funciona incluso si su organización solo acepta autenticadores aprobados. Puede que Samsung Pass se ofrezca antes para guardarla: esta guía le muestra cómo hacer que se guarde en Authenticator.

flow-samsung-before-you-start-title = Antes de empezar
flow-samsung-before-you-start-body =
    { $os_major ->
        [unknown] Compruebe que su teléfono tiene Android 14 o posterior (Ajustes › Información del teléfono › Información de software).
       *[other] Su teléfono tiene Android { $os_major }; se necesita Android 14 o posterior.
    } Si no tiene bloqueo de pantalla, configure uno (PIN, patrón o huella digital). Tenga a mano su método de inicio de sesión actual o un Pase de acceso temporal.

flow-samsung-install-app-title = Instale Microsoft Authenticator
flow-samsung-install-app-body = Instale Microsoft Authenticator desde Google Play, o actualícelo si ya lo tiene: si la configuración de claves de acceso de su organización incluye Authenticator, Microsoft pide la versión 6.2507.4749 o posterior. Abra la aplicación una vez y pase las pantallas de privacidad.

flow-samsung-set-provider-title = Active Authenticator en lugar de Samsung Pass
flow-samsung-set-provider-body =
    { $os_major ->
        [14] Abra Ajustes › Administración general › Contraseñas, llaves de acceso y autocompletar. Active Authenticator en la lista de proveedores adicionales. También puede elegirlo como servicio preferido en lugar de Samsung Pass. Si no puede activarlo, Microsoft recomienda actualizar el teléfono a Android 15.
        [unknown] Abra Ajustes y busque «contraseñas» para encontrar Contraseñas, llaves de acceso y autocompletar (en Seguridad y privacidad › Más ajustes de seguridad o, en teléfonos más antiguos, en Administración general). Active Authenticator. También puede elegirlo como servicio preferido en lugar de Samsung Pass. Si no puede activarlo en Android 14, Microsoft recomienda actualizar a Android 15.
       *[other] Abra Ajustes › Seguridad y privacidad › Más ajustes de seguridad › Contraseñas, llaves de acceso y autocompletar. Active Authenticator en la lista de proveedores adicionales. También puede elegirlo como servicio preferido en lugar de Samsung Pass.
    }

flow-samsung-create-in-app-title = Cree la clave de acceso en Authenticator
# Unconfirmed label: "Secure Your Digital Life", "Add account"
flow-samsung-create-in-app-body =
    Abra Authenticator y empiece según lo que vea:

    Si muestra «Proteja su vida digital» (la primera vez que abre la aplicación), toque «Agregar cuenta profesional o educativa».

    Si aún no tiene ninguna cuenta, toque «Agregar cuenta» o el botón +, elija «Cuenta profesional o educativa» y toque «Iniciar sesión».

    Si su cuenta profesional ya aparece, tóquela y luego toque «Crear una clave de acceso».

    Inicie sesión con su cuenta profesional, complete la verificación adicional y configure un bloqueo de pantalla si la aplicación se lo pide. Si Authenticator le pide que lo active como proveedor de claves de acceso, hágalo como en el paso anterior; luego vuelva a Authenticator y toque Listo.

flow-samsung-pick-authenticator-title = Si Samsung Pass le ofrece guardarla
# Unconfirmed label: "Passkey added"
flow-samsung-pick-authenticator-body =
    Cuando el teléfono le pregunte dónde guardar la clave de acceso, elija Authenticator. Si aparece una ventana de Samsung Pass que le ofrece guardarla, no la guarde ahí, porque esta guía pone la clave de acceso en Authenticator: use la opción de esa ventana para elegir otro servicio y seleccione Authenticator. Si no existe esa opción, cancele, revise el paso anterior en Ajustes (Authenticator activado) y vuelva a intentarlo.

    Cuando Authenticator muestre «Clave de acceso agregada», toque Listo para terminar.

flow-samsung-check-security-info-title = Compruébelo en Información de seguridad
flow-samsung-check-security-info-body =
    Toque «Abrir Información de seguridad» e inicie sesión con su cuenta profesional. Su nueva clave de acceso aparece en la lista de métodos de inicio de sesión como «Clave de acceso en Microsoft Authenticator».

    { $browser ->
        [firefox] Si no pudo crear la clave de acceso en la aplicación, abra esta guía en Chrome o Edge (Firefox para Android no puede crear claves de acceso para cuentas profesionales) y agréguela en Información de seguridad: toque «+ Agregar método de inicio de sesión», elija «Clave de acceso en Microsoft Authenticator» y siga las indicaciones.
       *[other] Si no pudo crear la clave de acceso en la aplicación, agréguela aquí: toque «+ Agregar método de inicio de sesión», elija «Clave de acceso en Microsoft Authenticator» y siga las indicaciones.
    } Cuando se abra Authenticator, cree allí la clave de acceso, vuelva al navegador, toque Siguiente y, cuando se haya creado la clave de acceso, toque Listo.

    Si no se ofrece «Clave de acceso en Microsoft Authenticator»: solo aparece cuando la configuración de claves de acceso de su organización menciona Microsoft Authenticator. Crear la clave de acceso en la aplicación Authenticator (los pasos anteriores) funciona también sin esa opción. En Información de seguridad también puede elegir «Clave de acceso» y, cuando el teléfono le pregunte dónde guardar la clave de acceso, elegir Authenticator, no Samsung Pass.

flow-samsung-test-sign-in-title = Pruebe su clave de acceso
# Unconfirmed label: "Face, fingerprint, PIN or security key"
flow-samsung-test-sign-in-body = En Chrome o Edge, cierre la sesión de su cuenta profesional o abra una ventana privada (de incógnito o InPrivate) y vaya a https://myaccount.microsoft.com. Toque «Opciones de inicio de sesión» y luego «Rostro, huella digital, PIN o llave de seguridad». Elija en Authenticator la clave de acceso de su correo profesional y confirme con la huella digital, el rostro o el bloqueo de pantalla.

## Samsung Galaxy with Samsung Pass (synced passkey)

flow-samsung-pass-title = Samsung Galaxy: clave de acceso en Samsung Pass
flow-samsung-pass-summary = Guarde una clave de acceso para su cuenta profesional en Samsung Pass, el gestor de contraseñas integrado en su teléfono Galaxy. Solo funciona si su organización permite claves de acceso sincronizadas.

flow-samsung-pass-before-you-start-title = Antes de empezar
flow-samsung-pass-before-you-start-body =
    { $os_major ->
        [unknown] Compruebe que su teléfono tiene One UI 6 o posterior (Ajustes › Información del teléfono › Información de software): Samsung Pass guarda claves de acceso a partir de One UI 6.
       *[other] Su teléfono tiene Android { $os_major }. Samsung Pass guarda claves de acceso a partir de One UI 6, que llegó con Android 14; en Ajustes › Información del teléfono › Información de software puede ver su versión de One UI.
    } Debe tener la sesión iniciada con su cuenta Samsung en el teléfono, y tener configurados un bloqueo de pantalla y la huella digital, el rostro o un PIN. Tenga a mano su método de inicio de sesión actual o un Pase de acceso temporal.

    Su organización debe permitir claves de acceso sincronizadas, las que se guardan en un gestor de contraseñas; esta guía solo ofrece Samsung Pass si la configuración de su organización las permite. Microsoft incluye Samsung Pass entre las claves de acceso que acepta para cuentas profesionales en Android.

flow-samsung-pass-check-samsung-pass-title = Compruebe que Samsung Pass guarda claves de acceso
flow-samsung-pass-check-samsung-pass-body = Abra Ajustes › Seguridad y privacidad › Más ajustes de seguridad › Contraseñas, llaves de acceso y autocompletar. En «Servicio preferido», compruebe que está seleccionado Samsung Pass; si hay otro servicio, toque «Servicio preferido» y elija Samsung Pass. Si no encuentra la página, busque «contraseñas» en Ajustes.

flow-samsung-pass-open-security-info-title = Empiece en Información de seguridad
flow-samsung-pass-open-security-info-body =
    { $browser ->
        [firefox] Primero abra esta guía en Chrome o Edge: Firefox para Android no puede crear claves de acceso para cuentas profesionales. Después toque «Abrir Información de seguridad», inicie sesión, toque «+ Agregar método de inicio de sesión», elija «Clave de acceso» y toque Siguiente y luego Continuar.
       *[other] Toque «Abrir Información de seguridad» e inicie sesión con su cuenta profesional. Toque «+ Agregar método de inicio de sesión», elija «Clave de acceso» y toque Siguiente y luego Continuar.
    } Si «Clave de acceso» no aparece en la lista, puede que su organización no permita este tipo de clave de acceso: use la guía de Microsoft Authenticator.

flow-samsung-pass-save-in-samsung-pass-title = Guárdela en Samsung Pass
flow-samsung-pass-save-in-samsung-pass-body = Cuando el teléfono le pregunte dónde guardar la clave de acceso, compruebe que aparece Samsung Pass y confirme. Verifique su identidad con la huella digital, el rostro o el PIN. Si otro servicio, como el Gestor de contraseñas de Google, le ofrece guardarla, busque en esa ventana la opción para elegir otro servicio y seleccione Samsung Pass, o vuelva al paso de Ajustes.

flow-samsung-pass-check-it-worked-title = Compruebe que ha funcionado
flow-samsung-pass-check-it-worked-body = De vuelta en Información de seguridad, dé a la clave de acceso un nombre fácil de reconocer, toque Siguiente y luego Listo. Ahora aparece en su lista de métodos de inicio de sesión y en Samsung Pass en su teléfono.

flow-samsung-pass-test-sign-in-title = Pruebe su clave de acceso
# Unconfirmed label: "Face, fingerprint, PIN or security key"
flow-samsung-pass-test-sign-in-body = En Chrome o Edge, cierre la sesión de su cuenta profesional o abra una ventana privada (de incógnito o InPrivate) y vaya a https://myaccount.microsoft.com. Toque «Opciones de inicio de sesión» y luego «Rostro, huella digital, PIN o llave de seguridad». Elija en Samsung Pass la clave de acceso de su correo profesional y verifique su identidad con la huella digital, el rostro o el PIN.

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
flow-android-authenticator-install-app-body = Instale Microsoft Authenticator desde Google Play, o actualícelo si ya lo tiene: si la configuración de claves de acceso de su organización incluye Authenticator, Microsoft pide la versión 6.2507.4749 o posterior. Abra la aplicación una vez y pase las pantallas de privacidad. Si su teléfono tiene un perfil de trabajo, instale y use la aplicación en el perfil en el que quiera usar la clave de acceso.

flow-android-authenticator-create-in-app-title = Cree la clave de acceso en Authenticator
# Unconfirmed label: "Secure Your Digital Life", "Add account"
flow-android-authenticator-create-in-app-body =
    Abra Authenticator y empiece según lo que vea:

    Si muestra «Proteja su vida digital» (la primera vez que abre la aplicación), toque «Agregar cuenta profesional o educativa».

    Si aún no tiene ninguna cuenta, toque «Agregar cuenta» o el botón +, elija «Cuenta profesional o educativa» y toque «Iniciar sesión».

    Si su cuenta profesional ya aparece, tóquela y luego toque «Crear una clave de acceso».

    Inicie sesión con su cuenta profesional, complete la verificación adicional y configure un bloqueo de pantalla si la aplicación se lo pide. Después, Authenticator le pedirá que le permita guardar claves de acceso: es el paso siguiente.

flow-android-authenticator-enable-provider-title = Permita que Authenticator guarde claves de acceso
# Unconfirmed label: "Passkey added"
flow-android-authenticator-enable-provider-body =
    { $os_major ->
        [14] Cuando Authenticator se lo pida, toque el botón que abre Ajustes. Abra Contraseñas y cuentas y active Authenticator en Proveedores adicionales. Si no puede activarlo, Microsoft recomienda actualizar el teléfono a Android 15.
        [unknown] Cuando Authenticator se lo pida, toque el botón que abre Ajustes. Abra Contraseñas, llaves de acceso y cuentas (en Android 14, Contraseñas y cuentas) y active Authenticator en Proveedores adicionales. Si no puede activarlo en Android 14, Microsoft recomienda actualizar a Android 15.
       *[other] Cuando Authenticator se lo pida, toque el botón que abre Ajustes. Abra Contraseñas, llaves de acceso y cuentas y active Authenticator en Proveedores adicionales. Los nombres pueden variar según el fabricante: busque «contraseñas» en Ajustes.
    }

    Vuelva a Authenticator y toque Listo. Cuando vea «Clave de acceso agregada», vuelva a tocar Listo.

flow-android-authenticator-check-security-info-title = Compruébelo en Información de seguridad
flow-android-authenticator-check-security-info-body =
    Toque «Abrir Información de seguridad» e inicie sesión con su cuenta profesional. Su nueva clave de acceso aparece en la lista de métodos de inicio de sesión como «Clave de acceso en Microsoft Authenticator».

    { $browser ->
        [firefox] Si no pudo crear la clave de acceso en la aplicación, abra esta guía en Chrome o Edge (Firefox para Android no puede crear claves de acceso para cuentas profesionales) y agréguela en Información de seguridad: toque «+ Agregar método de inicio de sesión», elija «Clave de acceso en Microsoft Authenticator» y siga las indicaciones.
       *[other] Si no pudo crear la clave de acceso en la aplicación, agréguela aquí: toque «+ Agregar método de inicio de sesión», elija «Clave de acceso en Microsoft Authenticator» y siga las indicaciones.
    } Cuando se abra Authenticator, cree allí la clave de acceso, vuelva al navegador, toque Siguiente y, cuando se haya creado la clave de acceso, toque Listo.

    Si no se ofrece «Clave de acceso en Microsoft Authenticator»: solo aparece cuando la configuración de claves de acceso de su organización menciona Microsoft Authenticator. Crear la clave de acceso en la aplicación Authenticator (los pasos anteriores) funciona también sin esa opción. En Información de seguridad también puede elegir «Clave de acceso» y, cuando el teléfono le pregunte dónde guardar la clave de acceso, elegir Authenticator.

flow-android-authenticator-test-sign-in-title = Pruebe su clave de acceso
# Unconfirmed label: "Face, fingerprint, PIN or security key"
flow-android-authenticator-test-sign-in-body = En Chrome o Edge, cierre la sesión de su cuenta profesional o abra una ventana privada (de incógnito o InPrivate) y vaya a https://myaccount.microsoft.com. Toque «Opciones de inicio de sesión» y luego «Rostro, huella digital, PIN o llave de seguridad». Elija en Authenticator la clave de acceso de su correo profesional y confirme con la huella digital, el rostro o el bloqueo de pantalla.

## Android phone with Google Password Manager (synced passkey)

flow-android-google-password-manager-title = Android: clave de acceso en el Gestor de contraseñas de Google
flow-android-google-password-manager-summary = Guarde una clave de acceso para su cuenta profesional en el Gestor de contraseñas de Google. Se sincroniza con sus otros dispositivos en los que haya iniciado sesión con la misma cuenta de Google. Solo funciona si su organización permite claves de acceso sincronizadas. En un teléfono Samsung Galaxy, primero tendrá que elegir Google como servicio para guardar las claves de acceso.

flow-android-google-password-manager-before-you-start-title = Antes de empezar
flow-android-google-password-manager-before-you-start-body =
    { $os_major ->
        [unknown] Compruebe que su teléfono tiene Android 9 o posterior (Ajustes › Información del teléfono).
       *[other] Su teléfono tiene Android { $os_major }; se necesita Android 9 o posterior.
    } Necesita un bloqueo de pantalla y una cuenta de Google con la sesión iniciada en el teléfono. Tenga a mano su método de inicio de sesión actual o un Pase de acceso temporal.

flow-android-google-password-manager-check-provider-title = Compruebe dónde se guardan las claves de acceso
flow-android-google-password-manager-check-provider-body =
    { $platform ->
        [samsung] En Android 14 o posterior, abra Ajustes › Seguridad y privacidad › Más ajustes de seguridad › Contraseñas, llaves de acceso y autocompletar. Toque «Servicio preferido» y elija Google en lugar de Samsung Pass. Si no encuentra la página, busque «contraseñas» en Ajustes. En Android 13 o anterior no tiene que cambiar nada.
       *[other] { $os_major ->
            [14] Abra Ajustes › Contraseñas y cuentas y compruebe que Google es el servicio preferido para contraseñas y claves de acceso.
            [unknown] En Android 14 o posterior, abra Ajustes › Contraseñas, llaves de acceso y cuentas (en Android 14, Contraseñas y cuentas) y compruebe que Google es el servicio preferido. En versiones anteriores no tiene que cambiar nada.
           *[other] En Android 15 o posterior, abra Ajustes › Contraseñas, llaves de acceso y cuentas y compruebe que Google es el servicio preferido. En Android 13 o anterior no tiene que cambiar nada.
        }
    }

flow-android-google-password-manager-open-security-info-title = Empiece en Información de seguridad
flow-android-google-password-manager-open-security-info-body =
    { $browser ->
        [chrome] Toque «Abrir Información de seguridad» e inicie sesión con su cuenta profesional. Toque «+ Agregar método de inicio de sesión», elija «Clave de acceso» y toque Siguiente y luego Continuar.
        [firefox] Primero abra esta guía en Chrome: Firefox para Android no puede crear claves de acceso para cuentas profesionales. Después toque «Abrir Información de seguridad», inicie sesión, toque «+ Agregar método de inicio de sesión» y elija «Clave de acceso».
       *[other] Si puede, abra esta guía en Chrome. Toque «Abrir Información de seguridad» e inicie sesión con su cuenta profesional. Toque «+ Agregar método de inicio de sesión», elija «Clave de acceso» y toque Siguiente y luego Continuar.
    }

flow-android-google-password-manager-save-passkey-title = Guarde la clave de acceso
flow-android-google-password-manager-save-passkey-body =
    { $platform ->
        [samsung] Cuando el teléfono le pida crear una clave de acceso, compruebe que aparecen el Gestor de contraseñas de Google y su propia cuenta de Google. Toque Continuar y desbloquee con la huella digital, el rostro o el bloqueo de pantalla. Si Samsung Pass le ofrece guardarla, puede elegir otro servicio en esa ventana y seleccionar el Gestor de contraseñas de Google, o bien guardarla en Samsung Pass: su organización también lo acepta.
       *[other] Cuando el teléfono le pida crear una clave de acceso, compruebe que aparecen el Gestor de contraseñas de Google y su propia cuenta de Google. Toque Continuar y desbloquee con la huella digital, el rostro o el bloqueo de pantalla.
    }

flow-android-google-password-manager-check-it-worked-title = Compruebe que ha funcionado
flow-android-google-password-manager-check-it-worked-body = Dé a la clave de acceso un nombre fácil de reconocer, toque Siguiente y luego Listo. Ahora aparece en Información de seguridad y en el Gestor de contraseñas de Google de su teléfono.

flow-android-google-password-manager-test-sign-in-title = Pruebe su clave de acceso
# Unconfirmed label: "Face, fingerprint, PIN or security key"
flow-android-google-password-manager-test-sign-in-body = En Chrome, cierre la sesión de su cuenta profesional o abra una pestaña de incógnito y vaya a https://myaccount.microsoft.com. Toque «Opciones de inicio de sesión» y luego «Rostro, huella digital, PIN o llave de seguridad». Elija en el Gestor de contraseñas de Google la clave de acceso de su correo profesional y confirme con la huella digital, el rostro o el bloqueo de pantalla.

## Windows PC with Windows Hello

flow-windows-hello-title = Windows: clave de acceso en Windows Hello
flow-windows-hello-summary = Guarde una clave de acceso para su cuenta profesional en este equipo. Se desbloquea con el PIN, el rostro o la huella digital de Windows Hello. Se queda en este equipo y no se sincroniza.

flow-windows-hello-before-you-start-title = Antes de empezar
flow-windows-hello-before-you-start-body = Necesita Windows 10 u 11 y Edge, Chrome o Firefox. Tenga a mano su método de inicio de sesión actual o un Pase de acceso temporal. El siguiente paso le pregunta si es un equipo de la empresa, porque de eso depende que esta guía le sirva.

flow-windows-hello-company-pc-title = ¿Es un equipo administrado por la empresa?
# Unconfirmed label: "Access work or school"
flow-windows-hello-company-pc-body =
    Indíquenos si su organización administra este equipo, es decir, si está unido a Microsoft Entra ID o registrado en él. Para comprobarlo, abra Configuración › Cuentas › Obtener acceso a trabajo o escuela. Si ahí aparece una cuenta profesional o educativa como conectada, es un equipo administrado por la empresa.

    Esto es importante porque, en un equipo así, configurar Windows Hello también puede crear un inicio de sesión de Windows Hello para empresas para su cuenta profesional. Microsoft: «Si después intenta registrar una clave de acceso en Windows para esa misma cuenta, el registro falla porque la credencial de Windows Hello para empresas ya existe. Al volver a intentarlo, verá un error que indica que la clave de acceso ya está registrada».

flow-windows-hello-set-up-windows-hello-title = Configure Windows Hello
flow-windows-hello-set-up-windows-hello-body = Si todavía no desbloquea este equipo con un PIN, el rostro o la huella digital, abra Configuración › Cuentas › Opciones de inicio de sesión y configure primero PIN (Windows Hello). Hágalo solo en un equipo que su organización no administre.

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

flow-windows-hello-test-sign-in-title = Pruebe a iniciar sesión con su clave de acceso
# Unconfirmed label: "Face, fingerprint, PIN or security key", "Other ways to sign in"
flow-windows-hello-test-sign-in-body = Abra una ventana InPrivate o de incógnito (Ctrl+Mayús+N en Edge o Chrome), o cierre la sesión de su cuenta profesional, y vaya a https://myaccount.microsoft.com. En la página de inicio de sesión, elija «Opciones de inicio de sesión» y luego «Rostro, huella digital, PIN o llave de seguridad»; si ya ha escrito su correo profesional, elija en su lugar «Otras formas de iniciar sesión». Elija su cuenta profesional y confirme con el PIN, el rostro o la huella digital de Windows Hello.

## Mac with iCloud Keychain (synced passkey)

flow-macos-title = Mac: clave de acceso en el Llavero de iCloud
flow-macos-summary = Guarde una clave de acceso para su cuenta profesional en Contraseñas de Apple (Llavero de iCloud) en su Mac. Se sincroniza con sus otros dispositivos Apple. Solo funciona si su organización permite claves de acceso sincronizadas.

flow-macos-before-you-start-title = Antes de empezar
flow-macos-before-you-start-body =
    { $os_major ->
        [unknown] Compruebe que su Mac tiene macOS 13 Ventura o posterior (menú Apple › Acerca de este Mac).
       *[other] Su Mac tiene macOS { $os_major }; se necesita macOS 13 Ventura o posterior.
    } Debe tener la sesión iniciada con su cuenta de Apple, con autenticación de doble factor. Use Safari: Chrome solo puede guardar claves de acceso en el Llavero de iCloud a partir de Chrome 118 en macOS 13.5 o posterior. Tenga a mano su método de inicio de sesión actual o un Pase de acceso temporal.

flow-macos-turn-on-icloud-keychain-title = Active el Llavero de iCloud
# Unconfirmed label: "Apps Using iCloud", "Saved to iCloud", "Done" (macOS)
flow-macos-turn-on-icloud-keychain-body =
    { $os_major ->
        [13] Abra Ajustes del Sistema, haga clic en su nombre y luego en iCloud. En macOS 13.3 o posterior, haga clic en «Contraseñas y llavero» en «Apps que usan iCloud» y active «Sincronizar este Mac». En macOS 13.0 a 13.2, active «Contraseñas y llavero».
        [14] Abra Ajustes del Sistema, haga clic en su nombre y luego en iCloud. En «Apps que usan iCloud», haga clic en «Contraseñas y llavero» y active «Sincronizar este Mac».
        [unknown] Abra Ajustes del Sistema, haga clic en su nombre y luego en iCloud. En macOS 15 Sequoia o posterior, haga clic en Contraseñas en «Guardado en iCloud» y active «Sincronizar este Mac». En macOS 13.3 a 14, haga clic en «Contraseñas y llavero» en «Apps que usan iCloud» y active «Sincronizar este Mac»; en macOS 13.0 a 13.2, active «Contraseñas y llavero».
       *[other] Abra Ajustes del Sistema, haga clic en su nombre y luego en iCloud. En «Guardado en iCloud», haga clic en Contraseñas, active «Sincronizar este Mac» y haga clic en OK.
    }

flow-macos-open-security-info-title = Empiece en Información de seguridad
flow-macos-open-security-info-body = Haga clic en «Abrir Información de seguridad» e inicie sesión con su cuenta profesional. Haga clic en «+ Agregar método de inicio de sesión», elija «Clave de acceso» y haga clic en Siguiente. Si «Clave de acceso» no aparece en la lista, puede que su organización no permita este tipo de clave de acceso. Consulte al soporte técnico.

flow-macos-save-passkey-title = Guarde la clave de acceso
flow-macos-save-passkey-body =
    { $browser ->
        [safari] Safari le pregunta si quiere guardar una clave de acceso. Haga clic en Continuar y confirme con Touch ID o la contraseña de su Mac. Se guarda en el Llavero de iCloud.
        [chrome] Chrome solo ofrece el Llavero de iCloud a partir de Chrome 118 en macOS 13.5 o posterior; con un macOS anterior, abra esta guía en Safari para este paso. En la ventana de claves de acceso de Chrome, elija Llavero de iCloud, no el Gestor de contraseñas de Google ni un teléfono. Si Chrome se lo pide, permita que login.microsoft.com use su clave de acceso y, cuando macOS se lo pida, permita que Chrome use sus claves de acceso; luego confirme con Touch ID o la contraseña de su Mac.
        [edge] Edge muestra su propia ventana de claves de acceso. Elija Llavero de iCloud si aparece o, si no aparece, abra esta guía en Safari. Si se le pide, permita que login.microsoft.com use su clave de acceso y confirme con Touch ID o la contraseña de su Mac.
       *[other] Siga la ventana de claves de acceso de su navegador y elija Llavero de iCloud. Si su navegador no lo ofrece, abra esta guía en Safari.
    }

flow-macos-check-it-worked-title = Compruebe que ha funcionado
flow-macos-check-it-worked-body =
    { $os_major ->
        [13] Dé a la clave de acceso un nombre fácil de reconocer, haga clic en Siguiente y luego en Listo. Ahora aparece en Información de seguridad y, en su Mac, en Ajustes del Sistema › Contraseñas.
        [14] Dé a la clave de acceso un nombre fácil de reconocer, haga clic en Siguiente y luego en Listo. Ahora aparece en Información de seguridad y, en su Mac, en Ajustes del Sistema › Contraseñas.
       *[other] Dé a la clave de acceso un nombre fácil de reconocer, haga clic en Siguiente y luego en Listo. Ahora aparece en Información de seguridad y en la app Contraseñas de su Mac.
    }

flow-macos-test-sign-in-title = Pruebe a iniciar sesión con su clave de acceso
# Unconfirmed label: "Face, fingerprint, PIN or security key", "Other ways to sign in"
flow-macos-test-sign-in-body = Abra una ventana privada (en Safari, Archivo › Nueva ventana privada), o cierre la sesión de su cuenta profesional, y vaya a https://myaccount.microsoft.com. En la página de inicio de sesión, elija «Opciones de inicio de sesión» y luego «Rostro, huella digital, PIN o llave de seguridad»; si ya ha escrito su correo profesional, elija en su lugar «Otras formas de iniciar sesión». Elija su cuenta profesional y confirme con Touch ID o la contraseña de su Mac.

## Security key (USB or NFC)

flow-security-key-title = Llave de seguridad (USB o NFC)
flow-security-key-summary = Guarde una clave de acceso para su cuenta profesional en una llave de seguridad física, que se conecta o se acerca al dispositivo. Se queda en la llave y funciona en cualquier equipo en el que la use.

flow-security-key-before-you-start-title = Antes de empezar
flow-security-key-before-you-start-body = Necesita una llave de seguridad FIDO2 que su organización acepte. Si no está seguro, pregunte al soporte técnico qué modelos se aceptan. En un equipo, use Edge, Chrome o Firefox, en Windows, Mac o Linux. Tenga a mano su método de inicio de sesión actual o un Pase de acceso temporal.

flow-security-key-set-pin-title = Compruebe que la llave tiene un PIN
flow-security-key-set-pin-body =
    { $browser ->
        [safari] Safari en iPhone, iPad o Mac no puede configurar un PIN en una llave nueva. Si su llave todavía no tiene PIN, configúrelo primero en un PC con Windows (Configuración › Cuentas › Opciones de inicio de sesión › Llave de seguridad › Administrar) o con la aplicación del fabricante de la llave.
       *[other] Su llave necesita un PIN. En Windows puede configurarlo en Configuración › Cuentas › Opciones de inicio de sesión › Llave de seguridad › Administrar; si no, el navegador le pedirá que cree uno. En iPhone, iPad o Mac, configure antes el PIN en un PC con Windows o con la aplicación del fabricante de la llave.
    }

flow-security-key-open-security-info-title = Empiece en Información de seguridad
flow-security-key-open-security-info-body = Seleccione «Abrir Información de seguridad», inicie sesión con su cuenta profesional y complete la verificación adicional. Seleccione «+ Agregar método de inicio de sesión», elija «Clave de acceso» y seleccione Siguiente.

flow-security-key-use-key-title = Guarde la clave de acceso en su llave
flow-security-key-use-key-body =
    { $platform ->
        [windows] Cuando Windows le pregunte dónde guardar la clave de acceso, elija Llave de seguridad. Puede que Windows 11 le proponga primero su teléfono (iPhone, iPad o dispositivo Android): elija Llave de seguridad en su lugar, o búsquela en Más opciones o en Usar otro dispositivo. Inserte la llave o acérquela, escriba su PIN y toque la llave cuando parpadee.
       *[other] Cuando se le pregunte dónde guardar la clave de acceso, elija Llave de seguridad. Si no aparece, busque en Más opciones o en Usar otro dispositivo. Inserte la llave o acérquela, escriba su PIN y toque la llave cuando parpadee.
    }

flow-security-key-check-it-worked-title = Compruebe que ha funcionado
flow-security-key-check-it-worked-body = Dé a la clave de acceso un nombre fácil de reconocer, como el modelo de la llave, y seleccione Listo. Ahora aparece en su lista de métodos de inicio de sesión en Información de seguridad.

flow-security-key-test-sign-in-title = Pruebe a iniciar sesión con su llave
# Unconfirmed label: "Face, fingerprint, PIN or security key", "Other ways to sign in"
flow-security-key-test-sign-in-body = Abra una ventana privada (InPrivate en Edge, de incógnito en Chrome), o cierre la sesión de su cuenta profesional, y vaya a https://myaccount.microsoft.com. En la página de inicio de sesión, elija «Opciones de inicio de sesión» y luego «Rostro, huella digital, PIN o llave de seguridad»; si ya ha escrito su correo profesional, elija en su lugar «Otras formas de iniciar sesión». Elija Llave de seguridad, inserte la llave o acérquela, escriba su PIN y toque la llave.

## Phone passkey, started on a computer

flow-phone-from-desktop-title = Equipo: clave de acceso en su teléfono
flow-phone-from-desktop-summary = Empiece en este equipo y cree la clave de acceso en Microsoft Authenticator en su iPhone o teléfono Android. Después, para iniciar sesión, confirmará en su teléfono.

flow-phone-from-desktop-before-you-start-title = Antes de empezar
flow-phone-from-desktop-before-you-start-body = Necesita un iPhone con iOS 17 o posterior, o un teléfono con Android 14 o posterior, con bloqueo de pantalla. Asegúrese de que el equipo y el teléfono estén conectados a internet. Tenga a mano su método de inicio de sesión actual o un Pase de acceso temporal.

flow-phone-from-desktop-open-security-info-title = Empiece en Información de seguridad en este equipo
flow-phone-from-desktop-open-security-info-body = Haga clic en «Abrir Información de seguridad» e inicie sesión con su cuenta profesional. Haga clic en «+ Agregar método de inicio de sesión», elija «Clave de acceso en Microsoft Authenticator» y, si se le pide, complete la verificación adicional.

flow-phone-from-desktop-get-app-title = Instale Authenticator en su teléfono
flow-phone-from-desktop-get-app-body = Si la página muestra un código QR para descargar Authenticator, escanéelo con la cámara del teléfono (en iPhone, con la app Cámara) e instale la aplicación. Luego haga clic en Siguiente en el equipo.

flow-phone-from-desktop-create-on-phone-title = Cree la clave de acceso en su teléfono
# Unconfirmed label: "Add account"
flow-phone-from-desktop-create-on-phone-body = En el teléfono, abra Authenticator y pase sus pantallas de privacidad. Toque «Agregar cuenta profesional o educativa»; si la aplicación ya tiene otras cuentas, toque «Agregar cuenta» o +, elija «Cuenta profesional o educativa» y luego «Iniciar sesión». Si su cuenta profesional ya aparece, tóquela y luego toque «Crear una clave de acceso». Inicie sesión y, cuando se le pida, permita en los ajustes del teléfono que Authenticator guarde claves de acceso; de vuelta en Authenticator, toque Listo y luego otra vez Listo.

flow-phone-from-desktop-qr-fallback-title = Si no puede iniciar sesión en Authenticator
flow-phone-from-desktop-qr-fallback-body = En el equipo, elija «¿Tiene problemas?», luego la opción para crear la clave de acceso de otra forma, y elija iPhone o iPad, o bien Android. Este método necesita Bluetooth: actívelo en el equipo y en el teléfono, y mantenga ambos conectados a internet. Escanee el código QR con la cámara del teléfono (en iPhone, con la app Cámara, no con el escáner de Authenticator). Mantenga el teléfono cerca del equipo hasta que indique que está conectado. Este método no funciona si su organización exige claves de acceso aprobadas (con atestación).

flow-phone-from-desktop-check-it-worked-title = Compruebe que ha funcionado
flow-phone-from-desktop-check-it-worked-body = De vuelta en el equipo, haga clic en Siguiente y, cuando se confirme la clave de acceso, en Listo. Ahora «Clave de acceso en Microsoft Authenticator» aparece en su lista de métodos de inicio de sesión en Información de seguridad.

flow-phone-from-desktop-test-sign-in-title = Pruebe a iniciar sesión con su teléfono
# Unconfirmed label: "Face, fingerprint, PIN or security key", "Other ways to sign in"
flow-phone-from-desktop-test-sign-in-body = En el equipo, abra una ventana privada (InPrivate en Edge, de incógnito en Chrome), o cierre la sesión de su cuenta profesional, y vaya a https://myaccount.microsoft.com. En la página de inicio de sesión, elija «Opciones de inicio de sesión» y luego «Rostro, huella digital, PIN o llave de seguridad»; si ya ha escrito su correo profesional, elija en su lugar «Otras formas de iniciar sesión». Elija «iPhone, iPad o dispositivo Android», escanee el código QR con la cámara del teléfono y confirme en Authenticator. Para ello se necesita Bluetooth en el equipo y en el teléfono.

## Troubleshooting

ts-not-enabled-by-policy-title = Información de seguridad no ofrece la opción de clave de acceso
ts-not-enabled-by-policy-body = Si Información de seguridad no ofrece «Clave de acceso» ni «Clave de acceso en Microsoft Authenticator», su organización aún no ha activado las claves de acceso para su cuenta, o no este tipo de clave de acceso. Pida al soporte técnico que lo incluya en la implantación de claves de acceso.

ts-self-service-off-title = Información de seguridad indica que no puedo agregar este método
ts-self-service-off-body = Su organización puede desactivar la opción de agregar claves de acceso en Información de seguridad. Si se le indica que no puede agregar este método, pida al soporte técnico que configure la clave de acceso con usted o que le permita configurarla por su cuenta.

ts-no-bootstrap-method-title = No tengo forma de confirmar mi identidad, o he perdido el teléfono
ts-no-bootstrap-method-body = Para agregar una clave de acceso, primero debe iniciar sesión con un método de verificación que ya tenga, como una aprobación en Authenticator o un código por SMS. Si no tiene ninguno o ha perdido el teléfono, pida al soporte técnico un Pase de acceso temporal y úselo para iniciar sesión en Información de seguridad.

ts-mfa-too-old-title = Información de seguridad me pide que vuelva a verificar mi identidad
ts-mfa-too-old-body = Para agregar una clave de acceso se necesita una verificación reciente, de los últimos minutos. Si se le pide que vuelva a verificar su identidad, hágalo y agregue la clave de acceso de inmediato.

ts-os-too-old-title = Mi teléfono o mi equipo es demasiado antiguo para esto
ts-os-too-old-body = Las claves de acceso en Microsoft Authenticator requieren iOS 17 o Android 14, o una versión posterior. Las claves de acceso en el Llavero de iCloud requieren iOS 16 o macOS 13, o una versión posterior, y el Gestor de contraseñas de Google requiere Android 9 o posterior. Actualice su dispositivo desde sus ajustes, o use otro dispositivo o una llave de seguridad.

ts-android-no-secure-hardware-title = Funciona en un teléfono Android, pero en el mío falla
ts-android-no-secure-hardware-body =
    Authenticator guarda las claves de acceso en el hardware de seguridad protegido del teléfono. Si su organización solo acepta claves de acceso aprobadas (con atestación), Microsoft comprueba con el servicio de atestación de Google que la clave de acceso se guarda realmente en ese hardware. Los teléfonos que no lo tienen no pueden registrarla, y el registro se detiene sin un motivo claro.

    La misma comprobación falla mientras el servicio de atestación está saturado o no funciona: espere un rato y vuelva a intentarlo más tarde. Si sigue fallando en este teléfono, pruebe con otro teléfono o pregunte al soporte técnico por una llave de seguridad.

ts-authenticator-not-provider-title = Mi teléfono no permite que Authenticator guarde la clave de acceso
ts-authenticator-not-provider-body =
    { $os_major ->
        [14] En Android 14: abra Ajustes › Contraseñas y cuentas y active Authenticator en Proveedores adicionales. Si no puede activarlo, actualice a Android 15. En iPhone: abra Ajustes › General › Autorrelleno y contraseñas (en iOS 17, Ajustes › Contraseñas › Opciones de contraseña) y seleccione Authenticator.
        [17] En iPhone con iOS 17: abra Ajustes › Contraseñas › Opciones de contraseña, active «Autorrellenar contraseñas y llaves de acceso» y seleccione Authenticator. En Android: abra Ajustes › Contraseñas, llaves de acceso y cuentas (o Contraseñas y cuentas) y active Authenticator en Proveedores adicionales.
       *[other] En iPhone con iOS 18 o posterior: abra Ajustes › General › Autorrelleno y contraseñas, active «Autorrellenar contraseñas y llaves de acceso» y seleccione Authenticator (en iOS 17, Ajustes › Contraseñas › Opciones de contraseña). En Android: abra Ajustes › Contraseñas, llaves de acceso y cuentas (en Android 14, Contraseñas y cuentas) y active Authenticator en Proveedores adicionales.
    }

ts-screen-lock-missing-title = Se me pide que configure primero un bloqueo de pantalla
ts-screen-lock-missing-body = Las claves de acceso se desbloquean con el bloqueo de pantalla del dispositivo. Configure un PIN, un patrón, una contraseña, la huella digital o el desbloqueo facial en los ajustes del dispositivo y vuelva a empezar.

ts-ios-qr-camera-app-title = El código QR no se escanea en mi iPhone
ts-ios-qr-camera-app-body = Escanee el código QR de la clave de acceso con la app Cámara del iPhone, no con el escáner de Authenticator, que no puede leer este tipo de código. En Android, el escáner de Authenticator también funciona.

ts-cross-device-connecting-title = Se queda en «Conectando»
ts-cross-device-connecting-body = Active el Bluetooth en el equipo y en el teléfono, manténgalos cerca y asegúrese de que ambos estén conectados a internet. Si sigue sin avanzar, la causa puede ser la red o un Bluetooth bloqueado: consulte «El teléfono no puede conectarse al equipo (red o Bluetooth bloqueados)». También puede configurar la clave de acceso directamente en el teléfono o usar una llave de seguridad.

ts-ca-bootstrap-loop-title = Información de seguridad me pide una y otra vez que inicie sesión, o me hace entrar en un bucle
ts-ca-bootstrap-loop-body =
    Algunas reglas de inicio de sesión de la empresa (Acceso condicional) piden una clave de acceso antes de que pueda crear la primera, y eso le hace entrar en un bucle entre el inicio de sesión e Información de seguridad.

    Si va a crear la clave de acceso en Microsoft Authenticator, Microsoft documenta una forma de evitarlo: en Información de seguridad, agregue «Clave de acceso en Microsoft Authenticator», toque «¿Tiene problemas?», luego la opción para crear la clave de acceso de otra forma, y siga los pasos para su teléfono (desde un equipo, se escanea un código QR, con Bluetooth en ambos dispositivos). Este método no funciona si su organización solo acepta claves de acceso aprobadas (con atestación).

    Otras reglas pueden causar el mismo bucle: una que solo permite teléfonos administrados por la empresa (compatibles), una que solo permite aplicaciones aprobadas, o una que solo permite «Registrar información de seguridad» desde la oficina o la red de la empresa. No puede cambiarlas usted mismo. Consulte al soporte técnico: en el registro de inicios de sesión pueden ver qué regla le ha bloqueado, y pueden darle un Pase de acceso temporal o una excepción temporal.

ts-orphaned-passkey-title = Indica que la clave de acceso ya existe, o me ofrece una antigua que falla
# Unconfirmed label: "Passkeys" (Windows Settings › Accounts)
ts-orphaned-passkey-body =
    Una clave de acceso de un intento anterior puede quedarse en su dispositivo o en su gestor de contraseñas aunque su organización ya no la tenga, por ejemplo, si se quitó de Información de seguridad o el intento no terminó. Entonces verá que la clave de acceso ya existe, o su dispositivo le ofrecerá la clave de acceso antigua y el inicio de sesión fallará. Elimine la clave de acceso antigua allí donde esté guardada, quite cualquier entrada antigua en Información de seguridad y vuelva a registrarla.

    Microsoft Authenticator: toque su cuenta profesional y luego Configuración › Eliminar clave de acceso. En Android, esto normalmente también la quita de Información de seguridad.

    Contraseñas de Apple (Llavero de iCloud): abra la app Contraseñas (iOS 18 y macOS 15 o posterior), o Ajustes › Contraseñas en el iPhone y Ajustes del Sistema › Contraseñas en el Mac. Busque la clave de acceso de login.microsoft.com y elimínela.

    Gestor de contraseñas de Google: abra el Gestor de contraseñas de Google en Chrome o en los ajustes del teléfono, busque login.microsoft.com y elimine la clave de acceso.

    Samsung Pass: abra Samsung Pass, busque la clave de acceso de login.microsoft.com y elimínela.

    Windows 11: en Configuración › Cuentas › Claves de acceso, busque login.microsoft.com y elimine la clave de acceso.

    Llave de seguridad: en Windows, Configuración › Cuentas › Opciones de inicio de sesión › Llave de seguridad › Administrar, o la aplicación del fabricante de la llave. Restablecer la llave borra todas las claves de acceso que contiene, así que restablezca solo una llave que no guarde nada más que necesite.

    Información de seguridad: seleccione Eliminar junto a la clave de acceso antigua.

ts-android-work-profile-title = La clave de acceso funciona en un perfil de mi teléfono Android, pero no en el otro
ts-android-work-profile-body = En Android, una clave de acceso solo funciona en el perfil en el que se creó. Si su teléfono tiene un perfil de trabajo y uno personal, cree la clave de acceso en Authenticator en el perfil en el que la vaya a usar, o una vez en cada perfil.

ts-samsung-pass-picker-title = Samsung Pass ofrece guardar la clave de acceso, o ya la ha guardado
ts-samsung-pass-picker-body =
    Los teléfonos Galaxy suelen ofrecer primero Samsung Pass. Si sigue la guía de Microsoft Authenticator, no guarde ahí la clave de acceso: use la opción de la ventana de Samsung Pass para elegir otro servicio y seleccione Authenticator. Si no existe esa opción, cancele, active Authenticator en Ajustes › Seguridad y privacidad › Más ajustes de seguridad › Contraseñas, llaves de acceso y autocompletar, y vuelva a intentarlo.

    Si la clave de acceso ya está guardada en Samsung Pass, lo que debe hacer depende de su organización. Si permite claves de acceso sincronizadas (en ese caso, esta guía también le ofrece Samsung Pass o el Gestor de contraseñas de Google para su teléfono), no pasa nada: consérvela y úsela para iniciar sesión. Solo si su organización acepta únicamente claves de acceso vinculadas a un dispositivo, como Authenticator o una llave de seguridad, elimínela en Samsung Pass, quítela de Información de seguridad si aparece allí y vuelva a empezar eligiendo Authenticator.

ts-windows-hello-already-registered-title = Windows indica que la clave de acceso ya está registrada
ts-windows-hello-already-registered-body = Si esta cuenta profesional ya usa Windows Hello para empresas para iniciar sesión en este equipo, Windows no puede agregar una segunda clave de acceso para ella e indica que ya está registrada. Use la guía del teléfono o la de la llave de seguridad, o consulte al soporte técnico.

ts-unsupported-browser-title = Mi navegador no puede crear la clave de acceso
ts-unsupported-browser-body =
    { $browser ->
        [firefox] Firefox no puede crear claves de acceso profesionales en Android, y en Linux no puede usar una clave de acceso de Authenticator. Use Chrome o Edge.
        [opera] Opera no está en la lista de navegadores compatibles de Microsoft para claves de acceso profesionales. Use Chrome, Edge o Safari.
        [samsung-internet] Samsung Internet no está en la lista de navegadores compatibles de Microsoft para claves de acceso profesionales. Use Chrome o Edge.
       *[other] Use un navegador compatible: Edge, Chrome o Firefox en Windows y Linux; Safari, Chrome, Edge o Firefox en Mac y iPhone; Chrome o Edge en Android.
    }

ts-in-app-browser-title = La guía se abrió dentro de mi aplicación de correo o de chat
ts-in-app-browser-body = Los enlaces que se abren desde una aplicación de correo o de chat suelen cargarse en el navegador integrado de esa aplicación, donde las claves de acceso no funcionan bien: Microsoft recomienda iniciar sesión con el navegador del propio dispositivo. Use el menú de la aplicación para abrir el enlace en Safari, Chrome o Edge y vuelva a empezar.

ts-network-cross-device-title = El teléfono no puede conectarse al equipo (red o Bluetooth bloqueados)
ts-network-cross-device-body =
    Cuando su teléfono crea o usa una clave de acceso para un equipo (usted escanea un código QR), los dos dispositivos se conectan por Bluetooth y a través de internet. Active el Bluetooth en ambos, manténgalos cerca y asegúrese de que ambos estén conectados a internet.

    Las redes de la empresa, las VPN, los bloqueadores de anuncios y el software de seguridad pueden bloquear esta conexión. Estas direcciones deben ser accesibles sin proxy ni inspección: cable.ua5v.com (Android), y cable.auth.com, app-site-association.cdn-apple.com y app-site-association.networking.apple (iPhone y iPad). Vuelva a intentarlo con la VPN o el bloqueador de anuncios desactivados, o en otra red; en un dispositivo de la empresa, pida al soporte técnico que compruebe estas direcciones.

    Algunas organizaciones desactivan el Bluetooth en los equipos de la empresa. El departamento de TI puede permitir el Bluetooth solo para claves de acceso, por ejemplo con Intune. Las máquinas virtuales y los escritorios remotos no suelen tener Bluetooth: en su lugar, cree la clave de acceso directamente en el teléfono o use una llave de seguridad.

ts-security-key-not-allowed-title = Indica que esta llave de seguridad no está permitida
ts-security-key-not-allowed-body = Su organización puede limitar qué modelos de llave de seguridad acepta. Si se le indica que esta llave de seguridad no está permitida, o el registro falla justo después de tocar la llave, el modelo de su llave no está en esa lista. Pregunte al soporte técnico qué llaves se aceptan y use una de ellas; el soporte técnico también puede pedir al departamento de TI que agregue su modelo.

ts-private-window-title = La clave de acceso no se guarda en una ventana privada o de incógnito
ts-private-window-body =
    Las ventanas privadas (Navegación privada en Safari, InPrivate en Edge, incógnito en Chrome, ventanas privadas en Firefox) pueden impedir que el navegador cree o guarde una clave de acceso, según el navegador y el dispositivo. Cierre la ventana privada y registre la clave de acceso en una ventana normal.

    El inicio de sesión de prueba del final puede usar una ventana privada. Si ahí no se ofrece la clave de acceso, cierre la sesión de su cuenta profesional en una ventana normal y haga la prueba allí.

ts-authenticator-privacy-prompt-title = Authenticator se queda en sus pantallas de privacidad la primera vez que lo abro
ts-authenticator-privacy-prompt-body =
    La primera vez que abre Microsoft Authenticator, muestra unas pantallas de privacidad, entre ellas una pregunta sobre si quiere compartir datos de uso opcionales. Compartirlos es opcional: acepte o rechace y continúe.

    Si un botón no hace nada o la aplicación se queda en esa pantalla, actualice Authenticator en la App Store o en Google Play, reinicie el teléfono y vuelva a abrir la aplicación. Si sigue sin avanzar, consulte al soporte técnico.

ts-sign-in-profile-changed-title = Mi clave de acceso funcionaba antes, pero ahora se rechaza
ts-sign-in-profile-changed-body =
    Su organización decide qué tipos de claves de acceso acepta, y puede cambiarlo. Por ejemplo, cuando desactiva las claves de acceso sincronizadas (guardadas en el Llavero de iCloud, el Gestor de contraseñas de Google o Samsung Pass), Microsoft indica que los usuarios «no pueden iniciar sesión con una clave de acceso sincronizada aunque ya hayan registrado una». Lo mismo puede ocurrir cuando cambia qué aplicaciones o modelos de llave de seguridad acepta.

    Pregunte al soporte técnico qué tipo de clave de acceso se acepta ahora y vuelva a registrar una de ese tipo con esta guía. Después elimine la clave de acceso antigua de su dispositivo para que no se le siga ofreciendo.

ts-guest-account-title = Soy invitado en esta organización y no puedo agregar una clave de acceso
ts-guest-account-body = Si inicia sesión en esta organización como invitado, con una cuenta de otra organización o una cuenta personal, no puede agregar una clave de acceso para ella: Microsoft indica que «la compatibilidad con claves de acceso para usuarios invitados no está disponible actualmente». Póngase en contacto con el soporte técnico de la organización que le invitó; allí pueden indicarle cómo iniciar sesión de otra forma.

ts-sign-in-failed-title = El inicio de sesión de prueba no ofreció o no aceptó mi clave de acceso
# Unconfirmed label: "Face, fingerprint, PIN or security key", "Other ways to sign in"
ts-sign-in-failed-body =
    En la página de inicio de sesión de Microsoft, elija «Opciones de inicio de sesión» y luego «Rostro, huella digital, PIN o llave de seguridad». Si primero escribió su correo, elija «Otras formas de iniciar sesión» y luego «Rostro, huella digital, PIN o llave de seguridad». Asegúrese de elegir la cuenta profesional a la que agregó la clave de acceso.

    Compruebe en Información de seguridad que la clave de acceso aparece en la lista. Si aparece, espere un minuto y vuelva a intentarlo; si no aparece, vuelva a registrarla.

    Si sigue fallando, revise las otras causas de esta lista o consulte al soporte técnico.

ts-sign-in-too-many-passkeys-title = El inicio de sesión en iPhone, iPad o Mac falla después de escribir mi correo
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ts-sign-in-too-many-passkeys-body = Microsoft indica que, en los navegadores de iPhone, iPad y Mac, es posible que el inicio de sesión con una llave de seguridad no funcione bien si hay tres o más claves de acceso registradas en su cuenta. Vuelva a iniciar sesión sin escribir su correo: elija «Opciones de inicio de sesión» y luego «Rostro, huella digital, PIN o llave de seguridad».

ts-sign-in-native-app-broker-title = La clave de acceso funciona en el navegador, pero no en Outlook ni en Teams
ts-sign-in-native-app-broker-body =
    Las aplicaciones de Microsoft, como Outlook y Teams, inician sesión con una clave de acceso a través de una aplicación auxiliar (un agente) de su dispositivo.

    { $platform ->
        [iphone] En iPhone, la aplicación auxiliar es Microsoft Authenticator: instálela y agregue su cuenta profesional.
        [ipad] En iPad, la aplicación auxiliar es Microsoft Authenticator: instálela y agregue su cuenta profesional.
        [macos] En un Mac, la aplicación auxiliar es Portal de empresa, con el complemento de inicio de sesión único de su organización (macOS 14 o posterior). Su organización lo configura en los Mac de la empresa.
        [android] En Android, la aplicación auxiliar es Microsoft Authenticator, Portal de empresa o Enlace a Windows. Una clave de acceso en Authenticator funciona en las aplicaciones a partir de Android 14.
        [samsung] En Android, la aplicación auxiliar es Microsoft Authenticator, Portal de empresa o Enlace a Windows. Una clave de acceso en Authenticator funciona en las aplicaciones a partir de Android 14.
        [windows] En Windows, una clave de acceso en Microsoft Authenticator funciona en las aplicaciones a partir de Windows 11 versión 22H2; una llave de seguridad, a partir de Windows 10 versión 1903.
       *[other] La aplicación auxiliar es Microsoft Authenticator en iPhone y iPad; Portal de empresa, con el complemento de inicio de sesión único de su organización, en un Mac (macOS 14 o posterior); y Authenticator, Portal de empresa o Enlace a Windows en Android (Android 14 o posterior para una clave de acceso en Authenticator).
    }

    Instale la aplicación auxiliar y actualice la aplicación en la que inicia sesión. Mientras tanto, use esa aplicación en el navegador (por ejemplo, Outlook en la web). El soporte técnico sabe qué aplicación auxiliar usa su organización.

ts-microsoft-passkey-prompt-title = Microsoft me pide que agregue una clave de acceso al iniciar sesión
# Unconfirmed label: "Skip for now"
ts-microsoft-passkey-prompt-body =
    Desde septiembre de 2026, Microsoft puede pedirle que configure una clave de acceso justo después de iniciar sesión en su cuenta profesional. Es la campaña de registro propia de Microsoft, que está activada salvo que su organización la haya desactivado, y crea el mismo tipo de clave de acceso que esta guía.

    Puede seguirla: seleccione Siguiente y, cuando su dispositivo le pregunte dónde guardar la clave de acceso, elija el mismo lugar que usa esta guía; a partir de ahí, los pasos de la guía siguen sirviendo. Dé un nombre a la clave de acceso y seleccione Siguiente y luego Listo. Si prefiere terminar antes esta guía, seleccione «Omitir por ahora».

ts-security-key-pin-title = La llave de seguridad pide un PIN que nunca configuré
ts-security-key-pin-body = Los navegadores de iPhone, iPad y Mac no pueden configurar un PIN en una llave de seguridad nueva. Configure el PIN en un PC con Windows (Configuración › Cuentas › Opciones de inicio de sesión › Llave de seguridad) o con la aplicación del fabricante de la llave. Después vuelva a registrar la llave.

ts-synced-not-allowed-title = No consigo guardar la clave de acceso en mi gestor de contraseñas
ts-synced-not-allowed-body = Puede que su organización solo acepte claves de acceso que se quedan en un único dispositivo, como Microsoft Authenticator o una llave de seguridad, y no claves de acceso guardadas en el Llavero de iCloud, el Gestor de contraseñas de Google o Samsung Pass. Si falta «Clave de acceso» en Información de seguridad o no se puede guardar, use la guía de Authenticator.

ts-icloud-keychain-off-title = Mi iPhone o Mac no ofrece guardar la clave de acceso en el Llavero de iCloud
ts-icloud-keychain-off-body = Las claves de acceso en Contraseñas de Apple requieren el Llavero de iCloud y la autenticación de doble factor en su cuenta de Apple. Active la sincronización de Contraseñas en los ajustes de iCloud y vuelva a intentarlo.

ts-authenticator-option-missing-title = Información de seguridad no ofrece «Clave de acceso en Microsoft Authenticator»
# Unconfirmed label: "Add account"
ts-authenticator-option-missing-body =
    Información de seguridad solo ofrece «Clave de acceso en Microsoft Authenticator» cuando la configuración de claves de acceso de su organización menciona Microsoft Authenticator. Normalmente puede poner igualmente una clave de acceso en Authenticator.

    Créela en la aplicación Authenticator: toque su cuenta profesional y luego «Crear una clave de acceso», o agregue la cuenta con «Agregar cuenta» o el botón + y luego «Cuenta profesional o educativa». O bien, en Información de seguridad, elija «Clave de acceso» y, cuando se le pregunte dónde guardar la clave de acceso, elija Authenticator. Si nada de esto funciona, pida al soporte técnico que permita Microsoft Authenticator para claves de acceso.

ts-authenticator-app-version-title = Puede que mi aplicación Authenticator esté desactualizada
ts-authenticator-app-version-body =
    { $platform ->
        [iphone] Actualice Microsoft Authenticator desde la App Store. Si la configuración de claves de acceso de su organización incluye Authenticator, Microsoft pide la versión 6.8.37 o posterior en iPhone y iPad.
        [ipad] Actualice Microsoft Authenticator desde la App Store. Si la configuración de claves de acceso de su organización incluye Authenticator, Microsoft pide la versión 6.8.37 o posterior en iPhone y iPad.
        [android] Actualice Microsoft Authenticator desde Google Play. Si la configuración de claves de acceso de su organización incluye Authenticator, Microsoft pide la versión 6.2507.4749 o posterior en Android.
        [samsung] Actualice Microsoft Authenticator desde Google Play. Si la configuración de claves de acceso de su organización incluye Authenticator, Microsoft pide la versión 6.2507.4749 o posterior en Android.
       *[other] Actualice Microsoft Authenticator en su teléfono desde la App Store o Google Play. Si la configuración de claves de acceso de su organización incluye Authenticator, Microsoft pide la versión 6.8.37 o posterior en iPhone y iPad, y la 6.2507.4749 o posterior en Android.
    } Después abra la aplicación y vuelva a intentarlo.
