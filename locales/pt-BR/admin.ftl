## Console de administração (administradores de TI e suporte de TI) e as partes do guia do funcionário que dependem do locatário.

admin-console = Administração do guia de chaves de acesso
admin-nav-label = Seções do locatário
admin-nav-overview = Visão geral
admin-nav-branding = Identidade visual
admin-nav-policy = Política de chaves de acesso
admin-nav-roster = Funcionários
admin-sign-out = Sair
admin-form-has-errors = Alguns campos precisam de atenção. Nada foi salvo; o que você preencheu continua abaixo.

role-owner = Proprietário
role-admin = Administrador
role-helpdesk = Suporte de TI

## Entrar

admin-login-title = Entrar
admin-login-email = E-mail
admin-login-password = Senha
admin-login-submit = Entrar
admin-login-failed = O e-mail ou a senha estão incorretos.
admin-login-rate-limited = Muitas tentativas de entrada. Aguarde um minuto e tente de novo.

## Locatários e visão geral

admin-tenants-title = Suas organizações
admin-tenants-none = Sua conta ainda não tem nenhuma função em uma organização. Peça a um proprietário para adicionar você.
admin-overview-title = Visão geral
admin-overview-employees = { $count ->
    [one] { $count } funcionário na lista.
   *[other] { $count } funcionários na lista.
}
admin-overview-unpublished = A identidade visual tem alterações que ainda não foram publicadas.
admin-overview-guide-url = Guia para todos (sem link pessoal):
admin-links-heading = Links pessoais
admin-links-lead = Baixe o link pessoal de cada funcionário em um arquivo CSV para usar na sua mala direta. Cada link é assinado e expira; baixe um arquivo novo a cada envio.
admin-links-export = Baixar links (CSV)

## Identidade visual

admin-branding-title = Identidade visual
admin-branding-name = Nome de exibição
admin-branding-colour = Cor principal
admin-branding-colour-hint = Uma cor em hexadecimal, como #0b5cad. O texto é exibido em branco sobre ela, então o contraste precisa ser de pelo menos 4,5:1.
admin-branding-intro = Introdução exibida na página inicial (texto simples)
admin-branding-support = Contato de suporte
admin-branding-support-email = E-mail
admin-branding-support-url = Página de ajuda (https://…)
admin-branding-support-phone = Telefone
admin-branding-support-hours = Horário de atendimento
admin-branding-save = Salvar rascunho
admin-branding-saved = Rascunho salvo. Confira a pré-visualização e depois publique.
admin-branding-logo = Logotipo
admin-branding-logo-hint = PNG, JPEG ou WebP, com até { $max } KB e até { $side } pixels de cada lado. Arquivos SVG não são aceitos.
admin-branding-logo-file = Arquivo do logotipo
admin-branding-logo-upload = Carregar logotipo
admin-branding-logo-saved = Logotipo adicionado ao rascunho.
admin-branding-logo-alt = Pré-visualização do logotipo
admin-branding-preview = Pré-visualização
admin-branding-unpublished = Os funcionários ainda veem a identidade visual publicada. Publique para mostrar este rascunho a eles.
admin-branding-published = Os funcionários veem esta identidade visual.
admin-branding-publish = Publicar
admin-branding-published-notice = Publicado. Agora os funcionários veem a nova identidade visual.

branding-error-required = Digite um nome de exibição.
branding-error-too-long = Use no máximo { $max } caracteres, sem caracteres de controle.
branding-error-colour = Digite uma cor no formato # seguido de 6 dígitos hexadecimais, como #0b5cad.
branding-error-contrast = O texto branco sobre esta cor tem contraste de { $ratio }:1, e é preciso pelo menos { $min }:1. O tom mais próximo que atende a esse requisito é { $suggestion }.
branding-error-email = Digite um endereço de e-mail, como help@example.com.
branding-error-url = Digite um endereço da web que comece com https:// ou http://.
branding-error-phone = Digite um número de telefone usando dígitos, espaços e + - ( ).

logo-error-empty = Escolha um arquivo para carregar.
logo-error-too-large = O arquivo tem { $kib } KB; o limite é { $max } KB.
logo-error-svg = Logotipos SVG não são aceitos porque podem conter scripts. Carregue um arquivo PNG, JPEG ou WebP.
logo-error-format = Este arquivo não é uma imagem PNG, JPEG ou WebP.
logo-error-dimensions = A imagem tem { $width } × { $height } pixels; cada lado precisa ter entre { $min } e { $max } pixels.

## Política

admin-policy-title = Política de chaves de acesso
admin-policy-passkeys = Quais chaves de acesso sua organização permite
admin-policy-synced-allowed = Chaves de acesso sincronizadas e vinculadas ao dispositivo (Chaves do iCloud, Gerenciador de senhas do Google, Microsoft Authenticator, Windows Hello, chaves de segurança)
admin-policy-device-bound-only = Somente chaves de acesso vinculadas ao dispositivo
admin-policy-attestation = O atestado é obrigatório (oculta todas as opções que não conseguem comprovar a marca e o modelo)
admin-policy-authenticators = Autenticadores vinculados ao dispositivo aceitos pela sua organização
admin-policy-authenticator = Microsoft Authenticator
admin-policy-windows-hello = Windows Hello
admin-policy-windows-hello-hint = Desativado, a menos que sua organização tenha ativado isso no Entra: um perfil de chave de acesso precisa incluir estes AAGUIDs do Windows Hello nas restrições de chave e não pode exigir atestado. Em PCs ingressados ou registrados no Entra, o Windows Hello para Empresas continua sendo a forma de entrar; o guia pergunta isso primeiro aos funcionários e, em PCs da empresa, indica o celular ou uma chave de segurança.
admin-policy-authenticator-hint = Informações de segurança só oferece “Chave de acesso no Microsoft Authenticator” quando as restrições de chave do perfil de chave de acesso incluem estes AAGUIDs. Sem eles, o caminho do guia pelo próprio app continua funcionando.
admin-policy-security-keys = Chaves de segurança FIDO2
admin-policy-security-info-url = Endereço de Informações de segurança
admin-policy-security-info-url-hint = Onde os funcionários registram a chave de acesso. Só são aceitos endereços https em hosts de entrada da Microsoft.
admin-policy-language = Idioma padrão
admin-policy-language-none = Idioma do navegador
admin-policy-host = Nome de host personalizado (opcional)
admin-policy-host-hint = Um nome de host, como passkeys.example.com, que exibe este guia na raiz.
admin-policy-save = Salvar política
admin-policy-saved = Política salva. O guia passa a usá-la a partir de agora.
admin-policy-error-url = O endereço de Informações de segurança precisa usar https em um host de entrada da Microsoft.
admin-policy-error-host = Digite um nome de host, como passkeys.example.com, ou deixe o campo vazio.
admin-policy-error-host-taken = Outra organização já usa este nome de host.

## Lista de funcionários

admin-roster-title = Funcionários
admin-roster-import = Importar uma lista de funcionários
admin-roster-import-hint = Um arquivo CSV com uma linha de cabeçalho, usando os nomes das colunas em inglês. Colunas obrigatórias: email (ou UPN), com o e-mail, e display name, com o nome de exibição. Opcionais: preferred language (idioma preferido), department (departamento) e manager (gestor). Tanto vírgulas quanto ponto e vírgula funcionam como separador. Importar de novo atualiza as linhas alteradas e mantém as demais como estão.
admin-roster-file = Arquivo CSV
admin-roster-import-submit = Importar
admin-roster-report = Relatório da importação
admin-roster-summary = Adicionados: { $inserted }; atualizados: { $updated }; sem alteração: { $unchanged }; não importados: { $bad }.
admin-roster-line = Linha { $line }
admin-roster-lookup = Procurar um funcionário
admin-roster-search = Nome ou e-mail
admin-roster-search-submit = Pesquisar
admin-roster-caption = Funcionários (primeiros 50 resultados)
admin-roster-name = Nome
admin-roster-email = E-mail
admin-roster-language = Idioma
admin-roster-department = Departamento
admin-roster-link = Link pessoal

roster-error-empty = O arquivo está vazio.
roster-error-encoding = O arquivo não está em texto UTF-8. Salve-o como “CSV UTF-8” e tente de novo.
roster-error-no-email-column = Nenhuma coluna de e-mail foi encontrada. Dê a uma das colunas um destes nomes: { $expected }.
roster-error-no-name-column = Nenhuma coluna de nome de exibição foi encontrada. Dê a uma das colunas um destes nomes: { $expected }.
roster-error-too-large = O arquivo tem mais de { $max } MB.
roster-error-read = Não foi possível ler o arquivo: { $detail }
roster-row-missing-email = Falta o e-mail.
roster-row-invalid-email = “{ $value }” não é um endereço de e-mail.
roster-row-missing-name = Falta o nome de exibição.
roster-row-too-long = O valor da coluna { $column } tem mais de { $max } caracteres.
roster-row-duplicate = O mesmo e-mail já está na linha { $line }; esta linha foi ignorada.
roster-row-malformed = Não foi possível ler a linha ({ $detail }).
roster-row-language-ignored = O idioma “{ $value }” não está disponível; será usado o idioma do navegador do funcionário.

## Erros

admin-error-title = Não é possível mostrar esta página
admin-error-not-found = Esta página não existe, ou sua conta não tem acesso a ela.
admin-error-forbidden = Sua função nesta organização permite consultar informações, mas não alterá-las.
admin-error-csrf = O formulário expirou. Volte, recarregue a página e tente de novo.
admin-error-internal = Algo deu errado do nosso lado. Tente de novo em instantes; se continuar acontecendo, avise quem administra este serviço.
admin-error-back = Voltar ao console de administração

## O guia do funcionário: o contato de suporte do locatário e os links pessoais

support-heading = Precisa de ajuda?
support-email = E-mail:
support-phone = Telefone:
support-website = Página de ajuda de TI
support-hours = Horário de atendimento:
footer-privacy-personal = Você abriu seu link pessoal, então a equipe de TI pode ver até quais etapas deste guia você chegou. Ela nunca vê o que você digita.
link-problem-title = Não é possível usar este link
link-invalid = Este link pessoal não é válido. Ele pode ter sido cortado ou alterado quando foi copiado.
link-expired = Este link pessoal expirou.
link-unknown = Este link pessoal não está mais ativo.
link-problem-generic = Você ainda pode configurar sua chave de acesso com o guia geral e, se precisar, pedir um novo link à equipe de TI.
link-problem-open-guide = Abrir o guia

## Suporte de TI: o percurso de um funcionário

admin-employee-title = Funcionário
admin-employee-back = Voltar à lista de funcionários
admin-journey-stage = Progresso
admin-journey-stage-not-opened = Não abriu o link
admin-journey-stage-opened = Abriu o link
admin-journey-stage-flow-started = Seguindo as etapas
admin-journey-stage-handed-off = Foi para Informações de segurança
admin-journey-stage-confirmed = Confirmou que a chave de acesso está registrada
admin-journey-stage-signed-in = Entrou com a chave de acesso no teste
admin-journey-position = Última etapa alcançada
admin-journey-at-done = Concluiu: { $flow }
admin-journey-answer = “Deu certo?” depois de Informações de segurança
admin-journey-answer-worked = Sim, deu certo
admin-journey-answer-failed = Não, não deu certo
admin-journey-devices = Dispositivos usados
admin-journey-last-seen = Última atividade
admin-journey-registration = Registro no Entra ID
admin-journey-registration-unknown = Ainda não se sabe
admin-journey-registration-yes = Sim (em { $at })
admin-journey-registration-no = Não (em { $at })
admin-journey-stuck = Com problema em { $step }: { $symptom }
admin-journey-stuck-help = O que fazer
admin-journey-help-page = Todos os problemas conhecidos e a solução, como os funcionários os veem
admin-journey-reading-causes = Consultou as causas
admin-journey-timeline = Linha do tempo
admin-journey-timeline-caption = Tudo o que este funcionário fez no guia, do mais antigo para o mais recente. Repetições são contadas, não listadas.
admin-journey-when = Quando
admin-journey-what = O quê
admin-journey-where = Onde
admin-journey-detail = Detalhe
admin-journey-device = Dispositivo
admin-journey-repeats = Repetições
admin-journey-times = { $count ->
    [one] uma vez
   *[other] { $count } vezes, a última em { $last }
}
admin-journey-not-opened = Este funcionário ainda não abriu o link pessoal.
admin-journey-kind-page-viewed = Abriu a página inicial
admin-journey-kind-flow-chosen = Escolheu uma opção
admin-journey-kind-step-viewed = Chegou a uma etapa
admin-journey-kind-handoff-clicked = Foi para Informações de segurança
admin-journey-kind-done = Chegou à última tela
admin-journey-kind-link-opened = Abriu o link
admin-journey-kind-returned = Voltou de Informações de segurança
admin-journey-kind-confirmed = Confirmou que a chave de acesso está registrada
admin-journey-kind-stuck = Teve um problema
admin-journey-kind-diagnostic-sent = Enviou um relatório
admin-journey-kind-restarted = Começou de novo
admin-journey-kind-sign-in-tested = Testou a entrada com a chave de acesso
admin-journey-sign-in-worked = A entrada deu certo
admin-journey-sign-in-failed = A entrada não deu certo
admin-diagnostics-title = Relatórios do funcionário
admin-diagnostics-none = Nenhum relatório.
admin-diagnostic-heading = Relatório { $reference }, { $at }
admin-diagnostic-where = Etapa
admin-diagnostic-symptom = Problema
admin-diagnostic-note = Observação do funcionário
admin-diagnostic-device = Dispositivo
admin-diagnostic-probe = Verificações do navegador
admin-diagnostic-no-probe = Não disponível (o JavaScript estava desativado)
admin-diagnostic-user-agent = User agent

## Lembretes

admin-nav-reminders = Lembretes
admin-reminders-title = Lembretes
admin-reminders-lead = Os lembretes vão para os funcionários que receberam o link pessoal e que, segundo o Entra ID, ainda não têm uma chave de acesso. Cada lembrete é enviado uma única vez, fora do horário de silêncio e no idioma do funcionário.
admin-reminders-saved = Configurações de lembretes salvas.
admin-reminders-enabled = Enviar lembretes automaticamente
admin-reminders-offsets = Dias após o envio do link (separados por vírgula, por exemplo 7, 14)
admin-reminders-time-zone = Fuso horário (nome IANA, por exemplo America/Sao_Paulo)
admin-reminders-quiet-from = Silêncio a partir de (hora, 0–23)
admin-reminders-quiet-until = Silêncio até (hora, 0–23)
admin-reminders-weekends = Nenhum lembrete aos sábados e domingos
admin-reminders-per-hour = No máximo esta quantidade de e-mails por hora
admin-reminders-save = Salvar configurações
admin-reminders-preview-title = Se os lembretes fossem enviados agora
admin-reminders-preview-lead = { $count ->
    [one] Um funcionário receberia um lembrete agora. Nada é enviado por esta página.
   *[other] { $count } funcionários receberiam um lembrete agora. Nada é enviado por esta página.
}
admin-reminders-preview-caption = Cada funcionário e o que o próximo envio faria, com o motivo
admin-reminders-col-reminder = Lembrete
admin-reminders-col-why = Conteúdo ou motivo
admin-reminders-col-state = Status
admin-reminders-col-error = Erro
admin-reminders-days = Lembrete de { $days } dias
admin-reminders-none = Nenhum
admin-reminders-content-start-here = Comece aqui (nunca abriu o link)
admin-reminders-content-pick-up = Continuar da etapa em que parou
admin-reminders-content-stuck = Travou: a causa e a solução
admin-reminders-content-did-not-finish = Não foi concluído
admin-reminders-skip-not-announced = Link ainda não enviado
admin-reminders-skip-registered = Tem uma chave de acesso
admin-reminders-skip-status-unknown = Não aparece no status de registro do Entra ID
admin-reminders-skip-opted-out = Desativou os lembretes
admin-reminders-skip-not-due = Ainda não está na hora
admin-reminders-skip-all-sent = Todos os lembretes enviados
admin-reminders-history-title = Lembretes enviados
admin-reminders-history-none = Nenhum lembrete ainda.
admin-reminders-history-caption = Lembretes decididos até agora, os mais recentes primeiro
admin-reminders-state-queued = Aguardando envio
admin-reminders-state-sent = Enviado
admin-reminders-state-failed = Falhou
admin-reminders-state-superseded = Substituído por um lembrete posterior
admin-reminders-error-offsets = Informe de um a cinco números de dias entre 1 e 90, separados por vírgula.
admin-reminders-error-time-zone = Use um nome de fuso horário IANA, como America/Sao_Paulo ou America/New_York.
admin-reminders-error-hour = Use uma hora de 0 a 23.
admin-reminders-error-per-hour = Use um número de 1 a 100000.
