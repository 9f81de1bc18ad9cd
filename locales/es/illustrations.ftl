## Ilustraciones: las palabras dibujadas en la imagen de cada paso (app/flows/<flow>/illustrations.toml)
## y una frase por imagen para los lectores de pantalla. Las etiquetas son las palabras que el
## propio dispositivo muestra en este idioma; deben ser breves, se dibujan en una pantalla pequeña.

## Palabras en las pantallas

ill-general = General
ill-ios-about = Información
ill-ios-version = Versión de iOS
ill-ios-autofill-passwords = Autorrelleno y contraseñas
ill-ios-autofill-passwords-passkeys = Autorrellenar contraseñas y llaves de acceso
ill-ios-autofill-from = Autorrellenar desde
ill-apple-passwords = Contraseñas
ill-icloud = iCloud
ill-sync-this-iphone = Sincronizar este iPhone
ill-sync-this-mac = Sincronizar este Mac
ill-save-passkey-question = ¿Guardar una llave de acceso?
ill-apple-saved-in-passwords = Se guarda en Contraseñas (Llavero de iCloud) y está disponible en sus dispositivos Apple.
ill-apple-continue = Continuar
ill-android-continue = Continuar
ill-other-options = Otras opciones
ill-about-this-mac = Acerca de este Mac
ill-macos = macOS
ill-android-about-phone = Información del teléfono
ill-android-version = Versión de Android
ill-samsung-software-information = Información de software
ill-android-passwords-passkeys-accounts = Contraseñas, llaves de acceso y cuentas
ill-samsung-passwords-passkeys-autofill = Contraseñas, llaves de acceso y autocompletar
ill-preferred-service = Servicio preferido
ill-additional-providers = Proveedores adicionales
ill-samsung-pass = Samsung Pass
ill-google = Google
ill-google-password-manager = Gestor de contraseñas de Google
ill-create-passkey-question = ¿Crear una llave de acceso?
ill-save = Guardar
ill-choose-another-service = Elegir otro servicio
ill-app-store-get = Obtener
ill-play-install = Instalar
ill-microsoft-authenticator = Microsoft Authenticator
ill-authenticator = Authenticator
ill-create-passkey = Crear una clave de acceso
ill-security-info = Información de seguridad
ill-add-sign-in-method = + Agregar método de inicio de sesión
ill-add-method-title = Agregar un método de inicio de sesión
ill-passkey-in-authenticator = Clave de acceso en Microsoft Authenticator
ill-passkey = Clave de acceso
ill-get-app-on-phone = Escanee el código QR con el teléfono para obtener la aplicación.
ill-scan-qr = Escanee el código QR con la cámara del teléfono.
ill-next = Siguiente
ill-done = Listo
ill-cancel = Cancelar
ill-windows-about = Información
ill-windows-specifications = Especificaciones de Windows
ill-windows-version = Versión
ill-sign-in-options = Opciones de inicio de sesión
ill-facial-recognition = Reconocimiento facial (Windows Hello)
ill-fingerprint-recognition = Reconocimiento de huellas digitales (Windows Hello)
ill-pin-windows-hello = PIN (Windows Hello)
ill-security-key = Llave de seguridad
ill-manage = Administrar
ill-choose-where-to-save = Elija dónde guardar esta clave de acceso
ill-phone-or-tablet = iPhone, iPad o dispositivo Android
ill-this-device-windows-hello = Este dispositivo (Windows Hello)
ill-fido2-security-key = Llave de seguridad FIDO2
ill-sign-in-options-link = Opciones de inicio de sesión
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ill-face-fingerprint-pin-key = Rostro, huella digital, PIN o llave de seguridad
ill-ms-sign-in = Iniciar sesión
# Unconfirmed label: "Access work or school"
ill-access-work-or-school = Obtener acceso a trabajo o escuela
# Unconfirmed label: "Connected to your organization's Microsoft Entra ID"
ill-work-account-connected = Conectado a Microsoft Entra ID de su organización
# Unconfirmed label: "Add a work or school account"
ill-add-work-or-school-account = Agregar una cuenta profesional o educativa
ill-connect = Conectar
ill-samsung-one-ui-version = Versión de One UI

## Qué muestra cada imagen, para lectores de pantalla

ill-iphone-authenticator-before-you-start-alt = Un iPhone muestra Ajustes › General › Información, con la fila Versión de iOS marcada.
ill-iphone-authenticator-install-app-alt = Un iPhone muestra Microsoft Authenticator en el App Store, con el botón Obtener marcado.
ill-iphone-authenticator-create-in-app-alt = Un iPhone muestra su cuenta profesional en la aplicación Authenticator, con Crear una clave de acceso marcado.
ill-iphone-authenticator-enable-provider-alt = Un iPhone muestra Ajustes › General › Autorrelleno y contraseñas con «Autorrellenar contraseñas y llaves de acceso» activado y Authenticator seleccionado y marcado en «Autorrellenar desde».
ill-iphone-authenticator-check-security-info-alt = Un iPhone muestra la página Información de seguridad, con Clave de acceso en Microsoft Authenticator marcada en la lista de métodos de inicio de sesión.
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ill-iphone-authenticator-test-sign-in-alt = Un iPhone muestra la página de inicio de sesión de Microsoft con sus Opciones de inicio de sesión y la opción «Rostro, huella digital, PIN o llave de seguridad» marcada.
ill-iphone-icloud-keychain-before-you-start-alt = Un iPhone muestra Ajustes › General › Información, con la fila Versión de iOS marcada.
ill-iphone-icloud-keychain-turn-on-icloud-keychain-alt = Un iPhone muestra la pantalla Contraseñas de los ajustes de iCloud, con Sincronizar este iPhone activado y marcado.
ill-iphone-icloud-keychain-check-autofill-alt = Un iPhone muestra Ajustes › General › Autorrelleno y contraseñas con «Autorrellenar contraseñas y llaves de acceso» activado y Contraseñas seleccionado y marcado en «Autorrellenar desde».
ill-iphone-icloud-keychain-open-security-info-alt = Un iPhone muestra la página Información de seguridad en el navegador con la ventana «Agregar un método de inicio de sesión» abierta y la opción Clave de acceso marcada.
ill-iphone-icloud-keychain-save-passkey-alt = Un iPhone muestra una ventana que ofrece guardar una llave de acceso en Contraseñas (Llavero de iCloud), con el botón Continuar marcado.
ill-iphone-icloud-keychain-check-it-worked-alt = Un iPhone muestra la página Información de seguridad, con Clave de acceso marcada en la lista de métodos de inicio de sesión.
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ill-iphone-icloud-keychain-test-sign-in-alt = Un iPhone muestra la página de inicio de sesión de Microsoft con la ventana Opciones de inicio de sesión abierta y la opción «Rostro, huella digital, PIN o llave de seguridad» marcada.
ill-samsung-before-you-start-alt = Un teléfono Galaxy muestra Ajustes › Información del teléfono › Información de software, con la fila Versión de Android marcada.
ill-samsung-install-app-alt = Un teléfono Galaxy muestra Microsoft Authenticator en Google Play, con el botón Instalar marcado.
ill-samsung-set-provider-alt = Un teléfono Galaxy muestra Contraseñas, llaves de acceso y autocompletar: Samsung Pass es el servicio preferido y Authenticator está activado y marcado en Proveedores adicionales.
ill-samsung-create-in-app-alt = Un teléfono Galaxy muestra su cuenta profesional en la aplicación Authenticator, con Crear una clave de acceso marcado.
ill-samsung-pick-authenticator-alt = Un teléfono Galaxy muestra una ventana de Samsung Pass que ofrece guardar la llave de acceso, con la opción para elegir otro servicio marcada.
ill-samsung-check-security-info-alt = Un teléfono Galaxy muestra la página Información de seguridad, con Clave de acceso en Microsoft Authenticator marcada en la lista de métodos de inicio de sesión.
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ill-samsung-test-sign-in-alt = Un teléfono Galaxy muestra la página de inicio de sesión de Microsoft con sus Opciones de inicio de sesión y la opción «Rostro, huella digital, PIN o llave de seguridad» marcada.
ill-samsung-pass-before-you-start-alt = Un teléfono Galaxy muestra Ajustes › Información del teléfono › Información de software, con la fila Versión de One UI marcada.
ill-samsung-pass-check-samsung-pass-alt = Un teléfono Galaxy muestra Contraseñas, llaves de acceso y autocompletar, con Samsung Pass marcado como servicio preferido.
ill-samsung-pass-open-security-info-alt = Un teléfono Galaxy muestra la página Información de seguridad en el navegador con la ventana «Agregar un método de inicio de sesión» abierta y la opción Clave de acceso marcada.
ill-samsung-pass-save-in-samsung-pass-alt = Un teléfono Galaxy muestra una ventana de Samsung Pass que guarda la llave de acceso, con la solicitud de huella digital marcada.
ill-samsung-pass-check-it-worked-alt = Un teléfono Galaxy muestra la página Información de seguridad, con Clave de acceso marcada en la lista de métodos de inicio de sesión.
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ill-samsung-pass-test-sign-in-alt = Un teléfono Galaxy muestra la página de inicio de sesión de Microsoft con sus Opciones de inicio de sesión y la opción «Rostro, huella digital, PIN o llave de seguridad» marcada.
ill-android-google-password-manager-before-you-start-alt = Un teléfono Android muestra Ajustes › Información del teléfono, con la fila Versión de Android marcada.
ill-android-google-password-manager-check-provider-alt = Un teléfono Android muestra Ajustes › Contraseñas, llaves de acceso y cuentas, con Google marcado como servicio preferido.
ill-android-google-password-manager-open-security-info-alt = Un teléfono Android muestra la página Información de seguridad en el navegador con la ventana «Agregar un método de inicio de sesión» abierta y la opción Clave de acceso marcada.
ill-android-google-password-manager-save-passkey-alt = Un teléfono Android muestra una ventana que ofrece crear una llave de acceso en el Gestor de contraseñas de Google para su cuenta de Google, con el botón Continuar marcado.
ill-android-google-password-manager-check-it-worked-alt = Un teléfono Android muestra la página Información de seguridad, con Clave de acceso marcada en la lista de métodos de inicio de sesión.
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ill-android-google-password-manager-test-sign-in-alt = Un teléfono Android muestra la página de inicio de sesión de Microsoft con sus Opciones de inicio de sesión y la opción «Rostro, huella digital, PIN o llave de seguridad» marcada.
ill-android-authenticator-before-you-start-alt = Un teléfono Android muestra Ajustes › Información del teléfono, con la fila Versión de Android marcada.
ill-android-authenticator-install-app-alt = Un teléfono Android muestra Microsoft Authenticator en Google Play, con el botón Instalar marcado.
ill-android-authenticator-create-in-app-alt = Un teléfono Android muestra su cuenta profesional en la aplicación Authenticator, con Crear una clave de acceso marcado.
ill-android-authenticator-enable-provider-alt = Un teléfono Android muestra Ajustes › Contraseñas, llaves de acceso y cuentas, con Authenticator activado y marcado en Proveedores adicionales.
ill-android-authenticator-check-security-info-alt = Un teléfono Android muestra la página Información de seguridad, con Clave de acceso en Microsoft Authenticator marcada en la lista de métodos de inicio de sesión.
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ill-android-authenticator-test-sign-in-alt = Un teléfono Android muestra la página de inicio de sesión de Microsoft con sus Opciones de inicio de sesión y la opción «Rostro, huella digital, PIN o llave de seguridad» marcada.
ill-windows-hello-before-you-start-alt = Un portátil con Windows muestra Configuración › Sistema › Información, con la fila Versión de Especificaciones de Windows marcada.
# Unconfirmed label: "Access work or school"
ill-windows-hello-company-pc-alt = Un portátil con Windows muestra Configuración › Cuentas › Obtener acceso a trabajo o escuela, con una cuenta profesional conectada marcada.
ill-windows-hello-set-up-windows-hello-alt = Un portátil con Windows muestra Configuración › Cuentas › Opciones de inicio de sesión, con PIN (Windows Hello) marcado.
ill-windows-hello-open-security-info-alt = Un portátil con Windows muestra la página Información de seguridad en el navegador con la ventana «Agregar un método de inicio de sesión» abierta y la opción Clave de acceso marcada.
ill-windows-hello-save-in-windows-hello-alt = Un portátil con Windows muestra la ventana que pregunta dónde guardar la clave de acceso, con Este dispositivo (Windows Hello) marcado.
ill-windows-hello-check-it-worked-alt = Un portátil con Windows muestra la página Información de seguridad, con Clave de acceso marcada en la lista de métodos de inicio de sesión.
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ill-windows-hello-test-sign-in-alt = Un portátil con Windows muestra la página de inicio de sesión de Microsoft con la ventana Opciones de inicio de sesión abierta y la opción «Rostro, huella digital, PIN o llave de seguridad» marcada.
ill-macos-before-you-start-alt = Un Mac muestra la ventana Acerca de este Mac, con la fila de la versión de macOS marcada.
ill-macos-turn-on-icloud-keychain-alt = Un Mac muestra Ajustes del Sistema › iCloud con la ventana Contraseñas abierta y Sincronizar este Mac activado y marcado.
ill-macos-open-security-info-alt = Un Mac muestra la página Información de seguridad en el navegador con la ventana «Agregar un método de inicio de sesión» abierta y la opción Clave de acceso marcada.
ill-macos-save-passkey-alt = Un Mac muestra una ventana que ofrece guardar una llave de acceso en Contraseñas (Llavero de iCloud), con el botón Continuar marcado.
ill-macos-check-it-worked-alt = Un Mac muestra la página Información de seguridad, con Clave de acceso marcada en la lista de métodos de inicio de sesión.
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ill-macos-test-sign-in-alt = Un Mac muestra la página de inicio de sesión de Microsoft con la ventana Opciones de inicio de sesión abierta y la opción «Rostro, huella digital, PIN o llave de seguridad» marcada.
ill-security-key-before-you-start-alt = Una llave de seguridad USB con un sensor táctil redondo en la parte superior.
ill-security-key-set-pin-alt = Un portátil con Windows muestra Configuración › Cuentas › Opciones de inicio de sesión, con el botón Administrar de Llave de seguridad marcado.
ill-security-key-open-security-info-alt = Un portátil con Windows muestra la página Información de seguridad en el navegador con la ventana «Agregar un método de inicio de sesión» abierta y la opción Clave de acceso marcada.
ill-security-key-use-key-alt = Un portátil con Windows muestra la ventana que pregunta dónde guardar la clave de acceso, con Llave de seguridad marcada.
ill-security-key-check-it-worked-alt = Un portátil con Windows muestra la página Información de seguridad, con Clave de acceso marcada en la lista de métodos de inicio de sesión.
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ill-security-key-test-sign-in-alt = Un portátil con Windows muestra la página de inicio de sesión de Microsoft con la ventana Opciones de inicio de sesión abierta y la opción «Rostro, huella digital, PIN o llave de seguridad» marcada.
ill-phone-from-desktop-before-you-start-alt = Un iPhone muestra Ajustes › General › Información, con la fila Versión de iOS marcada.
ill-phone-from-desktop-open-security-info-alt = Un portátil muestra la página Información de seguridad en el navegador con la ventana «Agregar un método de inicio de sesión» abierta y la opción Clave de acceso en Microsoft Authenticator marcada.
ill-phone-from-desktop-get-app-alt = Un portátil muestra la ventana Microsoft Authenticator de Información de seguridad, con el código QR para obtener la aplicación marcado.
ill-phone-from-desktop-create-on-phone-alt = Un teléfono muestra su cuenta profesional en la aplicación Authenticator, con Crear una clave de acceso marcado.
ill-phone-from-desktop-qr-fallback-alt = Un portátil muestra un código QR para escanear con la cámara del teléfono, con el código QR marcado.
ill-phone-from-desktop-check-it-worked-alt = Un portátil muestra la página Información de seguridad, con Clave de acceso en Microsoft Authenticator marcada en la lista de métodos de inicio de sesión.
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ill-phone-from-desktop-test-sign-in-alt = Un portátil muestra la página de inicio de sesión de Microsoft con la ventana Opciones de inicio de sesión abierta y la opción «Rostro, huella digital, PIN o llave de seguridad» marcada.
