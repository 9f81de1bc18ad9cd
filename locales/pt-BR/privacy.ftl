# Dados pessoais: a página de privacidade dos funcionários e, no console, retenção, exportação e exclusão.

## A página de privacidade dos funcionários (/privacy)

footer-privacy-link = Como seus dados são usados
privacy-title = Como seus dados são usados
privacy-lead = Este guia ajuda você a registrar uma chave de acesso na sua conta de trabalho. Veja aqui quais dados ele coleta, por quê, por quanto tempo e a quem perguntar.
privacy-your-organisation = sua organização
privacy-what-title = O que é registrado
privacy-what-anonymous = Sem link pessoal: quais páginas do guia são vistas, com o tipo de dispositivo, o sistema e o navegador dele, e o idioma. Não quem você é.
privacy-what-personal = Com o link pessoal que { $organisation } enviou a você: seu nome, e-mail de trabalho e departamento, da lista fornecida pela equipe de TI; a quais etapas você chegou e quando; suas respostas, como “deu certo” ou “não consigo continuar”, e o motivo; o dispositivo, a versão do sistema e o navegador que você usou; qualquer relatório que você tenha enviado ao suporte de TI; as mensagens enviadas a você; e se o Microsoft Entra ID mostra uma chave de acesso para sua conta.
privacy-what-cookies = O guia define um cookie que guarda seu link pessoal enquanto você segue as etapas, e outro para o idioma, se você escolher um. Não há cookies de publicidade nem de rastreamento.
privacy-what-never = Nunca são registrados: sua senha, sua chave de acesso, o que você digita nas páginas da Microsoft ou onde você está.
privacy-why-title = Por quê
privacy-why = Para que o guia mostre as etapas para o seu dispositivo, a equipe de TI possa ajudar você quando não conseguir continuar, e os lembretes sejam enviados só para quem ainda não registrou uma chave de acesso.
privacy-how-long-title = Por quanto tempo
privacy-how-long = Seus dados etapa por etapa são mantidos por { $organisation } durante { $days } dias depois que você registra uma chave de acesso ou sai da implantação; depois, eles são removidos. As datas em que você chegou a cada fase ficam nos números da implantação até você sair dela.
privacy-who-title = A quem perguntar
privacy-who = Para ver seus dados ou pedir que sejam apagados, fale com a equipe de TI de { $organisation }: ela pode entregar a você, em um arquivo, tudo o que foi registrado sobre você, ou apagar tudo definitivamente.
privacy-who-contact = Os contatos da equipe estão no final desta página.

## O console: retenção, exportação e exclusão

privacy-retention-title = Dados pessoais
privacy-retention-now = Os dados do percurso são mantidos por { $days } dias depois que um funcionário registra uma chave de acesso ou sai da implantação.
privacy-retention-days = Dias de retenção
privacy-retention-save = Salvar
privacy-retention-hint = Aplicado todos os dias. Após o período, os dados etapa por etapa de um funcionário que registrou uma chave de acesso (dispositivos, etapas, respostas, relatórios, mensagens) são removidos, enquanto a entrada dele na lista de funcionários e as datas de cada etapa do funil são mantidas; quem saiu da implantação é apagado por completo. Os funcionários leem isso na página de privacidade do guia.
privacy-error-not-a-number = O período de retenção deve ser um número inteiro de dias.
privacy-error-out-of-range = O período de retenção deve ser de 1 a 3650 dias.
privacy-done-erased = O funcionário foi apagado, com todos os registros que o mencionavam.
privacy-done-retention-saved = Período de retenção salvo.
privacy-employee-title = Dados pessoais
privacy-export-submit = Exportar os dados do funcionário (JSON)
privacy-export-hint = Tudo o que é mantido sobre este funcionário, para uma solicitação de acesso do titular. A exportação fica registrada no log de auditoria.
privacy-erase-hint = Apagar remove este funcionário e todos os registros que o mencionam: percurso, dispositivos, relatórios, mensagens e status de registro. Não é possível desfazer. Se ele ainda estiver em um grupo de implantação do Entra, a próxima sincronização vai adicioná-lo de novo como um novo funcionário.
privacy-erase-confirm = Digite { $email } para confirmar
privacy-erase-submit = Apagar este funcionário
privacy-erase-mismatch = O endereço digitado não corresponde: nada foi apagado.
audit-action-retention-saved = Alterou por quanto tempo os dados do percurso são mantidos
audit-action-employee-erased = Apagou um funcionário
audit-action-employee-exported = Exportou os dados de um funcionário
