# Comms: mail transport, programme (deadline, mandatory, manager digests), announcement waves,
# message templates, and the messages themselves.

admin-nav-comms = Comunicações
admin-links-announce = Estes links vão ser enviados agora: os lembretes de todos contam a partir de hoje
admin-reminders-skip-past-deadline = Prazo encerrado: os lembretes pararam

audit-action-mail-transport-saved = Alterou a forma de envio dos e-mails
audit-action-template-saved = Salvou o texto de uma mensagem
audit-action-template-reset = Voltou ao texto padrão de uma mensagem
audit-action-programme-saved = Alterou o prazo ou as regras do programa
audit-action-wave-scheduled = Agendou uma onda de anúncios
audit-action-wave-cancelled = Cancelou uma onda de anúncios

## Messages to employees and managers
final-notice-subject = { $org }: último lembrete: configure sua chave de acesso até { $deadline }
final-notice-body = Este é o último lembrete: configure sua chave de acesso até { $deadline }. Leva uns cinco minutos, e seu guia pessoal mostra as etapas exatas.
reminder-deadline = Configure sua chave de acesso até { $deadline }.
digest-subject = { $org }: pessoas da sua equipe que ainda precisam configurar uma chave de acesso
digest-body = Estas pessoas que se reportam a você ainda não configuraram a chave de acesso. Um lembrete seu ajuda; cada uma delas recebeu o guia pessoal por e-mail.
digest-reason-stuck = não conseguiu continuar e pediu ajuda
digest-reason-device-too-old = o dispositivo é antigo demais para chaves de acesso
digest-reason-in-progress = começou, mas não terminou
digest-reason-never-opened = ainda não abriu o guia
digest-at-step = etapa { $step }: { $title }
template-sample-name = Maria Silva
template-sample-deadline = 2027-01-31
template-sample-step = Você parou na etapa 3, “Adicione uma chave de acesso”, de Configuração no iPhone. Seu link pessoal leva você de volta a essa etapa.
template-test-tag = Teste

## Employee pages
mandatory-note = Configurar uma chave de acesso é obrigatório para todos na sua organização, por isso não é possível desativar estes e-mails.
mandatory-note-contact = Configurar uma chave de acesso é obrigatório para todos na sua organização, por isso não é possível desativar estes e-mails. Dúvidas? Fale com { $support }.
unsubscribe-title = E-mails de lembrete
unsubscribe-lead = Parar de receber os e-mails de lembrete sobre a configuração da sua chave de acesso?
unsubscribe-invalid = Este endereço não funciona mais. Para parar de receber lembretes, abra o link pessoal do seu e-mail mais recente.

## Console: the comms page
comms-title = Comunicações
comms-lead = Como suas mensagens são enviadas, o prazo, as ondas de anúncios e o texto de cada mensagem.
comms-saved-transport = Configurações de e-mail salvas.
comms-saved-programme = Programa salvo.
comms-saved-wave = Onda salva. Uma onda para agora é enviada na hora; uma agendada, em até cinco minutos depois do horário marcado.
comms-saved-wave-cancelled = Onda cancelada.
comms-saved-test = Mensagem de teste na fila para o seu endereço.
comms-save = Salvar
comms-send-test = Enviar um teste para mim
comms-transport-title = Como os e-mails são enviados
comms-transport-now-graph = Enviados com o Microsoft Graph a partir de { $from }.
comms-transport-now-smtp = Enviados pelo seu servidor SMTP a partir de { $from }.
comms-transport-now-server = Enviados pelas configurações de e-mail deste servidor.
comms-transport-legend = Enviar com
comms-transport-graph = Microsoft Graph, a partir de uma caixa de correio sua
comms-transport-smtp = Seu próprio servidor SMTP
comms-transport-needs-entra = O Microsoft Graph precisa primeiro da conexão com o Entra.
comms-transport-graph-hint = O Graph precisa da permissão de aplicativo Mail.Send. Limite-a à caixa de correio de envio no Exchange Online, como mostra a documentação, e depois envie um teste para você.
comms-from = Endereço do remetente
comms-reply-to = Endereço Reply-To, para respostas (opcional)
comms-smtp-url = URL do servidor SMTP
comms-smtp-url-hint = Por exemplo, smtp://user:password@smtp.example.com:587?tls=required. Fica armazenada com criptografia e nunca mais é mostrada; deixe em branco para manter a que está armazenada.
comms-programme-title = Programa
comms-deadline = Prazo (opcional)
comms-deadline-hint = O último aviso sai 3 dias antes; os lembretes param depois do prazo. As datas seguem o fuso horário { $zone }.
comms-mandatory = O registro é obrigatório: os funcionários não podem desativar os e-mails
comms-manager-digest = Enviar a cada gestor uma lista semanal dos membros da equipe que ainda não se registraram
comms-waves-title = Ondas de anúncios
comms-waves-lead = Anuncie primeiro para um grupo (um piloto) e depois para o restante. Só recebe quem ainda não recebeu o anúncio, e os lembretes de cada pessoa contam a partir do próprio anúncio.
comms-cohort = Quem
comms-cohort-everyone = Todos que ainda não receberam o anúncio
comms-cohort-department = Departamento
comms-cohort-group = Grupo do Entra
comms-cohort-list = Lista de endereços
comms-cohort-value = Nome do departamento ou ID de objeto do grupo do Entra
comms-cohort-addresses = Endereços (CSV com uma coluna email, ou um endereço por linha)
comms-wave-at = Quando (deixe em branco para enviar agora)
comms-wave-at-hint = Horário no fuso horário { $zone }.
comms-wave-schedule = Anunciar
comms-waves-caption = Ondas, das mais recentes para as mais antigas
comms-wave-col-at = Quando
comms-wave-col-state = Status
comms-wave-col-announced = Anunciados
comms-wave-cancel = Cancelar
comms-wave-state-scheduled = Agendada
comms-wave-state-sending = Enviando
comms-wave-state-sent = Enviada
comms-wave-state-failed = Falhou
comms-templates-title = Textos das mensagens
comms-templates-lead = Cada mensagem, em cada idioma, usa o texto padrão até você alterá-lo.
comms-templates-caption = Mensagens e idiomas
comms-template-col-message = Mensagem
comms-template-col-language = Idioma
comms-template-col-state = Texto
comms-template-edit = Editar
comms-template-custom = Seu texto
comms-template-built-in = Texto padrão
comms-kind-announcement = Anúncio
comms-kind-reminder = Lembrete
comms-kind-final-notice = Último aviso
comms-kind-manager-digest = Resumo para gestores

## Console: editing one message
comms-back = Voltar para Comunicações
comms-template-problems = O texto não foi salvo:
comms-subject = Assunto
comms-body = Mensagem
comms-placeholders = Espaços reservados que você pode usar, escritos entre chaves:
comms-preview = Pré-visualização
comms-preview-title = Pré-visualização com um funcionário de exemplo
comms-template-reset = Voltar ao texto padrão
comms-template-saved = Texto da mensagem salvo.
comms-template-was-reset = O texto padrão voltou a ser usado.
comms-field-subject = O assunto
comms-field-body = A mensagem
comms-problem-unknown-placeholder = { $field } usa { $placeholder }, que não é um espaço reservado.
comms-problem-not-allowed = { $field } usa { $placeholder }, que esta mensagem não consegue preencher.
comms-problem-missing = A mensagem precisa conter { $placeholder }.
comms-problem-unclosed = { $field } tem uma chave de abertura que não é fechada na mesma linha. Escreva {"{{"} para usar uma chave no texto.
comms-problem-line-break = O assunto precisa ter uma única linha.
comms-problem-empty = { $field } não tem conteúdo.
comms-problem-too-long = { $field } tem mais de { $max } caracteres.

## Dashboard
dashboard-col-waves = Ondas
dashboard-wave = { $cohort } { $value } ({ $count } anunciados)
