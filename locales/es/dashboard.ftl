## Rollout dashboard, stragglers and audit log (admin console)

admin-nav-dashboard = Panel
admin-nav-audit = Registro de cambios

dashboard-title = Panel del despliegue
dashboard-no-data = Todavía no hay nada que mostrar con este filtro.
dashboard-export-csv = Descargar esta tabla (CSV)
dashboard-show-table = Mostrar las cifras como tabla
dashboard-percent = { $n } %
dashboard-not-known = Desconocido

dashboard-filter-department = Departamento
dashboard-filter-all-departments = Todos los departamentos
dashboard-filter-from = Desde
dashboard-filter-to = Hasta
dashboard-filter-apply = Aplicar
dashboard-range-all = Las cifras abarcan todo el periodo. El gráfico muestra las últimas seis semanas (días en { $zone }).
dashboard-range-filtered = Las cifras y el gráfico abarcan del { $first } al { $last } (días en { $zone }).
dashboard-error-from = «Desde» debe ser una fecha como 2026-11-01. Se muestra todo el periodo.
dashboard-error-to = «Hasta» debe ser una fecha como 2026-11-30. Se muestra todo el periodo.
dashboard-error-reversed = «Hasta» es anterior a «Desde». Se muestra todo el periodo.
dashboard-error-too-long = Elija como máximo { $days } días. Se muestra todo el periodo.
dashboard-status-as-of = Estado de registro de Entra ID a fecha de { $at }.
dashboard-status-never = Aún no hay estado de registro de Entra ID: importe la exportación CSV del portal o configure la sincronización con Microsoft Graph. Hasta entonces nadie cuenta como registrado.
dashboard-status-error = La última sincronización con Microsoft Graph falló: { $error }

dashboard-funnel-title = Embudo
dashboard-funnel-desc = Cuántos de los { $roster } empleados de la lista alcanzaron cada etapa.
dashboard-funnel-roster = En la lista
dashboard-funnel-announced = Enlace enviado
dashboard-funnel-opened = Enlace abierto
dashboard-funnel-flow-started = Pasos empezados
dashboard-funnel-handed-off = Ha ido a Información de seguridad
dashboard-funnel-registered = Registrados (según Entra ID)

dashboard-col-stage = Etapa
dashboard-col-employees = Empleados
dashboard-col-of-roster = De la lista
dashboard-col-of-previous = De la etapa anterior
dashboard-col-platform = Dispositivo
dashboard-col-stuck = Atascados ahora
dashboard-col-stuck-rate = Tasa de atasco
dashboard-col-below-minimum = Sistema demasiado antiguo
dashboard-col-registered = Registrados
dashboard-col-os-version = Versión del sistema
dashboard-col-browser = Navegador
dashboard-col-in-app = Navegador integrado
dashboard-col-step = Paso
dashboard-col-symptom = Problema
dashboard-col-date = Fecha
dashboard-col-announced = Enlaces enviados
dashboard-col-reminders = Recordatorios enviados
dashboard-col-reason = Motivo

dashboard-platforms-title = Dispositivos
dashboard-platforms-desc = Empleados que abrieron su enlace, por el dispositivo de su última visita, y cuántos están atascados ahora.
dashboard-platform-bar = { $n } ({ $stuck } atascados)
dashboard-below-minimum-title = Versiones del sistema por debajo del mínimo de un flujo
dashboard-browsers-title = Navegadores
dashboard-in-app-title = Navegadores integrados
dashboard-stuck-title = Dónde se atascan

dashboard-days-title = Registros por día
dashboard-days-desc = { $total } claves de acceso registradas del { $first } al { $last }. Se enviaron recordatorios { $reminderDays } de esos días, marcados con un triángulo.
dashboard-legend-reminders = Recordatorios enviados ese día
dashboard-legend-announced = Enlaces enviados ese día

dashboard-stragglers-title = Quién falta
dashboard-stragglers-intro = Empleados sin clave de acceso según Entra ID, por el motivo más revelador. Abra un grupo para ver a las personas y exportarlas.
dashboard-stragglers-counts = Quién falta, por motivo
dashboard-straggler-stuck = Atascado
dashboard-straggler-below-minimum = Sistema demasiado antiguo
dashboard-straggler-handed-off = Pasó por Información de seguridad, sin registrar
dashboard-straggler-never-opened = Nunca abrió su enlace
dashboard-straggler-in-progress = Empezado, sin terminar

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
stragglers-col-last-seen = Última visita
stragglers-previous = Página anterior
stragglers-next = Página siguiente
stragglers-pages = Páginas
stragglers-page-of = Página { $page } de { $pages }

audit-title = Registro de cambios
audit-intro = Cada cambio hecho en esta organización desde la consola o la línea de comandos, el más reciente primero.
audit-col-when = Cuándo
audit-col-who = Quién
audit-col-what = Qué
audit-col-changes = Cambios
audit-action-branding-saved = Guardó el borrador de la imagen de marca
audit-action-logo-uploaded = Subió un logotipo
audit-action-branding-published = Publicó la imagen de marca
audit-action-policy-saved = Cambió la directiva
audit-action-roster-imported = Importó la lista de empleados
audit-action-links-exported = Exportó los enlaces personales
audit-action-reminders-saved = Cambió la configuración de recordatorios
audit-action-tenant-created = Creó la organización
audit-action-admin-granted = Dio un rol a una cuenta
audit-action-registration-imported = Importó el estado de registro
audit-action-reminders-announced = Envió el anuncio
