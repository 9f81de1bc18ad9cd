## Flow content: titles, summaries and steps of each registration flow, and the
## troubleshooting entries. Variables: $os_major (a number, or "unknown") and
## $browser (safari, chrome, edge, firefox, samsung-internet, opera, webview, other, unknown).

## iPhone or iPad with Microsoft Authenticator

flow-iphone-authenticator-title = iPhone・iPad：Microsoft Authenticator のパスキー
flow-iphone-authenticator-summary = Microsoft Authenticator アプリの中に、職場アカウントのパスキーを作成します。パスキーはこの iPhone または iPad だけに保存されます。承認済みの認証方法しか使えない組織でも利用できます。

flow-iphone-authenticator-before-you-start-title = 始める前に
flow-iphone-authenticator-before-you-start-body =
    { $os_major ->
        [unknown] iPhone または iPad が iOS 17 以降か確認してください（設定 › 一般 › 情報）。パスコードまたは Face ID がオンになっていることも確認してください。
       *[other] iPhone または iPad で、パスコードまたは Face ID がオンになっているか確認してください。お使いのバージョンは iOS { $os_major } です。iOS 17 以降が必要です。
    } 今お使いのサインイン方法を用意してください。サインイン方法がない場合は、ヘルプデスクから一時アクセス パスを受け取ってください。このガイドはメールアプリの中ではなく、Safari などのブラウザーで開いてください。

flow-iphone-authenticator-install-app-title = Microsoft Authenticator をインストールする
flow-iphone-authenticator-install-app-body = App Store から Microsoft Authenticator をインストールします。すでにある場合はアップデートしてください。一度アプリを開き、ようこそ画面とプライバシーの画面を進めてください。

flow-iphone-authenticator-open-security-info-title = セキュリティ情報から始める
flow-iphone-authenticator-open-security-info-body = 「セキュリティ情報を開く」をタップし、職場アカウントでサインインします。「+ サインイン方法の追加」をタップし、「Microsoft Authenticator のパスキー」を選んで、画面の指示に従います。Authenticator アプリで続けるよう表示されたら、そのページは開いたままにして、Authenticator に切り替えます。

flow-iphone-authenticator-create-in-app-title = Authenticator でパスキーを作成する
flow-iphone-authenticator-create-in-app-body = 初めてアカウントを追加する場合は、Authenticator で「職場または学校アカウントを追加」をタップします。職場アカウントがすでに表示されている場合は、そのアカウントをタップし、「パスキーを作成」をタップします。サインインし、求められたら追加の本人確認を行います。

flow-iphone-authenticator-enable-provider-title = Authenticator にパスキーの保存を許可する
flow-iphone-authenticator-enable-provider-body =
    { $os_major ->
        [17] Authenticator に表示されたら、「設定」をタップします。設定 › パスワード › パスワードオプションを開き、「パスワードとパスキーを自動入力」をオンにします。パスワードとパスキーの使用元の一覧で「Authenticator」を選びます。Authenticator に戻り、「完了」をタップします。
        [unknown] Authenticator に表示されたら、「設定」をタップします。iOS 18 以降では設定 › 一般 › 自動入力とパスワード、iOS 17 では設定 › パスワード › パスワードオプションを開きます。「パスワードとパスキーを自動入力」をオンにして「Authenticator」を選びます。Authenticator に戻り、「完了」をタップします。
       *[other] Authenticator に表示されたら、「設定」をタップします。設定 › 一般 › 自動入力とパスワードを開き、「パスワードとパスキーを自動入力」をオンにします。自動入力元の一覧で「Authenticator」を選びます。Authenticator に戻り、「完了」をタップします。
    }

flow-iphone-authenticator-check-it-worked-title = 設定できたか確認する
flow-iphone-authenticator-check-it-worked-body = 「セキュリティ情報」を開いているブラウザーに戻り、「次へ」をタップします。パスキーが確認されたら「完了」をタップします。サインイン方法の一覧に「Microsoft Authenticator のパスキー」が表示されます。

## iPhone or iPad with iCloud Keychain (synced passkey)

flow-iphone-icloud-keychain-title = iPhone・iPad：iCloud キーチェーンのパスキー
flow-iphone-icloud-keychain-summary = 職場アカウントのパスキーを Apple の「パスワード」（iCloud キーチェーン）に保存します。パスキーはほかの Apple デバイスにも同期されます。組織が同期パスキーを許可している場合だけ使えます。

flow-iphone-icloud-keychain-before-you-start-title = 始める前に
flow-iphone-icloud-keychain-before-you-start-body =
    { $os_major ->
        [unknown] iPhone または iPad が iOS 16 以降か確認してください（設定 › 一般 › 情報）。
       *[other] お使いのデバイスは iOS { $os_major } です。iOS 16 以降が必要です。
    } パスコードまたは Face ID と、2 ファクタ認証を有効にした Apple アカウントが必要です。今お使いのサインイン方法か一時アクセス パスを用意してください。このガイドはメールアプリの中ではなく、Safari で開いてください。

flow-iphone-icloud-keychain-turn-on-icloud-keychain-title = iCloud キーチェーンをオンにする
flow-iphone-icloud-keychain-turn-on-icloud-keychain-body =
    { $os_major ->
        [16] 設定 › ［自分の名前］ › iCloud › パスワードとキーチェーンを開き、この iPhone の同期がオンになっているか確認します。
        [17] 設定 › ［自分の名前］ › iCloud › パスワードとキーチェーンを開き、この iPhone の同期がオンになっているか確認します。
        [unknown] 設定 › ［自分の名前］ › iCloud › パスワード（iOS 16・17 では「パスワードとキーチェーン」）を開き、この iPhone の同期がオンになっているか確認します。
       *[other] 設定 › ［自分の名前］ › iCloud › パスワードを開き、この iPhone の同期がオンになっているか確認します。
    }

flow-iphone-icloud-keychain-check-autofill-title = 「パスワード」にパスキーの保存を許可する
flow-iphone-icloud-keychain-check-autofill-body =
    { $os_major ->
        [16] 設定 › パスワード › パスワードオプションを開きます。「パスワードを自動入力」をオンにして、「iCloud キーチェーン」が選ばれているか確認します。
        [17] 設定 › パスワード › パスワードオプションを開きます。「パスワードとパスキーを自動入力」をオンにして、「iCloud パスワードとキーチェーン」が選ばれているか確認します。
        [unknown] iOS 18 以降では設定 › 一般 › 自動入力とパスワード、iOS 16・17 では設定 › パスワード › パスワードオプションを開きます。自動入力をオンにして、「パスワード」（iCloud キーチェーン）が選ばれているか確認します。
       *[other] 設定 › 一般 › 自動入力とパスワードを開きます。「パスワードとパスキーを自動入力」をオンにして、自動入力元で「パスワード」が選ばれているか確認します。
    }

flow-iphone-icloud-keychain-open-security-info-title = セキュリティ情報から始める
flow-iphone-icloud-keychain-open-security-info-body = 「セキュリティ情報を開く」をタップし、職場アカウントでサインインします。「+ サインイン方法の追加」をタップし、「パスキー」を選んで「次へ」をタップします。一覧に「パスキー」がない場合は、組織がこの種類のパスキーを許可していない可能性があります。ヘルプデスクにお問い合わせください。

flow-iphone-icloud-keychain-save-passkey-title = パスキーを保存する
flow-iphone-icloud-keychain-save-passkey-body = iPhone にパスキーの保存画面が表示されたら、保存先が「パスワード」（iCloud キーチェーン）になっているか確認し、「続ける」をタップします。Face ID、Touch ID、またはパスコードで確認します。

flow-iphone-icloud-keychain-check-it-worked-title = 設定できたか確認する
flow-iphone-icloud-keychain-check-it-worked-body =
    { $os_major ->
        [16] パスキーに分かりやすい名前を付け、「次へ」、「完了」の順にタップします。パスキーが「セキュリティ情報」と、iPhone の設定 › パスワードに表示されます。
        [17] パスキーに分かりやすい名前を付け、「次へ」、「完了」の順にタップします。パスキーが「セキュリティ情報」と、iPhone の設定 › パスワードに表示されます。
       *[other] パスキーに分かりやすい名前を付け、「次へ」、「完了」の順にタップします。パスキーが「セキュリティ情報」と、iPhone の「パスワード」アプリに表示されます。
    }

## Samsung Galaxy with Microsoft Authenticator

flow-samsung-title = Samsung Galaxy：Microsoft Authenticator のパスキー
flow-samsung-summary = Galaxy スマートフォンの Microsoft Authenticator に、職場アカウントのパスキーを作成します。Samsung Pass が先に保存を提案してくることがよくあります。このガイドでは、確実に Authenticator に保存する方法を説明します。

flow-samsung-before-you-start-title = 始める前に
flow-samsung-before-you-start-body =
    { $os_major ->
        [unknown] スマートフォンが Android 14 以降か確認してください（設定 › 端末情報 › ソフトウェア情報）。
       *[other] お使いのスマートフォンは Android { $os_major } です。Android 14 以降が必要です。
    } 画面ロック（PIN、パターン、指紋）を設定していない場合は、設定してください。今お使いのサインイン方法か一時アクセス パスを用意してください。

flow-samsung-install-app-title = Microsoft Authenticator をインストールする
flow-samsung-install-app-body = Google Play から Microsoft Authenticator をインストールします。すでにある場合はアップデートしてください。一度アプリを開き、ようこそ画面とプライバシーの画面を進めてください。

flow-samsung-set-provider-title = Samsung Pass ではなく Authenticator をオンにする
flow-samsung-set-provider-body =
    { $os_major ->
        [14] 設定 › 一般管理 › パスワード、パスキー、自動入力を開きます。追加のプロバイダの一覧で Authenticator をオンにします。Samsung Pass の代わりに、Authenticator を優先するサービスに選ぶこともできます。
        [unknown] 設定を開き、「パスキー」で検索して「パスワード、パスキー、自動入力」を探します（セキュリティおよびプライバシー › その他のセキュリティ設定の中にあります。古い機種では一般管理の中です）。Authenticator をオンにします。Samsung Pass の代わりに、Authenticator を優先するサービスに選ぶこともできます。
       *[other] 設定 › セキュリティおよびプライバシー › その他のセキュリティ設定 › パスワード、パスキー、自動入力を開きます。追加のプロバイダの一覧で Authenticator をオンにします。Samsung Pass の代わりに、Authenticator を優先するサービスに選ぶこともできます。
    }

flow-samsung-open-security-info-title = セキュリティ情報から始める
flow-samsung-open-security-info-body =
    { $browser ->
        [firefox] まず、このガイドを Chrome または Edge で開いてください。Android 版 Firefox では、職場アカウントのパスキーを作成できません。次に「セキュリティ情報を開く」をタップしてサインインし、「+ サインイン方法の追加」をタップして「Microsoft Authenticator のパスキー」を選びます。
       *[other] 「セキュリティ情報を開く」をタップし、職場アカウントでサインインします。「+ サインイン方法の追加」をタップし、「Microsoft Authenticator のパスキー」を選んで、画面の指示に従います。Authenticator アプリで続けるよう表示されたら、そのページは開いたままにして、Authenticator に切り替えます。
    }

flow-samsung-create-in-app-title = Authenticator でパスキーを作成する
flow-samsung-create-in-app-body = 初めてアカウントを追加する場合は、Authenticator で「職場または学校アカウントを追加」をタップします。職場アカウントがすでに表示されている場合は、そのアカウントをタップし、「パスキーを作成」をタップします。サインインして追加の本人確認を行います。アプリに求められたら、画面ロックを設定します。

flow-samsung-pick-authenticator-title = Samsung Pass が保存を提案してきたら
flow-samsung-pick-authenticator-body = Samsung Pass の画面でパスキーの保存を提案されても、承認しないでください。その画面で別のサービスを選ぶオプションを使い、Authenticator を選びます。そのようなオプションがない場合はキャンセルします。前の設定のステップをもう一度行って Authenticator をオンにしてから、やり直してください。

flow-samsung-check-it-worked-title = 設定できたか確認する
flow-samsung-check-it-worked-body = Authenticator に戻り、「完了」をタップします。アカウントのサインイン方法に「パスキー」が表示されます。「セキュリティ情報」を開いているブラウザーで、「次へ」、「完了」の順にタップします。サインイン方法の一覧に「Microsoft Authenticator のパスキー」が表示されます。

## Android phone with Microsoft Authenticator

flow-android-authenticator-title = Android：Microsoft Authenticator のパスキー
flow-android-authenticator-summary = Microsoft Authenticator アプリの中に、職場アカウントのパスキーを作成します。パスキーはこのスマートフォンだけに保存されます。承認済みの認証方法しか使えない組織でも利用できます。

flow-android-authenticator-before-you-start-title = 始める前に
flow-android-authenticator-before-you-start-body =
    { $os_major ->
        [unknown] スマートフォンが Android 14 以降か確認してください（設定 › デバイス情報 › Android バージョン）。
       *[other] お使いのスマートフォンは Android { $os_major } です。Android 14 以降が必要です。
    } 画面ロック（PIN、パターン、指紋）を設定していない場合は、設定してください。今お使いのサインイン方法か一時アクセス パスを用意してください。

flow-android-authenticator-install-app-title = Microsoft Authenticator をインストールする
flow-android-authenticator-install-app-body = Google Play から Microsoft Authenticator をインストールします。すでにある場合はアップデートしてください。仕事用プロファイルがあるスマートフォンでは、パスキーを使うプロファイルにアプリをインストールして使ってください。

flow-android-authenticator-open-security-info-title = セキュリティ情報から始める
flow-android-authenticator-open-security-info-body =
    { $browser ->
        [firefox] まず、このガイドを Chrome または Edge で開いてください。Android 版 Firefox では、職場アカウントのパスキーを作成できません。次に「セキュリティ情報を開く」をタップしてサインインし、「+ サインイン方法の追加」をタップして「Microsoft Authenticator のパスキー」を選びます。
       *[other] 「セキュリティ情報を開く」をタップし、職場アカウントでサインインします。「+ サインイン方法の追加」をタップし、「Microsoft Authenticator のパスキー」を選んで、画面の指示に従います。Authenticator アプリで続けるよう表示されたら、そのページは開いたままにして、Authenticator に切り替えます。
    }

flow-android-authenticator-create-in-app-title = Authenticator でパスキーを作成する
flow-android-authenticator-create-in-app-body = 初めてアカウントを追加する場合は、Authenticator で「職場または学校アカウントを追加」をタップします。職場アカウントがすでに表示されている場合は、そのアカウントをタップし、「パスキーを作成」をタップします。サインインして追加の本人確認を行います。アプリに求められたら、画面ロックを設定します。

flow-android-authenticator-enable-provider-title = Authenticator にパスキーの保存を許可する
flow-android-authenticator-enable-provider-body =
    { $os_major ->
        [14] Authenticator に表示されたら、「設定」をタップします。「パスワードとアカウント」を開き、追加のプロバイダで Authenticator をオンにします。オンにできない場合は、スマートフォンを Android 15 にアップデートしてください。Authenticator に戻り、「完了」をタップします。
        [unknown] Authenticator に表示されたら、「設定」をタップします。「パスワード、パスキー、アカウント」（Android 14 では「パスワードとアカウント」）を開き、追加のプロバイダで Authenticator をオンにします。Authenticator に戻り、「完了」をタップします。
       *[other] Authenticator に表示されたら、「設定」をタップします。「パスワード、パスキー、アカウント」を開き、追加のプロバイダで Authenticator をオンにします。項目名はメーカーによって異なることがあります。その場合は設定で「パスキー」を検索してください。Authenticator に戻り、「完了」をタップします。
    }

flow-android-authenticator-check-it-worked-title = 設定できたか確認する
flow-android-authenticator-check-it-worked-body = 「セキュリティ情報」を開いているブラウザーに戻り、「次へ」をタップします。パスキーが確認されたら「完了」をタップします。サインイン方法の一覧に「Microsoft Authenticator のパスキー」が表示されます。

## Android phone with Google Password Manager (synced passkey)

flow-android-google-password-manager-title = Android：Google パスワード マネージャーのパスキー
flow-android-google-password-manager-summary = 職場アカウントのパスキーを Google パスワード マネージャーに保存します。パスキーは、同じ Google アカウントでログインしているほかのデバイスにも同期されます。組織が同期パスキーを許可している場合だけ使えます。Samsung のスマートフォンでは使えません。

flow-android-google-password-manager-before-you-start-title = 始める前に
flow-android-google-password-manager-before-you-start-body =
    { $os_major ->
        [unknown] スマートフォンが Android 9 以降で、Samsung 製でないことを確認してください（Samsung のスマートフォンには専用のガイドがあります）。
       *[other] お使いのスマートフォンは Android { $os_major } です。Android 9 以降が必要です。このガイドは Samsung のスマートフォン向けではありません。Samsung には専用のガイドがあります。
    } 画面ロックと、スマートフォンにログインしている Google アカウントが必要です。今お使いのサインイン方法か一時アクセス パスを用意してください。

flow-android-google-password-manager-check-provider-title = パスキーの保存先を確認する
flow-android-google-password-manager-check-provider-body =
    { $os_major ->
        [14] 設定 › パスワードとアカウントを開き、パスワードとパスキーの優先するサービスが Google になっているか確認します。
        [unknown] Android 14 以降では、設定 › パスワード、パスキー、アカウント（Android 14 では「パスワードとアカウント」）を開き、優先するサービスが Google になっているか確認します。それより前のバージョンでは、変更は必要ありません。
       *[other] Android 15 以降では、設定 › パスワード、パスキー、アカウントを開き、優先するサービスが Google になっているか確認します。Android 13 以前では、変更は必要ありません。
    }

flow-android-google-password-manager-open-security-info-title = セキュリティ情報から始める
flow-android-google-password-manager-open-security-info-body =
    { $browser ->
        [chrome] 「セキュリティ情報を開く」をタップし、職場アカウントでサインインします。「+ サインイン方法の追加」をタップし、「パスキー」を選んで、「次へ」、「続行」の順にタップします。
        [firefox] まず、このガイドを Chrome で開いてください。Android 版 Firefox では、職場アカウントのパスキーを作成できません。次に「セキュリティ情報を開く」をタップしてサインインし、「+ サインイン方法の追加」をタップして「パスキー」を選びます。
       *[other] できれば、このガイドを Chrome で開いてください。「セキュリティ情報を開く」をタップし、職場アカウントでサインインします。「+ サインイン方法の追加」をタップし、「パスキー」を選んで、「次へ」、「続行」の順にタップします。
    }

flow-android-google-password-manager-save-passkey-title = パスキーを保存する
flow-android-google-password-manager-save-passkey-body = パスキーの作成画面が表示されたら、Google パスワード マネージャーとご自身の Google アカウントが表示されているか確認します。「続行」をタップし、指紋、顔、または画面ロックで解除します。

flow-android-google-password-manager-check-it-worked-title = 設定できたか確認する
flow-android-google-password-manager-check-it-worked-body = パスキーに分かりやすい名前を付け、「次へ」、「完了」の順にタップします。パスキーが「セキュリティ情報」と、スマートフォンの Google パスワード マネージャーに表示されます。

## Windows PC with Windows Hello

flow-windows-hello-title = Windows：Windows Hello のパスキー
flow-windows-hello-summary = 職場アカウントのパスキーをこの PC に保存します。Windows Hello の PIN、顔、指紋で使えます。パスキーはこの PC だけに保存され、同期されません。

flow-windows-hello-before-you-start-title = 始める前に
flow-windows-hello-before-you-start-body = Windows 10 または 11 と、Edge、Chrome、Firefox のいずれかが必要です。今お使いのサインイン方法か一時アクセス パスを用意してください。会社の PC で、すでにこの職場アカウントの Windows Hello で Windows にサインインしている場合は、この方法を使えないことがあります。どのガイドを使えばよいか、ヘルプデスクにお問い合わせください。

flow-windows-hello-set-up-windows-hello-title = Windows Hello を設定する
flow-windows-hello-set-up-windows-hello-body = この PC のロック解除にまだ PIN、顔、指紋を使っていない場合は、先に設定 › アカウント › サインイン オプションを開き、「PIN (Windows Hello)」を設定してください。

flow-windows-hello-open-security-info-title = セキュリティ情報から始める
flow-windows-hello-open-security-info-body = 「セキュリティ情報を開く」をクリックし、職場アカウントでサインインして、追加の本人確認を行います。「+ サインイン方法の追加」をクリックし、「パスキー」を選んで「次へ」をクリックします。

flow-windows-hello-save-in-windows-hello-title = Windows Hello に保存する
flow-windows-hello-save-in-windows-hello-body =
    { $browser ->
        [chrome] Chrome から Google パスワード マネージャーへの保存を提案された場合は、代わりに Windows Hello を選びます。Windows Hello の PIN、顔、指紋のいずれかで確認します。
        [edge] パスキーの保存先を Windows に聞かれたら、スマートフォンやセキュリティ キーではなく、このデバイス（Windows Hello）を選びます。Windows Hello の PIN、顔、指紋のいずれかで確認します。
       *[other] パスキーの保存先を Windows に聞かれたら、スマートフォンやセキュリティ キーではなく、このデバイス（Windows Hello）を選びます。Windows Hello の PIN、顔、指紋のいずれかで確認します。
    }

flow-windows-hello-check-it-worked-title = 設定できたか確認する
flow-windows-hello-check-it-worked-body = パスキーに分かりやすい名前を付け、「完了」をクリックします。「セキュリティ情報」のサインイン方法の一覧にパスキーが表示されます。

## Mac with iCloud Keychain (synced passkey)

flow-macos-title = Mac：iCloud キーチェーンのパスキー
flow-macos-summary = Mac で、職場アカウントのパスキーを Apple の「パスワード」（iCloud キーチェーン）に保存します。パスキーはほかの Apple デバイスにも同期されます。組織が同期パスキーを許可している場合だけ使えます。

flow-macos-before-you-start-title = 始める前に
flow-macos-before-you-start-body =
    { $os_major ->
        [unknown] Mac が macOS 13 Ventura 以降か確認してください（アップルメニュー › この Mac について）。
       *[other] お使いの Mac は macOS { $os_major } です。macOS 13 Ventura 以降が必要です。
    } 2 ファクタ認証を有効にした Apple アカウントでサインインしている必要があります。今お使いのサインイン方法か一時アクセス パスを用意してください。

flow-macos-turn-on-icloud-keychain-title = iCloud キーチェーンをオンにする
flow-macos-turn-on-icloud-keychain-body =
    { $os_major ->
        [13] システム設定 › ［自分の名前］ › iCloud › パスワードとキーチェーンを開き、この Mac の同期がオンになっているか確認します。
        [14] システム設定 › ［自分の名前］ › iCloud › パスワードとキーチェーンを開き、この Mac の同期がオンになっているか確認します。
        [unknown] システム設定 › ［自分の名前］ › iCloud › パスワード（macOS 13・14 では「パスワードとキーチェーン」）を開き、この Mac の同期がオンになっているか確認します。
       *[other] システム設定 › ［自分の名前］ › iCloud › パスワードを開き、この Mac の同期がオンになっているか確認します。
    }

flow-macos-open-security-info-title = セキュリティ情報から始める
flow-macos-open-security-info-body = 「セキュリティ情報を開く」をクリックし、職場アカウントでサインインします。「+ サインイン方法の追加」をクリックし、「パスキー」を選んで「次へ」をクリックします。一覧に「パスキー」がない場合は、組織がこの種類のパスキーを許可していない可能性があります。ヘルプデスクにお問い合わせください。

flow-macos-save-passkey-title = パスキーを保存する
flow-macos-save-passkey-body =
    { $browser ->
        [safari] Safari にパスキーを保存するか確認する画面が表示されます。「続ける」をクリックし、Touch ID または Mac のパスワードで確認します。パスキーは iCloud キーチェーンに保存されます。
        [chrome] Chrome 独自のパスキー画面が表示されます。Google パスワード マネージャーやスマートフォンではなく、iCloud キーチェーンを選びます。求められたら login.microsoft.com にパスキーの使用を許可し、Touch ID または Mac のパスワードで確認します。
        [edge] Edge 独自のパスキー画面が表示されます。iCloud キーチェーンが表示されていれば、それを選びます。求められたら login.microsoft.com にパスキーの使用を許可し、Touch ID または Mac のパスワードで確認します。
       *[other] ブラウザーのパスキー画面の指示に従い、iCloud キーチェーンを選びます。選択肢にない場合は、このガイドを Safari で開き直してください。
    }

flow-macos-check-it-worked-title = 設定できたか確認する
flow-macos-check-it-worked-body =
    { $os_major ->
        [13] パスキーに分かりやすい名前を付け、「次へ」、「完了」の順にクリックします。パスキーが「セキュリティ情報」と、Mac のシステム設定 › パスワードに表示されます。
        [14] パスキーに分かりやすい名前を付け、「次へ」、「完了」の順にクリックします。パスキーが「セキュリティ情報」と、Mac のシステム設定 › パスワードに表示されます。
       *[other] パスキーに分かりやすい名前を付け、「次へ」、「完了」の順にクリックします。パスキーが「セキュリティ情報」と、Mac の「パスワード」アプリに表示されます。
    }

## Security key (USB or NFC)

flow-security-key-title = セキュリティ キー（USB または NFC）
flow-security-key-summary = 差し込むかかざして使う物理的なセキュリティ キーに、職場アカウントのパスキーを保存します。パスキーはキーの中に保存され、キーを使うどのパソコンでも使えます。

flow-security-key-before-you-start-title = 始める前に
flow-security-key-before-you-start-body = 組織で認められている FIDO2 セキュリティ キーが必要です。分からない場合はヘルプデスクにお問い合わせください。パソコンでは Edge、Chrome、Firefox のいずれかを使ってください（Linux では Chrome）。今お使いのサインイン方法か一時アクセス パスを用意してください。

flow-security-key-set-pin-title = キーに PIN が設定されているか確認する
flow-security-key-set-pin-body =
    { $browser ->
        [safari] iPhone、iPad、Mac の Safari では、新しいキーに PIN を設定できません。キーにまだ PIN がない場合は、先に Windows PC（設定 › アカウント › サインイン オプション › セキュリティ キー › 管理）か、キーのメーカーのアプリで PIN を設定してください。
       *[other] キーには PIN が必要です。Windows では、設定 › アカウント › サインイン オプション › セキュリティ キー › 管理で設定できます。ブラウザーから PIN の作成を求められることもあります。iPhone、iPad、Mac を使う場合は、先に Windows PC か、キーのメーカーのアプリで PIN を設定してください。
    }

flow-security-key-open-security-info-title = セキュリティ情報から始める
flow-security-key-open-security-info-body = 「セキュリティ情報を開く」を選び、職場アカウントでサインインして、追加の本人確認を行います。「+ サインイン方法の追加」を選び、「パスキー」を選んで「次へ」を選びます。

flow-security-key-use-key-title = キーにパスキーを保存する
flow-security-key-use-key-body = パスキーの保存先を聞かれたら、「セキュリティ キー」を選びます。見つからない場合は、「その他のオプション」または「別のデバイスを使用する」の中を確認してください。キーを差し込むかかざして PIN を入力し、キーが点滅したらキーに触れます。

flow-security-key-check-it-worked-title = 設定できたか確認する
flow-security-key-check-it-worked-body = キーの機種名など、分かりやすい名前をパスキーに付け、「完了」を選びます。「セキュリティ情報」のサインイン方法の一覧にパスキーが表示されます。

## Phone passkey, started on a computer

flow-phone-from-desktop-title = パソコン：スマートフォンのパスキー
flow-phone-from-desktop-summary = このパソコンで始めて、iPhone または Android スマートフォンの Microsoft Authenticator にパスキーを作成します。以降は、スマートフォンで確認するだけでサインインできます。

flow-phone-from-desktop-before-you-start-title = 始める前に
flow-phone-from-desktop-before-you-start-body = iOS 17 以降の iPhone、または Android 14 以降の Android スマートフォンが必要です。画面ロックも設定してください。パソコンとスマートフォンの両方で Bluetooth をオンにし、どちらもインターネットに接続してください。今お使いのサインイン方法か一時アクセス パスを用意してください。

flow-phone-from-desktop-open-security-info-title = このパソコンでセキュリティ情報から始める
flow-phone-from-desktop-open-security-info-body = 「セキュリティ情報を開く」をクリックし、職場アカウントでサインインします。「+ サインイン方法の追加」をクリックし、「Microsoft Authenticator のパスキー」を選びます。求められたら追加の本人確認を行います。

flow-phone-from-desktop-get-app-title = スマートフォンに Authenticator を入れる
flow-phone-from-desktop-get-app-body = Authenticator をダウンロードするための QR コードがページに表示された場合は、スマートフォンのカメラ（iPhone では「カメラ」アプリ）で読み取り、アプリをインストールします。その後、パソコンで「次へ」をクリックします。

flow-phone-from-desktop-create-on-phone-title = スマートフォンでパスキーを作成する
flow-phone-from-desktop-create-on-phone-body = スマートフォンで Authenticator を開きます。「職場または学校アカウントを追加」をタップするか、既存の職場アカウントをタップして「パスキーを作成」をタップします。サインインします。求められたら、スマートフォンの設定で Authenticator にパスキーの保存を許可し、「完了」をタップします。

flow-phone-from-desktop-qr-fallback-title = Authenticator にサインインできない場合
flow-phone-from-desktop-qr-fallback-body = パソコンで「問題が発生した場合」を選び、「別の方法でパスキーを作成する」を選んでから、「iPhone または iPad」か「Android」を選びます。スマートフォンのカメラで QR コードを読み取ります（iPhone では Authenticator のスキャナーではなく「カメラ」アプリを使います）。「接続済み」と表示されるまで、スマートフォンをパソコンの近くに置いておきます。組織が承認済み（構成証明済み）のパスキーを必須にしている場合、この方法は使えません。

flow-phone-from-desktop-check-it-worked-title = 設定できたか確認する
flow-phone-from-desktop-check-it-worked-body = パソコンに戻り、「次へ」をクリックします。パスキーが確認されたら「完了」をクリックします。「セキュリティ情報」のサインイン方法の一覧に「Microsoft Authenticator のパスキー」が表示されます。

## Troubleshooting

ts-not-enabled-by-policy-title = パスキーの選択肢がない
ts-not-enabled-by-policy-body = 「セキュリティ情報」に「パスキー」や「Microsoft Authenticator のパスキー」が表示されない場合、組織があなたのアカウントでパスキーをまだ有効にしていないか、この種類のパスキーを有効にしていません。パスキーの導入対象に追加してもらうよう、ヘルプデスクに依頼してください。

ts-self-service-off-title = 自分でサインイン方法を追加できない
ts-self-service-off-body = 組織によっては、「セキュリティ情報」でパスキーを追加できないように設定しています。この方法を追加できないと表示された場合は、ヘルプデスクに一緒にパスキーを設定してもらうか、ご自身で設定できるよう許可してもらってください。

ts-no-bootstrap-method-title = 本人確認の方法がない
ts-no-bootstrap-method-body = パスキーを追加するには、まず登録済みの確認方法（Authenticator での承認や SMS のコードなど）でサインインする必要があります。確認方法がない場合やスマートフォンをなくした場合は、ヘルプデスクに一時アクセス パスを発行してもらい、それを使って「セキュリティ情報」にサインインしてください。

ts-mfa-too-old-title = もう一度本人確認を求められる
ts-mfa-too-old-body = パスキーを追加するには、数分以内に本人確認をしている必要があります。もう一度確認を求められたら確認を行い、すぐにパスキーを追加してください。

ts-os-too-old-title = デバイスのアップデートが必要
ts-os-too-old-body = Microsoft Authenticator のパスキーには iOS 17 以降または Android 14 以降が必要です。iCloud キーチェーンのパスキーには iOS 16 以降または macOS 13 以降、Google パスワード マネージャーには Android 9 以降が必要です。デバイスの設定からアップデートするか、別のデバイスかセキュリティ キーを使ってください。

ts-android-no-secure-hardware-title = 一部の Android スマートフォンでだけ使えない
ts-android-no-secure-hardware-body = Authenticator は、パスキーをスマートフォンの保護されたセキュリティ用ハードウェアに保存します。必要なハードウェアがない Android スマートフォンもあり、その場合ははっきりした理由が表示されないまま登録が止まります。別のスマートフォンを試すか、セキュリティ キーについてヘルプデスクにご相談ください。

ts-authenticator-not-provider-title = Authenticator にパスキーの保存が許可されていない
ts-authenticator-not-provider-body =
    { $os_major ->
        [14] Android 14 の場合：設定 › パスワードとアカウントを開き、追加のプロバイダで Authenticator をオンにします。オンにできない場合は、Android 15 にアップデートしてください。iPhone の場合：設定 › 一般 › 自動入力とパスワード（iOS 17 では設定 › パスワード › パスワードオプション）を開き、「Authenticator」を選びます。
        [17] iOS 17 の iPhone の場合：設定 › パスワード › パスワードオプションを開き、「パスワードとパスキーを自動入力」をオンにして「Authenticator」を選びます。Android の場合：設定 › パスワード、パスキー、アカウント（または「パスワードとアカウント」）を開き、追加のプロバイダで Authenticator をオンにします。
       *[other] iOS 18 以降の iPhone の場合：設定 › 一般 › 自動入力とパスワードを開き、「パスワードとパスキーを自動入力」をオンにして「Authenticator」を選びます（iOS 17 では設定 › パスワード › パスワードオプション）。Android の場合：設定 › パスワード、パスキー、アカウント（Android 14 では「パスワードとアカウント」）を開き、追加のプロバイダで Authenticator をオンにします。
    }

ts-screen-lock-missing-title = 画面ロックが必要
ts-screen-lock-missing-body = パスキーは、デバイスの画面ロックを解除して使います。デバイスの設定で PIN、パターン、パスワード、指紋認証、顔認証のいずれかを設定してから、最初からやり直してください。

ts-ios-qr-camera-app-title = iPhone で QR コードを読み取れない
ts-ios-qr-camera-app-body = パスキーの QR コードは、iPhone の「カメラ」アプリで読み取ってください。Authenticator の中のスキャナーでは、この種類のコードを読み取れません。Android では、Authenticator のスキャナーでも読み取れます。

ts-cross-device-connecting-title = 「接続中」のまま進まない
ts-cross-device-connecting-body = パソコンとスマートフォンの両方で Bluetooth をオンにし、2 台を近づけて、どちらもインターネットに接続してください。会社のネットワークや VPN が接続を妨げることがあります。それでも進まない場合は、スマートフォンで直接パスキーを設定するか、セキュリティ キーを使ってください。

ts-ca-bootstrap-loop-title = アプリとセキュリティ情報の間を行ったり来たりする
ts-ca-bootstrap-loop-body = 会社のサインインのルールによっては、最初のパスキーを作る前にパスキーを求められ、同じ画面を繰り返すことがあります。ヘルプデスクに一時アクセス パスか一時的な例外を依頼してから、もう一度お試しください。

ts-orphaned-passkey-title = 「パスキーは既に存在します」と表示される
ts-orphaned-passkey-body = 以前に試したときのパスキーが、組織側では削除されていてもデバイスに残っていることがあります。デバイスからそのパスキーを削除し（Authenticator の場合：アカウントをタップし、設定 › パスキーを削除）、「セキュリティ情報」に古い項目があれば削除してから、もう一度登録してください。

ts-android-work-profile-title = 仕事用プロファイルがあるスマートフォン
ts-android-work-profile-body = Android では、パスキーは作成したプロファイルの中でしか使えません。スマートフォンに仕事用プロファイルと個人用プロファイルがある場合は、パスキーを使うプロファイルの Authenticator で作成してください。両方のプロファイルで 1 回ずつ作成してもかまいません。

ts-samsung-pass-picker-title = Samsung Pass に保存されてしまった
ts-samsung-pass-picker-body = Galaxy スマートフォンでは、最初に Samsung Pass が提案されることがよくあります。パスキーが Samsung Pass に保存された場合は、Samsung Pass でそのパスキーを削除します。設定の「パスワード、パスキー、自動入力」で Authenticator をオンにして、最初からやり直してください。保存先を聞かれたら Authenticator を選びます。

ts-windows-hello-already-registered-title = Windows で「既に登録されています」と表示される
ts-windows-hello-already-registered-body = この職場アカウントで、すでに Windows Hello for Business を使ってこの PC にサインインしている場合、Windows では 2 つ目のパスキーを追加できず、既に登録されていると表示されます。スマートフォンかセキュリティ キーのガイドを使うか、ヘルプデスクにご相談ください。

ts-unsupported-browser-title = ブラウザーがサポートされていない
ts-unsupported-browser-body =
    { $browser ->
        [firefox] Android 版 Firefox では職場用のパスキーを作成できません。また、Linux 版 Firefox では Authenticator のパスキーを使えません。Chrome または Edge を使ってください。
        [opera] Opera は、職場用のパスキーに対応したブラウザーとして Microsoft に認められていません。Chrome、Edge、Safari のいずれかを使ってください。
        [samsung-internet] Samsung Internet は、職場用のパスキーに対応したブラウザーとして Microsoft に認められていません。Chrome または Edge を使ってください。
       *[other] 対応しているブラウザーを使ってください。Windows では Edge、Chrome、Firefox、Mac と iPhone では Safari、Chrome、Edge、Firefox、Android では Chrome または Edge です。
    }

ts-in-app-browser-title = ほかのアプリの中で開いている
ts-in-app-browser-body = メールアプリやチャットアプリから開いたリンクは、そのアプリの内蔵ブラウザーで表示されることがよくあります。そこではパスキーが正しく動作しないことがあります。アプリのメニューからリンクを Safari または Chrome で開き、最初からやり直してください。

ts-security-key-pin-title = 設定した覚えのない PIN を求められる
ts-security-key-pin-body = iPhone、iPad、Mac のブラウザーでは、新しいセキュリティ キーに PIN を設定できません。Windows PC（設定 › アカウント › サインイン オプション › セキュリティ キー）か、キーのメーカーのアプリで PIN を設定してから、もう一度キーを登録してください。

ts-synced-not-allowed-title = この種類のパスキーは許可されていない
ts-synced-not-allowed-body = 組織によっては、Microsoft Authenticator やセキュリティ キーなど、1 台のデバイスだけに保存されるパスキーしか認めていません。「セキュリティ情報」に「パスキー」がない場合や保存に失敗する場合は、Authenticator のガイドを使ってください。

ts-icloud-keychain-off-title = iCloud キーチェーンがオフになっている
ts-icloud-keychain-off-body = Apple の「パスワード」でパスキーを使うには、iCloud キーチェーンと、Apple アカウントの 2 ファクタ認証が必要です。iCloud の設定で「パスワード」の同期をオンにしてから、もう一度お試しください。
