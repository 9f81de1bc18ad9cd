# Entrada no console: Entra ID, chaves de acesso das contas de acesso de emergência, a página da conta, pessoas e convites.

admin-nav-people = Pessoas
admin-error-entra-only = O console desta organização só aceita “Entrar com a Microsoft” ou uma chave de acesso. Saia e entre de novo de uma dessas formas.

## Página de entrada
sso-heading = Entre com sua conta corporativa
sso-button = Entrar com a Microsoft
sso-tenant-label = Organização
sso-tenant-hint = O nome curto da organização, como no endereço do seu console: /admin/t/nome-curto
sso-not-set-up = Esta organização não configurou “Entrar com a Microsoft”. Use uma chave de acesso ou sua senha, ou fale com o proprietário do console.
sso-unavailable = Não foi possível acessar o serviço de entrada da Microsoft. Tente de novo em instantes.
sso-stale = Esta entrada expirou ou já foi usada. Comece de novo.
sso-provider-error = A Microsoft não fez sua entrada (erro: { $code }). Comece de novo ou fale com o administrador do Entra.
sso-refused = Não foi possível verificar a resposta da Microsoft, por isso você não entrou. { $reason ->
    [expired] A entrada demorou demais.
    [tenant] Ela era para outra organização.
    [audience] Ela era para outro aplicativo.
    [issuer] Ela veio de outro emissor.
    [nonce] Ela respondia a outra entrada.
    [unknown-key] Ela foi assinada com uma chave que a organização não publica.
    [algorithm] Ela não foi assinada do jeito que a Microsoft assina.
    [signature] A assinatura dela não é válida.
   *[other] Comece de novo; se continuar acontecendo, avise quem administra este serviço.
}
sso-no-role = Você entrou como { $username }, mas não tem nenhuma função neste console. Peça ao administrador do Entra para atribuir a você a função Proprietário, Administrador ou Suporte de TI deste aplicativo, ou peça a um proprietário para convidar você.
sso-removed = Você entrou como { $username }, mas um proprietário removeu seu acesso a este console. Peça a um proprietário para convidar você de novo.
sso-address-taken = Você entrou como { $username }, convidado desta organização. Já existe aqui uma conta com esse endereço, e uma entrada de convidado não pode assumi-la. Peça a um proprietário que atribua a você uma função de aplicativo ou entre com sua conta desta organização.
sso-signed-in-title = Você entrou
sso-continue = Continuar para o console
passkey-sign-in-heading = Conta de acesso de emergência
passkey-sign-in-lead = Para as contas de emergência deste console: entre com a chave de acesso registrada na conta.
passkey-sign-in-button = Entrar com uma chave de acesso
passkey-needs-js = As chaves de acesso precisam de JavaScript neste navegador.
passkey-failed = A chave de acesso não funcionou. Tente de novo ou use outra forma de entrar.
password-sign-in-heading = Conta local

## Página da conta
account-title = Sua conta
account-signed-in-as = Você entrou como { $email } ({ $method }).
sign-in-method-password = senha
sign-in-method-passkey = chave de acesso
sign-in-method-entra = Microsoft Entra ID
passkeys-heading = Chaves de acesso
passkeys-lead = Com uma chave de acesso, esta conta consegue entrar sem a senha, mesmo quando a organização só aceita a entrada com a Microsoft. Registre uma em uma chave de segurança ou em um dispositivo guardado para emergências.
passkeys-none = Esta conta não tem chave de acesso.
passkey-name-label = Nome
passkey-name-default = Chave de segurança de emergência
passkey-created = Adicionada em
passkey-last-used = Último uso
passkey-never-used = Nunca
passkey-add = Adicionar uma chave de acesso
passkey-remove = Remover
passkey-added = A chave de acesso foi adicionada.
passkey-removed = A chave de acesso foi removida.
passkey-unavailable = As chaves de acesso não estão disponíveis neste servidor:

## Página Pessoas
people-title = Pessoas
people-heading = Quem pode usar este console
people-person = Pessoa
people-role = Função
people-source = Origem da função
people-methods = Entra com
people-actions = Ações
people-change-role = Alterar função
people-remove = Remover acesso
people-removed = Acesso removido
people-role-from-entra = Função de aplicativo do Entra
people-role-from-console = Este console
people-role-changed = A função foi alterada.
people-access-removed = O acesso foi removido e as sessões da pessoa foram encerradas em todos os lugares.
people-error = Não foi salvo: { $detail }
invite-heading = Convidar alguém
invite-lead = Os convites expiram após 7 dias. Um convite por link é mostrado uma única vez: envie-o você mesmo para a pessoa.
# Unconfirmed label: "User principal name"
invite-address = Endereço de e-mail ou nome UPN
invite-kind = Como a pessoa entra
invitation-kind-entra = Com o Microsoft Entra ID, como este usuário
invitation-kind-link = Com uma senha, a partir de um link de convite
invite-submit = Convidar
invite-bad-address = Isso não é um endereço de e-mail nem um nome UPN.
invite-bad-role = Escolha uma função.
invite-entra-not-set-up = Configure primeiro “Entrar com a Microsoft” ou convide com um link.
invitation-created = O convite foi salvo.
invitation-link-once = Copie este link agora e envie para a pessoa: ele não será mostrado de novo.
invitation-state = Status
invitation-state-open = Aberto
invitation-state-accepted = Aceito
invitation-state-expired = Expirado
invitation-state-revoked = Revogado
invitation-expires = Expira em
invitation-by = Convidado por
invitation-revoke = Revogar
invitation-revoked = O convite foi revogado.
sso-settings-heading = Entrar com a Microsoft
sso-settings-lead = Os administradores do Entra decidem quem pode fazer o quê: atribua pessoas ou grupos às funções de aplicativo do registro de aplicativo.
sso-redirect-uri = URI de redirecionamento (plataforma Web) a registrar no aplicativo:
sso-entra-tenant-id = ID do diretório (locatário)
sso-client-id = ID do aplicativo (cliente)
sso-secret = Segredo do cliente
sso-secret-hint = Deixe em branco para usar a credencial da conexão com o Entra desta organização (o mesmo registro de aplicativo).
sso-credential-kept = Já armazenado: { $kind }. Deixe em branco para manter.
sso-credential-secret = segredo do cliente
sso-credential-certificate = certificado
sso-credential-entra-connection = credencial da conexão com o Entra
sso-role-names = Valores das funções de aplicativo
sso-save = Salvar configurações de entrada
sso-saved = As configurações de entrada foram salvas.
sso-entra-only-off = Senhas locais são aceitas.
sso-entra-only-on = Só são aceitos “Entrar com a Microsoft” e as chaves de acesso das contas de acesso de emergência.
sso-entra-only-enable = Aceitar só a entrada com a Microsoft
sso-entra-only-disable = Voltar a aceitar senhas locais
sso-entra-only-saved = A regra de entrada foi salva.

## Links de convite
invitation-accept-title = Participar do console
invitation-accept-lead = { $address } recebeu um convite para { $tenant } com a função { $role }. Escolha uma senha para concluir.
invitation-password = Nova senha
invitation-password-hint = Pelo menos 12 caracteres.
invitation-password-short = A senha precisa ter pelo menos { $min } caracteres.
invitation-accept = Participar
invitation-not-open = Este convite já foi usado, foi revogado ou expirou. Peça um novo.
invitation-accepted-existing = A função foi adicionada à sua conta existente. Entre como de costume.

## Operadores
tenant-create-heading = Criar uma organização
tenant-create-name = Nome
tenant-create-slug = Nome curto
tenant-create-slug-hint = Letras minúsculas, dígitos e hifens; ele passa a fazer parte do endereço do guia.
tenant-create-submit = Criar

## Log de auditoria
audit-action-sso-configured = Configurou “Entrar com a Microsoft”
audit-action-entra-only-set = Alterou quais entradas são aceitas
audit-action-invitation-created = Convidou alguém
audit-action-invitation-accepted = Aceitou um convite
audit-action-invitation-revoked = Revogou um convite
audit-action-role-changed = Alterou uma função
audit-action-access-removed = Removeu o acesso de alguém
audit-action-passkey-added = Adicionou uma chave de acesso
audit-action-passkey-removed = Removeu uma chave de acesso
audit-action-tenant-created-in-console = Criou a organização no console
