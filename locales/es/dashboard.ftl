## Rollout dashboard, stragglers and audit log (admin console)

admin-nav-dashboard = Panel
admin-nav-audit = Registro de auditoría

dashboard-title = Panel de implantación
dashboard-no-data = Todavía no hay nada que mostrar con este filtro.
dashboard-export-csv = Descargar esta tabla (CSV)
dashboard-show-table = Mostrar las cifras en una tabla
dashboard-percent = { $n } %
dashboard-not-known = Se desconoce

dashboard-filter-department = Departamento
dashboard-filter-all-departments = Todos los departamentos
dashboard-filter-from = Desde
dashboard-filter-to = Hasta
dashboard-filter-apply = Aplicar
dashboard-range-all = Los recuentos abarcan todo el período. El gráfico muestra las últimas seis semanas (días según la zona horaria { $zone }).
dashboard-range-filtered = Los recuentos y el gráfico abarcan del { $first } al { $last } (días según la zona horaria { $zone }).
dashboard-error-from = «Desde» debe ser una fecha, como 2026-11-01. Se muestra todo el período.
dashboard-error-to = «Hasta» debe ser una fecha, como 2026-11-30. Se muestra todo el período.
dashboard-error-reversed = «Hasta» es anterior a «Desde». Se muestra todo el período.
dashboard-error-too-long = Elija un intervalo de { $days } días como máximo. Se muestra todo el período.
dashboard-status-as-of = Estado de registro de Entra ID a fecha de { $at }.
dashboard-status-never = Aún no hay estado de registro de Entra ID: importe el archivo CSV del portal o configure la sincronización con Microsoft Graph. Hasta entonces, nadie cuenta como registrado.
dashboard-status-error = La última sincronización con Microsoft Graph ha fallado: { $error }

dashboard-funnel-title = Embudo
dashboard-funnel-desc = Cuántos de los { $roster } empleados de la lista llegaron a cada fase.
dashboard-funnel-roster = En la lista
dashboard-funnel-announced = Se les envió su enlace
dashboard-funnel-opened = Abrieron su enlace
dashboard-funnel-flow-started = Empezaron los pasos
dashboard-funnel-handed-off = Fueron a Información de seguridad
dashboard-funnel-signed-in = Probaron el inicio de sesión
dashboard-funnel-registered = Registrados (según Entra ID)

dashboard-col-stage = Fase
dashboard-col-employees = Empleados
dashboard-col-of-roster = Del total de la lista
dashboard-col-of-previous = De la fase anterior
dashboard-col-platform = Dispositivo
dashboard-col-stuck = Atascados ahora
dashboard-col-stuck-rate = Porcentaje de atascados
dashboard-col-below-minimum = SO demasiado antiguo
dashboard-col-registered = Registrados
dashboard-col-os-version = Versión del SO
dashboard-col-browser = Navegador
dashboard-col-in-app = Navegador integrado de una aplicación
dashboard-col-step = Paso
dashboard-col-symptom = Problema
dashboard-col-date = Fecha
dashboard-col-announced = Enlaces enviados
dashboard-col-reminders = Recordatorios enviados
dashboard-col-reason = Motivo

dashboard-platforms-title = Dispositivos
dashboard-platforms-desc = Empleados que abrieron su enlace, según el dispositivo de su última visita, y cuántos están atascados ahora.
dashboard-platform-bar = { $n } (atascados: { $stuck })
dashboard-below-minimum-title = Versiones del SO por debajo del mínimo de una opción
dashboard-browsers-title = Navegadores
dashboard-in-app-title = Navegadores integrados de aplicaciones
dashboard-stuck-title = Dónde se atascan los empleados

dashboard-days-title = Registros por día
dashboard-days-desc = { $total } claves de acceso registradas del { $first } al { $last }. Se enviaron recordatorios en { $reminderDays } de estos días, marcados con un triángulo.
dashboard-legend-reminders = Recordatorios enviados ese día
dashboard-legend-announced = Enlaces enviados ese día

dashboard-stragglers-title = Quién falta
dashboard-stragglers-intro = Empleados sin clave de acceso según Entra ID, agrupados por el motivo más revelador. Abra un grupo para ver a las personas y exportarlas.
dashboard-stragglers-counts = Quién falta, por motivo
dashboard-straggler-stuck = Atascados
dashboard-straggler-below-minimum = SO demasiado antiguo
dashboard-straggler-handed-off = Fueron a Información de seguridad, pero no se registraron
dashboard-straggler-never-opened = Nunca abrieron su enlace
dashboard-straggler-in-progress = Empezaron, pero no terminaron

stragglers-title = Empleados sin clave de acceso
stragglers-back = Volver al panel
stragglers-all-reasons = Todos los motivos
stragglers-count =
    { $n ->
        [one] Un empleado.
       *[other] { $n } empleados.
    }
stragglers-export = Descargarlos todos (CSV)
stragglers-col-name = Nombre
stragglers-col-email = Correo electrónico
stragglers-col-department = Departamento
stragglers-col-manager = Responsable
stragglers-col-detail = Detalles
stragglers-col-last-seen = Última actividad
stragglers-previous = Página anterior
stragglers-next = Página siguiente
stragglers-pages = Páginas
stragglers-page-of = Página { $page } de { $pages }

audit-title = Registro de auditoría
audit-intro = Todos los cambios realizados en esta organización desde la consola o la línea de comandos, de lo más reciente a lo más antiguo.
audit-col-when = Cuándo
audit-col-who = Quién
audit-col-what = Qué
audit-col-changes = Cambios
audit-action-branding-saved = Guardó el borrador de la personalización de marca
audit-action-logo-uploaded = Cargó un logotipo
audit-action-branding-published = Publicó la personalización de marca
audit-action-policy-saved = Cambió la directiva
audit-action-roster-imported = Importó la lista de empleados
audit-action-links-exported = Exportó los enlaces personales
audit-action-reminders-saved = Cambió la configuración de recordatorios
audit-action-tenant-created = Creó la organización
audit-action-admin-granted = Asignó un rol a una cuenta
audit-action-registration-imported = Importó el estado de registro
audit-action-reminders-announced = Envió el anuncio
