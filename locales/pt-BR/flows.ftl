## Conteúdo dos fluxos: títulos, resumos e etapas de cada fluxo de registro, e as entradas
## de solução de problemas. Variáveis: $os_major (um número ou "unknown"),
## $browser (safari, chrome, edge, firefox, samsung-internet, opera, webview, other, unknown) e
## $platform (iphone, ipad, android, samsung, windows, macos, linux, chromeos, unknown).

## iPhone ou iPad com Microsoft Authenticator

flow-iphone-authenticator-title = iPhone ou iPad: chave de acesso no Microsoft Authenticator
flow-iphone-authenticator-summary = Crie uma chave de acesso para sua conta corporativa no app Microsoft Authenticator. Ela fica neste iPhone ou iPad e funciona mesmo se sua organização só aceitar autenticadores aprovados.

flow-iphone-authenticator-before-you-start-title = Antes de começar
flow-iphone-authenticator-before-you-start-body =
    { $os_major ->
        [unknown] Confira se seu iPhone ou iPad tem o iOS 17 ou posterior (Ajustes › Geral › Sobre) e se o código ou o Face ID está ativado.
       *[other] Confira se o código ou o Face ID está ativado no seu iPhone ou iPad. Ele tem o iOS { $os_major }, e você precisa do iOS 17 ou posterior.
    } Tenha à mão seu método de entrada atual. Se não tiver nenhum, peça ao suporte de TI um Passe de Acesso Temporário. Abra este guia no Safari ou em outro navegador, não dentro do app de e-mail.

flow-iphone-authenticator-install-app-title = Instale o Microsoft Authenticator
flow-iphone-authenticator-install-app-body = Instale o Microsoft Authenticator pela App Store ou atualize o app, se você já tiver: quando as configurações de chave de acesso da sua organização incluem o Authenticator, a Microsoft pede a versão 6.8.37 ou posterior. Abra o app uma vez e passe pelas telas de privacidade.

flow-iphone-authenticator-create-in-app-title = Crie a chave de acesso no Authenticator
# Unconfirmed label: "Secure Your Digital Life"
flow-iphone-authenticator-create-in-app-body =
    Abra o Authenticator e comece pelo que aparecer na tela:

    Se aparecer Proteja sua vida digital (na primeira vez que você abre o app), toque em Adicionar conta corporativa ou de estudante.

    Se o app ainda não tiver nenhuma conta, toque em Adicionar conta ou no botão +, escolha Conta corporativa ou de estudante e toque em Entrar.

    Se sua conta corporativa já estiver na lista, toque nela e depois em Criar uma chave de acesso.

    Entre com sua conta corporativa e conclua a verificação extra quando for pedido. Depois, o Authenticator pede permissão para salvar chaves de acesso: essa é a próxima etapa.

flow-iphone-authenticator-enable-provider-title = Permita que o Authenticator salve chaves de acesso
# Unconfirmed label: "Passkey added"
flow-iphone-authenticator-enable-provider-body =
    { $os_major ->
        [17] Quando o Authenticator pedir, toque no botão para abrir os Ajustes. Vá em Ajustes › Senhas › Opções de Senha, ative Preencher Senhas e Chaves de Acesso e, logo abaixo, selecione Authenticator.
        [unknown] Quando o Authenticator pedir, toque no botão para abrir os Ajustes. No iOS 18 ou posterior, vá em Ajustes › Geral › Preenchimento Automático e Senhas; no iOS 17, vá em Ajustes › Senhas › Opções de Senha. Ative Preencher Senhas e Chaves de Acesso e selecione Authenticator.
       *[other] Quando o Authenticator pedir, toque no botão para abrir os Ajustes. Vá em Ajustes › Geral › Preenchimento Automático e Senhas, ative Preencher Senhas e Chaves de Acesso e, logo abaixo, selecione Authenticator.
    }

    Volte ao Authenticator e toque em Concluído. Quando aparecer Chave de acesso adicionada, toque em Concluído de novo.

flow-iphone-authenticator-check-security-info-title = Confira em Informações de segurança
flow-iphone-authenticator-check-security-info-body =
    Toque em Abrir Informações de segurança e entre com sua conta corporativa. Sua nova chave de acesso aparece na lista de métodos de entrada como Chave de acesso no Microsoft Authenticator.

    Se não deu certo criar a chave de acesso no app, adicione-a aqui: toque em + Adicionar método de entrada, escolha Chave de acesso no Microsoft Authenticator e siga as instruções. Quando você for levado ao Authenticator, crie a chave de acesso lá, volte ao navegador e toque em Avançar e, depois que a chave de acesso for criada, em Concluído.

    Se a opção Chave de acesso no Microsoft Authenticator não aparecer: ela só aparece quando as configurações de chave de acesso da sua organização incluem o Microsoft Authenticator. Criar a chave de acesso no app Authenticator (as etapas anteriores) funciona mesmo sem ela. Em Informações de segurança, você também pode escolher Chave de acesso e, quando seu { $platform ->
        [ipad] iPad
       *[other] iPhone
    } perguntar onde salvar a chave de acesso, escolher Authenticator.

flow-iphone-authenticator-test-sign-in-title = Teste sua chave de acesso
# Unconfirmed label: "Face, fingerprint, PIN or security key"
flow-iphone-authenticator-test-sign-in-body = Saia da sua conta corporativa no navegador, ou abra uma janela privada, e acesse https://myaccount.microsoft.com. Toque em Opções de entrada e depois em Rosto, impressão digital, PIN ou chave de segurança. Escolha no Authenticator a chave de acesso do seu e-mail corporativo e confirme com o Face ID, o Touch ID ou seu código.

## iPhone ou iPad com Chaves do iCloud (chave de acesso sincronizada)

flow-iphone-icloud-keychain-title = iPhone ou iPad: chave de acesso nas Chaves do iCloud
flow-iphone-icloud-keychain-summary = Salve uma chave de acesso para sua conta corporativa no app Senhas da Apple (Chaves do iCloud). Ela é sincronizada com seus outros dispositivos Apple. Isso só funciona se sua organização permitir chaves de acesso sincronizadas.

flow-iphone-icloud-keychain-before-you-start-title = Antes de começar
flow-iphone-icloud-keychain-before-you-start-body =
    { $os_major ->
        [unknown] Confira se seu iPhone ou iPad tem o iOS 16 ou posterior (Ajustes › Geral › Sobre).
       *[other] Seu dispositivo tem o iOS { $os_major }. É preciso ter o iOS 16 ou posterior.
    } Você precisa de um código ou do Face ID e de uma Conta Apple com autenticação de dois fatores. Tenha à mão seu método de entrada atual ou um Passe de Acesso Temporário. Abra este guia no Safari, não dentro do app de e-mail.

flow-iphone-icloud-keychain-turn-on-icloud-keychain-title = Ative as Chaves do iCloud
# Unconfirmed label: "Saved to iCloud", "See All"
flow-iphone-icloud-keychain-turn-on-icloud-keychain-body =
    { $os_major ->
        [16] Abra Ajustes, toque no seu nome e depois em iCloud. Toque em Senhas e Chaves e ative Sincronizar este iPhone (Sincronizar este iPad, em um iPad).
        [17] Abra Ajustes, toque no seu nome e depois em iCloud. Toque em Senhas e Chaves e ative Sincronizar este iPhone (Sincronizar este iPad, em um iPad).
        [unknown] Abra Ajustes, toque no seu nome e depois em iCloud. Em Salvo no iCloud, toque em Senhas; se não estiver na lista, toque antes em Ver Tudo. No iOS 17 ou anterior, toque em Senhas e Chaves. Ative Sincronizar este iPhone (Sincronizar este iPad, em um iPad).
       *[other] Abra Ajustes, toque no seu nome e depois em iCloud. Em Salvo no iCloud, toque em Senhas; se não estiver na lista, toque antes em Ver Tudo. Ative Sincronizar este iPhone (Sincronizar este iPad, em um iPad).
    }

flow-iphone-icloud-keychain-check-autofill-title = Deixe o app Senhas salvar chaves de acesso
# Unconfirmed label: "Set Up Codes In"
flow-iphone-icloud-keychain-check-autofill-body =
    { $os_major ->
        [16] Abra Ajustes › Senhas › Opções de Senha. Ative Preencher Senhas e confira se Chaves do iCloud está selecionado.
        [17] Abra Ajustes › Senhas › Opções de Senha. Ative Preencher Senhas e Chaves de Acesso e confira se Senhas e Chaves do iCloud está selecionado.
        [unknown] No iOS 18 ou posterior, abra Ajustes › Geral › Preenchimento Automático e Senhas: ative Preencher Senhas e Chaves de Acesso, confira se Senhas está selecionado logo abaixo e defina Configurar Códigos em como Senhas. No iOS 16 ou 17, abra Ajustes › Senhas › Opções de Senha, ative o preenchimento automático e confira se Chaves do iCloud está selecionado.
       *[other] Abra Ajustes › Geral › Preenchimento Automático e Senhas. Ative Preencher Senhas e Chaves de Acesso e confira se Senhas está selecionado logo abaixo. A Microsoft também pede que você defina Configurar Códigos em como Senhas.
    } Se o Authenticator ou outro app de senhas também estiver ativado, pode deixá-lo ativado: você escolhe Senhas na hora de salvar a chave de acesso.

flow-iphone-icloud-keychain-open-security-info-title = Comece em Informações de segurança
# Unconfirmed label: "Setting up your passkey"
flow-iphone-icloud-keychain-open-security-info-body = Toque em Abrir Informações de segurança e entre com sua conta corporativa. Toque em + Adicionar método de entrada, escolha Chave de acesso e toque em Avançar. Na página Configurando sua chave de acesso, toque em Avançar de novo. Se Chave de acesso não estiver na lista, talvez sua organização não permita esse tipo de chave de acesso. Fale com o suporte de TI.

flow-iphone-icloud-keychain-save-passkey-title = Salve a chave de acesso
# Unconfirmed label: "Save another way"
flow-iphone-icloud-keychain-save-passkey-body = Quando o iPhone ou iPad oferecer salvar uma chave de acesso, confira se ela será salva em Senhas (Chaves do iCloud) e toque em Continuar. Se ele oferecer salvá-la em outro app, como o Authenticator, toque em Salvar de Outra Forma (ou Outras Opções) e escolha Senhas. Confirme com o Face ID, o Touch ID ou seu código.

flow-iphone-icloud-keychain-check-it-worked-title = Confira se deu certo
flow-iphone-icloud-keychain-check-it-worked-body =
    { $os_major ->
        [16] Dê à chave de acesso um nome fácil de reconhecer, toque em Avançar e depois em Concluído. Ela agora aparece em Informações de segurança e em Ajustes › Senhas no seu iPhone.
        [17] Dê à chave de acesso um nome fácil de reconhecer, toque em Avançar e depois em Concluído. Ela agora aparece em Informações de segurança e em Ajustes › Senhas no seu iPhone.
       *[other] Dê à chave de acesso um nome fácil de reconhecer, toque em Avançar e depois em Concluído. Ela agora aparece em Informações de segurança e no app Senhas do seu iPhone.
    }

flow-iphone-icloud-keychain-test-sign-in-title = Teste a entrada com sua chave de acesso
# Unconfirmed label: "Face, fingerprint, PIN or security key", "Other ways to sign in"
flow-iphone-icloud-keychain-test-sign-in-body = Abra uma aba privada no Safari, ou saia da sua conta corporativa, e acesse https://myaccount.microsoft.com. Na página de entrada, escolha Opções de entrada e depois Rosto, impressão digital, PIN ou chave de segurança; se você já digitou seu e-mail corporativo, escolha Outras maneiras de entrar. Escolha sua conta corporativa e confirme com o Face ID, o Touch ID ou seu código.

## Samsung Galaxy com Microsoft Authenticator

flow-samsung-title = Samsung Galaxy: chave de acesso no Microsoft Authenticator
flow-samsung-summary = Crie uma chave de acesso para sua conta corporativa no Microsoft Authenticator do seu Galaxy. Ela fica neste celular e funciona mesmo se sua organização só aceitar autenticadores aprovados. O Samsung Pass pode oferecer salvá-la primeiro: este guia mostra como garantir que ela vá para o Authenticator.

flow-samsung-before-you-start-title = Antes de começar
flow-samsung-before-you-start-body =
    { $os_major ->
        [unknown] Confira se seu celular tem o Android 14 ou posterior (Configurações › Sobre o telefone › Informações do software).
       *[other] Seu celular tem o Android { $os_major }. É preciso ter o Android 14 ou posterior.
    } Se ainda não tiver, configure um bloqueio de tela (PIN, padrão ou impressão digital). Tenha à mão seu método de entrada atual ou um Passe de Acesso Temporário.

flow-samsung-install-app-title = Instale o Microsoft Authenticator
flow-samsung-install-app-body = Instale o Microsoft Authenticator pelo Google Play ou atualize o app, se você já tiver: quando as configurações de chave de acesso da sua organização incluem o Authenticator, a Microsoft pede a versão 6.2507.4749 ou posterior. Abra o app uma vez e passe pelas telas de privacidade.

flow-samsung-set-provider-title = Ative o Authenticator no lugar do Samsung Pass
flow-samsung-set-provider-body =
    { $os_major ->
        [14] Abra Configurações › Gerenciamento geral › Senhas, chaves de acesso e preenchimento automático. Ative o Authenticator na lista de provedores adicionais. Você também pode escolhê-lo como serviço preferencial no lugar do Samsung Pass. Se não conseguir ativar, a Microsoft recomenda atualizar o celular para o Android 15.
        [unknown] Abra Configurações e pesquise "chave de acesso" para encontrar Senhas, chaves de acesso e preenchimento automático (em Segurança e privacidade › Mais configurações de segurança ou, em celulares mais antigos, em Gerenciamento geral). Ative o Authenticator. Você também pode escolhê-lo como serviço preferencial no lugar do Samsung Pass. Se não conseguir ativar no Android 14, a Microsoft recomenda atualizar para o Android 15.
       *[other] Abra Configurações › Segurança e privacidade › Mais configurações de segurança › Senhas, chaves de acesso e preenchimento automático. Ative o Authenticator na lista de provedores adicionais. Você também pode escolhê-lo como serviço preferencial no lugar do Samsung Pass.
    }

flow-samsung-create-in-app-title = Crie a chave de acesso no Authenticator
# Unconfirmed label: "Secure Your Digital Life"
flow-samsung-create-in-app-body =
    Abra o Authenticator e comece pelo que aparecer na tela:

    Se aparecer Proteja sua vida digital (na primeira vez que você abre o app), toque em Adicionar conta corporativa ou de estudante.

    Se o app ainda não tiver nenhuma conta, toque em Adicionar conta ou no botão +, escolha Conta corporativa ou de estudante e toque em Entrar.

    Se sua conta corporativa já estiver na lista, toque nela e depois em Criar uma chave de acesso.

    Entre com sua conta corporativa, conclua a verificação extra e configure um bloqueio de tela se o app pedir. Se o Authenticator pedir para ser ativado como provedor de chaves de acesso, faça isso como na etapa anterior, volte ao Authenticator e toque em Concluído.

flow-samsung-pick-authenticator-title = Se o Samsung Pass oferecer salvar a chave
# Unconfirmed label: "Passkey added"
flow-samsung-pick-authenticator-body =
    Quando o celular perguntar onde salvar a chave de acesso, escolha Authenticator. Se uma janela do Samsung Pass oferecer salvá-la, não salve lá, porque este guia coloca a chave de acesso no Authenticator: use a opção dessa janela para escolher outro serviço e selecione Authenticator. Se essa opção não existir, cancele, confira a etapa anterior nas Configurações (Authenticator ativado) e tente de novo.

    Quando o Authenticator mostrar Chave de acesso adicionada, toque em Concluído para terminar.

flow-samsung-check-security-info-title = Confira em Informações de segurança
flow-samsung-check-security-info-body =
    Toque em Abrir Informações de segurança e entre com sua conta corporativa. Sua nova chave de acesso aparece na lista de métodos de entrada como Chave de acesso no Microsoft Authenticator.

    { $browser ->
        [firefox] Se não deu certo criar a chave de acesso no app, abra este guia no Chrome ou no Edge (o Firefox no Android não consegue criar chaves de acesso para contas corporativas) e adicione-a em Informações de segurança: toque em + Adicionar método de entrada, escolha Chave de acesso no Microsoft Authenticator e siga as instruções.
       *[other] Se não deu certo criar a chave de acesso no app, adicione-a aqui: toque em + Adicionar método de entrada, escolha Chave de acesso no Microsoft Authenticator e siga as instruções.
    } Quando você for levado ao Authenticator, crie a chave de acesso lá, volte ao navegador e toque em Avançar e, depois que a chave de acesso for criada, em Concluído.

    Se a opção Chave de acesso no Microsoft Authenticator não aparecer: ela só aparece quando as configurações de chave de acesso da sua organização incluem o Microsoft Authenticator. Criar a chave de acesso no app Authenticator (as etapas anteriores) funciona mesmo sem ela. Em Informações de segurança, você também pode escolher Chave de acesso e, quando o celular perguntar onde salvar a chave de acesso, escolher Authenticator, e não o Samsung Pass.

flow-samsung-test-sign-in-title = Teste sua chave de acesso
# Unconfirmed label: "Face, fingerprint, PIN or security key"
flow-samsung-test-sign-in-body = No Chrome ou no Edge, saia da sua conta corporativa ou abra uma janela privada (anônima ou InPrivate) e acesse https://myaccount.microsoft.com. Toque em Opções de entrada e depois em Rosto, impressão digital, PIN ou chave de segurança. Escolha no Authenticator a chave de acesso do seu e-mail corporativo e confirme com a impressão digital, o rosto ou o bloqueio de tela.

## Samsung Galaxy com Samsung Pass (chave de acesso sincronizada)

flow-samsung-pass-title = Samsung Galaxy: chave de acesso no Samsung Pass
flow-samsung-pass-summary = Salve uma chave de acesso para sua conta corporativa no Samsung Pass, o gerenciador de senhas integrado ao seu Galaxy. Isso só funciona se sua organização permitir chaves de acesso sincronizadas.

flow-samsung-pass-before-you-start-title = Antes de começar
flow-samsung-pass-before-you-start-body =
    { $os_major ->
        [unknown] Confira se seu celular tem a One UI 6 ou posterior (Configurações › Sobre o telefone › Informações do software): o Samsung Pass salva chaves de acesso a partir da One UI 6.
       *[other] Seu celular tem o Android { $os_major }. O Samsung Pass salva chaves de acesso a partir da One UI 6, que veio com o Android 14; Configurações › Sobre o telefone › Informações do software mostra a versão da sua One UI.
    } Você precisa estar conectado à sua conta Samsung no celular, com um bloqueio de tela e com impressão digital, rosto ou PIN configurados. Tenha à mão seu método de entrada atual ou um Passe de Acesso Temporário.

    Sua organização precisa permitir chaves de acesso sincronizadas, o tipo guardado em um gerenciador de senhas; este guia só oferece o Samsung Pass quando as configurações da sua organização permitem esse tipo. A Microsoft lista o Samsung Pass entre as chaves de acesso que aceita para contas corporativas no Android.

flow-samsung-pass-check-samsung-pass-title = Confira se o Samsung Pass salva chaves de acesso
flow-samsung-pass-check-samsung-pass-body = Abra Configurações › Segurança e privacidade › Mais configurações de segurança › Senhas, chaves de acesso e preenchimento automático. Em Serviço preferencial, confira se o Samsung Pass está selecionado; se outro serviço estiver, toque em Serviço preferencial e escolha Samsung Pass. Se não encontrar a página, pesquise "chave de acesso" nas Configurações.

flow-samsung-pass-open-security-info-title = Comece em Informações de segurança
flow-samsung-pass-open-security-info-body =
    { $browser ->
        [firefox] Primeiro, abra este guia no Chrome ou no Edge: o Firefox no Android não consegue criar chaves de acesso para contas corporativas. Depois, toque em Abrir Informações de segurança, entre na conta, toque em + Adicionar método de entrada, escolha Chave de acesso e toque em Avançar e depois em Continuar.
       *[other] Toque em Abrir Informações de segurança e entre com sua conta corporativa. Toque em + Adicionar método de entrada, escolha Chave de acesso e toque em Avançar e depois em Continuar.
    } Se Chave de acesso não estiver na lista, talvez sua organização não permita esse tipo de chave de acesso: use o guia do Microsoft Authenticator.

flow-samsung-pass-save-in-samsung-pass-title = Salve no Samsung Pass
flow-samsung-pass-save-in-samsung-pass-body = Quando o celular perguntar onde salvar a chave de acesso, confira se aparece o Samsung Pass e confirme. Confirme com a impressão digital, o rosto ou o PIN. Se outro serviço, como o Gerenciador de senhas do Google, oferecer salvá-la, procure nessa janela uma forma de escolher outro serviço e selecione Samsung Pass, ou volte à etapa das Configurações.

flow-samsung-pass-check-it-worked-title = Confira se deu certo
flow-samsung-pass-check-it-worked-body = De volta a Informações de segurança, dê à chave de acesso um nome fácil de reconhecer, toque em Avançar e depois em Concluído. Ela agora aparece na sua lista de métodos de entrada e no Samsung Pass do seu celular.

flow-samsung-pass-test-sign-in-title = Teste sua chave de acesso
# Unconfirmed label: "Face, fingerprint, PIN or security key"
flow-samsung-pass-test-sign-in-body = No Chrome ou no Edge, saia da sua conta corporativa ou abra uma janela privada (anônima ou InPrivate) e acesse https://myaccount.microsoft.com. Toque em Opções de entrada e depois em Rosto, impressão digital, PIN ou chave de segurança. Escolha no Samsung Pass a chave de acesso do seu e-mail corporativo e confirme com a impressão digital, o rosto ou o PIN.

## Celular Android com Microsoft Authenticator

flow-android-authenticator-title = Android: chave de acesso no Microsoft Authenticator
flow-android-authenticator-summary = Crie uma chave de acesso para sua conta corporativa no app Microsoft Authenticator. Ela fica neste celular e funciona mesmo se sua organização só aceitar autenticadores aprovados.

flow-android-authenticator-before-you-start-title = Antes de começar
flow-android-authenticator-before-you-start-body =
    { $os_major ->
        [unknown] Confira se seu celular tem o Android 14 ou posterior (Configurações › Sobre o telefone › Versão do Android).
       *[other] Seu celular tem o Android { $os_major }. É preciso ter o Android 14 ou posterior.
    } Se ainda não tiver, configure um bloqueio de tela (PIN, padrão ou impressão digital). Tenha à mão seu método de entrada atual ou um Passe de Acesso Temporário.

flow-android-authenticator-install-app-title = Instale o Microsoft Authenticator
flow-android-authenticator-install-app-body = Instale o Microsoft Authenticator pelo Google Play ou atualize o app, se você já tiver: quando as configurações de chave de acesso da sua organização incluem o Authenticator, a Microsoft pede a versão 6.2507.4749 ou posterior. Abra o app uma vez e passe pelas telas de privacidade. Se o seu celular tiver um perfil de trabalho, instale e use o app no perfil em que você vai usar a chave de acesso.

flow-android-authenticator-create-in-app-title = Crie a chave de acesso no Authenticator
# Unconfirmed label: "Secure Your Digital Life"
flow-android-authenticator-create-in-app-body =
    Abra o Authenticator e comece pelo que aparecer na tela:

    Se aparecer Proteja sua vida digital (na primeira vez que você abre o app), toque em Adicionar conta corporativa ou de estudante.

    Se o app ainda não tiver nenhuma conta, toque em Adicionar conta ou no botão +, escolha Conta corporativa ou de estudante e toque em Entrar.

    Se sua conta corporativa já estiver na lista, toque nela e depois em Criar uma chave de acesso.

    Entre com sua conta corporativa, conclua a verificação extra e configure um bloqueio de tela se o app pedir. Depois, o Authenticator pede permissão para salvar chaves de acesso: essa é a próxima etapa.

flow-android-authenticator-enable-provider-title = Permita que o Authenticator salve chaves de acesso
# Unconfirmed label: "Passkey added"
flow-android-authenticator-enable-provider-body =
    { $os_major ->
        [14] Quando o Authenticator pedir, toque em Configurações. Abra Senhas e contas e ative o Authenticator em Provedores adicionais. Se não conseguir ativar, a Microsoft recomenda atualizar o celular para o Android 15.
        [unknown] Quando o Authenticator pedir, toque em Configurações. Abra Senhas, chaves de acesso e contas (Senhas e contas no Android 14) e ative o Authenticator em Provedores adicionais. Se não conseguir ativar no Android 14, a Microsoft recomenda atualizar para o Android 15.
       *[other] Quando o Authenticator pedir, toque em Configurações. Abra Senhas, chaves de acesso e contas e ative o Authenticator em Provedores adicionais. Os nomes podem variar conforme a marca do celular: pesquise "chave de acesso" nas Configurações.
    }

    Volte ao Authenticator e toque em Concluído. Quando aparecer Chave de acesso adicionada, toque em Concluído de novo.

flow-android-authenticator-check-security-info-title = Confira em Informações de segurança
flow-android-authenticator-check-security-info-body =
    Toque em Abrir Informações de segurança e entre com sua conta corporativa. Sua nova chave de acesso aparece na lista de métodos de entrada como Chave de acesso no Microsoft Authenticator.

    { $browser ->
        [firefox] Se não deu certo criar a chave de acesso no app, abra este guia no Chrome ou no Edge (o Firefox no Android não consegue criar chaves de acesso para contas corporativas) e adicione-a em Informações de segurança: toque em + Adicionar método de entrada, escolha Chave de acesso no Microsoft Authenticator e siga as instruções.
       *[other] Se não deu certo criar a chave de acesso no app, adicione-a aqui: toque em + Adicionar método de entrada, escolha Chave de acesso no Microsoft Authenticator e siga as instruções.
    } Quando você for levado ao Authenticator, crie a chave de acesso lá, volte ao navegador e toque em Avançar e, depois que a chave de acesso for criada, em Concluído.

    Se a opção Chave de acesso no Microsoft Authenticator não aparecer: ela só aparece quando as configurações de chave de acesso da sua organização incluem o Microsoft Authenticator. Criar a chave de acesso no app Authenticator (as etapas anteriores) funciona mesmo sem ela. Em Informações de segurança, você também pode escolher Chave de acesso e, quando o celular perguntar onde salvar a chave de acesso, escolher Authenticator.

flow-android-authenticator-test-sign-in-title = Teste sua chave de acesso
# Unconfirmed label: "Face, fingerprint, PIN or security key"
flow-android-authenticator-test-sign-in-body = No Chrome ou no Edge, saia da sua conta corporativa ou abra uma janela privada (anônima ou InPrivate) e acesse https://myaccount.microsoft.com. Toque em Opções de entrada e depois em Rosto, impressão digital, PIN ou chave de segurança. Escolha no Authenticator a chave de acesso do seu e-mail corporativo e confirme com a impressão digital, o rosto ou o bloqueio de tela.

## Celular Android com Gerenciador de senhas do Google (chave de acesso sincronizada)

flow-android-google-password-manager-title = Android: chave de acesso no Gerenciador de senhas do Google
flow-android-google-password-manager-summary = Salve uma chave de acesso para sua conta corporativa no Gerenciador de senhas do Google. Ela é sincronizada com seus outros dispositivos conectados à mesma Conta do Google. Isso só funciona se sua organização permitir chaves de acesso sincronizadas. Em um celular Samsung Galaxy, primeiro você escolhe o Google como o serviço que salva chaves de acesso.

flow-android-google-password-manager-before-you-start-title = Antes de começar
flow-android-google-password-manager-before-you-start-body =
    { $os_major ->
        [unknown] Confira se seu celular tem o Android 9 ou posterior (Configurações › Sobre o telefone).
       *[other] Seu celular tem o Android { $os_major }. É preciso ter o Android 9 ou posterior.
    } Você precisa de um bloqueio de tela e de uma Conta do Google conectada no celular. Tenha à mão seu método de entrada atual ou um Passe de Acesso Temporário.

flow-android-google-password-manager-check-provider-title = Confira onde as chaves de acesso são salvas
flow-android-google-password-manager-check-provider-body =
    { $platform ->
        [samsung] No Android 14 ou posterior, abra Configurações › Segurança e privacidade › Mais configurações de segurança › Senhas, chaves de acesso e preenchimento automático. Toque em Serviço preferencial e escolha Google no lugar do Samsung Pass. Se não encontrar a página, pesquise "chave de acesso" nas Configurações. No Android 13 ou anterior, não é preciso mudar nada.
       *[other] { $os_major ->
            [14] Abra Configurações › Senhas e contas e confira se o Google está definido como serviço preferencial para senhas e chaves de acesso.
            [unknown] No Android 14 ou posterior, abra Configurações › Senhas, chaves de acesso e contas (Senhas e contas no Android 14) e confira se o Google é o serviço preferencial. Em versões mais antigas, não é preciso mudar nada.
           *[other] No Android 15 ou posterior, abra Configurações › Senhas, chaves de acesso e contas e confira se o Google é o serviço preferencial. No Android 13 ou anterior, não é preciso mudar nada.
        }
    }

flow-android-google-password-manager-open-security-info-title = Comece em Informações de segurança
flow-android-google-password-manager-open-security-info-body =
    { $browser ->
        [chrome] Toque em Abrir Informações de segurança e entre com sua conta corporativa. Toque em + Adicionar método de entrada, escolha Chave de acesso e toque em Avançar e depois em Continuar.
        [firefox] Primeiro, abra este guia no Chrome: o Firefox no Android não consegue criar chaves de acesso para contas corporativas. Depois, toque em Abrir Informações de segurança, entre na conta, toque em + Adicionar método de entrada e escolha Chave de acesso.
       *[other] Se puder, abra este guia no Chrome. Toque em Abrir Informações de segurança e entre com sua conta corporativa. Toque em + Adicionar método de entrada, escolha Chave de acesso e toque em Avançar e depois em Continuar.
    }

flow-android-google-password-manager-save-passkey-title = Salve a chave de acesso
flow-android-google-password-manager-save-passkey-body =
    { $platform ->
        [samsung] Quando o celular pedir para criar uma chave de acesso, confira se aparecem o Gerenciador de senhas do Google e a sua própria Conta do Google. Toque em Continuar e desbloqueie com a impressão digital, o rosto ou o bloqueio de tela. Se o Samsung Pass oferecer salvá-la, você pode escolher outro serviço nessa janela e selecionar Gerenciador de senhas do Google, ou salvá-la no Samsung Pass: sua organização também aceita isso.
       *[other] Quando o celular pedir para criar uma chave de acesso, confira se aparecem o Gerenciador de senhas do Google e a sua própria Conta do Google. Toque em Continuar e desbloqueie com a impressão digital, o rosto ou o bloqueio de tela.
    }

flow-android-google-password-manager-check-it-worked-title = Confira se deu certo
flow-android-google-password-manager-check-it-worked-body = Dê à chave de acesso um nome fácil de reconhecer, toque em Avançar e depois em Concluído. Ela agora aparece em Informações de segurança e no Gerenciador de senhas do Google no seu celular.

flow-android-google-password-manager-test-sign-in-title = Teste sua chave de acesso
# Unconfirmed label: "Face, fingerprint, PIN or security key"
flow-android-google-password-manager-test-sign-in-body = No Chrome, saia da sua conta corporativa ou abra uma guia anônima e acesse https://myaccount.microsoft.com. Toque em Opções de entrada e depois em Rosto, impressão digital, PIN ou chave de segurança. Escolha no Gerenciador de senhas do Google a chave de acesso do seu e-mail corporativo e confirme com a impressão digital, o rosto ou o bloqueio de tela.

## PC com Windows e Windows Hello

flow-windows-hello-title = Windows: chave de acesso no Windows Hello
flow-windows-hello-summary = Salve uma chave de acesso para sua conta corporativa neste PC, desbloqueada com o PIN, o rosto ou a impressão digital do Windows Hello. Ela fica neste PC e não é sincronizada.

flow-windows-hello-before-you-start-title = Antes de começar
flow-windows-hello-before-you-start-body = Você precisa do Windows 10 ou 11 e do Edge, do Chrome ou do Firefox. Tenha à mão seu método de entrada atual ou um Passe de Acesso Temporário. A próxima etapa pergunta se este é um PC da empresa, porque isso decide se este guia serve para você.

flow-windows-hello-company-pc-title = Este PC é gerenciado pela empresa?
flow-windows-hello-company-pc-body =
    Informe se este PC é gerenciado pela sua organização, ou seja, se ele ingressou no Microsoft Entra ID ou está registrado nele. Para conferir, abra Configurações › Contas › Acessar trabalho ou escola. Se uma conta corporativa ou de estudante aparecer ali como conectada, é um PC gerenciado pela empresa.

    Isso importa porque, em um PC assim, configurar o Windows Hello também pode criar uma credencial do Windows Hello para Empresas para sua conta corporativa. A Microsoft explica: "Se você tentar registrar uma chave de acesso no Windows para essa mesma conta, o registro falhará porque a credencial do Windows Hello para Empresas já existe. Ao tentar de novo, você verá um erro indicando que a chave de acesso já está registrada."

flow-windows-hello-set-up-windows-hello-title = Configure o Windows Hello
flow-windows-hello-set-up-windows-hello-body = Se você ainda não usa PIN, rosto ou impressão digital para desbloquear este PC, abra Configurações › Contas › Opções de entrada e configure primeiro o PIN (Windows Hello). Faça isso só em um PC que não seja gerenciado pela sua organização.

flow-windows-hello-open-security-info-title = Comece em Informações de segurança
flow-windows-hello-open-security-info-body = Clique em Abrir Informações de segurança e entre com sua conta corporativa, concluindo a verificação extra. Clique em + Adicionar método de entrada, escolha Chave de acesso e clique em Avançar.

flow-windows-hello-save-in-windows-hello-title = Salve no Windows Hello
flow-windows-hello-save-in-windows-hello-body =
    { $browser ->
        [chrome] Se o Chrome oferecer salvar a chave de acesso no Gerenciador de senhas do Google, escolha o Windows Hello. Confirme com o PIN, o rosto ou a impressão digital do Windows Hello.
        [edge] Quando o Windows perguntar onde salvar a chave de acesso, escolha este dispositivo (Windows Hello), e não um celular ou uma chave de segurança. Confirme com o PIN, o rosto ou a impressão digital do Windows Hello.
       *[other] Quando o Windows perguntar onde salvar a chave de acesso, escolha este dispositivo (Windows Hello), e não um celular ou uma chave de segurança. Confirme com o PIN, o rosto ou a impressão digital do Windows Hello.
    }

flow-windows-hello-check-it-worked-title = Confira se deu certo
flow-windows-hello-check-it-worked-body = Dê à chave de acesso um nome fácil de reconhecer e clique em Concluído. Ela agora aparece na sua lista de métodos de entrada em Informações de segurança.

flow-windows-hello-test-sign-in-title = Teste a entrada com sua chave de acesso
# Unconfirmed label: "Face, fingerprint, PIN or security key", "Other ways to sign in"
flow-windows-hello-test-sign-in-body = Abra uma janela InPrivate ou anônima (Ctrl+Shift+N no Edge ou no Chrome), ou saia da sua conta corporativa, e acesse https://myaccount.microsoft.com. Na página de entrada, escolha Opções de entrada e depois Rosto, impressão digital, PIN ou chave de segurança; se você já digitou seu e-mail corporativo, escolha Outras maneiras de entrar. Escolha sua conta corporativa e confirme com o PIN, o rosto ou a impressão digital do Windows Hello.

## Mac com Chaves do iCloud (chave de acesso sincronizada)

flow-macos-title = Mac: chave de acesso nas Chaves do iCloud
flow-macos-summary = Salve uma chave de acesso para sua conta corporativa no app Senhas da Apple (Chaves do iCloud) no seu Mac. Ela é sincronizada com seus outros dispositivos Apple. Isso só funciona se sua organização permitir chaves de acesso sincronizadas.

flow-macos-before-you-start-title = Antes de começar
flow-macos-before-you-start-body =
    { $os_major ->
        [unknown] Confira se seu Mac tem o macOS 13 Ventura ou posterior (menu Apple › Sobre Este Mac).
       *[other] Seu Mac tem o macOS { $os_major }. É preciso ter o macOS 13 Ventura ou posterior.
    } Você precisa ter iniciado sessão com sua Conta Apple, com autenticação de dois fatores. Use o Safari: o Chrome só consegue salvar chaves de acesso nas Chaves do iCloud a partir do Chrome 118 no macOS 13.5 ou posterior. Tenha à mão seu método de entrada atual ou um Passe de Acesso Temporário.

flow-macos-turn-on-icloud-keychain-title = Ative as Chaves do iCloud
# Unconfirmed label: "Apps Using iCloud", "Saved to iCloud", "Done"
flow-macos-turn-on-icloud-keychain-body =
    { $os_major ->
        [13] Abra Ajustes do Sistema, clique no seu nome e depois em iCloud. No macOS 13.3 ou posterior, clique em Senhas e Chaves, em Apps que Usam o iCloud, e ative Sincronizar este Mac. No macOS 13.0 a 13.2, ative Senhas e Chaves.
        [14] Abra Ajustes do Sistema, clique no seu nome e depois em iCloud. Em Apps que Usam o iCloud, clique em Senhas e Chaves e ative Sincronizar este Mac.
        [unknown] Abra Ajustes do Sistema, clique no seu nome e depois em iCloud. No macOS 15 Sequoia ou posterior, clique em Senhas, em Salvo no iCloud, e ative Sincronizar este Mac. No macOS 13.3 a 14, clique em Senhas e Chaves, em Apps que Usam o iCloud, e ative Sincronizar este Mac; no macOS 13.0 a 13.2, ative Senhas e Chaves.
       *[other] Abra Ajustes do Sistema, clique no seu nome e depois em iCloud. Em Salvo no iCloud, clique em Senhas, ative Sincronizar este Mac e clique em OK.
    }

flow-macos-open-security-info-title = Comece em Informações de segurança
flow-macos-open-security-info-body = Clique em Abrir Informações de segurança e entre com sua conta corporativa. Clique em + Adicionar método de entrada, escolha Chave de acesso e clique em Avançar. Se Chave de acesso não estiver na lista, talvez sua organização não permita esse tipo de chave de acesso. Fale com o suporte de TI.

flow-macos-save-passkey-title = Salve a chave de acesso
flow-macos-save-passkey-body =
    { $browser ->
        [safari] O Safari pergunta se você quer salvar uma chave de acesso. Clique em Continuar e confirme com o Touch ID ou a senha do Mac. Ela fica salva nas Chaves do iCloud.
        [chrome] O Chrome só oferece as Chaves do iCloud a partir do Chrome 118 no macOS 13.5 ou posterior; em um macOS mais antigo, abra este guia no Safari para esta etapa. Na janela de chave de acesso do Chrome, escolha Chaves do iCloud, e não o Gerenciador de senhas do Google nem um celular. Se o Chrome pedir, permita que login.microsoft.com use sua chave de acesso e, quando o macOS pedir, permita que o Chrome use suas chaves de acesso. Depois, confirme com o Touch ID ou a senha do Mac.
        [edge] O Edge mostra a própria janela de chave de acesso: escolha Chaves do iCloud, se essa opção aparecer, ou abra este guia no Safari, se ela não aparecer. Se for pedido, permita que login.microsoft.com use sua chave de acesso. Depois, confirme com o Touch ID ou a senha do Mac.
       *[other] Siga a janela de chave de acesso do seu navegador e escolha Chaves do iCloud. Se o navegador não oferecer essa opção, abra este guia no Safari.
    }

flow-macos-check-it-worked-title = Confira se deu certo
flow-macos-check-it-worked-body =
    { $os_major ->
        [13] Dê à chave de acesso um nome fácil de reconhecer, clique em Avançar e depois em Concluído. Ela agora aparece em Informações de segurança e em Ajustes do Sistema › Senhas no seu Mac.
        [14] Dê à chave de acesso um nome fácil de reconhecer, clique em Avançar e depois em Concluído. Ela agora aparece em Informações de segurança e em Ajustes do Sistema › Senhas no seu Mac.
       *[other] Dê à chave de acesso um nome fácil de reconhecer, clique em Avançar e depois em Concluído. Ela agora aparece em Informações de segurança e no app Senhas do seu Mac.
    }

flow-macos-test-sign-in-title = Teste a entrada com sua chave de acesso
# Unconfirmed label: "Face, fingerprint, PIN or security key", "Other ways to sign in"
flow-macos-test-sign-in-body = Abra uma janela privada (no Safari, Arquivo › Nova Janela Privada), ou saia da sua conta corporativa, e acesse https://myaccount.microsoft.com. Na página de entrada, escolha Opções de entrada e depois Rosto, impressão digital, PIN ou chave de segurança; se você já digitou seu e-mail corporativo, escolha Outras maneiras de entrar. Escolha sua conta corporativa e confirme com o Touch ID ou a senha do Mac.

## Chave de segurança (USB ou NFC)

flow-security-key-title = Chave de segurança (USB ou NFC)
flow-security-key-summary = Salve uma chave de acesso para sua conta corporativa em uma chave de segurança física, que você conecta ou encosta no dispositivo. Ela fica na chave e funciona em qualquer computador em que você usar a chave.

flow-security-key-before-you-start-title = Antes de começar
flow-security-key-before-you-start-body = Você precisa de uma chave de segurança FIDO2 aceita pela sua organização. Se não tiver certeza, pergunte ao suporte de TI quais modelos são aceitos. No computador, use o Edge, o Chrome ou o Firefox, no Windows, no Mac ou no Linux. Tenha à mão seu método de entrada atual ou um Passe de Acesso Temporário.

flow-security-key-set-pin-title = Confira se a chave tem um PIN
flow-security-key-set-pin-body =
    { $browser ->
        [safari] O Safari no iPhone, iPad ou Mac não consegue configurar um PIN em uma chave nova. Se a sua chave ainda não tem PIN, configure um primeiro em um PC com Windows (Configurações › Contas › Opções de entrada › Chave de segurança › Gerenciar) ou com o app do fabricante da chave.
       *[other] Sua chave precisa de um PIN. No Windows, você pode configurar um em Configurações › Contas › Opções de entrada › Chave de segurança › Gerenciar, ou o navegador vai pedir que você crie um. No iPhone, iPad ou Mac, configure o PIN antes em um PC com Windows ou com o app do fabricante da chave.
    }

flow-security-key-open-security-info-title = Comece em Informações de segurança
flow-security-key-open-security-info-body = Selecione Abrir Informações de segurança e entre com sua conta corporativa, concluindo a verificação extra. Selecione + Adicionar método de entrada, escolha Chave de acesso e selecione Avançar.

flow-security-key-use-key-title = Salve a chave de acesso na sua chave
flow-security-key-use-key-body =
    { $platform ->
        [windows] Quando o Windows perguntar onde salvar a chave de acesso, escolha Chave de segurança. O Windows 11 pode sugerir primeiro seu celular (iPhone, iPad ou dispositivo Android): escolha Chave de segurança, ou procure essa opção em Mais opções ou Usar outro dispositivo. Conecte ou encoste sua chave, digite o PIN dela e toque na chave quando ela piscar.
       *[other] Quando for perguntado onde salvar a chave de acesso, escolha Chave de segurança. Se não aparecer, procure em Mais opções ou Usar outro dispositivo. Conecte ou encoste sua chave, digite o PIN dela e toque na chave quando ela piscar.
    }

flow-security-key-check-it-worked-title = Confira se deu certo
flow-security-key-check-it-worked-body = Dê à chave de acesso um nome fácil de reconhecer, como o modelo da chave, e selecione Concluído. Ela agora aparece na sua lista de métodos de entrada em Informações de segurança.

flow-security-key-test-sign-in-title = Teste a entrada com sua chave
# Unconfirmed label: "Face, fingerprint, PIN or security key", "Other ways to sign in"
flow-security-key-test-sign-in-body = Abra uma janela privada (InPrivate no Edge, anônima no Chrome), ou saia da sua conta corporativa, e acesse https://myaccount.microsoft.com. Na página de entrada, escolha Opções de entrada e depois Rosto, impressão digital, PIN ou chave de segurança; se você já digitou seu e-mail corporativo, escolha Outras maneiras de entrar. Escolha Chave de segurança, conecte ou encoste sua chave, digite o PIN dela e toque na chave.

## Chave de acesso no celular, começando em um computador

flow-phone-from-desktop-title = Computador: chave de acesso no seu celular
flow-phone-from-desktop-summary = Comece neste computador e crie a chave de acesso no Microsoft Authenticator do seu iPhone ou celular Android. Depois, você entra confirmando no celular.

flow-phone-from-desktop-before-you-start-title = Antes de começar
flow-phone-from-desktop-before-you-start-body = Você precisa de um iPhone com iOS 17 ou posterior, ou de um celular com Android 14 ou posterior, com bloqueio de tela. Confira se o computador e o celular estão conectados à internet. Tenha à mão seu método de entrada atual ou um Passe de Acesso Temporário.

flow-phone-from-desktop-open-security-info-title = Comece em Informações de segurança neste computador
flow-phone-from-desktop-open-security-info-body = Clique em Abrir Informações de segurança e entre com sua conta corporativa. Clique em + Adicionar método de entrada, escolha Chave de acesso no Microsoft Authenticator e conclua a verificação extra, se for pedida.

flow-phone-from-desktop-get-app-title = Instale o Authenticator no celular
flow-phone-from-desktop-get-app-body = Se a página mostrar um código QR para baixar o Authenticator, escaneie o código com a câmera do celular (no iPhone, o app Câmera) e instale o app. Depois, clique em Avançar no computador.

flow-phone-from-desktop-create-on-phone-title = Crie a chave de acesso no celular
flow-phone-from-desktop-create-on-phone-body = No celular, abra o Authenticator e passe pelas telas de privacidade. Toque em Adicionar conta corporativa ou de estudante; se o app já tiver outras contas, toque em Adicionar conta ou em +, escolha Conta corporativa ou de estudante e toque em Entrar. Se sua conta corporativa já estiver lá, toque nela e depois em Criar uma chave de acesso. Entre na conta e, quando for pedido, permita nas configurações do celular que o Authenticator salve chaves de acesso; de volta ao Authenticator, toque em Concluído e depois em Concluído de novo.

flow-phone-from-desktop-qr-fallback-title = Se você não conseguir entrar no Authenticator
flow-phone-from-desktop-qr-fallback-body = No computador, escolha Está com problemas? e depois a opção de criar sua chave de acesso de outra forma. Escolha iPhone ou iPad, ou Android. Este método precisa de Bluetooth: ative-o no computador e no celular e mantenha os dois conectados à internet. Escaneie o código QR com a câmera do celular (no iPhone, o app Câmera, não o leitor do Authenticator) e deixe o celular perto do computador até aparecer que ele está conectado. Este método não funciona se sua organização exigir chaves de acesso aprovadas (atestadas).

flow-phone-from-desktop-check-it-worked-title = Confira se deu certo
flow-phone-from-desktop-check-it-worked-body = De volta ao computador, clique em Avançar. Quando a chave de acesso for confirmada, clique em Concluído. Agora Chave de acesso no Microsoft Authenticator aparece na sua lista de métodos de entrada em Informações de segurança.

flow-phone-from-desktop-test-sign-in-title = Teste a entrada com seu celular
# Unconfirmed label: "Face, fingerprint, PIN or security key", "Other ways to sign in"
flow-phone-from-desktop-test-sign-in-body = No computador, abra uma janela privada (InPrivate no Edge, anônima no Chrome), ou saia da sua conta corporativa, e acesse https://myaccount.microsoft.com. Na página de entrada, escolha Opções de entrada e depois Rosto, impressão digital, PIN ou chave de segurança; se você já digitou seu e-mail corporativo, escolha Outras maneiras de entrar. Escolha iPhone, iPad ou dispositivo Android, escaneie o código QR com a câmera do celular e confirme no Authenticator. Isso precisa do Bluetooth ativado no computador e no celular.

## Solução de problemas

ts-not-enabled-by-policy-title = A página Informações de segurança não oferece a opção de chave de acesso
ts-not-enabled-by-policy-body = Se Informações de segurança não mostrar Chave de acesso nem Chave de acesso no Microsoft Authenticator, sua organização ainda não ativou chaves de acesso para sua conta, ou não ativou esse tipo de chave de acesso. Peça ao suporte de TI para incluir você na liberação das chaves de acesso.

ts-self-service-off-title = A página Informações de segurança diz que não posso adicionar este método
ts-self-service-off-body = Sua organização pode bloquear a adição de chaves de acesso em Informações de segurança. Se aparecer que você não pode adicionar este método, peça ao suporte de TI para configurar a chave de acesso com você ou para liberar a configuração por conta própria.

ts-no-bootstrap-method-title = Não tenho como confirmar que sou eu, ou perdi meu celular
ts-no-bootstrap-method-body = Para adicionar uma chave de acesso, primeiro você precisa entrar com um método de verificação que já tenha, como uma aprovação no Authenticator ou um código por SMS. Se não tiver nenhum, ou se perdeu o celular, peça ao suporte de TI um Passe de Acesso Temporário e use-o para entrar em Informações de segurança.

ts-mfa-too-old-title = A página Informações de segurança pede que eu verifique de novo
ts-mfa-too-old-body = Para adicionar uma chave de acesso, é preciso uma verificação recente, dos últimos minutos. Se pedirem para você verificar de novo, faça isso e adicione a chave de acesso logo em seguida.

ts-os-too-old-title = Meu celular ou computador é antigo demais para isso
ts-os-too-old-body = Chaves de acesso no Microsoft Authenticator precisam do iOS 17 ou do Android 14 ou posterior. Chaves de acesso nas Chaves do iCloud precisam do iOS 16 ou do macOS 13 ou posterior, e o Gerenciador de senhas do Google precisa do Android 9 ou posterior. Atualize o dispositivo nas configurações dele ou use outro dispositivo ou uma chave de segurança.

ts-android-no-secure-hardware-title = Funciona em um celular Android, mas falha no meu
ts-android-no-secure-hardware-body =
    O Authenticator guarda as chaves de acesso no hardware de segurança protegido do celular. Se sua organização só aceitar chaves de acesso aprovadas (atestadas), a Microsoft confere com o serviço de atestado do Google se a chave de acesso está mesmo guardada nesse hardware. Celulares sem esse hardware não conseguem fazer o registro, e o registro para sem um motivo claro.

    A mesma verificação falha quando o serviço de atestado está sobrecarregado ou fora do ar: espere um pouco e tente de novo mais tarde. Se continuar falhando neste celular, tente outro celular ou pergunte ao suporte de TI sobre uma chave de segurança.

ts-authenticator-not-provider-title = Meu celular não deixa o Authenticator salvar a chave de acesso
ts-authenticator-not-provider-body =
    { $os_major ->
        [14] No Android 14, vá em Configurações › Senhas e contas e ative o Authenticator em Provedores adicionais. Se não conseguir ativar, atualize para o Android 15. No iPhone, vá em Ajustes › Geral › Preenchimento Automático e Senhas (no iOS 17: Ajustes › Senhas › Opções de Senha) e selecione Authenticator.
        [17] No iPhone com iOS 17, vá em Ajustes › Senhas › Opções de Senha, ative Preencher Senhas e Chaves de Acesso e selecione Authenticator. No Android, vá em Configurações › Senhas, chaves de acesso e contas (ou Senhas e contas) e ative o Authenticator em Provedores adicionais.
       *[other] No iPhone com iOS 18 ou posterior, vá em Ajustes › Geral › Preenchimento Automático e Senhas, ative Preencher Senhas e Chaves de Acesso e selecione Authenticator (no iOS 17: Ajustes › Senhas › Opções de Senha). No Android, vá em Configurações › Senhas, chaves de acesso e contas (Senhas e contas no Android 14) e ative o Authenticator em Provedores adicionais.
    }

ts-screen-lock-missing-title = Pedem que eu configure um bloqueio de tela primeiro
ts-screen-lock-missing-body = As chaves de acesso são desbloqueadas com o bloqueio de tela do dispositivo. Configure um PIN, padrão, senha, impressão digital ou desbloqueio facial nas configurações do dispositivo e comece de novo.

ts-ios-qr-camera-app-title = O código QR não é lido no meu iPhone
ts-ios-qr-camera-app-body = Escaneie o código QR da chave de acesso com o app Câmera do iPhone, não com o leitor dentro do Authenticator, que não lê esse tipo de código. No Android, o leitor do Authenticator também funciona.

ts-cross-device-connecting-title = Fica travado em "Conectando"
ts-cross-device-connecting-body = Ative o Bluetooth no computador e no celular, deixe os dois bem perto um do outro e confira se ambos estão conectados à internet. Se continuar travado, a causa pode ser a rede ou um Bluetooth bloqueado: veja "O celular não consegue se conectar ao computador (rede ou Bluetooth bloqueados)". Você também pode configurar a chave de acesso direto no celular ou usar uma chave de segurança.

ts-ca-bootstrap-loop-title = A página Informações de segurança fica pedindo que eu entre, ou me deixa preso em um ciclo
# Unconfirmed label: "Register security information"
ts-ca-bootstrap-loop-body =
    Algumas regras de entrada da empresa (Acesso Condicional) pedem uma chave de acesso antes mesmo de você criar a primeira, e você fica preso em um ciclo entre a entrada e Informações de segurança.

    Se você está criando a chave de acesso no Microsoft Authenticator, a Microsoft documenta uma forma de contornar isso: em Informações de segurança, adicione Chave de acesso no Microsoft Authenticator, toque em Está com problemas? e depois na opção de criar sua chave de acesso de outra forma, e siga as etapas para o seu celular (em um computador, você escaneia um código QR, com o Bluetooth ativado nos dois dispositivos). Este método não funciona se sua organização só aceitar chaves de acesso aprovadas (atestadas).

    Outras regras podem causar o mesmo ciclo: uma que só permite celulares gerenciados pela empresa (em conformidade), uma que só permite apps aprovados ou uma que só permite "Registrar informações de segurança" no escritório ou na rede da empresa. Você não pode mudar essas regras. Fale com o suporte de TI: eles conseguem ver no log de entradas qual regra bloqueou você e podem dar um Passe de Acesso Temporário ou uma exceção temporária.

ts-orphaned-passkey-title = Aparece que a chave de acesso já existe, ou uma chave antiga é oferecida e falha
ts-orphaned-passkey-body =
    Uma chave de acesso de uma tentativa anterior pode continuar no seu dispositivo ou no seu gerenciador de senhas depois que sua organização não a tem mais, por exemplo, quando ela foi removida de Informações de segurança ou a tentativa não terminou. Aí aparece que a chave de acesso já existe, ou o dispositivo oferece a chave antiga e a entrada falha. Exclua a chave de acesso antiga de onde ela está salva, remova qualquer registro antigo em Informações de segurança e registre de novo.

    Microsoft Authenticator: toque na sua conta corporativa e depois em Configurações › Excluir chave de acesso. No Android, isso geralmente também a remove de Informações de segurança.

    App Senhas da Apple (Chaves do iCloud): abra o app Senhas (iOS 18 e macOS 15 ou posterior), ou Ajustes › Senhas no iPhone e Ajustes do Sistema › Senhas no Mac. Encontre a chave de acesso de login.microsoft.com e apague-a.

    Gerenciador de senhas do Google: abra o Gerenciador de senhas do Google no Chrome ou nas configurações do celular, encontre login.microsoft.com e exclua a chave de acesso.

    Samsung Pass: abra o Samsung Pass, encontre a chave de acesso de login.microsoft.com e exclua-a.

    Windows 11: Configurações › Contas › Chaves de acesso, encontre login.microsoft.com e exclua a chave de acesso.

    Chave de segurança: no Windows, Configurações › Contas › Opções de entrada › Chave de segurança › Gerenciar, ou o app do fabricante da chave. Redefinir apaga todas as chaves de acesso da chave, então só redefina uma chave que não guarde mais nada de que você precise.

    Informações de segurança: selecione Excluir ao lado da chave de acesso antiga.

ts-android-work-profile-title = A chave de acesso funciona em um perfil do meu celular Android, mas não no outro
ts-android-work-profile-body = No Android, uma chave de acesso só funciona no perfil em que foi criada. Se o seu celular tem um perfil de trabalho e um pessoal, crie a chave de acesso no Authenticator do perfil em que você vai usá-la, ou uma vez em cada perfil.

ts-samsung-pass-picker-title = O Samsung Pass oferece salvar a chave de acesso, ou já salvou
ts-samsung-pass-picker-body =
    Os celulares Galaxy costumam oferecer primeiro o Samsung Pass. Se você está seguindo o guia do Microsoft Authenticator, não salve a chave de acesso lá: use a opção da janela do Samsung Pass para escolher outro serviço e selecione Authenticator. Se essa opção não existir, cancele, ative o Authenticator em Configurações › Segurança e privacidade › Mais configurações de segurança › Senhas, chaves de acesso e preenchimento automático e tente de novo.

    Se a chave de acesso já está salva no Samsung Pass, o que fazer depende da sua organização. Se ela permite chaves de acesso sincronizadas (nesse caso, este guia também oferece o Samsung Pass ou o Gerenciador de senhas do Google para o seu celular), tudo bem: mantenha a chave e use-a para entrar. Só se a sua organização aceitar apenas chaves de acesso vinculadas a um dispositivo, como o Authenticator ou uma chave de segurança, exclua-a no Samsung Pass, remova-a de Informações de segurança se ela estiver lá e comece de novo, escolhendo Authenticator.

ts-windows-hello-already-registered-title = O Windows diz que a chave de acesso já está registrada
ts-windows-hello-already-registered-body = Se esta conta corporativa já usa o Windows Hello para Empresas para entrar neste PC, o Windows não consegue adicionar uma segunda chave de acesso para ela e informa que ela já está registrada. Use o guia do celular ou da chave de segurança, ou fale com o suporte de TI.

ts-unsupported-browser-title = Meu navegador não consegue criar a chave de acesso
ts-unsupported-browser-body =
    { $browser ->
        [firefox] O Firefox não consegue criar chaves de acesso corporativas no Android e, no Linux, não consegue usar uma chave de acesso do Authenticator. Use o Chrome ou o Edge.
        [opera] O Opera não está na lista de navegadores compatíveis da Microsoft para chaves de acesso corporativas. Use o Chrome, o Edge ou o Safari.
        [samsung-internet] O Samsung Internet não está na lista de navegadores compatíveis da Microsoft para chaves de acesso corporativas. Use o Chrome ou o Edge.
       *[other] Use um navegador compatível: Edge, Chrome ou Firefox no Windows e no Linux; Safari, Chrome, Edge ou Firefox no Mac e no iPhone; Chrome ou Edge no Android.
    }

ts-in-app-browser-title = O guia abriu dentro do meu app de e-mail ou de chat
ts-in-app-browser-body = Links abertos em um app de e-mail ou de chat costumam carregar no navegador integrado desse app, onde as chaves de acesso nem sempre funcionam: a Microsoft recomenda entrar pelo navegador do próprio dispositivo. Use o menu do app para abrir o link no Safari, no Chrome ou no Edge e comece de novo.

ts-network-cross-device-title = O celular não consegue se conectar ao computador (rede ou Bluetooth bloqueados)
ts-network-cross-device-body =
    Quando seu celular cria ou usa uma chave de acesso para um computador (você escaneia um código QR), os dois dispositivos se conectam por Bluetooth e pela internet. Ative o Bluetooth nos dois, deixe-os bem perto um do outro e confira se ambos estão conectados à internet.

    Redes da empresa, VPNs, bloqueadores de anúncios e softwares de segurança podem bloquear essa conexão. Estes endereços precisam estar acessíveis sem proxy nem inspeção: cable.ua5v.com (Android), e cable.auth.com, app-site-association.cdn-apple.com e app-site-association.networking.apple (iPhone e iPad). Tente de novo com a VPN ou o bloqueador de anúncios desativado, ou em outra rede; em um dispositivo da empresa, peça ao suporte de TI para verificar esses endereços.

    Algumas organizações desativam o Bluetooth nos computadores da empresa. A equipe de TI pode liberar o Bluetooth só para chaves de acesso, por exemplo, com o Intune. Máquinas virtuais e áreas de trabalho remotas geralmente não têm Bluetooth: crie a chave de acesso direto no celular ou use uma chave de segurança.

ts-security-key-not-allowed-title = Aparece que esta chave de segurança não é permitida
ts-security-key-not-allowed-body = Sua organização pode limitar quais modelos de chave de segurança aceita. Se aparecer que esta chave de segurança não é permitida, ou se o registro falhar logo depois que você tocar na chave, o modelo da sua chave não está nessa lista. Pergunte ao suporte de TI quais chaves são aceitas e use uma delas; o suporte de TI também pode pedir à equipe de TI para incluir o seu modelo.

ts-private-window-title = A chave de acesso não é salva em uma janela privada ou anônima
ts-private-window-body =
    Janelas privadas (Navegação Privada no Safari, InPrivate no Edge, janela anônima no Chrome, janela privativa no Firefox) podem impedir o navegador de criar ou salvar uma chave de acesso, dependendo do navegador e do dispositivo. Feche a janela privada e registre a chave de acesso em uma janela normal.

    O teste de entrada no final pode usar uma janela privada. Se a chave de acesso não for oferecida lá, saia da sua conta corporativa em uma janela normal e faça o teste nela.

ts-authenticator-privacy-prompt-title = O Authenticator fica travado nas telas de privacidade quando o abro pela primeira vez
ts-authenticator-privacy-prompt-body =
    Na primeira vez que você abre o Microsoft Authenticator, ele mostra algumas telas de privacidade, incluindo uma pergunta sobre compartilhar dados de uso opcionais. O compartilhamento é opcional: aceite ou recuse e continue.

    Se um botão não fizer nada ou o app ficar parado nessa tela, atualize o Authenticator na App Store ou no Google Play, reinicie o celular e abra o app de novo. Se ainda assim não avançar, fale com o suporte de TI.

ts-sign-in-profile-changed-title = Minha chave de acesso funcionava, mas agora é recusada
ts-sign-in-profile-changed-body =
    Sua organização decide que tipos de chave de acesso aceita, e pode mudar isso. Por exemplo, quando ela desativa as chaves de acesso sincronizadas (salvas nas Chaves do iCloud, no Gerenciador de senhas do Google ou no Samsung Pass), a Microsoft diz que as pessoas "não podem entrar com uma chave de acesso sincronizada, mesmo que já tenham registrado uma". O mesmo pode acontecer quando ela muda quais apps ou modelos de chave de segurança aceita.

    Pergunte ao suporte de TI que tipo de chave de acesso é aceito agora e registre de novo esse tipo com este guia. Depois, exclua a chave de acesso antiga do seu dispositivo para que ela não seja mais oferecida.

ts-guest-account-title = Sou convidado nesta organização e não consigo adicionar uma chave de acesso
ts-guest-account-body = Se você entra nesta organização como convidado, com uma conta de outra organização ou uma conta pessoal, não pode adicionar uma chave de acesso para ela: a Microsoft diz que "o suporte a chaves de acesso para usuários convidados não está disponível no momento". Fale com o suporte de TI da organização que convidou você; eles podem dizer de que outra forma você pode entrar.

ts-sign-in-failed-title = O teste de entrada não ofereceu ou não aceitou minha chave de acesso
# Unconfirmed label: "Face, fingerprint, PIN or security key", "Other ways to sign in"
ts-sign-in-failed-body =
    Na página de entrada da Microsoft, escolha Opções de entrada e depois Rosto, impressão digital, PIN ou chave de segurança. Se você digitou seu e-mail primeiro, escolha Outras maneiras de entrar e depois Rosto, impressão digital, PIN ou chave de segurança. Confira se você escolheu a conta corporativa à qual adicionou a chave de acesso.

    Confira em Informações de segurança se a chave de acesso está na lista. Se estiver, espere um minuto e tente de novo; se não estiver, registre-a de novo.

    Se ainda falhar, veja as outras causas listadas aqui ou fale com o suporte de TI.

ts-sign-in-too-many-passkeys-title = A entrada no iPhone, iPad ou Mac falha depois que digito meu e-mail
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ts-sign-in-too-many-passkeys-body = A Microsoft informa que, em navegadores no iPhone, iPad e Mac, a entrada com uma chave de segurança pode não funcionar direito quando há três ou mais chaves de acesso registradas na sua conta. Comece a entrada de novo sem digitar seu e-mail: escolha Opções de entrada e depois Rosto, impressão digital, PIN ou chave de segurança.

ts-sign-in-native-app-broker-title = A chave de acesso funciona no navegador, mas não no Outlook ou no Teams
ts-sign-in-native-app-broker-body =
    Apps da Microsoft, como o Outlook e o Teams, entram com uma chave de acesso por meio de um app auxiliar (um agente) no seu dispositivo.

    { $platform ->
        [iphone] No iPhone, o app auxiliar é o Microsoft Authenticator: instale-o e adicione sua conta corporativa.
        [ipad] No iPad, o app auxiliar é o Microsoft Authenticator: instale-o e adicione sua conta corporativa.
        [macos] No Mac, o app auxiliar é o Company Portal, com o plug-in de logon único da sua organização (macOS 14 ou posterior). Sua organização configura isso nos Macs da empresa.
        [android] No Android, o app auxiliar é o Microsoft Authenticator, o Company Portal ou o Link to Windows. Uma chave de acesso no Authenticator funciona em apps a partir do Android 14.
        [samsung] No Android, o app auxiliar é o Microsoft Authenticator, o Company Portal ou o Link to Windows. Uma chave de acesso no Authenticator funciona em apps a partir do Android 14.
        [windows] No Windows, uma chave de acesso no Microsoft Authenticator funciona em apps a partir do Windows 11 versão 22H2; uma chave de segurança funciona a partir do Windows 10 versão 1903.
       *[other] O app auxiliar é o Microsoft Authenticator no iPhone e no iPad, o Company Portal com o plug-in de logon único da sua organização no Mac (macOS 14 ou posterior), e o Authenticator, o Company Portal ou o Link to Windows no Android (Android 14 ou posterior para uma chave de acesso no Authenticator).
    }

    Instale o app auxiliar e atualize o app em que você está entrando. Até lá, use o app no navegador (por exemplo, o Outlook na Web). O suporte de TI sabe qual app auxiliar sua organização usa.

ts-microsoft-passkey-prompt-title = A Microsoft pede que eu adicione uma chave de acesso quando entro
# Unconfirmed label: "Skip for now"
ts-microsoft-passkey-prompt-body =
    Desde setembro de 2026, a Microsoft pode pedir que você configure uma chave de acesso logo depois de entrar na sua conta corporativa. Essa é a campanha de registro da própria Microsoft, que fica ativada a menos que sua organização a tenha desativado, e ela cria o mesmo tipo de chave de acesso que este guia.

    Você pode segui-la: selecione Avançar e, quando o dispositivo perguntar onde salvar a chave de acesso, escolha o mesmo lugar que este guia usa; a partir daí, as etapas do guia continuam valendo. Dê um nome à chave de acesso e selecione Avançar e depois Concluído. Se preferir terminar este guia primeiro, selecione Ignorar por enquanto.

ts-security-key-pin-title = A chave de segurança pede um PIN que eu nunca configurei
ts-security-key-pin-body = Os navegadores do iPhone, iPad e Mac não conseguem configurar um PIN em uma chave de segurança nova. Configure o PIN em um PC com Windows (Configurações › Contas › Opções de entrada › Chave de segurança) ou com o app do fabricante da chave. Depois, registre a chave de novo.

ts-synced-not-allowed-title = Não consigo salvar a chave de acesso no meu gerenciador de senhas
ts-synced-not-allowed-body = Sua organização pode aceitar só chaves de acesso que ficam em um único dispositivo, como o Microsoft Authenticator ou uma chave de segurança, e não chaves de acesso salvas nas Chaves do iCloud, no Gerenciador de senhas do Google ou no Samsung Pass. Se Chave de acesso não aparecer em Informações de segurança ou se não der para salvar, use o guia do Authenticator.

ts-icloud-keychain-off-title = Meu iPhone ou Mac não oferece salvar a chave de acesso nas Chaves do iCloud
ts-icloud-keychain-off-body = Chaves de acesso no app Senhas da Apple precisam das Chaves do iCloud e da autenticação de dois fatores na sua Conta Apple. Ative a sincronização de Senhas nos ajustes do iCloud e tente de novo.

ts-authenticator-option-missing-title = A página Informações de segurança não oferece Chave de acesso no Microsoft Authenticator
ts-authenticator-option-missing-body =
    A página Informações de segurança só oferece Chave de acesso no Microsoft Authenticator quando as configurações de chave de acesso da sua organização incluem o Microsoft Authenticator. Mesmo sem essa opção, geralmente você ainda pode colocar uma chave de acesso no Authenticator.

    Crie-a no app Authenticator: toque na sua conta corporativa e depois em Criar uma chave de acesso, ou adicione a conta com Adicionar conta ou o botão + e depois Conta corporativa ou de estudante. Ou, em Informações de segurança, escolha Chave de acesso e, quando perguntarem onde salvar a chave de acesso, escolha Authenticator. Se nada disso funcionar, peça ao suporte de TI para permitir o Microsoft Authenticator para chaves de acesso.

ts-authenticator-app-version-title = Meu app Authenticator pode estar desatualizado
ts-authenticator-app-version-body =
    { $platform ->
        [iphone] Atualize o Microsoft Authenticator pela App Store. Quando as configurações de chave de acesso da sua organização incluem o Authenticator, a Microsoft pede a versão 6.8.37 ou posterior no iPhone e no iPad.
        [ipad] Atualize o Microsoft Authenticator pela App Store. Quando as configurações de chave de acesso da sua organização incluem o Authenticator, a Microsoft pede a versão 6.8.37 ou posterior no iPhone e no iPad.
        [android] Atualize o Microsoft Authenticator pelo Google Play. Quando as configurações de chave de acesso da sua organização incluem o Authenticator, a Microsoft pede a versão 6.2507.4749 ou posterior no Android.
        [samsung] Atualize o Microsoft Authenticator pelo Google Play. Quando as configurações de chave de acesso da sua organização incluem o Authenticator, a Microsoft pede a versão 6.2507.4749 ou posterior no Android.
       *[other] Atualize o Microsoft Authenticator no celular pela App Store ou pelo Google Play. Quando as configurações de chave de acesso da sua organização incluem o Authenticator, a Microsoft pede a versão 6.8.37 ou posterior no iPhone e no iPad, e 6.2507.4749 ou posterior no Android.
    } Depois, abra o app e tente de novo.
