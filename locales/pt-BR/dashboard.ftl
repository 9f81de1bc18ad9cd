## Rollout dashboard, stragglers and audit log (admin console)

admin-nav-dashboard = Painel
admin-nav-audit = Registro de alterações

dashboard-title = Painel da implantação
dashboard-no-data = Ainda não há nada a mostrar com este filtro.
dashboard-export-csv = Baixar esta tabela (CSV)
dashboard-show-table = Mostrar os números como tabela
dashboard-percent = { $n }%
dashboard-not-known = Desconhecido

dashboard-filter-department = Departamento
dashboard-filter-all-departments = Todos os departamentos
dashboard-filter-from = De
dashboard-filter-to = Até
dashboard-filter-apply = Aplicar
dashboard-range-all = Os números cobrem todo o período. O gráfico mostra as últimas seis semanas (dias em { $zone }).
dashboard-range-filtered = Números e gráfico cobrem de { $first } a { $last } (dias em { $zone }).
dashboard-error-from = "De" precisa ser uma data como 2026-11-01. Todo o período é mostrado.
dashboard-error-to = "Até" precisa ser uma data como 2026-11-30. Todo o período é mostrado.
dashboard-error-reversed = "Até" é anterior a "De". Todo o período é mostrado.
dashboard-error-too-long = Escolha no máximo { $days } dias. Todo o período é mostrado.
dashboard-status-as-of = Status de registro do Entra ID em { $at }.
dashboard-status-never = Ainda não há status de registro do Entra ID: importe a exportação CSV do portal ou configure a sincronização com o Microsoft Graph. Até lá ninguém conta como registrado.
dashboard-status-error = A última sincronização com o Microsoft Graph falhou: { $error }

dashboard-funnel-title = Funil
dashboard-funnel-desc = Quantos dos { $roster } funcionários da lista chegaram a cada etapa.
dashboard-funnel-roster = Na lista
dashboard-funnel-announced = Link enviado
dashboard-funnel-opened = Link aberto
dashboard-funnel-flow-started = Começaram os passos
dashboard-funnel-handed-off = Foram para Informações de segurança
dashboard-funnel-registered = Registrados (segundo o Entra ID)

dashboard-col-stage = Etapa
dashboard-col-employees = Funcionários
dashboard-col-of-roster = Da lista
dashboard-col-of-previous = Da etapa anterior
dashboard-col-platform = Dispositivo
dashboard-col-stuck = Travados agora
dashboard-col-stuck-rate = Taxa de travamento
dashboard-col-below-minimum = Sistema antigo demais
dashboard-col-registered = Registrados
dashboard-col-os-version = Versão do sistema
dashboard-col-browser = Navegador
dashboard-col-in-app = Navegador de app
dashboard-col-step = Passo
dashboard-col-symptom = Problema
dashboard-col-date = Data
dashboard-col-announced = Links enviados
dashboard-col-reminders = Lembretes enviados
dashboard-col-reason = Motivo

dashboard-platforms-title = Dispositivos
dashboard-platforms-desc = Funcionários que abriram o link, pelo dispositivo da última visita, e quantos estão travados agora.
dashboard-platform-bar = { $n } ({ $stuck } travados)
dashboard-below-minimum-title = Versões do sistema abaixo do mínimo de um fluxo
dashboard-browsers-title = Navegadores
dashboard-in-app-title = Navegadores de apps
dashboard-stuck-title = Onde as pessoas travam

dashboard-days-title = Registros por dia
dashboard-days-desc = { $total } chaves de acesso registradas de { $first } a { $last }. Lembretes saíram em { $reminderDays } desses dias, marcados com um triângulo.
dashboard-legend-reminders = Lembretes enviados naquele dia
dashboard-legend-announced = Links enviados naquele dia

dashboard-stragglers-title = Quem falta
dashboard-stragglers-intro = Funcionários sem chave de acesso segundo o Entra ID, pelo motivo mais revelador. Abra um grupo para ver as pessoas e exportá-las.
dashboard-stragglers-counts = Quem falta, por motivo
dashboard-straggler-stuck = Travado
dashboard-straggler-below-minimum = Sistema antigo demais
dashboard-straggler-handed-off = Passou por Informações de segurança, sem registro
dashboard-straggler-never-opened = Nunca abriu o link
dashboard-straggler-in-progress = Começou, não terminou

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
stragglers-col-last-seen = Última visita
stragglers-previous = Página anterior
stragglers-next = Próxima página
stragglers-pages = Páginas
stragglers-page-of = Página { $page } de { $pages }

audit-title = Registro de alterações
audit-intro = Cada alteração feita nesta organização pelo console ou pela linha de comando, da mais recente para a mais antiga.
audit-col-when = Quando
audit-col-who = Quem
audit-col-what = O quê
audit-col-changes = Alterações
audit-action-branding-saved = Salvou o rascunho da identidade visual
audit-action-logo-uploaded = Enviou um logotipo
audit-action-branding-published = Publicou a identidade visual
audit-action-policy-saved = Alterou a política
audit-action-roster-imported = Importou a lista de funcionários
audit-action-links-exported = Exportou os links pessoais
audit-action-reminders-saved = Alterou as configurações de lembretes
audit-action-tenant-created = Criou a organização
audit-action-admin-granted = Deu uma função a uma conta
audit-action-registration-imported = Importou o status de registro
audit-action-reminders-announced = Enviou o anúncio
