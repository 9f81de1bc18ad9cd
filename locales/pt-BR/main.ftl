## Frame

app-name = Configuração da chave de acesso
meta-description = Ajuda passo a passo para registrar uma chave de acesso para sua conta de trabalho no seu dispositivo.
skip-to-content = Pular para o conteúdo
language-switcher-label = Idioma
footer-privacy = Este guia registra quais etapas são vistas, nunca quem você é nem o que você digita.

## Start page

home-title = Configure sua chave de acesso
home-lead = Com uma chave de acesso, você entra na sua conta corporativa com o rosto, a impressão digital ou o bloqueio de tela, sem usar senha. Este guia mostra as etapas exatas para o seu dispositivo.
device-heading = Seu dispositivo
device-label = Dispositivo
system-label = Sistema
browser-label = Navegador
opened-in-label = Aberto em
recommended-heading = Recomendado para você
other-options-heading = Outras opções que funcionam neste dispositivo
unavailable-heading = Não disponível aqui
start-recommended = Começar
start-this = Usar esta opção
picker-heading = Não é o seu dispositivo?
picker-lead = Escolha o dispositivo em que você quer configurar a chave de acesso:
picker-detect-again = Detectar meu dispositivo de novo

## Platforms, systems, browsers, apps

platform-iphone = iPhone
platform-ipad = iPad
platform-android = Celular Android
platform-samsung = Samsung Galaxy
platform-windows = PC com Windows
platform-macos = Mac
platform-linux = Computador com Linux
platform-chromeos = Chromebook
platform-unknown = Dispositivo desconhecido
os-iphone = iOS
os-ipad = iPadOS
os-android = Android
os-samsung = Android
os-windows = Windows
os-macos = macOS
os-linux = Linux
os-chromeos = ChromeOS
os-unknown = Sistema operacional
os-version-exact = { $os } { $version }
os-version-at-least = { $os } { $version } ou posterior
os-version-hidden = { $os } (seu navegador não mostra a versão)
browser-safari = Safari
browser-chrome = Google Chrome
browser-edge = Microsoft Edge
browser-firefox = Firefox
browser-samsung-internet = Samsung Internet
browser-opera = Opera
browser-webview = Navegador integrado de um app
browser-other = Outro navegador
in-app-outlook = Outlook
in-app-teams = Microsoft Teams
in-app-google-app = app Google
in-app-facebook = Facebook
in-app-instagram = Instagram
in-app-linkedin = LinkedIn
in-app-line = LINE
in-app-wechat = WeChat
in-app-snapchat = Snapchat
in-app-tiktok = TikTok
in-app-naver = NAVER
in-app-apple-news = Apple News
in-app-unidentified = navegador integrado de um app

## Passkey types

passkey-type-synced = Chave de acesso sincronizada: disponível em todos os seus dispositivos conectados à mesma conta
passkey-type-device-bound = Chave de acesso vinculada ao dispositivo: fica só neste dispositivo ou nesta chave de segurança

## Notes before starting

note-in-app-browser = Esta página está aberta dentro de outro app ({ $app }). Muitas vezes não dá para criar chaves de acesso ali. Abra o link no { $browser ->
        [safari] Safari
       *[other] Chrome
    } (use o menu do app e escolha “Abrir no navegador”).
note-maybe-ipad = Está usando um iPad? Para os sites, o iPad aparece como um Mac. Se for um iPad, escolha iPad abaixo.
note-version-unknown = Seu navegador não informa qual versão do { $os } você tem. Cada opção abaixo mostra a versão necessária.
note-unknown-device = Não conseguimos reconhecer seu dispositivo. Escolha-o na lista abaixo.
note-update-first = { $flow } precisa do { $os } { $min } ou posterior, e você tem { $have }. Atualize primeiro ou use { $alternative }.
note-update-first-only = { $flow } precisa do { $os } { $min } ou posterior, e você tem { $have }. Atualize seu dispositivo primeiro ou peça ajuda ao suporte de TI.
note-nothing-here = Nenhuma das opções permitidas pela sua organização funciona neste dispositivo. Use outro dispositivo da lista abaixo ou fale com o suporte de TI.
note-firefox-android = O Firefox no Android não consegue criar chaves de acesso para contas corporativas. Abra este link no Chrome ou no Edge.
note-firefox-linux-cross-device = O Firefox no Linux não consegue se conectar ao seu celular. Use uma chave de segurança ou abra esta página no Chrome ou no Edge.
note-untested-browser-android = A Microsoft testa chaves de acesso com o Chrome e o Edge no Android. Se nada acontecer quando você criar a chave de acesso, abra este link no Chrome.
note-untested-browser = A Microsoft não testa chaves de acesso com este navegador. Se nada acontecer quando você criar a chave de acesso, abra este link no Edge ou no Chrome.

note-managed-pc = Em um PC da empresa, configurar o Windows Hello pode criar uma entrada do Windows Hello para Empresas, e aí o registro da chave de acesso falha. Crie sua chave de acesso no celular com o Microsoft Authenticator ou com uma chave de segurança.

## Why an option is not available

blocked-synced-not-allowed = Sua organização só permite chaves de acesso que ficam em um único dispositivo.
blocked-attestation-required = Sua organização exige chaves de acesso verificadas (atestadas), e esta opção não oferece isso.
blocked-not-supported = Sua organização não oferece suporte a este tipo de chave de acesso. Escolha outra opção.
blocked-os-too-old = Precisa do { $os } { $min } ou posterior; você tem { $have }.
blocked-browser = Não funciona neste navegador.
blocked-managed-pc = Não em um PC da empresa: o Windows Hello para Empresas faria o registro falhar.
version-unverified = Precisa do { $os } { $min } ou posterior.

## In-browser check

probe-no-webauthn = Este navegador não consegue criar chaves de acesso. Abra o link no navegador principal do seu dispositivo.
probe-no-platform-authenticator = Este dispositivo não tem bloqueio de tela nem biometria prontos para chaves de acesso. Configure primeiro um PIN, a impressão digital ou o reconhecimento facial, ou escolha outra opção.
probe-no-hybrid = Este navegador não consegue se conectar a um celular. Use uma chave de segurança ou outro navegador.
probe-looks-like-ipad = Parece que este dispositivo é um iPad.
probe-show-ipad-steps = Mostrar as etapas para iPad
probe-ready = Este navegador consegue criar chaves de acesso.
probe-checking = Verificando o que este navegador consegue fazer…

## Guide

step-count = Etapa { $current } de { $total }
handoff-button = Abrir Informações de segurança
handoff-hint = Abre a página Informações de segurança da Microsoft. Deixe este guia aberto, ou volte a ele, para as próximas etapas.
handoff-next-steps = Depois de Informações de segurança, ainda faltam estas etapas:
handoff-question = Voltou de Informações de segurança? Deu certo?
handoff-worked = Sim, continuar
handoff-failed = Não, não consegui
sign-in-question = A entrada de teste deu certo?
sign-in-worked = Sim, entrei com minha chave de acesso
sign-in-failed = Não, não deu certo
managed-pc-question = Este é um PC da empresa, ingressado ou registrado na sua organização?
managed-pc-yes = Sim, é um PC da empresa
managed-pc-no = Não, é meu PC pessoal
home-microsoft-prompt = A Microsoft também pode pedir que você adicione uma chave de acesso quando entrar. É o mesmo registro: siga as instruções e use estas etapas se precisar de ajuda.

## Way out of an app's built-in browser

escape-title = Primeiro abra esta página no seu navegador
escape-lead = Você abriu este link dentro de outro app ({ $app }). Normalmente não dá para criar chaves de acesso no navegador integrado de um app.
escape-open-browser = Abrir no meu navegador
# The menu labels differ between apps and versions; these follow each app's usual menu.
# Unconfirmed: the apps' own labels for "Open in external browser" (Facebook, Instagram) and "Open in Safari" (LinkedIn, WeChat, LINE, the Google app) in this language.
escape-ios-steps = { $app ->
        [facebook] Toque em ⋯ no canto superior direito e depois em “Abrir no navegador externo”.
        [instagram] Toque em ⋯ no canto superior direito e depois em “Abrir no navegador externo”.
        [linkedin] Toque em ⋯ no canto superior direito e depois em “Abrir no Safari”.
        [wechat] Toque em ⋯ no canto superior direito e depois em “Abrir no Safari”.
        [line] Toque em ⋯ ou no botão Compartilhar e depois em “Abrir no Safari”.
        [google-app] Toque no botão Compartilhar ou em ⋯ e depois em “Abrir no Safari”.
       *[other] Procure ⋯ ou o botão Compartilhar e escolha “Abrir no Safari” ou “Abrir no navegador”. Se não houver nenhuma dessas opções, copie o link abaixo e cole no Safari.
    }
escape-copy-label = Ou copie este link e cole { $browser ->
        [safari] no Safari
       *[other] no seu navegador
    }:
escape-copy-button = Copiar link
escape-copied = Copiado. Agora cole na barra de endereços do navegador.

## Every known problem on one page

help-title = Problemas conhecidos, pelo que você vê na tela
help-lead = Procure o que aparece na sua tela. Cada item explica a causa e como resolver. Se nenhum se encaixar, o suporte de TI pode ajudar.
help-link = Todos os problemas conhecidos
help-for-devices = Acontece em: { $devices }
step-nav-label = Navegação entre as etapas
all-steps-label = Todas as etapas
nav-back = Voltar
nav-all-options = Todas as opções
nav-next = Próxima etapa
nav-finish = Terminei
guide-other-device = Estas etapas são para outro tipo de dispositivo, não para o seu ({ $device }). Veja as opções para o seu dispositivo na página inicial.
sources-label = Fontes
sources-reviewed = Etapas conferidas com estes documentos em { $date }:

## Done

done-title = Sua chave de acesso está pronta
done-lead = Muito bem: você concluiu as etapas de { $flow }.
done-check = Para ter certeza de que deu certo, abra Informações de segurança e veja se a nova chave de acesso aparece na lista. Da próxima vez que entrar, escolha “Entrar com uma chave de acesso” ou “Rosto, impressão digital, PIN ou chave de segurança”.
done-open-security-info = Verificar em Informações de segurança
done-back = Voltar à última etapa
done-confirm-question = Sua nova chave de acesso aparece entre os seus métodos de entrada em Informações de segurança?
done-confirm-yes = Sim, aparece
done-confirm-no = Não, algo deu errado
done-confirmed = Ótimo, está tudo pronto.
done-confirmed-linked = Ótimo, está tudo pronto. A equipe de TI consegue ver que você terminou, então você não vai mais receber lembretes sobre isso.

## Errors

not-found-title = Página não encontrada
not-found-lead = Esta página não existe. O guia para o seu dispositivo está na página inicial.
not-found-home = Ir para a página inicial

## Print view

print-link = Versão para impressão com todas as etapas
print-lead = Todas as etapas em uma página, para imprimir ou entregar a um colega.
print-handoff = Nesta etapa, abra { $url } no navegador e entre com sua conta corporativa.

## Journey: resume, start over, I'm stuck, diagnostics, continue on your phone

resume-note = Que bom ver você de novo. Esta é a etapa em que você parou da última vez.
restart = Começar de novo
stuck-link = Não consigo continuar
stuck-title = Problema na etapa “{ $step }”
stuck-lead = Estas são as causas conhecidas de problemas nesta etapa no seu dispositivo ({ $device }), da mais provável para a menos provável. Cada uma explica como resolver.
stuck-detected = Provável: identificamos isso no seu dispositivo
stuck-none = Nenhuma causa conhecida se aplica a esta etapa no seu dispositivo. O suporte de TI pode ajudar.
stuck-back = Voltar à etapa
stuck-something-else = Outro problema
diag-title = Ainda com problemas? Avise o suporte de TI
diag-symptom = O que deu errado?
diag-note = Mais alguma coisa que o suporte de TI precisa saber? (opcional)
diag-includes = O suporte de TI recebe seu nome, esta etapa, seu dispositivo e navegador, os recursos que o navegador informa ter e o horário. Nada mais.
diag-send = Enviar ao suporte de TI
diag-sent = Enviado. O suporte de TI já pode ver seu relatório. Se ligar para eles, informe esta referência: { $reference }.
diag-needs-link = Para enviar um relatório ao suporte de TI, abra este guia pelo link pessoal que você recebeu por e-mail. Você também pode falar diretamente com eles usando os contatos abaixo.
continue-title = Continuar no celular
continue-lead = Aponte a câmera do celular para este código para abrir este guia no celular. Ele mostra as etapas para o seu celular.
continue-lead-linked = Aponte a câmera do celular para este código para continuar no celular. Seu progresso vai junto. O código vale por 15 minutos.
continue-qr-alt = Código QR que abre este guia no seu celular
continue-url = Não conseguiu ler o código? Abra este endereço no celular
diag-mail-subject = Configuração da chave de acesso: { $name } está com problema na etapa “{ $step }”
diag-mail-body =
    { $name } ({ $email }) enviou um relatório pelo guia de chaves de acesso.

    Opção: { $flow }
    Etapa { $number }: { $step }
    Problema: { $symptom }
    Dispositivo: { $device }
    Observação: { $note }
    Verificações do navegador: { $probe }
    Referência: { $reference }

    Histórico e relatórios anteriores: { $link }

## Reminder emails

reminder-subject-start-here = { $org }: configure sua chave de acesso, leva uns cinco minutos
reminder-subject-pick-up = { $org }: continue a configuração da sua chave de acesso de onde parou
reminder-subject-stuck = { $org }: ajuda para configurar sua chave de acesso
reminder-subject-did-not-finish = { $org }: a configuração da sua chave de acesso não foi concluída
reminder-greeting = Olá, { $name },
reminder-body-start-here = Você ainda não configurou uma chave de acesso para sua conta de trabalho. Seu guia pessoal mostra as etapas exatas para o seu celular ou computador.
reminder-body-pick-up = Você parou na etapa { $step }, “{ $title }”, de { $flow }. Seu link pessoal leva você de volta a essa etapa.
reminder-body-stuck = Você não conseguiu avançar na etapa { $step }, “{ $title }”, de { $flow }. Isto costuma resolver:
reminder-body-did-not-finish = Parece que a configuração da sua chave de acesso não foi concluída: sua organização ainda não vê nenhuma chave de acesso na sua conta. Abra seu link pessoal para tentar de novo.
reminder-button = Abrir meu guia
reminder-help = Dúvidas? Fale com { $support }.
reminder-footer = Você está recebendo esta mensagem porque { $org } está mudando o login para chaves de acesso. O link é pessoal: não o encaminhe.
announcement-subject = { $org }: configure uma chave de acesso para entrar na sua conta de trabalho
announcement-body = { $org } está mudando o login para chaves de acesso: nada de digitar senhas e nada que possa ser roubado por phishing. Seu guia pessoal reconhece seu celular ou computador e mostra as etapas exatas. Leva uns cinco minutos.
reminder-opt-out = Não quer receber estes lembretes? Abra seu link e escolha “Parar de receber lembretes” no fim da página.
opt-out-button = Parar de receber lembretes
opt-out-done = Você não vai mais receber e-mails de lembrete sobre sua chave de acesso. A equipe de TI consegue ver isso.

# Shown when one personal link is used too often in a short time (HTTP 429).
rate-limited-title = Solicitações demais
rate-limited-lead = Este link foi aberto muitas vezes em pouco tempo. Aguarde { $seconds } segundos e recarregue a página.
rate-limited-next = Se isso continuar acontecendo, fale com o suporte de TI.
