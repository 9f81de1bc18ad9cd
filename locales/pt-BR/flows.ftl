## Flow content: titles, summaries and steps of each registration flow, and the
## troubleshooting entries. Variables: $os_major (a number, or "unknown") and
## $browser (safari, chrome, edge, firefox, samsung-internet, opera, webview, other, unknown).

## iPhone or iPad with Microsoft Authenticator

flow-iphone-authenticator-title = iPhone ou iPad: chave de acesso no Microsoft Authenticator
flow-iphone-authenticator-summary = Crie uma chave de acesso para sua conta corporativa no app Microsoft Authenticator. Ela fica neste iPhone ou iPad e funciona mesmo se sua organização só aceitar autenticadores aprovados.

flow-iphone-authenticator-before-you-start-title = Antes de começar
flow-iphone-authenticator-before-you-start-body =
    { $os_major ->
        [unknown] Confira se seu iPhone ou iPad tem o iOS 17 ou posterior (Ajustes › Geral › Sobre) e se o código ou o Face ID está ativado.
       *[other] Confira se o código ou o Face ID está ativado no seu iPhone ou iPad. Ele tem o iOS { $os_major }, e você precisa do iOS 17 ou posterior.
    } Tenha à mão seu método de entrada atual. Se não tiver nenhum, peça ao suporte de TI um Passe de Acesso Temporário. Abra este guia no Safari ou em outro navegador, não dentro do app de e-mail.

flow-iphone-authenticator-install-app-title = Instale o Microsoft Authenticator
flow-iphone-authenticator-install-app-body = Instale o Microsoft Authenticator pela App Store ou atualize o app, se você já tiver. Abra o app uma vez e passe pelas telas de boas-vindas e de privacidade.

flow-iphone-authenticator-open-security-info-title = Comece em Informações de segurança
flow-iphone-authenticator-open-security-info-body = Toque em Abrir Informações de segurança e entre com sua conta corporativa. Toque em + Adicionar método de entrada, escolha Chave de acesso no Microsoft Authenticator e siga as instruções. Quando a página pedir para concluir no app Authenticator, deixe a página aberta e mude para o Authenticator.

flow-iphone-authenticator-create-in-app-title = Crie a chave de acesso no Authenticator
flow-iphone-authenticator-create-in-app-body = No Authenticator, toque em Adicionar conta corporativa ou de estudante se esta for sua primeira conta. Se sua conta corporativa já estiver na lista, toque nela e depois em Criar uma chave de acesso. Entre na conta e conclua a verificação extra quando for pedido.

flow-iphone-authenticator-enable-provider-title = Permita que o Authenticator salve chaves de acesso
flow-iphone-authenticator-enable-provider-body =
    { $os_major ->
        [17] Quando o Authenticator pedir, toque no botão para abrir os Ajustes. Vá em Ajustes › Senhas › Opções de Senha, ative Preencher Senhas e Chaves de Acesso e, logo abaixo, selecione Authenticator. Volte ao Authenticator e toque em Concluído.
        [unknown] Quando o Authenticator pedir, toque no botão para abrir os Ajustes. No iOS 18 ou posterior, vá em Ajustes › Geral › Preenchimento Automático e Senhas; no iOS 17, vá em Ajustes › Senhas › Opções de Senha. Ative Preencher Senhas e Chaves de Acesso e selecione Authenticator. Depois, volte ao Authenticator e toque em Concluído.
       *[other] Quando o Authenticator pedir, toque no botão para abrir os Ajustes. Vá em Ajustes › Geral › Preenchimento Automático e Senhas, ative Preencher Senhas e Chaves de Acesso e, logo abaixo, selecione Authenticator. Volte ao Authenticator e toque em Concluído.
    }

flow-iphone-authenticator-check-it-worked-title = Confira se deu certo
flow-iphone-authenticator-check-it-worked-body = Volte ao navegador com Informações de segurança e toque em Avançar. Quando a chave de acesso for confirmada, toque em Concluído. Agora Chave de acesso no Microsoft Authenticator aparece na sua lista de métodos de entrada.

## iPhone or iPad with iCloud Keychain (synced passkey)

flow-iphone-icloud-keychain-title = iPhone ou iPad: chave de acesso nas Chaves do iCloud
flow-iphone-icloud-keychain-summary = Salve uma chave de acesso para sua conta corporativa no app Senhas da Apple (Chaves do iCloud). Ela é sincronizada com seus outros dispositivos Apple. Isso só funciona se sua organização permitir chaves de acesso sincronizadas.

flow-iphone-icloud-keychain-before-you-start-title = Antes de começar
flow-iphone-icloud-keychain-before-you-start-body =
    { $os_major ->
        [unknown] Confira se seu iPhone ou iPad tem o iOS 16 ou posterior (Ajustes › Geral › Sobre).
       *[other] Seu dispositivo tem o iOS { $os_major }. É preciso ter o iOS 16 ou posterior.
    } Você precisa de um código ou do Face ID e de uma Conta Apple com autenticação de dois fatores. Tenha à mão seu método de entrada atual ou um Passe de Acesso Temporário. Abra este guia no Safari, não dentro do app de e-mail.

flow-iphone-icloud-keychain-turn-on-icloud-keychain-title = Ative as Chaves do iCloud
flow-iphone-icloud-keychain-turn-on-icloud-keychain-body =
    { $os_major ->
        [16] Abra Ajustes › seu nome › iCloud › Senhas e Chaves e confira se a sincronização deste iPhone está ativada.
        [17] Abra Ajustes › seu nome › iCloud › Senhas e Chaves e confira se a sincronização deste iPhone está ativada.
        [unknown] Abra Ajustes › seu nome › iCloud › Senhas (no iOS 16 e 17, o nome é Senhas e Chaves) e confira se a sincronização deste iPhone está ativada.
       *[other] Abra Ajustes › seu nome › iCloud › Senhas e confira se a sincronização deste iPhone está ativada.
    }

flow-iphone-icloud-keychain-check-autofill-title = Deixe o app Senhas salvar chaves de acesso
flow-iphone-icloud-keychain-check-autofill-body =
    { $os_major ->
        [16] Abra Ajustes › Senhas › Opções de Senha. Ative Preencher Senhas e confira se Chaves do iCloud está selecionado.
        [17] Abra Ajustes › Senhas › Opções de Senha. Ative Preencher Senhas e Chaves de Acesso e confira se Senhas e Chaves do iCloud está selecionado.
        [unknown] No iOS 18 ou posterior, abra Ajustes › Geral › Preenchimento Automático e Senhas; no iOS 16 ou 17, abra Ajustes › Senhas › Opções de Senha. Ative o preenchimento automático e confira se Senhas (Chaves do iCloud) está selecionado.
       *[other] Abra Ajustes › Geral › Preenchimento Automático e Senhas. Ative Preencher Senhas e Chaves de Acesso e confira se Senhas está selecionado logo abaixo.
    }

flow-iphone-icloud-keychain-open-security-info-title = Comece em Informações de segurança
flow-iphone-icloud-keychain-open-security-info-body = Toque em Abrir Informações de segurança e entre com sua conta corporativa. Toque em + Adicionar método de entrada, escolha Chave de acesso e toque em Avançar. Se Chave de acesso não estiver na lista, talvez sua organização não permita esse tipo de chave de acesso. Fale com o suporte de TI.

flow-iphone-icloud-keychain-save-passkey-title = Salve a chave de acesso
flow-iphone-icloud-keychain-save-passkey-body = Quando o iPhone oferecer salvar uma chave de acesso, confira se ela será salva em Senhas (Chaves do iCloud) e toque em Continuar. Confirme com o Face ID, o Touch ID ou seu código.

flow-iphone-icloud-keychain-check-it-worked-title = Confira se deu certo
flow-iphone-icloud-keychain-check-it-worked-body =
    { $os_major ->
        [16] Dê à chave de acesso um nome fácil de reconhecer, toque em Avançar e depois em Concluído. Ela agora aparece em Informações de segurança e em Ajustes › Senhas no seu iPhone.
        [17] Dê à chave de acesso um nome fácil de reconhecer, toque em Avançar e depois em Concluído. Ela agora aparece em Informações de segurança e em Ajustes › Senhas no seu iPhone.
       *[other] Dê à chave de acesso um nome fácil de reconhecer, toque em Avançar e depois em Concluído. Ela agora aparece em Informações de segurança e no app Senhas do seu iPhone.
    }

## Samsung Galaxy with Microsoft Authenticator

flow-samsung-title = Samsung Galaxy: chave de acesso no Microsoft Authenticator
flow-samsung-summary = Crie uma chave de acesso para sua conta corporativa no Microsoft Authenticator do seu Galaxy. Muitas vezes o Samsung Pass oferece salvá-la primeiro. Este guia mostra como garantir que ela vá para o Authenticator.

flow-samsung-before-you-start-title = Antes de começar
flow-samsung-before-you-start-body =
    { $os_major ->
        [unknown] Confira se seu celular tem o Android 14 ou posterior (Configurações › Sobre o telefone › Informações do software).
       *[other] Seu celular tem o Android { $os_major }. É preciso ter o Android 14 ou posterior.
    } Se ainda não tiver, configure um bloqueio de tela (PIN, padrão ou impressão digital). Tenha à mão seu método de entrada atual ou um Passe de Acesso Temporário.

flow-samsung-install-app-title = Instale o Microsoft Authenticator
flow-samsung-install-app-body = Instale o Microsoft Authenticator pelo Google Play ou atualize o app, se você já tiver. Abra o app uma vez e passe pelas telas de boas-vindas e de privacidade.

flow-samsung-set-provider-title = Ative o Authenticator no lugar do Samsung Pass
flow-samsung-set-provider-body =
    { $os_major ->
        [14] Abra Configurações › Gerenciamento geral › Senhas, chaves de acesso e preenchimento automático. Ative o Authenticator na lista de provedores adicionais. Você também pode escolhê-lo como serviço preferencial no lugar do Samsung Pass.
        [unknown] Abra Configurações e pesquise "chave de acesso" para encontrar Senhas, chaves de acesso e preenchimento automático (em Segurança e privacidade › Mais configurações de segurança ou, em celulares mais antigos, em Gerenciamento geral). Ative o Authenticator. Você também pode escolhê-lo como serviço preferencial no lugar do Samsung Pass.
       *[other] Abra Configurações › Segurança e privacidade › Mais configurações de segurança › Senhas, chaves de acesso e preenchimento automático. Ative o Authenticator na lista de provedores adicionais. Você também pode escolhê-lo como serviço preferencial no lugar do Samsung Pass.
    }

flow-samsung-open-security-info-title = Comece em Informações de segurança
flow-samsung-open-security-info-body =
    { $browser ->
        [firefox] Primeiro, abra este guia no Chrome ou no Edge: o Firefox no Android não consegue criar chaves de acesso para contas corporativas. Depois, toque em Abrir Informações de segurança, entre na conta, toque em + Adicionar método de entrada e escolha Chave de acesso no Microsoft Authenticator.
       *[other] Toque em Abrir Informações de segurança e entre com sua conta corporativa. Toque em + Adicionar método de entrada, escolha Chave de acesso no Microsoft Authenticator e siga as instruções. Quando a página pedir para concluir no app Authenticator, deixe a página aberta e mude para o Authenticator.
    }

flow-samsung-create-in-app-title = Crie a chave de acesso no Authenticator
flow-samsung-create-in-app-body = No Authenticator, toque em Adicionar conta corporativa ou de estudante se esta for sua primeira conta. Se sua conta corporativa já estiver na lista, toque nela e depois em Criar uma chave de acesso. Entre na conta, conclua a verificação extra e configure um bloqueio de tela se o app pedir.

flow-samsung-pick-authenticator-title = Se o Samsung Pass oferecer salvar a chave
flow-samsung-pick-authenticator-body = Se uma janela do Samsung Pass oferecer salvar a chave de acesso, não aceite. Use a opção dessa janela para escolher outro serviço e selecione Authenticator. Se essa opção não existir, cancele, repita a etapa anterior nas Configurações para ativar o Authenticator e tente de novo.

flow-samsung-check-it-worked-title = Confira se deu certo
flow-samsung-check-it-worked-body = De volta ao Authenticator, toque em Concluído. Agora sua conta mostra Chave de acesso como método de entrada. No navegador com Informações de segurança, toque em Avançar e depois em Concluído. Agora Chave de acesso no Microsoft Authenticator aparece na sua lista de métodos de entrada.

## Android phone with Microsoft Authenticator

flow-android-authenticator-title = Android: chave de acesso no Microsoft Authenticator
flow-android-authenticator-summary = Crie uma chave de acesso para sua conta corporativa no app Microsoft Authenticator. Ela fica neste celular e funciona mesmo se sua organização só aceitar autenticadores aprovados.

flow-android-authenticator-before-you-start-title = Antes de começar
flow-android-authenticator-before-you-start-body =
    { $os_major ->
        [unknown] Confira se seu celular tem o Android 14 ou posterior (Configurações › Sobre o telefone › Versão do Android).
       *[other] Seu celular tem o Android { $os_major }. É preciso ter o Android 14 ou posterior.
    } Se ainda não tiver, configure um bloqueio de tela (PIN, padrão ou impressão digital). Tenha à mão seu método de entrada atual ou um Passe de Acesso Temporário.

flow-android-authenticator-install-app-title = Instale o Microsoft Authenticator
flow-android-authenticator-install-app-body = Instale o Microsoft Authenticator pelo Google Play ou atualize o app, se você já tiver. Se o seu celular tiver um perfil de trabalho, instale e use o app no perfil em que você vai usar a chave de acesso.

flow-android-authenticator-open-security-info-title = Comece em Informações de segurança
flow-android-authenticator-open-security-info-body =
    { $browser ->
        [firefox] Primeiro, abra este guia no Chrome ou no Edge: o Firefox no Android não consegue criar chaves de acesso para contas corporativas. Depois, toque em Abrir Informações de segurança, entre na conta, toque em + Adicionar método de entrada e escolha Chave de acesso no Microsoft Authenticator.
       *[other] Toque em Abrir Informações de segurança e entre com sua conta corporativa. Toque em + Adicionar método de entrada, escolha Chave de acesso no Microsoft Authenticator e siga as instruções. Quando a página pedir para concluir no app Authenticator, deixe a página aberta e mude para o Authenticator.
    }

flow-android-authenticator-create-in-app-title = Crie a chave de acesso no Authenticator
flow-android-authenticator-create-in-app-body = No Authenticator, toque em Adicionar conta corporativa ou de estudante se esta for sua primeira conta. Se sua conta corporativa já estiver na lista, toque nela e depois em Criar uma chave de acesso. Entre na conta, conclua a verificação extra e configure um bloqueio de tela se o app pedir.

flow-android-authenticator-enable-provider-title = Permita que o Authenticator salve chaves de acesso
flow-android-authenticator-enable-provider-body =
    { $os_major ->
        [14] Quando o Authenticator pedir, toque em Configurações. Abra Senhas e contas e ative o Authenticator em Provedores adicionais. Se não conseguir ativar, atualize o celular para o Android 15. Volte ao Authenticator e toque em Concluído.
        [unknown] Quando o Authenticator pedir, toque em Configurações. Abra Senhas, chaves de acesso e contas (Senhas e contas no Android 14) e ative o Authenticator em Provedores adicionais. Volte ao Authenticator e toque em Concluído.
       *[other] Quando o Authenticator pedir, toque em Configurações. Abra Senhas, chaves de acesso e contas e ative o Authenticator em Provedores adicionais. Os nomes podem variar conforme a marca do celular: pesquise "chave de acesso" nas Configurações. Volte ao Authenticator e toque em Concluído.
    }

flow-android-authenticator-check-it-worked-title = Confira se deu certo
flow-android-authenticator-check-it-worked-body = Volte ao navegador com Informações de segurança e toque em Avançar. Quando a chave de acesso for confirmada, toque em Concluído. Agora Chave de acesso no Microsoft Authenticator aparece na sua lista de métodos de entrada.

## Android phone with Google Password Manager (synced passkey)

flow-android-google-password-manager-title = Android: chave de acesso no Gerenciador de senhas do Google
flow-android-google-password-manager-summary = Salve uma chave de acesso para sua conta corporativa no Gerenciador de senhas do Google. Ela é sincronizada com seus outros dispositivos conectados à mesma Conta do Google. Isso só funciona se sua organização permitir chaves de acesso sincronizadas, e não funciona em celulares Samsung.

flow-android-google-password-manager-before-you-start-title = Antes de começar
flow-android-google-password-manager-before-you-start-body =
    { $os_major ->
        [unknown] Confira se seu celular tem o Android 9 ou posterior e não é um Samsung (os celulares Samsung têm um guia próprio).
       *[other] Seu celular tem o Android { $os_major }. É preciso ter o Android 9 ou posterior. Este guia não é para celulares Samsung, que têm um guia próprio.
    } Você precisa de um bloqueio de tela e de uma Conta do Google conectada no celular. Tenha à mão seu método de entrada atual ou um Passe de Acesso Temporário.

flow-android-google-password-manager-check-provider-title = Confira onde as chaves de acesso são salvas
flow-android-google-password-manager-check-provider-body =
    { $os_major ->
        [14] Abra Configurações › Senhas e contas e confira se o Google está definido como serviço preferencial para senhas e chaves de acesso.
        [unknown] No Android 14 ou posterior, abra Configurações › Senhas, chaves de acesso e contas (Senhas e contas no Android 14) e confira se o Google é o serviço preferencial. Em versões mais antigas, não é preciso mudar nada.
       *[other] No Android 15 ou posterior, abra Configurações › Senhas, chaves de acesso e contas e confira se o Google é o serviço preferencial. No Android 13 ou anterior, não é preciso mudar nada.
    }

flow-android-google-password-manager-open-security-info-title = Comece em Informações de segurança
flow-android-google-password-manager-open-security-info-body =
    { $browser ->
        [chrome] Toque em Abrir Informações de segurança e entre com sua conta corporativa. Toque em + Adicionar método de entrada, escolha Chave de acesso e toque em Avançar e depois em Continuar.
        [firefox] Primeiro, abra este guia no Chrome: o Firefox no Android não consegue criar chaves de acesso para contas corporativas. Depois, toque em Abrir Informações de segurança, entre na conta, toque em + Adicionar método de entrada e escolha Chave de acesso.
       *[other] Se puder, abra este guia no Chrome. Toque em Abrir Informações de segurança e entre com sua conta corporativa. Toque em + Adicionar método de entrada, escolha Chave de acesso e toque em Avançar e depois em Continuar.
    }

flow-android-google-password-manager-save-passkey-title = Salve a chave de acesso
flow-android-google-password-manager-save-passkey-body = Quando o celular pedir para criar uma chave de acesso, confira se aparecem o Gerenciador de senhas do Google e a sua própria Conta do Google. Toque em Continuar e desbloqueie com a impressão digital, o rosto ou o bloqueio de tela.

flow-android-google-password-manager-check-it-worked-title = Confira se deu certo
flow-android-google-password-manager-check-it-worked-body = Dê à chave de acesso um nome fácil de reconhecer, toque em Avançar e depois em Concluído. Ela agora aparece em Informações de segurança e no Gerenciador de senhas do Google no seu celular.

## Windows PC with Windows Hello

flow-windows-hello-title = Windows: chave de acesso no Windows Hello
flow-windows-hello-summary = Salve uma chave de acesso para sua conta corporativa neste PC, desbloqueada com o PIN, o rosto ou a impressão digital do Windows Hello. Ela fica neste PC e não é sincronizada.

flow-windows-hello-before-you-start-title = Antes de começar
flow-windows-hello-before-you-start-body = Você precisa do Windows 10 ou 11 e do Edge, do Chrome ou do Firefox. Tenha à mão seu método de entrada atual ou um Passe de Acesso Temporário. Se este for um PC da empresa em que você já entra no Windows com o Windows Hello usando esta conta corporativa, talvez esta opção não esteja disponível. Pergunte ao suporte de TI qual guia usar.

flow-windows-hello-set-up-windows-hello-title = Configure o Windows Hello
flow-windows-hello-set-up-windows-hello-body = Se você ainda não usa PIN, rosto ou impressão digital para desbloquear este PC, abra Configurações › Contas › Opções de entrada e configure primeiro o PIN (Windows Hello).

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

## Mac with iCloud Keychain (synced passkey)

flow-macos-title = Mac: chave de acesso nas Chaves do iCloud
flow-macos-summary = Salve uma chave de acesso para sua conta corporativa no app Senhas da Apple (Chaves do iCloud) no seu Mac. Ela é sincronizada com seus outros dispositivos Apple. Isso só funciona se sua organização permitir chaves de acesso sincronizadas.

flow-macos-before-you-start-title = Antes de começar
flow-macos-before-you-start-body =
    { $os_major ->
        [unknown] Confira se seu Mac tem o macOS 13 Ventura ou posterior (menu Apple › Sobre Este Mac).
       *[other] Seu Mac tem o macOS { $os_major }. É preciso ter o macOS 13 Ventura ou posterior.
    } Você precisa ter iniciado sessão com sua Conta Apple, com autenticação de dois fatores. Tenha à mão seu método de entrada atual ou um Passe de Acesso Temporário.

flow-macos-turn-on-icloud-keychain-title = Ative as Chaves do iCloud
flow-macos-turn-on-icloud-keychain-body =
    { $os_major ->
        [13] Abra Ajustes do Sistema › seu nome › iCloud › Senhas e Chaves e confira se a sincronização deste Mac está ativada.
        [14] Abra Ajustes do Sistema › seu nome › iCloud › Senhas e Chaves e confira se a sincronização deste Mac está ativada.
        [unknown] Abra Ajustes do Sistema › seu nome › iCloud › Senhas (no macOS 13 e 14, o nome é Senhas e Chaves) e confira se a sincronização deste Mac está ativada.
       *[other] Abra Ajustes do Sistema › seu nome › iCloud › Senhas e confira se a sincronização deste Mac está ativada.
    }

flow-macos-open-security-info-title = Comece em Informações de segurança
flow-macos-open-security-info-body = Clique em Abrir Informações de segurança e entre com sua conta corporativa. Clique em + Adicionar método de entrada, escolha Chave de acesso e clique em Avançar. Se Chave de acesso não estiver na lista, talvez sua organização não permita esse tipo de chave de acesso. Fale com o suporte de TI.

flow-macos-save-passkey-title = Salve a chave de acesso
flow-macos-save-passkey-body =
    { $browser ->
        [safari] O Safari pergunta se você quer salvar uma chave de acesso. Clique em Continuar e confirme com o Touch ID ou a senha do Mac. Ela fica salva nas Chaves do iCloud.
        [chrome] O Chrome mostra a própria janela de chave de acesso: escolha Chaves do iCloud, e não o Gerenciador de senhas do Google nem um celular. Se for pedido, permita que login.microsoft.com use sua chave de acesso. Depois, confirme com o Touch ID ou a senha do Mac.
        [edge] O Edge mostra a própria janela de chave de acesso: escolha Chaves do iCloud, se essa opção aparecer. Se for pedido, permita que login.microsoft.com use sua chave de acesso. Depois, confirme com o Touch ID ou a senha do Mac.
       *[other] Siga a janela de chave de acesso do seu navegador e escolha Chaves do iCloud. Se o navegador não oferecer essa opção, abra este guia no Safari.
    }

flow-macos-check-it-worked-title = Confira se deu certo
flow-macos-check-it-worked-body =
    { $os_major ->
        [13] Dê à chave de acesso um nome fácil de reconhecer, clique em Avançar e depois em Concluído. Ela agora aparece em Informações de segurança e em Ajustes do Sistema › Senhas no seu Mac.
        [14] Dê à chave de acesso um nome fácil de reconhecer, clique em Avançar e depois em Concluído. Ela agora aparece em Informações de segurança e em Ajustes do Sistema › Senhas no seu Mac.
       *[other] Dê à chave de acesso um nome fácil de reconhecer, clique em Avançar e depois em Concluído. Ela agora aparece em Informações de segurança e no app Senhas do seu Mac.
    }

## Security key (USB or NFC)

flow-security-key-title = Chave de segurança (USB ou NFC)
flow-security-key-summary = Salve uma chave de acesso para sua conta corporativa em uma chave de segurança física, que você conecta ou encosta no dispositivo. Ela fica na chave e funciona em qualquer computador em que você usar a chave.

flow-security-key-before-you-start-title = Antes de começar
flow-security-key-before-you-start-body = Você precisa de uma chave de segurança FIDO2 aceita pela sua organização. Se não tiver certeza, pergunte ao suporte de TI. No computador, use o Edge, o Chrome ou o Firefox (no Linux, o Chrome). Tenha à mão seu método de entrada atual ou um Passe de Acesso Temporário.

flow-security-key-set-pin-title = Confira se a chave tem um PIN
flow-security-key-set-pin-body =
    { $browser ->
        [safari] O Safari no iPhone, iPad ou Mac não consegue configurar um PIN em uma chave nova. Se a sua chave ainda não tem PIN, configure um primeiro em um PC com Windows (Configurações › Contas › Opções de entrada › Chave de segurança › Gerenciar) ou com o app do fabricante da chave.
       *[other] Sua chave precisa de um PIN. No Windows, você pode configurar um em Configurações › Contas › Opções de entrada › Chave de segurança › Gerenciar, ou o navegador vai pedir que você crie um. No iPhone, iPad ou Mac, configure o PIN antes em um PC com Windows ou com o app do fabricante da chave.
    }

flow-security-key-open-security-info-title = Comece em Informações de segurança
flow-security-key-open-security-info-body = Selecione Abrir Informações de segurança e entre com sua conta corporativa, concluindo a verificação extra. Selecione + Adicionar método de entrada, escolha Chave de acesso e selecione Avançar.

flow-security-key-use-key-title = Salve a chave de acesso na sua chave
flow-security-key-use-key-body = Quando for perguntado onde salvar a chave de acesso, escolha Chave de segurança. Se não aparecer, procure em Mais opções ou Usar outro dispositivo. Conecte ou encoste sua chave, digite o PIN dela e toque na chave quando ela piscar.

flow-security-key-check-it-worked-title = Confira se deu certo
flow-security-key-check-it-worked-body = Dê à chave de acesso um nome fácil de reconhecer, como o modelo da chave, e selecione Concluído. Ela agora aparece na sua lista de métodos de entrada em Informações de segurança.

## Phone passkey, started on a computer

flow-phone-from-desktop-title = Computador: chave de acesso no seu celular
flow-phone-from-desktop-summary = Comece neste computador e crie a chave de acesso no Microsoft Authenticator do seu iPhone ou celular Android. Depois, você entra confirmando no celular.

flow-phone-from-desktop-before-you-start-title = Antes de começar
flow-phone-from-desktop-before-you-start-body = Você precisa de um iPhone com iOS 17 ou posterior, ou de um celular com Android 14 ou posterior, com bloqueio de tela. Ative o Bluetooth no computador e no celular e confira se os dois estão conectados à internet. Tenha à mão seu método de entrada atual ou um Passe de Acesso Temporário.

flow-phone-from-desktop-open-security-info-title = Comece em Informações de segurança neste computador
flow-phone-from-desktop-open-security-info-body = Clique em Abrir Informações de segurança e entre com sua conta corporativa. Clique em + Adicionar método de entrada, escolha Chave de acesso no Microsoft Authenticator e conclua a verificação extra, se for pedida.

flow-phone-from-desktop-get-app-title = Instale o Authenticator no celular
flow-phone-from-desktop-get-app-body = Se a página mostrar um código QR para baixar o Authenticator, escaneie o código com a câmera do celular (no iPhone, o app Câmera) e instale o app. Depois, clique em Avançar no computador.

flow-phone-from-desktop-create-on-phone-title = Crie a chave de acesso no celular
flow-phone-from-desktop-create-on-phone-body = No celular, abra o Authenticator. Toque em Adicionar conta corporativa ou de estudante, ou toque na sua conta corporativa que já está lá e depois em Criar uma chave de acesso. Entre na conta e, quando for pedido, permita nas configurações do celular que o Authenticator salve chaves de acesso. Depois, toque em Concluído.

flow-phone-from-desktop-qr-fallback-title = Se você não conseguir entrar no Authenticator
flow-phone-from-desktop-qr-fallback-body = No computador, escolha Está com problemas? e depois a opção de criar sua chave de acesso de outra forma. Escolha iPhone ou iPad, ou Android. Escaneie o código QR com a câmera do celular (no iPhone, o app Câmera, não o leitor do Authenticator) e deixe o celular perto do computador até aparecer que ele está conectado. Este método não funciona se sua organização exigir chaves de acesso aprovadas (atestadas).

flow-phone-from-desktop-check-it-worked-title = Confira se deu certo
flow-phone-from-desktop-check-it-worked-body = De volta ao computador, clique em Avançar. Quando a chave de acesso for confirmada, clique em Concluído. Agora Chave de acesso no Microsoft Authenticator aparece na sua lista de métodos de entrada em Informações de segurança.

## Troubleshooting

ts-not-enabled-by-policy-title = A opção de chave de acesso não aparece
ts-not-enabled-by-policy-body = Se Informações de segurança não mostrar Chave de acesso nem Chave de acesso no Microsoft Authenticator, sua organização ainda não ativou chaves de acesso para sua conta, ou não ativou esse tipo de chave de acesso. Peça ao suporte de TI para incluir você na liberação das chaves de acesso.

ts-self-service-off-title = Você não pode adicionar métodos por conta própria
ts-self-service-off-body = Sua organização pode bloquear a adição de chaves de acesso em Informações de segurança. Se aparecer que você não pode adicionar este método, peça ao suporte de TI para configurar a chave de acesso com você ou para liberar a configuração por conta própria.

ts-no-bootstrap-method-title = Não há como confirmar que é você
ts-no-bootstrap-method-body = Para adicionar uma chave de acesso, primeiro você precisa entrar com um método de verificação que já tenha, como uma aprovação no Authenticator ou um código por SMS. Se não tiver nenhum, ou se perdeu o celular, peça ao suporte de TI um Passe de Acesso Temporário e use-o para entrar em Informações de segurança.

ts-mfa-too-old-title = Pedido para verificar de novo
ts-mfa-too-old-body = Para adicionar uma chave de acesso, é preciso uma verificação recente, dos últimos minutos. Se pedirem para você verificar de novo, faça isso e adicione a chave de acesso logo em seguida.

ts-os-too-old-title = Seu dispositivo precisa de atualização
ts-os-too-old-body = Chaves de acesso no Microsoft Authenticator precisam do iOS 17 ou do Android 14 ou posterior. Chaves de acesso nas Chaves do iCloud precisam do iOS 16 ou do macOS 13 ou posterior, e o Gerenciador de senhas do Google precisa do Android 9 ou posterior. Atualize o dispositivo nas configurações dele ou use outro dispositivo ou uma chave de segurança.

ts-android-no-secure-hardware-title = Funciona em um celular Android, mas não em outro
ts-android-no-secure-hardware-body = O Authenticator guarda as chaves de acesso no hardware de segurança protegido do celular. Alguns celulares Android não têm o hardware necessário, e o registro para sem um motivo claro. Tente outro celular ou pergunte ao suporte de TI sobre uma chave de segurança.

ts-authenticator-not-provider-title = O Authenticator não tem permissão para salvar chaves de acesso
ts-authenticator-not-provider-body =
    { $os_major ->
        [14] No Android 14, vá em Configurações › Senhas e contas e ative o Authenticator em Provedores adicionais. Se não conseguir ativar, atualize para o Android 15. No iPhone, vá em Ajustes › Geral › Preenchimento Automático e Senhas (no iOS 17: Ajustes › Senhas › Opções de Senha) e selecione Authenticator.
        [17] No iPhone com iOS 17, vá em Ajustes › Senhas › Opções de Senha, ative Preencher Senhas e Chaves de Acesso e selecione Authenticator. No Android, vá em Configurações › Senhas, chaves de acesso e contas (ou Senhas e contas) e ative o Authenticator em Provedores adicionais.
       *[other] No iPhone com iOS 18 ou posterior, vá em Ajustes › Geral › Preenchimento Automático e Senhas, ative Preencher Senhas e Chaves de Acesso e selecione Authenticator (no iOS 17: Ajustes › Senhas › Opções de Senha). No Android, vá em Configurações › Senhas, chaves de acesso e contas (Senhas e contas no Android 14) e ative o Authenticator em Provedores adicionais.
    }

ts-screen-lock-missing-title = É preciso ter bloqueio de tela
ts-screen-lock-missing-body = As chaves de acesso são desbloqueadas com o bloqueio de tela do dispositivo. Configure um PIN, padrão, senha, impressão digital ou desbloqueio facial nas configurações do dispositivo e comece de novo.

ts-ios-qr-camera-app-title = O código QR não é lido no iPhone
ts-ios-qr-camera-app-body = Escaneie o código QR da chave de acesso com o app Câmera do iPhone, não com o leitor dentro do Authenticator, que não lê esse tipo de código. No Android, o leitor do Authenticator também funciona.

ts-cross-device-connecting-title = Travado em "Conectando"
ts-cross-device-connecting-body = Ative o Bluetooth no computador e no celular, deixe os dois bem perto um do outro e confira se ambos estão conectados à internet. Redes da empresa ou VPNs podem bloquear a conexão. Se continuar travado, tente configurar a chave de acesso direto no celular ou use uma chave de segurança.

ts-ca-bootstrap-loop-title = Indo e voltando entre o app e Informações de segurança
ts-ca-bootstrap-loop-body = Algumas regras de entrada da empresa pedem uma chave de acesso antes mesmo de você criar a primeira, e você fica preso em um ciclo. Peça ao suporte de TI um Passe de Acesso Temporário ou uma exceção temporária e tente de novo.

ts-orphaned-passkey-title = "A chave de acesso já existe"
ts-orphaned-passkey-body = Uma chave de acesso de uma tentativa anterior pode ainda estar no seu dispositivo, mesmo que sua organização não a tenha mais. Exclua essa chave do dispositivo (no Authenticator: toque na conta e depois em Configurações › Excluir chave de acesso), remova qualquer registro antigo em Informações de segurança e registre de novo.

ts-android-work-profile-title = Celular com perfil de trabalho
ts-android-work-profile-body = No Android, uma chave de acesso só funciona no perfil em que foi criada. Se o seu celular tem um perfil de trabalho e um pessoal, crie a chave de acesso no Authenticator do perfil em que você vai usá-la, ou uma vez em cada perfil.

ts-samsung-pass-picker-title = O Samsung Pass salvou a chave no lugar do Authenticator
ts-samsung-pass-picker-body = Os celulares Galaxy costumam sugerir primeiro o Samsung Pass. Se a chave de acesso foi salva lá, exclua-a no Samsung Pass e ative o Authenticator em Configurações, em Senhas, chaves de acesso e preenchimento automático. Depois, comece de novo e escolha Authenticator quando for perguntado onde salvar.

ts-windows-hello-already-registered-title = "Já registrado" no Windows
ts-windows-hello-already-registered-body = Se esta conta corporativa já usa o Windows Hello para Empresas para entrar neste PC, o Windows não consegue adicionar uma segunda chave de acesso para ela e informa que ela já está registrada. Use o guia do celular ou da chave de segurança, ou fale com o suporte de TI.

ts-unsupported-browser-title = Navegador sem suporte
ts-unsupported-browser-body =
    { $browser ->
        [firefox] O Firefox não consegue criar chaves de acesso corporativas no Android e, no Linux, não consegue usar uma chave de acesso do Authenticator. Use o Chrome ou o Edge.
        [opera] O Opera não está na lista de navegadores compatíveis da Microsoft para chaves de acesso corporativas. Use o Chrome, o Edge ou o Safari.
        [samsung-internet] O Samsung Internet não está na lista de navegadores compatíveis da Microsoft para chaves de acesso corporativas. Use o Chrome ou o Edge.
       *[other] Use um navegador compatível: Edge, Chrome ou Firefox no Windows; Safari, Chrome, Edge ou Firefox no Mac e no iPhone; Chrome ou Edge no Android.
    }

ts-in-app-browser-title = Aberto dentro de outro app
ts-in-app-browser-body = Links abertos em um app de e-mail ou de chat costumam carregar no navegador integrado desse app, onde as chaves de acesso nem sempre funcionam. Use o menu do app para abrir o link no Safari ou no Chrome e comece de novo.

ts-security-key-pin-title = A chave pede um PIN que você nunca configurou
ts-security-key-pin-body = Os navegadores do iPhone, iPad e Mac não conseguem configurar um PIN em uma chave de segurança nova. Configure o PIN em um PC com Windows (Configurações › Contas › Opções de entrada › Chave de segurança) ou com o app do fabricante da chave. Depois, registre a chave de novo.

ts-synced-not-allowed-title = Este tipo de chave de acesso não é permitido
ts-synced-not-allowed-body = Sua organização pode aceitar só chaves de acesso que ficam em um único dispositivo, como o Microsoft Authenticator ou uma chave de segurança. Se Chave de acesso não aparecer em Informações de segurança ou se não der para salvar, use o guia do Authenticator.

ts-icloud-keychain-off-title = As Chaves do iCloud estão desativadas
ts-icloud-keychain-off-body = Chaves de acesso no app Senhas da Apple precisam das Chaves do iCloud e da autenticação de dois fatores na sua Conta Apple. Ative a sincronização de Senhas nos ajustes do iCloud e tente de novo.
