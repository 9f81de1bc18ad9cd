## Rollout dashboard, stragglers and audit log (admin console)

admin-nav-dashboard = Painel
admin-nav-audit = Log de auditoria

dashboard-title = Painel de implantação
dashboard-no-data = Ainda não há nada para mostrar com este filtro.
dashboard-export-csv = Baixar esta tabela (CSV)
dashboard-show-table = Mostrar os números em uma tabela
dashboard-percent = { $n }%
dashboard-not-known = Desconhecido

dashboard-filter-department = Departamento
dashboard-filter-all-departments = Todos os departamentos
dashboard-filter-from = De
dashboard-filter-to = Até
dashboard-filter-apply = Aplicar
dashboard-range-all = As contagens abrangem todo o período. O gráfico mostra as últimas seis semanas (dias no fuso horário { $zone }).
dashboard-range-filtered = As contagens e o gráfico abrangem de { $first } a { $last } (dias no fuso horário { $zone }).
dashboard-error-from = “De” precisa ser uma data, como 2026-11-01. Mostrando todo o período.
dashboard-error-to = “Até” precisa ser uma data, como 2026-11-30. Mostrando todo o período.
dashboard-error-reversed = “Até” é anterior a “De”. Mostrando todo o período.
dashboard-error-too-long = Escolha um intervalo de no máximo { $days } dias. Mostrando todo o período.
dashboard-status-as-of = Status de registro do Entra ID em { $at }.
dashboard-status-never = Ainda não há status de registro do Entra ID: importe o CSV do portal ou configure a sincronização com o Microsoft Graph. Até lá, ninguém conta como registrado.
dashboard-status-error = A última sincronização com o Microsoft Graph falhou: { $error }

dashboard-funnel-title = Funil
dashboard-funnel-desc = Quantos dos { $roster } funcionários da lista chegaram a cada etapa.
dashboard-funnel-roster = Na lista
dashboard-funnel-announced = Receberam o link
dashboard-funnel-opened = Abriram o link
dashboard-funnel-flow-started = Começaram as etapas
dashboard-funnel-handed-off = Foram para Informações de segurança
dashboard-funnel-signed-in = Testaram a entrada
dashboard-funnel-registered = Registrados (segundo o Entra ID)

dashboard-col-stage = Etapa
dashboard-col-employees = Funcionários
dashboard-col-of-roster = Da lista
dashboard-col-of-previous = Da etapa anterior
dashboard-col-platform = Dispositivo
dashboard-col-stuck = Travados agora
dashboard-col-stuck-rate = Percentual de travados
dashboard-col-below-minimum = SO antigo demais
dashboard-col-registered = Registrados
dashboard-col-os-version = Versão do SO
dashboard-col-browser = Navegador
dashboard-col-in-app = Navegador integrado de app
dashboard-col-step = Etapa
dashboard-col-symptom = Problema
dashboard-col-date = Data
dashboard-col-announced = Links enviados
dashboard-col-reminders = Lembretes enviados
dashboard-col-reason = Motivo

dashboard-platforms-title = Dispositivos
dashboard-platforms-desc = Funcionários que abriram o link, pelo dispositivo da visita mais recente, e quantos estão travados agora.
dashboard-platform-bar = { $n } (travados: { $stuck })
dashboard-below-minimum-title = Versões do SO abaixo do mínimo de uma opção
dashboard-browsers-title = Navegadores
dashboard-in-app-title = Navegadores integrados de apps
dashboard-stuck-title = Onde as pessoas travam

dashboard-days-title = Registros por dia
dashboard-days-desc = { $total } chaves de acesso registradas de { $first } a { $last }. Foram enviados lembretes em { $reminderDays } desses dias, marcados com um triângulo.
dashboard-legend-reminders = Lembretes enviados no dia
dashboard-legend-announced = Links enviados no dia

dashboard-stragglers-title = Quem ainda falta
dashboard-stragglers-intro = Funcionários sem chave de acesso segundo o Entra ID, agrupados pelo motivo mais revelador. Abra um grupo para ver as pessoas e exportá-las.
dashboard-stragglers-counts = Quem ainda falta, por motivo
dashboard-straggler-stuck = Travados
dashboard-straggler-below-minimum = SO antigo demais
dashboard-straggler-handed-off = Foram para Informações de segurança, mas não registraram
dashboard-straggler-never-opened = Nunca abriram o link
dashboard-straggler-in-progress = Começaram, mas não terminaram

stragglers-title = Funcionários sem chave de acesso
stragglers-back = Voltar ao painel
stragglers-all-reasons = Todos os motivos
stragglers-count =
    { $n ->
        [one] Um funcionário.
       *[other] { $n } funcionários.
    }
stragglers-export = Baixar todos (CSV)
stragglers-col-name = Nome
stragglers-col-email = E-mail
stragglers-col-department = Departamento
stragglers-col-manager = Gestor
stragglers-col-detail = Detalhes
stragglers-col-last-seen = Última atividade
stragglers-previous = Página anterior
stragglers-next = Próxima página
stragglers-pages = Páginas
stragglers-page-of = Página { $page } de { $pages }

audit-title = Log de auditoria
audit-intro = Todas as alterações feitas nesta organização no console ou na linha de comando, das mais recentes para as mais antigas.
audit-col-when = Quando
audit-col-who = Quem
audit-col-what = O quê
audit-col-changes = Alterações
audit-action-branding-saved = Salvou o rascunho da identidade visual
audit-action-logo-uploaded = Carregou um logotipo
audit-action-branding-published = Publicou a identidade visual
audit-action-policy-saved = Alterou a política
audit-action-roster-imported = Importou a lista de funcionários
audit-action-links-exported = Exportou os links pessoais
audit-action-reminders-saved = Alterou as configurações de lembretes
audit-action-tenant-created = Criou a organização
audit-action-admin-granted = Atribuiu uma função a uma conta
audit-action-registration-imported = Importou o status de registro
audit-action-reminders-announced = Enviou o anúncio
