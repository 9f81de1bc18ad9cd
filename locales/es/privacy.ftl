# Datos personales: la página de privacidad para los empleados y, en la consola, la retención, la exportación y el borrado.

## La página de privacidad para los empleados (/privacy)

footer-privacy-link = Cómo se usan sus datos
privacy-title = Cómo se usan sus datos
privacy-lead = Esta guía le ayuda a registrar una clave de acceso para su cuenta del trabajo. Aquí se explica qué información recoge, por qué, durante cuánto tiempo y a quién puede preguntar.
privacy-your-organisation = su organización
privacy-what-title = Qué se registra
privacy-what-anonymous = Sin enlace personal: qué páginas de la guía se consultan, junto con el tipo de dispositivo, su sistema y su navegador, y el idioma. No quién es usted.
privacy-what-personal = Con el enlace personal que le envió { $organisation }: su nombre, su dirección de correo electrónico del trabajo y su departamento, tomados de la lista que facilitó su equipo de TI; a qué pasos llegó y cuándo; sus respuestas, como «ha funcionado» o «no consigo avanzar», y el motivo; el dispositivo, la versión del sistema y el navegador que utilizó; cualquier informe que haya enviado al soporte técnico; los mensajes que se le han enviado; y si Microsoft Entra ID muestra una clave de acceso para su cuenta.
privacy-what-cookies = La guía guarda una cookie que conserva su enlace personal mientras sigue los pasos y otra para su idioma, si elige uno. No hay cookies de publicidad ni de seguimiento.
privacy-what-never = Nunca se registra: su contraseña, su clave de acceso, nada de lo que escriba en las páginas de Microsoft ni dónde se encuentra.
privacy-why-title = Por qué
privacy-why = Para que la guía muestre los pasos para su dispositivo, para que su equipo de TI pueda ayudarle cuando no consiga avanzar y para que los recordatorios solo lleguen a quienes aún no han registrado su clave de acceso.
privacy-how-long-title = Durante cuánto tiempo
privacy-how-long = Sus datos paso a paso los conserva { $organisation } durante { $days } días después de que registre una clave de acceso o salga de la implantación; después se eliminan. Las fechas en que llegó a cada fase se mantienen en las cifras de la implantación hasta que usted salga de ella.
privacy-who-title = A quién preguntar
privacy-who = Para ver sus datos o pedir que se borren, diríjase al equipo de TI de { $organisation }: pueden entregarle en un archivo todo lo que se ha registrado sobre usted, o borrarlo definitivamente.
privacy-who-contact = Encontrará los datos de contacto del equipo al final de esta página.

## La consola: retención, exportación y borrado

privacy-retention-title = Datos personales
privacy-retention-now = Los datos del recorrido se conservan { $days } días después de que un empleado registre una clave de acceso o salga de la implantación.
privacy-retention-days = Días de conservación
privacy-retention-save = Guardar
privacy-retention-hint = Se aplica cada día. Al terminar el período, se eliminan los datos paso a paso de un empleado que registró su clave de acceso (dispositivos, pasos, respuestas, informes, mensajes), pero se mantienen su entrada en la lista de empleados y las fechas de cada fase; quien salió de la implantación se borra por completo. Los empleados pueden leer esto en la página de privacidad de la guía.
privacy-error-not-a-number = El período de retención debe ser un número entero de días.
privacy-error-out-of-range = El período de retención debe estar entre 1 y 3650 días.
privacy-done-erased = Se borró al empleado, junto con todos los registros que lo mencionaban.
privacy-done-retention-saved = Período de retención guardado.
privacy-employee-title = Datos personales
privacy-export-submit = Exportar los datos del empleado (JSON)
privacy-export-hint = Todo lo que se conserva sobre este empleado, para una solicitud de acceso del interesado. La exportación queda anotada en el registro de auditoría.
privacy-erase-hint = Al borrar se eliminan este empleado y todos los registros que lo mencionan: recorrido, dispositivos, informes, mensajes y estado de registro. No se puede deshacer. Si sigue en un grupo de implantación de Entra, la próxima sincronización lo volverá a agregar como un empleado nuevo.
privacy-erase-confirm = Escriba { $email } para confirmar
privacy-erase-submit = Borrar a este empleado
privacy-erase-mismatch = La dirección escrita no coincide: no se ha borrado nada.
audit-action-retention-saved = Cambió cuánto tiempo se conservan los datos del recorrido
audit-action-employee-erased = Borró a un empleado
audit-action-employee-exported = Exportó los datos de un empleado
