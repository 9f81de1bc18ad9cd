## Ilustrações: as palavras desenhadas na imagem de cada etapa (app/flows/<flow>/illustrations.toml) e
## uma frase por imagem para leitores de tela. Os rótulos são as palavras que o próprio
## dispositivo mostra neste idioma; mantenha-os curtos, eles aparecem numa tela pequena.

## Palavras nas telas

ill-general = Geral
ill-ios-about = Sobre
ill-ios-version = Versão do iOS
ill-ios-autofill-passwords = Preenchimento Automático e Senhas
ill-ios-autofill-passwords-passkeys = Preencher Senhas e Chaves de Acesso
ill-ios-autofill-from = Preencher Automaticamente de
ill-apple-passwords = Senhas
ill-icloud = iCloud
ill-sync-this-iphone = Sincronizar este iPhone
ill-sync-this-mac = Sincronizar este Mac
ill-save-passkey-question = Salvar uma chave de acesso?
ill-apple-saved-in-passwords = Ela é salva em Senhas (Chaves do iCloud) e fica disponível nos seus dispositivos Apple.
ill-apple-continue = Continuar
ill-android-continue = Continuar
ill-other-options = Outras Opções
ill-about-this-mac = Sobre Este Mac
ill-macos = macOS
ill-android-about-phone = Sobre o telefone
ill-android-version = Versão do Android
ill-samsung-software-information = Informações do software
ill-android-passwords-passkeys-accounts = Senhas, chaves de acesso e contas
ill-samsung-passwords-passkeys-autofill = Senhas, chaves de acesso e preenchimento automático
ill-preferred-service = Serviço preferencial
ill-additional-providers = Provedores adicionais
ill-samsung-pass = Samsung Pass
ill-google = Google
ill-google-password-manager = Gerenciador de senhas do Google
ill-create-passkey-question = Criar uma chave de acesso?
ill-save = Salvar
ill-choose-another-service = Escolher outro serviço
ill-app-store-get = Obter
ill-play-install = Instalar
ill-microsoft-authenticator = Microsoft Authenticator
ill-authenticator = Authenticator
ill-create-passkey = Criar uma chave de acesso
ill-security-info = Informações de segurança
ill-add-sign-in-method = + Adicionar método de entrada
ill-add-method-title = Adicionar um método de entrada
ill-passkey-in-authenticator = Chave de acesso no Microsoft Authenticator
ill-passkey = Chave de acesso
ill-get-app-on-phone = Escaneie o código QR com o celular para baixar o app.
ill-scan-qr = Escaneie o código QR com a câmera do celular.
ill-next = Avançar
ill-done = Concluído
ill-cancel = Cancelar
ill-windows-about = Sobre
ill-windows-specifications = Especificações do Windows
ill-windows-version = Versão
ill-sign-in-options = Opções de entrada
ill-facial-recognition = Reconhecimento facial (Windows Hello)
ill-fingerprint-recognition = Reconhecimento de impressão digital (Windows Hello)
ill-pin-windows-hello = PIN (Windows Hello)
ill-security-key = Chave de segurança
ill-manage = Gerenciar
ill-choose-where-to-save = Escolha onde salvar esta chave de acesso
ill-phone-or-tablet = iPhone, iPad ou dispositivo Android
ill-this-device-windows-hello = Este dispositivo (Windows Hello)
ill-fido2-security-key = Chave de segurança FIDO2
ill-sign-in-options-link = Opções de entrada
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ill-face-fingerprint-pin-key = Rosto, impressão digital, PIN ou chave de segurança
ill-ms-sign-in = Entrar
ill-access-work-or-school = Acessar trabalho ou escola
# Unconfirmed label: "Connected to your organization's Microsoft Entra ID"
ill-work-account-connected = Conectado ao Microsoft Entra ID da sua organização
# Unconfirmed label: "Add a work or school account"
ill-add-work-or-school-account = Adicionar uma conta corporativa ou de estudante
ill-connect = Conectar
# Unconfirmed label: "One UI version"
ill-samsung-one-ui-version = Versão da One UI

## O que cada imagem mostra, para leitores de tela

ill-iphone-authenticator-before-you-start-alt = Um iPhone mostra Ajustes › Geral › Sobre, com a linha Versão do iOS destacada.
ill-iphone-authenticator-install-app-alt = Um iPhone mostra o Microsoft Authenticator na App Store, com o botão Obter destacado.
ill-iphone-authenticator-create-in-app-alt = Um iPhone mostra sua conta corporativa no app Authenticator, com Criar uma chave de acesso destacado.
ill-iphone-authenticator-enable-provider-alt = Um iPhone mostra Ajustes › Geral › Preenchimento Automático e Senhas com Preencher Senhas e Chaves de Acesso ativado e Authenticator selecionado e destacado logo abaixo.
ill-iphone-authenticator-check-security-info-alt = Um iPhone mostra a página Informações de segurança, com Chave de acesso no Microsoft Authenticator destacada na lista de métodos de entrada.
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ill-iphone-authenticator-test-sign-in-alt = Um iPhone mostra a página de entrada da Microsoft com as Opções de entrada e a opção Rosto, impressão digital, PIN ou chave de segurança destacada.
ill-iphone-icloud-keychain-before-you-start-alt = Um iPhone mostra Ajustes › Geral › Sobre, com a linha Versão do iOS destacada.
ill-iphone-icloud-keychain-turn-on-icloud-keychain-alt = Um iPhone mostra a tela Senhas nos ajustes do iCloud, com Sincronizar este iPhone ativado e destacado.
ill-iphone-icloud-keychain-check-autofill-alt = Um iPhone mostra Ajustes › Geral › Preenchimento Automático e Senhas com Preencher Senhas e Chaves de Acesso ativado e Senhas selecionado e destacado logo abaixo.
ill-iphone-icloud-keychain-open-security-info-alt = Um iPhone mostra a página Informações de segurança no navegador com a janela Adicionar um método de entrada aberta e Chave de acesso destacada.
ill-iphone-icloud-keychain-save-passkey-alt = Um iPhone mostra uma janela que oferece salvar uma chave de acesso em Senhas (Chaves do iCloud), com o botão Continuar destacado.
ill-iphone-icloud-keychain-check-it-worked-alt = Um iPhone mostra a página Informações de segurança, com Chave de acesso destacada na lista de métodos de entrada.
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ill-iphone-icloud-keychain-test-sign-in-alt = Um iPhone mostra a página de entrada da Microsoft com a janela Opções de entrada aberta e a opção Rosto, impressão digital, PIN ou chave de segurança destacada.
ill-samsung-before-you-start-alt = Um celular Galaxy mostra Configurações › Sobre o telefone › Informações do software, com a linha Versão do Android destacada.
ill-samsung-install-app-alt = Um celular Galaxy mostra o Microsoft Authenticator no Google Play, com o botão Instalar destacado.
ill-samsung-set-provider-alt = Um celular Galaxy mostra Senhas, chaves de acesso e preenchimento automático: o Samsung Pass é o serviço preferencial e o Authenticator está ativado e destacado em Provedores adicionais.
ill-samsung-create-in-app-alt = Um celular Galaxy mostra sua conta corporativa no app Authenticator, com Criar uma chave de acesso destacado.
ill-samsung-pick-authenticator-alt = Um celular Galaxy mostra uma janela do Samsung Pass que oferece salvar a chave de acesso, com a opção de escolher outro serviço destacada.
ill-samsung-check-security-info-alt = Um celular Galaxy mostra a página Informações de segurança, com Chave de acesso no Microsoft Authenticator destacada na lista de métodos de entrada.
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ill-samsung-test-sign-in-alt = Um celular Galaxy mostra a página de entrada da Microsoft com as Opções de entrada e a opção Rosto, impressão digital, PIN ou chave de segurança destacada.
# Unconfirmed label: "One UI version"
ill-samsung-pass-before-you-start-alt = Um celular Galaxy mostra Configurações › Sobre o telefone › Informações do software, com a linha Versão da One UI destacada.
ill-samsung-pass-check-samsung-pass-alt = Um celular Galaxy mostra Senhas, chaves de acesso e preenchimento automático, com o Samsung Pass destacado como serviço preferencial.
ill-samsung-pass-open-security-info-alt = Um celular Galaxy mostra a página Informações de segurança no navegador com a janela Adicionar um método de entrada aberta e Chave de acesso destacada.
ill-samsung-pass-save-in-samsung-pass-alt = Um celular Galaxy mostra uma janela do Samsung Pass que salva a chave de acesso, com o pedido de impressão digital destacado.
ill-samsung-pass-check-it-worked-alt = Um celular Galaxy mostra a página Informações de segurança, com Chave de acesso destacada na lista de métodos de entrada.
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ill-samsung-pass-test-sign-in-alt = Um celular Galaxy mostra a página de entrada da Microsoft com as Opções de entrada e a opção Rosto, impressão digital, PIN ou chave de segurança destacada.
ill-android-google-password-manager-before-you-start-alt = Um celular Android mostra Configurações › Sobre o telefone, com a linha Versão do Android destacada.
ill-android-google-password-manager-check-provider-alt = Um celular Android mostra Configurações › Senhas, chaves de acesso e contas, com o Google destacado como serviço preferencial.
ill-android-google-password-manager-open-security-info-alt = Um celular Android mostra a página Informações de segurança no navegador com a janela Adicionar um método de entrada aberta e Chave de acesso destacada.
ill-android-google-password-manager-save-passkey-alt = Um celular Android mostra uma janela que oferece criar uma chave de acesso no Gerenciador de senhas do Google para sua Conta do Google, com o botão Continuar destacado.
ill-android-google-password-manager-check-it-worked-alt = Um celular Android mostra a página Informações de segurança, com Chave de acesso destacada na lista de métodos de entrada.
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ill-android-google-password-manager-test-sign-in-alt = Um celular Android mostra a página de entrada da Microsoft com as Opções de entrada e a opção Rosto, impressão digital, PIN ou chave de segurança destacada.
ill-android-authenticator-before-you-start-alt = Um celular Android mostra Configurações › Sobre o telefone, com a linha Versão do Android destacada.
ill-android-authenticator-install-app-alt = Um celular Android mostra o Microsoft Authenticator no Google Play, com o botão Instalar destacado.
ill-android-authenticator-create-in-app-alt = Um celular Android mostra sua conta corporativa no app Authenticator, com Criar uma chave de acesso destacado.
ill-android-authenticator-enable-provider-alt = Um celular Android mostra Configurações › Senhas, chaves de acesso e contas, com o Authenticator ativado e destacado em Provedores adicionais.
ill-android-authenticator-check-security-info-alt = Um celular Android mostra a página Informações de segurança, com Chave de acesso no Microsoft Authenticator destacada na lista de métodos de entrada.
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ill-android-authenticator-test-sign-in-alt = Um celular Android mostra a página de entrada da Microsoft com as Opções de entrada e a opção Rosto, impressão digital, PIN ou chave de segurança destacada.
ill-windows-hello-before-you-start-alt = Um notebook com Windows mostra Configurações › Sistema › Sobre, com a linha Versão em Especificações do Windows destacada.
ill-windows-hello-company-pc-alt = Um notebook com Windows mostra Configurações › Contas › Acessar trabalho ou escola, com uma conta corporativa conectada destacada.
ill-windows-hello-set-up-windows-hello-alt = Um notebook com Windows mostra Configurações › Contas › Opções de entrada, com PIN (Windows Hello) destacado.
ill-windows-hello-open-security-info-alt = Um notebook com Windows mostra a página Informações de segurança no navegador com a janela Adicionar um método de entrada aberta e Chave de acesso destacada.
ill-windows-hello-save-in-windows-hello-alt = Um notebook com Windows mostra a janela que pergunta onde salvar a chave de acesso, com Este dispositivo (Windows Hello) destacado.
ill-windows-hello-check-it-worked-alt = Um notebook com Windows mostra a página Informações de segurança, com Chave de acesso destacada na lista de métodos de entrada.
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ill-windows-hello-test-sign-in-alt = Um notebook com Windows mostra a página de entrada da Microsoft com a janela Opções de entrada aberta e a opção Rosto, impressão digital, PIN ou chave de segurança destacada.
ill-macos-before-you-start-alt = Um Mac mostra a janela Sobre Este Mac, com a linha da versão do macOS destacada.
ill-macos-turn-on-icloud-keychain-alt = Um Mac mostra Ajustes do Sistema › iCloud com a janela Senhas aberta e Sincronizar este Mac ativado e destacado.
ill-macos-open-security-info-alt = Um Mac mostra a página Informações de segurança no navegador com a janela Adicionar um método de entrada aberta e Chave de acesso destacada.
ill-macos-save-passkey-alt = Um Mac mostra uma janela que oferece salvar uma chave de acesso em Senhas (Chaves do iCloud), com o botão Continuar destacado.
ill-macos-check-it-worked-alt = Um Mac mostra a página Informações de segurança, com Chave de acesso destacada na lista de métodos de entrada.
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ill-macos-test-sign-in-alt = Um Mac mostra a página de entrada da Microsoft com a janela Opções de entrada aberta e a opção Rosto, impressão digital, PIN ou chave de segurança destacada.
ill-security-key-before-you-start-alt = Uma chave de segurança USB com um sensor de toque redondo na parte de cima.
ill-security-key-set-pin-alt = Um notebook com Windows mostra Configurações › Contas › Opções de entrada, com o botão Gerenciar em Chave de segurança destacado.
ill-security-key-open-security-info-alt = Um notebook com Windows mostra a página Informações de segurança no navegador com a janela Adicionar um método de entrada aberta e Chave de acesso destacada.
ill-security-key-use-key-alt = Um notebook com Windows mostra a janela que pergunta onde salvar a chave de acesso, com Chave de segurança destacada.
ill-security-key-check-it-worked-alt = Um notebook com Windows mostra a página Informações de segurança, com Chave de acesso destacada na lista de métodos de entrada.
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ill-security-key-test-sign-in-alt = Um notebook com Windows mostra a página de entrada da Microsoft com a janela Opções de entrada aberta e a opção Rosto, impressão digital, PIN ou chave de segurança destacada.
ill-phone-from-desktop-before-you-start-alt = Um iPhone mostra Ajustes › Geral › Sobre, com a linha Versão do iOS destacada.
ill-phone-from-desktop-open-security-info-alt = Um notebook mostra a página Informações de segurança no navegador com a janela Adicionar um método de entrada aberta e Chave de acesso no Microsoft Authenticator destacada.
ill-phone-from-desktop-get-app-alt = Um notebook mostra a janela Microsoft Authenticator de Informações de segurança, com o código QR para baixar o app destacado.
ill-phone-from-desktop-create-on-phone-alt = Um celular mostra sua conta corporativa no app Authenticator, com Criar uma chave de acesso destacado.
ill-phone-from-desktop-qr-fallback-alt = Um notebook mostra um código QR para escanear com a câmera do celular, com o código QR destacado.
ill-phone-from-desktop-check-it-worked-alt = Um notebook mostra a página Informações de segurança, com Chave de acesso no Microsoft Authenticator destacada na lista de métodos de entrada.
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ill-phone-from-desktop-test-sign-in-alt = Um notebook mostra a página de entrada da Microsoft com a janela Opções de entrada aberta e a opção Rosto, impressão digital, PIN ou chave de segurança destacada.
