## Flow content: titles, summaries and steps of each registration flow, and the
## troubleshooting entries. Variables: $os_major (a number, or "unknown"),
## $browser (safari, chrome, edge, firefox, samsung-internet, opera, webview, other, unknown) and
## $platform (iphone, ipad, android, samsung, windows, macos, linux, chromeos, unknown).

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
flow-iphone-authenticator-install-app-body = App Store から Microsoft Authenticator をインストールします。すでにある場合はアップデートしてください。組織のパスキー設定に Authenticator が含まれている場合、Microsoft はバージョン 6.8.37 以降を求めています。一度アプリを開き、プライバシーの画面を進めてください。

flow-iphone-authenticator-create-in-app-title = Authenticator でパスキーを作成する
# Unconfirmed label: "Secure Your Digital Life"
flow-iphone-authenticator-create-in-app-body =
    Authenticator を開き、表示されている画面に合わせて始めます。

    「デジタル ライフを保護」と表示された場合（初めて開いたとき）は、「職場または学校アカウントを追加」をタップします。

    アカウントがまだない場合は、「アカウントの追加」または「+」ボタンをタップし、「職場または学校アカウント」を選んで「サインイン」をタップします。

    職場アカウントがすでに表示されている場合は、そのアカウントをタップし、「パスキーを作成」をタップします。

    職場アカウントでサインインし、求められたら追加の本人確認を行います。続いて、パスキーの保存を許可するよう Authenticator から求められます。これは次のステップで行います。

flow-iphone-authenticator-enable-provider-title = Authenticator にパスキーの保存を許可する
# Unconfirmed label: "Passkey added"
flow-iphone-authenticator-enable-provider-body =
    { $os_major ->
        [17] Authenticator に表示されたら、「設定」をタップします。設定 › パスワード › パスワードオプションを開き、「パスワードとパスキーを自動入力」をオンにします。パスワードとパスキーの使用元の一覧で「Authenticator」を選びます。
        [unknown] Authenticator に表示されたら、「設定」をタップします。iOS 18 以降では設定 › 一般 › 自動入力とパスワード、iOS 17 では設定 › パスワード › パスワードオプションを開きます。「パスワードとパスキーを自動入力」をオンにして「Authenticator」を選びます。
       *[other] Authenticator に表示されたら、「設定」をタップします。設定 › 一般 › 自動入力とパスワードを開き、「パスワードとパスキーを自動入力」をオンにします。自動入力元の一覧で「Authenticator」を選びます。
    }

    Authenticator に戻り、「完了」をタップします。「パスキーが追加されました」と表示されたら、もう一度「完了」をタップします。

flow-iphone-authenticator-check-security-info-title = 「セキュリティ情報」で確認する
flow-iphone-authenticator-check-security-info-body =
    「セキュリティ情報を開く」をタップし、職場アカウントでサインインします。新しいパスキーは、サインイン方法の一覧に「Microsoft Authenticator のパスキー」として表示されます。

    アプリでパスキーを作成できなかった場合は、代わりにここで追加します。「+ サインイン方法の追加」をタップし、「Microsoft Authenticator のパスキー」を選んで、画面の指示に従います。Authenticator に移動したらそこでパスキーを作成し、ブラウザーに戻って「次へ」をタップします。パスキーが作成されたら「完了」をタップします。

    「Microsoft Authenticator のパスキー」が表示されない場合：この項目は、組織のパスキー設定で Microsoft Authenticator が指定されている場合にだけ表示されます。Authenticator アプリでパスキーを作成する方法（これまでのステップ）は、この設定がなくても使えます。「セキュリティ情報」で「パスキー」を選び、{ $platform ->
        [ipad] iPad
       *[other] iPhone
    } にパスキーの保存先を聞かれたら Authenticator を選ぶ方法もあります。

flow-iphone-authenticator-test-sign-in-title = パスキーをテストする
flow-iphone-authenticator-test-sign-in-body = ブラウザーで職場アカウントからサインアウトするか、プライベート ウィンドウを開いて、https://myaccount.microsoft.com にアクセスします。「サインイン オプション」、「顔、指紋、PIN、またはセキュリティ キー」の順にタップします。Authenticator から職場のメールアドレスのパスキーを選び、Face ID、Touch ID、またはパスコードで確認します。

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
        [16] 「設定」を開き、自分の名前、「iCloud」の順にタップします。「パスワードとキーチェーン」をタップし、「このiPhoneを同期」をオンにします（iPad では「このiPadを同期」）。
        [17] 「設定」を開き、自分の名前、「iCloud」の順にタップします。「パスワードとキーチェーン」をタップし、「このiPhoneを同期」をオンにします（iPad では「このiPadを同期」）。
        [unknown] 「設定」を開き、自分の名前、「iCloud」の順にタップします。「iCloudに保存済み」の下にある「パスワード」をタップします。見つからない場合は、先に「すべてを表示」をタップします。iOS 17 以前では、代わりに「パスワードとキーチェーン」をタップします。「このiPhoneを同期」をオンにします（iPad では「このiPadを同期」）。
       *[other] 「設定」を開き、自分の名前、「iCloud」の順にタップします。「iCloudに保存済み」の下にある「パスワード」をタップします。見つからない場合は、先に「すべてを表示」をタップします。「このiPhoneを同期」をオンにします（iPad では「このiPadを同期」）。
    }

flow-iphone-icloud-keychain-check-autofill-title = 「パスワード」にパスキーの保存を許可する
# Unconfirmed label: "Set Up Codes In"
flow-iphone-icloud-keychain-check-autofill-body =
    { $os_major ->
        [16] 設定 › パスワード › パスワードオプションを開きます。「パスワードを自動入力」をオンにして、「iCloud キーチェーン」が選ばれているか確認します。
        [17] 設定 › パスワード › パスワードオプションを開きます。「パスワードとパスキーを自動入力」をオンにして、「iCloud パスワードとキーチェーン」が選ばれているか確認します。
        [unknown] iOS 18 以降では、設定 › 一般 › 自動入力とパスワードを開きます。「パスワードとパスキーを自動入力」をオンにし、自動入力元で「パスワード」が選ばれているか確認して、「コードの設定先」を「パスワード」にします。iOS 16・17 では、設定 › パスワード › パスワードオプションを開き、自動入力をオンにして、「iCloud キーチェーン」が選ばれているか確認します。
       *[other] 設定 › 一般 › 自動入力とパスワードを開きます。「パスワードとパスキーを自動入力」をオンにして、自動入力元で「パスワード」が選ばれているか確認します。Microsoft は、「コードの設定先」を「パスワード」にすることも求めています。
    } Authenticator やほかのパスワード アプリもオンになっている場合は、そのままでかまいません。パスキーを保存するときに「パスワード」を選びます。

flow-iphone-icloud-keychain-open-security-info-title = セキュリティ情報から始める
# Unconfirmed label: "Setting up your passkey"
flow-iphone-icloud-keychain-open-security-info-body = 「セキュリティ情報を開く」をタップし、職場アカウントでサインインします。「+ サインイン方法の追加」をタップし、「パスキー」を選んで「次へ」をタップします。「パスキーを設定しています」のページで、もう一度「次へ」をタップします。一覧に「パスキー」がない場合は、組織がこの種類のパスキーを許可していない可能性があります。ヘルプデスクにお問い合わせください。

flow-iphone-icloud-keychain-save-passkey-title = パスキーを保存する
# Unconfirmed label: "Save another way"
flow-iphone-icloud-keychain-save-passkey-body = iPhone または iPad にパスキーの保存画面が表示されたら、保存先が「パスワード」（iCloud キーチェーン）になっているか確認し、「続ける」をタップします。Authenticator などほかのアプリへの保存を提案された場合は、「別の方法で保存」（または「その他のオプション」）をタップし、「パスワード」を選びます。Face ID、Touch ID、またはパスコードで確認します。

flow-iphone-icloud-keychain-check-it-worked-title = 設定できたか確認する
flow-iphone-icloud-keychain-check-it-worked-body =
    { $os_major ->
        [16] パスキーに分かりやすい名前を付け、「次へ」、「完了」の順にタップします。パスキーが「セキュリティ情報」と、iPhone の設定 › パスワードに表示されます。
        [17] パスキーに分かりやすい名前を付け、「次へ」、「完了」の順にタップします。パスキーが「セキュリティ情報」と、iPhone の設定 › パスワードに表示されます。
       *[other] パスキーに分かりやすい名前を付け、「次へ」、「完了」の順にタップします。パスキーが「セキュリティ情報」と、iPhone の「パスワード」アプリに表示されます。
    }

flow-iphone-icloud-keychain-test-sign-in-title = パスキーでサインインをテストする
flow-iphone-icloud-keychain-test-sign-in-body = Safari でプライベートブラウズのタブを開くか、職場アカウントからサインアウトして、https://myaccount.microsoft.com にアクセスします。サインイン ページで「サインイン オプション」、「顔、指紋、PIN、またはセキュリティ キー」の順に選びます。職場のメールアドレスをすでに入力した場合は、代わりに「その他のサインイン方法」を選びます。職場アカウントを選び、Face ID、Touch ID、またはパスコードで確認します。

## Samsung Galaxy with Microsoft Authenticator

flow-samsung-title = Samsung Galaxy：Microsoft Authenticator のパスキー
flow-samsung-summary = Galaxy スマートフォンの Microsoft Authenticator に、職場アカウントのパスキーを作成します。パスキーはこのスマートフォンだけに保存されます。承認済みの認証方法しか使えない組織でも利用できます。Samsung Pass が先に保存を提案してくることがあります。このガイドでは、確実に Authenticator に保存する方法を説明します。

flow-samsung-before-you-start-title = 始める前に
flow-samsung-before-you-start-body =
    { $os_major ->
        [unknown] スマートフォンが Android 14 以降か確認してください（設定 › 端末情報 › ソフトウェア情報）。
       *[other] お使いのスマートフォンは Android { $os_major } です。Android 14 以降が必要です。
    } 画面ロック（PIN、パターン、指紋）を設定していない場合は、設定してください。今お使いのサインイン方法か一時アクセス パスを用意してください。

flow-samsung-install-app-title = Microsoft Authenticator をインストールする
flow-samsung-install-app-body = Google Play から Microsoft Authenticator をインストールします。すでにある場合はアップデートしてください。組織のパスキー設定に Authenticator が含まれている場合、Microsoft はバージョン 6.2507.4749 以降を求めています。一度アプリを開き、プライバシーの画面を進めてください。

flow-samsung-set-provider-title = Samsung Pass ではなく Authenticator をオンにする
flow-samsung-set-provider-body =
    { $os_major ->
        [14] 設定 › 一般管理 › パスワード、パスキー、自動入力を開きます。追加のプロバイダの一覧で Authenticator をオンにします。Samsung Pass の代わりに、Authenticator を優先するサービスに選ぶこともできます。オンにできない場合は、スマートフォンを Android 15 にアップデートすることを Microsoft は推奨しています。
        [unknown] 設定を開き、「パスキー」で検索して「パスワード、パスキー、自動入力」を探します（セキュリティおよびプライバシー › その他のセキュリティ設定の中にあります。古い機種では一般管理の中です）。Authenticator をオンにします。Samsung Pass の代わりに、Authenticator を優先するサービスに選ぶこともできます。Android 14 でオンにできない場合は、Android 15 にアップデートすることを Microsoft は推奨しています。
       *[other] 設定 › セキュリティおよびプライバシー › その他のセキュリティ設定 › パスワード、パスキー、自動入力を開きます。追加のプロバイダの一覧で Authenticator をオンにします。Samsung Pass の代わりに、Authenticator を優先するサービスに選ぶこともできます。
    }

flow-samsung-create-in-app-title = Authenticator でパスキーを作成する
# Unconfirmed label: "Secure Your Digital Life"
flow-samsung-create-in-app-body =
    Authenticator を開き、表示されている画面に合わせて始めます。

    「デジタル ライフを保護」と表示された場合（初めて開いたとき）は、「職場または学校アカウントを追加」をタップします。

    アカウントがまだない場合は、「アカウントの追加」または「+」ボタンをタップし、「職場または学校アカウント」を選んで「サインイン」をタップします。

    職場アカウントがすでに表示されている場合は、そのアカウントをタップし、「パスキーを作成」をタップします。

    職場アカウントでサインインして追加の本人確認を行い、アプリに求められたら画面ロックを設定します。パスキーのプロバイダとしてオンにするよう Authenticator に求められたら、前のステップと同じ方法でオンにし、Authenticator に戻って「完了」をタップします。

flow-samsung-pick-authenticator-title = Samsung Pass が保存を提案してきたら
# Unconfirmed label: "Passkey added"
flow-samsung-pick-authenticator-body =
    パスキーの保存先を聞かれたら、Authenticator を選びます。Samsung Pass の画面で保存を提案されても、そこには保存しないでください。このガイドではパスキーを Authenticator に保存します。その画面で別のサービスを選ぶオプションを使い、Authenticator を選びます。そのようなオプションがない場合はキャンセルし、前の設定のステップ（Authenticator がオンになっているか）を確認してから、やり直してください。

    Authenticator に「パスキーが追加されました」と表示されたら、「完了」をタップして終了します。

flow-samsung-check-security-info-title = 「セキュリティ情報」で確認する
flow-samsung-check-security-info-body =
    「セキュリティ情報を開く」をタップし、職場アカウントでサインインします。新しいパスキーは、サインイン方法の一覧に「Microsoft Authenticator のパスキー」として表示されます。

    { $browser ->
        [firefox] アプリでパスキーを作成できなかった場合は、このガイドを Chrome または Edge で開き（Android 版 Firefox では、職場アカウントのパスキーを作成できません）、代わりに「セキュリティ情報」で追加します。「+ サインイン方法の追加」をタップし、「Microsoft Authenticator のパスキー」を選んで、画面の指示に従います。
       *[other] アプリでパスキーを作成できなかった場合は、代わりにここで追加します。「+ サインイン方法の追加」をタップし、「Microsoft Authenticator のパスキー」を選んで、画面の指示に従います。
    } Authenticator に移動したらそこでパスキーを作成し、ブラウザーに戻って「次へ」をタップします。パスキーが作成されたら「完了」をタップします。

    「Microsoft Authenticator のパスキー」が表示されない場合：この項目は、組織のパスキー設定で Microsoft Authenticator が指定されている場合にだけ表示されます。Authenticator アプリでパスキーを作成する方法（これまでのステップ）は、この設定がなくても使えます。「セキュリティ情報」で「パスキー」を選び、スマートフォンにパスキーの保存先を聞かれたら、Samsung Pass ではなく Authenticator を選ぶ方法もあります。

flow-samsung-test-sign-in-title = パスキーをテストする
flow-samsung-test-sign-in-body = Chrome または Edge で職場アカウントからサインアウトするか、プライベート ウィンドウ（シークレット モードまたは InPrivate）を開いて、https://myaccount.microsoft.com にアクセスします。「サインイン オプション」、「顔、指紋、PIN、またはセキュリティ キー」の順にタップします。Authenticator から職場のメールアドレスのパスキーを選び、指紋、顔、または画面ロックで確認します。

## Samsung Galaxy with Samsung Pass (synced passkey)

flow-samsung-pass-title = Samsung Galaxy：Samsung Pass のパスキー
flow-samsung-pass-summary = 職場アカウントのパスキーを、Galaxy スマートフォンに組み込まれたパスワード マネージャーである Samsung Pass に保存します。組織が同期パスキーを許可している場合だけ使えます。

flow-samsung-pass-before-you-start-title = 始める前に
# Unconfirmed label: "Samsung account"
flow-samsung-pass-before-you-start-body =
    { $os_major ->
        [unknown] スマートフォンが One UI 6 以降か確認してください（設定 › 端末情報 › ソフトウェア情報）。Samsung Pass は One UI 6 以降でパスキーを保存できます。
       *[other] お使いのスマートフォンは Android { $os_major } です。Samsung Pass は、Android 14 とともに提供された One UI 6 以降でパスキーを保存できます。One UI のバージョンは、設定 › 端末情報 › ソフトウェア情報で確認できます。
    } スマートフォンで Galaxy アカウント（Samsung アカウント）にサインインし、画面ロックと、指紋、顔、または PIN を設定しておく必要があります。今お使いのサインイン方法か一時アクセス パスを用意してください。

    組織が同期パスキー（パスワード マネージャーに保存される種類のパスキー）を許可している必要があります。このガイドで Samsung Pass が表示されるのは、組織の設定で許可されている場合だけです。Microsoft は、Android で職場アカウントに使えるパスキーの保存先の一つとして Samsung Pass を挙げています。

flow-samsung-pass-check-samsung-pass-title = Samsung Pass にパスキーが保存されるか確認する
flow-samsung-pass-check-samsung-pass-body = 設定 › セキュリティおよびプライバシー › その他のセキュリティ設定 › パスワード、パスキー、自動入力を開きます。「優先するサービス」で Samsung Pass が選ばれているか確認します。ほかのサービスが選ばれている場合は、「優先するサービス」をタップして Samsung Pass を選びます。このページが見つからない場合は、設定で「パスキー」を検索してください。

flow-samsung-pass-open-security-info-title = セキュリティ情報から始める
flow-samsung-pass-open-security-info-body =
    { $browser ->
        [firefox] まず、このガイドを Chrome または Edge で開いてください。Android 版 Firefox では、職場アカウントのパスキーを作成できません。次に「セキュリティ情報を開く」をタップしてサインインし、「+ サインイン方法の追加」をタップして「パスキー」を選び、「次へ」、「続行」の順にタップします。
       *[other] 「セキュリティ情報を開く」をタップし、職場アカウントでサインインします。「+ サインイン方法の追加」をタップし、「パスキー」を選んで、「次へ」、「続行」の順にタップします。
    } 一覧に「パスキー」がない場合は、組織がこの種類のパスキーを許可していない可能性があります。代わりに Microsoft Authenticator のガイドを使ってください。

flow-samsung-pass-save-in-samsung-pass-title = Samsung Pass に保存する
flow-samsung-pass-save-in-samsung-pass-body = パスキーの保存先を聞かれたら、Samsung Pass が表示されているか確認して確定します。指紋、顔、または PIN で確認します。Google パスワード マネージャーなどほかのサービスから保存を提案された場合は、その画面で別のサービスを選ぶ方法を探して Samsung Pass を選ぶか、設定のステップに戻ってください。

flow-samsung-pass-check-it-worked-title = 設定できたか確認する
flow-samsung-pass-check-it-worked-body = 「セキュリティ情報」に戻り、パスキーに分かりやすい名前を付け、「次へ」、「完了」の順にタップします。パスキーがサインイン方法の一覧と、スマートフォンの Samsung Pass に表示されます。

flow-samsung-pass-test-sign-in-title = パスキーをテストする
flow-samsung-pass-test-sign-in-body = Chrome または Edge で職場アカウントからサインアウトするか、プライベート ウィンドウ（シークレット モードまたは InPrivate）を開いて、https://myaccount.microsoft.com にアクセスします。「サインイン オプション」、「顔、指紋、PIN、またはセキュリティ キー」の順にタップします。Samsung Pass から職場のメールアドレスのパスキーを選び、指紋、顔、または PIN で確認します。

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
flow-android-authenticator-install-app-body = Google Play から Microsoft Authenticator をインストールします。すでにある場合はアップデートしてください。組織のパスキー設定に Authenticator が含まれている場合、Microsoft はバージョン 6.2507.4749 以降を求めています。一度アプリを開き、プライバシーの画面を進めてください。仕事用プロファイルがあるスマートフォンでは、パスキーを使うプロファイルにアプリをインストールして使ってください。

flow-android-authenticator-create-in-app-title = Authenticator でパスキーを作成する
# Unconfirmed label: "Secure Your Digital Life"
flow-android-authenticator-create-in-app-body =
    Authenticator を開き、表示されている画面に合わせて始めます。

    「デジタル ライフを保護」と表示された場合（初めて開いたとき）は、「職場または学校アカウントを追加」をタップします。

    アカウントがまだない場合は、「アカウントの追加」または「+」ボタンをタップし、「職場または学校アカウント」を選んで「サインイン」をタップします。

    職場アカウントがすでに表示されている場合は、そのアカウントをタップし、「パスキーを作成」をタップします。

    職場アカウントでサインインして追加の本人確認を行い、アプリに求められたら画面ロックを設定します。続いて、パスキーの保存を許可するよう Authenticator から求められます。これは次のステップで行います。

flow-android-authenticator-enable-provider-title = Authenticator にパスキーの保存を許可する
# Unconfirmed label: "Passkey added"
flow-android-authenticator-enable-provider-body =
    { $os_major ->
        [14] Authenticator に表示されたら、「設定」をタップします。「パスワードとアカウント」を開き、追加のプロバイダで Authenticator をオンにします。オンにできない場合は、スマートフォンを Android 15 にアップデートすることを Microsoft は推奨しています。
        [unknown] Authenticator に表示されたら、「設定」をタップします。「パスワード、パスキー、アカウント」（Android 14 では「パスワードとアカウント」）を開き、追加のプロバイダで Authenticator をオンにします。Android 14 でオンにできない場合は、Android 15 にアップデートすることを Microsoft は推奨しています。
       *[other] Authenticator に表示されたら、「設定」をタップします。「パスワード、パスキー、アカウント」を開き、追加のプロバイダで Authenticator をオンにします。項目名はメーカーによって異なることがあります。その場合は設定で「パスキー」を検索してください。
    }

    Authenticator に戻り、「完了」をタップします。「パスキーが追加されました」と表示されたら、もう一度「完了」をタップします。

flow-android-authenticator-check-security-info-title = 「セキュリティ情報」で確認する
flow-android-authenticator-check-security-info-body =
    「セキュリティ情報を開く」をタップし、職場アカウントでサインインします。新しいパスキーは、サインイン方法の一覧に「Microsoft Authenticator のパスキー」として表示されます。

    { $browser ->
        [firefox] アプリでパスキーを作成できなかった場合は、このガイドを Chrome または Edge で開き（Android 版 Firefox では、職場アカウントのパスキーを作成できません）、代わりに「セキュリティ情報」で追加します。「+ サインイン方法の追加」をタップし、「Microsoft Authenticator のパスキー」を選んで、画面の指示に従います。
       *[other] アプリでパスキーを作成できなかった場合は、代わりにここで追加します。「+ サインイン方法の追加」をタップし、「Microsoft Authenticator のパスキー」を選んで、画面の指示に従います。
    } Authenticator に移動したらそこでパスキーを作成し、ブラウザーに戻って「次へ」をタップします。パスキーが作成されたら「完了」をタップします。

    「Microsoft Authenticator のパスキー」が表示されない場合：この項目は、組織のパスキー設定で Microsoft Authenticator が指定されている場合にだけ表示されます。Authenticator アプリでパスキーを作成する方法（これまでのステップ）は、この設定がなくても使えます。「セキュリティ情報」で「パスキー」を選び、スマートフォンにパスキーの保存先を聞かれたら Authenticator を選ぶ方法もあります。

flow-android-authenticator-test-sign-in-title = パスキーをテストする
flow-android-authenticator-test-sign-in-body = Chrome または Edge で職場アカウントからサインアウトするか、プライベート ウィンドウ（シークレット モードまたは InPrivate）を開いて、https://myaccount.microsoft.com にアクセスします。「サインイン オプション」、「顔、指紋、PIN、またはセキュリティ キー」の順にタップします。Authenticator から職場のメールアドレスのパスキーを選び、指紋、顔、または画面ロックで確認します。

## Android phone with Google Password Manager (synced passkey)

flow-android-google-password-manager-title = Android：Google パスワード マネージャーのパスキー
flow-android-google-password-manager-summary = 職場アカウントのパスキーを Google パスワード マネージャーに保存します。パスキーは、同じ Google アカウントでログインしているほかのデバイスにも同期されます。組織が同期パスキーを許可している場合だけ使えます。Samsung Galaxy スマートフォンでは、最初に Google をパスキーの保存サービスとして選びます。

flow-android-google-password-manager-before-you-start-title = 始める前に
flow-android-google-password-manager-before-you-start-body =
    { $os_major ->
        [unknown] スマートフォンが Android 9 以降か確認してください（設定 › デバイス情報）。
       *[other] お使いのスマートフォンは Android { $os_major } です。Android 9 以降が必要です。
    } 画面ロックと、スマートフォンにログインしている Google アカウントが必要です。今お使いのサインイン方法か一時アクセス パスを用意してください。

flow-android-google-password-manager-check-provider-title = パスキーの保存先を確認する
flow-android-google-password-manager-check-provider-body =
    { $platform ->
        [samsung] Android 14 以降では、設定 › セキュリティおよびプライバシー › その他のセキュリティ設定 › パスワード、パスキー、自動入力を開きます。「優先するサービス」をタップし、Samsung Pass ではなく Google を選びます。このページが見つからない場合は、設定で「パスキー」を検索してください。Android 13 以前では、変更は必要ありません。
       *[other] { $os_major ->
            [14] 設定 › パスワードとアカウントを開き、パスワードとパスキーの優先するサービスが Google になっているか確認します。
            [unknown] Android 14 以降では、設定 › パスワード、パスキー、アカウント（Android 14 では「パスワードとアカウント」）を開き、優先するサービスが Google になっているか確認します。それより前のバージョンでは、変更は必要ありません。
           *[other] Android 15 以降では、設定 › パスワード、パスキー、アカウントを開き、優先するサービスが Google になっているか確認します。Android 13 以前では、変更は必要ありません。
        }
    }

flow-android-google-password-manager-open-security-info-title = セキュリティ情報から始める
flow-android-google-password-manager-open-security-info-body =
    { $browser ->
        [chrome] 「セキュリティ情報を開く」をタップし、職場アカウントでサインインします。「+ サインイン方法の追加」をタップし、「パスキー」を選んで、「次へ」、「続行」の順にタップします。
        [firefox] まず、このガイドを Chrome で開いてください。Android 版 Firefox では、職場アカウントのパスキーを作成できません。次に「セキュリティ情報を開く」をタップしてサインインし、「+ サインイン方法の追加」をタップして「パスキー」を選びます。
       *[other] できれば、このガイドを Chrome で開いてください。「セキュリティ情報を開く」をタップし、職場アカウントでサインインします。「+ サインイン方法の追加」をタップし、「パスキー」を選んで、「次へ」、「続行」の順にタップします。
    }

flow-android-google-password-manager-save-passkey-title = パスキーを保存する
flow-android-google-password-manager-save-passkey-body =
    { $platform ->
        [samsung] パスキーの作成画面が表示されたら、Google パスワード マネージャーとご自身の Google アカウントが表示されているか確認します。「続行」をタップし、指紋、顔、または画面ロックで解除します。Samsung Pass から保存を提案された場合は、その画面で別のサービスを選んで Google パスワード マネージャーを選ぶか、Samsung Pass に保存してもかまいません。組織は Samsung Pass のパスキーも受け付けています。
       *[other] パスキーの作成画面が表示されたら、Google パスワード マネージャーとご自身の Google アカウントが表示されているか確認します。「続行」をタップし、指紋、顔、または画面ロックで解除します。
    }

flow-android-google-password-manager-check-it-worked-title = 設定できたか確認する
flow-android-google-password-manager-check-it-worked-body = パスキーに分かりやすい名前を付け、「次へ」、「完了」の順にタップします。パスキーが「セキュリティ情報」と、スマートフォンの Google パスワード マネージャーに表示されます。

flow-android-google-password-manager-test-sign-in-title = パスキーをテストする
flow-android-google-password-manager-test-sign-in-body = Chrome で職場アカウントからサインアウトするか、シークレット タブを開いて、https://myaccount.microsoft.com にアクセスします。「サインイン オプション」、「顔、指紋、PIN、またはセキュリティ キー」の順にタップします。Google パスワード マネージャーから職場のメールアドレスのパスキーを選び、指紋、顔、または画面ロックで確認します。

## Windows PC with Windows Hello

flow-windows-hello-title = Windows：Windows Hello のパスキー
flow-windows-hello-summary = 職場アカウントのパスキーをこの PC に保存します。Windows Hello の PIN、顔、指紋で使えます。パスキーはこの PC だけに保存され、同期されません。

flow-windows-hello-before-you-start-title = 始める前に
flow-windows-hello-before-you-start-body = Windows 10 または 11 と、Edge、Chrome、Firefox のいずれかが必要です。今お使いのサインイン方法か一時アクセス パスを用意してください。次のステップでは、この PC が会社の PC かどうかを確認します。このガイドが使えるかどうかは、それによって決まります。

flow-windows-hello-company-pc-title = この PC は会社で管理されていますか？
flow-windows-hello-company-pc-body =
    この PC が組織によって管理されているかどうか、つまり Microsoft Entra ID に参加または登録されているかどうかを答えてください。確認するには、設定 › アカウント › 職場または学校にアクセスするを開きます。そこに職場または学校アカウントが接続済みとして表示されていれば、会社で管理されている PC です。

    これが重要なのは、このような PC で Windows Hello を設定すると、職場アカウントの Windows Hello for Business のサインインも作成されることがあるためです。Microsoft によると、「その後、同じアカウントで Windows にパスキーを登録しようとすると、Windows Hello for Business の資格情報がすでに存在するため、登録に失敗します。再試行すると、パスキーがすでに登録されていることを示すエラーが表示されます」。

flow-windows-hello-set-up-windows-hello-title = Windows Hello を設定する
flow-windows-hello-set-up-windows-hello-body = この PC のロック解除にまだ PIN、顔、指紋を使っていない場合は、先に設定 › アカウント › サインイン オプションを開き、「PIN (Windows Hello)」を設定してください。この操作は、組織が管理していない PC でだけ行ってください。

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

flow-windows-hello-test-sign-in-title = パスキーでサインインをテストする
flow-windows-hello-test-sign-in-body = InPrivate ウィンドウまたはシークレット ウィンドウを開く（Edge または Chrome で Ctrl+Shift+N）か、職場アカウントからサインアウトして、https://myaccount.microsoft.com にアクセスします。サインイン ページで「サインイン オプション」、「顔、指紋、PIN、またはセキュリティ キー」の順に選びます。職場のメールアドレスをすでに入力した場合は、代わりに「その他のサインイン方法」を選びます。職場アカウントを選び、Windows Hello の PIN、顔、指紋のいずれかで確認します。

## Mac with iCloud Keychain (synced passkey)

flow-macos-title = Mac：iCloud キーチェーンのパスキー
flow-macos-summary = Mac で、職場アカウントのパスキーを Apple の「パスワード」（iCloud キーチェーン）に保存します。パスキーはほかの Apple デバイスにも同期されます。組織が同期パスキーを許可している場合だけ使えます。

flow-macos-before-you-start-title = 始める前に
flow-macos-before-you-start-body =
    { $os_major ->
        [unknown] Mac が macOS 13 Ventura 以降か確認してください（アップルメニュー › この Mac について）。
       *[other] お使いの Mac は macOS { $os_major } です。macOS 13 Ventura 以降が必要です。
    } 2 ファクタ認証を有効にした Apple アカウントでサインインしている必要があります。Safari を使ってください。Chrome で iCloud キーチェーンにパスキーを保存できるのは、macOS 13.5 以降の Chrome 118 以降だけです。今お使いのサインイン方法か一時アクセス パスを用意してください。

flow-macos-turn-on-icloud-keychain-title = iCloud キーチェーンをオンにする
# Unconfirmed label: "Apps Using iCloud"
flow-macos-turn-on-icloud-keychain-body =
    { $os_major ->
        [13] 「システム設定」を開き、自分の名前、「iCloud」の順にクリックします。macOS 13.3 以降では、「iCloudを使用しているApp」の下にある「パスワードとキーチェーン」をクリックし、「このMacを同期」をオンにします。macOS 13.0～13.2 では、「パスワードとキーチェーン」をオンにします。
        [14] 「システム設定」を開き、自分の名前、「iCloud」の順にクリックします。「iCloudを使用しているApp」の下にある「パスワードとキーチェーン」をクリックし、「このMacを同期」をオンにします。
        [unknown] 「システム設定」を開き、自分の名前、「iCloud」の順にクリックします。macOS 15 Sequoia 以降では、「iCloudに保存済み」の下にある「パスワード」をクリックし、「このMacを同期」をオンにします。macOS 13.3～14 では、「iCloudを使用しているApp」の下にある「パスワードとキーチェーン」をクリックし、「このMacを同期」をオンにします。macOS 13.0～13.2 では、「パスワードとキーチェーン」をオンにします。
       *[other] 「システム設定」を開き、自分の名前、「iCloud」の順にクリックします。「iCloudに保存済み」の下にある「パスワード」をクリックし、「このMacを同期」をオンにして、「完了」をクリックします。
    }

flow-macos-open-security-info-title = セキュリティ情報から始める
flow-macos-open-security-info-body = 「セキュリティ情報を開く」をクリックし、職場アカウントでサインインします。「+ サインイン方法の追加」をクリックし、「パスキー」を選んで「次へ」をクリックします。一覧に「パスキー」がない場合は、組織がこの種類のパスキーを許可していない可能性があります。ヘルプデスクにお問い合わせください。

flow-macos-save-passkey-title = パスキーを保存する
flow-macos-save-passkey-body =
    { $browser ->
        [safari] Safari にパスキーを保存するか確認する画面が表示されます。「続ける」をクリックし、Touch ID または Mac のパスワードで確認します。パスキーは iCloud キーチェーンに保存されます。
        [chrome] Chrome で iCloud キーチェーンを選べるのは、macOS 13.5 以降の Chrome 118 以降だけです。それより古い macOS では、このステップだけ Safari でこのガイドを開いてください。Chrome のパスキー画面で、Google パスワード マネージャーやスマートフォンではなく、iCloud キーチェーンを選びます。Chrome に求められたら login.microsoft.com にパスキーの使用を許可し、macOS に求められたら Chrome にパスキーの使用を許可します。その後、Touch ID または Mac のパスワードで確認します。
        [edge] Edge 独自のパスキー画面が表示されます。iCloud キーチェーンが表示されていれば、それを選びます。表示されない場合は、このガイドを Safari で開いてください。求められたら login.microsoft.com にパスキーの使用を許可し、Touch ID または Mac のパスワードで確認します。
       *[other] ブラウザーのパスキー画面の指示に従い、iCloud キーチェーンを選びます。選択肢にない場合は、このガイドを Safari で開き直してください。
    }

flow-macos-check-it-worked-title = 設定できたか確認する
flow-macos-check-it-worked-body =
    { $os_major ->
        [13] パスキーに分かりやすい名前を付け、「次へ」、「完了」の順にクリックします。パスキーが「セキュリティ情報」と、Mac のシステム設定 › パスワードに表示されます。
        [14] パスキーに分かりやすい名前を付け、「次へ」、「完了」の順にクリックします。パスキーが「セキュリティ情報」と、Mac のシステム設定 › パスワードに表示されます。
       *[other] パスキーに分かりやすい名前を付け、「次へ」、「完了」の順にクリックします。パスキーが「セキュリティ情報」と、Mac の「パスワード」アプリに表示されます。
    }

flow-macos-test-sign-in-title = パスキーでサインインをテストする
flow-macos-test-sign-in-body = プライベートウインドウを開く（Safari では ファイル › 新規プライベートウインドウ）か、職場アカウントからサインアウトして、https://myaccount.microsoft.com にアクセスします。サインイン ページで「サインイン オプション」、「顔、指紋、PIN、またはセキュリティ キー」の順に選びます。職場のメールアドレスをすでに入力した場合は、代わりに「その他のサインイン方法」を選びます。職場アカウントを選び、Touch ID または Mac のパスワードで確認します。

## Security key (USB or NFC)

flow-security-key-title = セキュリティ キー（USB または NFC）
flow-security-key-summary = 差し込むかかざして使う物理的なセキュリティ キーに、職場アカウントのパスキーを保存します。パスキーはキーの中に保存され、キーを使うどのパソコンでも使えます。

flow-security-key-before-you-start-title = 始める前に
flow-security-key-before-you-start-body = 組織で認められている FIDO2 セキュリティ キーが必要です。どの機種が認められているか分からない場合は、ヘルプデスクにお問い合わせください。パソコンでは、Windows、Mac、Linux のいずれかで Edge、Chrome、Firefox を使ってください。今お使いのサインイン方法か一時アクセス パスを用意してください。

flow-security-key-set-pin-title = キーに PIN が設定されているか確認する
flow-security-key-set-pin-body =
    { $browser ->
        [safari] iPhone、iPad、Mac の Safari では、新しいキーに PIN を設定できません。キーにまだ PIN がない場合は、先に Windows PC（設定 › アカウント › サインイン オプション › セキュリティ キー › 管理）か、キーのメーカーのアプリで PIN を設定してください。
       *[other] キーには PIN が必要です。Windows では、設定 › アカウント › サインイン オプション › セキュリティ キー › 管理で設定できます。ブラウザーから PIN の作成を求められることもあります。iPhone、iPad、Mac を使う場合は、先に Windows PC か、キーのメーカーのアプリで PIN を設定してください。
    }

flow-security-key-open-security-info-title = セキュリティ情報から始める
flow-security-key-open-security-info-body = 「セキュリティ情報を開く」を選び、職場アカウントでサインインして、追加の本人確認を行います。「+ サインイン方法の追加」を選び、「パスキー」を選んで「次へ」を選びます。

flow-security-key-use-key-title = キーにパスキーを保存する
flow-security-key-use-key-body =
    { $platform ->
        [windows] パスキーの保存先を Windows に聞かれたら、「セキュリティ キー」を選びます。Windows 11 では、先にスマートフォン（「iPhone、iPad、または Android デバイス」）が提案されることがあります。その場合も「セキュリティ キー」を選ぶか、「その他のオプション」または「別のデバイスを使用する」の中で探してください。キーを差し込むかかざして PIN を入力し、キーが点滅したらキーに触れます。
       *[other] パスキーの保存先を聞かれたら、「セキュリティ キー」を選びます。見つからない場合は、「その他のオプション」または「別のデバイスを使用する」の中を確認してください。キーを差し込むかかざして PIN を入力し、キーが点滅したらキーに触れます。
    }

flow-security-key-check-it-worked-title = 設定できたか確認する
flow-security-key-check-it-worked-body = キーの機種名など、分かりやすい名前をパスキーに付け、「完了」を選びます。「セキュリティ情報」のサインイン方法の一覧にパスキーが表示されます。

flow-security-key-test-sign-in-title = キーでサインインをテストする
flow-security-key-test-sign-in-body = プライベート ウィンドウ（Edge では InPrivate、Chrome ではシークレット モード）を開くか、職場アカウントからサインアウトして、https://myaccount.microsoft.com にアクセスします。サインイン ページで「サインイン オプション」、「顔、指紋、PIN、またはセキュリティ キー」の順に選びます。職場のメールアドレスをすでに入力した場合は、代わりに「その他のサインイン方法」を選びます。「セキュリティ キー」を選び、キーを差し込むかかざして PIN を入力し、キーに触れます。

## Phone passkey, started on a computer

flow-phone-from-desktop-title = パソコン：スマートフォンのパスキー
flow-phone-from-desktop-summary = このパソコンで始めて、iPhone または Android スマートフォンの Microsoft Authenticator にパスキーを作成します。以降は、スマートフォンで確認するだけでサインインできます。

flow-phone-from-desktop-before-you-start-title = 始める前に
flow-phone-from-desktop-before-you-start-body = iOS 17 以降の iPhone、または Android 14 以降の Android スマートフォンが必要です。画面ロックも設定してください。パソコンとスマートフォンの両方がインターネットに接続されていることを確認してください。今お使いのサインイン方法か一時アクセス パスを用意してください。

flow-phone-from-desktop-open-security-info-title = このパソコンでセキュリティ情報から始める
flow-phone-from-desktop-open-security-info-body = 「セキュリティ情報を開く」をクリックし、職場アカウントでサインインします。「+ サインイン方法の追加」をクリックし、「Microsoft Authenticator のパスキー」を選びます。求められたら追加の本人確認を行います。

flow-phone-from-desktop-get-app-title = スマートフォンに Authenticator を入れる
flow-phone-from-desktop-get-app-body = Authenticator をダウンロードするための QR コードがページに表示された場合は、スマートフォンのカメラ（iPhone では「カメラ」アプリ）で読み取り、アプリをインストールします。その後、パソコンで「次へ」をクリックします。

flow-phone-from-desktop-create-on-phone-title = スマートフォンでパスキーを作成する
flow-phone-from-desktop-create-on-phone-body = スマートフォンで Authenticator を開き、プライバシーの画面を進めます。「職場または学校アカウントを追加」をタップします。アプリにほかのアカウントがすでにある場合は、「アカウントの追加」または「+」をタップし、「職場または学校アカウント」を選んで「サインイン」をタップします。職場アカウントがすでにある場合は、そのアカウントをタップして「パスキーを作成」をタップします。サインインし、求められたら、スマートフォンの設定で Authenticator にパスキーの保存を許可します。Authenticator に戻ったら「完了」をタップし、もう一度「完了」をタップします。

flow-phone-from-desktop-qr-fallback-title = Authenticator にサインインできない場合
flow-phone-from-desktop-qr-fallback-body = パソコンで「問題が発生した場合」を選び、「別の方法でパスキーを作成する」を選んでから、「iPhone または iPad」か「Android」を選びます。この方法では Bluetooth が必要です。パソコンとスマートフォンの両方で Bluetooth をオンにし、どちらもインターネットに接続しておいてください。スマートフォンのカメラで QR コードを読み取ります（iPhone では Authenticator のスキャナーではなく「カメラ」アプリを使います）。「接続済み」と表示されるまで、スマートフォンをパソコンの近くに置いておきます。組織が承認済み（構成証明済み）のパスキーを必須にしている場合、この方法は使えません。

flow-phone-from-desktop-check-it-worked-title = 設定できたか確認する
flow-phone-from-desktop-check-it-worked-body = パソコンに戻り、「次へ」をクリックします。パスキーが確認されたら「完了」をクリックします。「セキュリティ情報」のサインイン方法の一覧に「Microsoft Authenticator のパスキー」が表示されます。

flow-phone-from-desktop-test-sign-in-title = スマートフォンでサインインをテストする
flow-phone-from-desktop-test-sign-in-body = パソコンでプライベート ウィンドウ（Edge では InPrivate、Chrome ではシークレット モード）を開くか、職場アカウントからサインアウトして、https://myaccount.microsoft.com にアクセスします。サインイン ページで「サインイン オプション」、「顔、指紋、PIN、またはセキュリティ キー」の順に選びます。職場のメールアドレスをすでに入力した場合は、代わりに「その他のサインイン方法」を選びます。「iPhone、iPad、または Android デバイス」を選び、スマートフォンのカメラで QR コードを読み取って、Authenticator で確認します。この方法では、パソコンとスマートフォンの両方で Bluetooth が必要です。

## Troubleshooting

ts-not-enabled-by-policy-title = 「セキュリティ情報」にパスキーの選択肢がない
ts-not-enabled-by-policy-body = 「セキュリティ情報」に「パスキー」や「Microsoft Authenticator のパスキー」が表示されない場合、組織があなたのアカウントでパスキーをまだ有効にしていないか、この種類のパスキーを有効にしていません。パスキーの導入対象に追加してもらうよう、ヘルプデスクに依頼してください。

ts-self-service-off-title = 「セキュリティ情報」でこの方法を追加できないと表示される
ts-self-service-off-body = 組織によっては、「セキュリティ情報」でパスキーを追加できないように設定しています。この方法を追加できないと表示された場合は、ヘルプデスクに一緒にパスキーを設定してもらうか、ご自身で設定できるよう許可してもらってください。

ts-no-bootstrap-method-title = 本人確認の方法がない、またはスマートフォンをなくした
ts-no-bootstrap-method-body = パスキーを追加するには、まず登録済みの確認方法（Authenticator での承認や SMS のコードなど）でサインインする必要があります。確認方法がない場合やスマートフォンをなくした場合は、ヘルプデスクに一時アクセス パスを発行してもらい、それを使って「セキュリティ情報」にサインインしてください。

ts-mfa-too-old-title = 「セキュリティ情報」でもう一度本人確認を求められる
ts-mfa-too-old-body = パスキーを追加するには、数分以内に本人確認をしている必要があります。もう一度確認を求められたら確認を行い、すぐにパスキーを追加してください。

ts-os-too-old-title = スマートフォンやパソコンが古くて使えない
ts-os-too-old-body = Microsoft Authenticator のパスキーには iOS 17 以降または Android 14 以降が必要です。iCloud キーチェーンのパスキーには iOS 16 以降または macOS 13 以降、Google パスワード マネージャーには Android 9 以降が必要です。デバイスの設定からアップデートするか、別のデバイスかセキュリティ キーを使ってください。

ts-android-no-secure-hardware-title = ほかの Android スマートフォンでは使えるのに、自分のスマートフォンでは失敗する
ts-android-no-secure-hardware-body =
    Authenticator は、パスキーをスマートフォンの保護されたセキュリティ用ハードウェアに保存します。組織が承認済み（構成証明済み）のパスキーしか受け付けていない場合、Microsoft は Google の構成証明サービスを使って、パスキーが本当にそのハードウェアに保存されているかを確認します。このハードウェアがないスマートフォンでは登録できず、はっきりした理由が表示されないまま登録が止まります。

    構成証明サービスが混み合っているときや停止しているときも、同じ確認が失敗します。しばらく待ってから、もう一度お試しください。このスマートフォンで失敗が続く場合は、別のスマートフォンを試すか、セキュリティ キーについてヘルプデスクにご相談ください。

ts-authenticator-not-provider-title = スマートフォンで Authenticator にパスキーを保存できない
ts-authenticator-not-provider-body =
    { $os_major ->
        [14] Android 14 の場合：設定 › パスワードとアカウントを開き、追加のプロバイダで Authenticator をオンにします。オンにできない場合は、Android 15 にアップデートしてください。iPhone の場合：設定 › 一般 › 自動入力とパスワード（iOS 17 では設定 › パスワード › パスワードオプション）を開き、「Authenticator」を選びます。
        [17] iOS 17 の iPhone の場合：設定 › パスワード › パスワードオプションを開き、「パスワードとパスキーを自動入力」をオンにして「Authenticator」を選びます。Android の場合：設定 › パスワード、パスキー、アカウント（または「パスワードとアカウント」）を開き、追加のプロバイダで Authenticator をオンにします。
       *[other] iOS 18 以降の iPhone の場合：設定 › 一般 › 自動入力とパスワードを開き、「パスワードとパスキーを自動入力」をオンにして「Authenticator」を選びます（iOS 17 では設定 › パスワード › パスワードオプション）。Android の場合：設定 › パスワード、パスキー、アカウント（Android 14 では「パスワードとアカウント」）を開き、追加のプロバイダで Authenticator をオンにします。
    }

ts-screen-lock-missing-title = 先に画面ロックを設定するよう求められる
ts-screen-lock-missing-body = パスキーは、デバイスの画面ロックを解除して使います。デバイスの設定で PIN、パターン、パスワード、指紋認証、顔認証のいずれかを設定してから、最初からやり直してください。

ts-ios-qr-camera-app-title = iPhone で QR コードを読み取れない
ts-ios-qr-camera-app-body = パスキーの QR コードは、iPhone の「カメラ」アプリで読み取ってください。Authenticator の中のスキャナーでは、この種類のコードを読み取れません。Android では、Authenticator のスキャナーでも読み取れます。

ts-cross-device-connecting-title = 「接続中」のまま進まない
ts-cross-device-connecting-body = パソコンとスマートフォンの両方で Bluetooth をオンにし、2 台を近づけて、どちらもインターネットに接続してください。それでも進まない場合は、ネットワークか、ブロックされた Bluetooth が原因の可能性があります。「スマートフォンをパソコンに接続できない（ネットワークまたは Bluetooth がブロックされている）」を参照してください。スマートフォンで直接パスキーを設定するか、セキュリティ キーを使うこともできます。

ts-ca-bootstrap-loop-title = 「セキュリティ情報」で何度もサインインを求められる、または同じ画面を繰り返す
ts-ca-bootstrap-loop-body =
    会社のサインインのルール（条件付きアクセス）によっては、最初のパスキーを作る前にパスキーを求められ、サインインと「セキュリティ情報」の間を行ったり来たりすることがあります。

    Microsoft Authenticator でパスキーを作成する場合は、Microsoft が回避方法を説明しています。「セキュリティ情報」で「Microsoft Authenticator のパスキー」を追加し、「問題が発生した場合」をタップしてから「別の方法でパスキーを作成する」を選び、お使いのスマートフォンの手順に従います（パソコンに表示される QR コードを読み取ります。両方のデバイスで Bluetooth が必要です）。組織が承認済み（構成証明済み）のパスキーしか受け付けていない場合、この方法は使えません。

    ほかのルールでも同じように繰り返すことがあります。会社が管理する（準拠している）スマートフォンしか許可しないルール、承認済みのアプリしか許可しないルール、「セキュリティ情報の登録」をオフィスや会社のネットワークからしか許可しないルールなどです。これらはご自身では変更できません。ヘルプデスクにご相談ください。ヘルプデスクは、どのルールで止められたかをサインイン ログで確認でき、一時アクセス パスや一時的な例外を発行できます。

ts-orphaned-passkey-title = パスキーが既に存在すると表示される、または古いパスキーが表示されて失敗する
# Unconfirmed label: "Passkeys"
ts-orphaned-passkey-body =
    以前に試したときのパスキーが、組織側ではもう使われていなくても、デバイスやパスワード マネージャーに残っていることがあります。たとえば、「セキュリティ情報」から削除された場合や、登録が途中で終わった場合です。このとき、パスキーが既に存在すると表示されたり、デバイスに古いパスキーが表示されてサインインに失敗したりします。保存先から古いパスキーを削除し、「セキュリティ情報」に古い項目があれば削除してから、もう一度登録してください。

    Microsoft Authenticator：職場アカウントをタップし、設定 › パスキーを削除の順に進みます。Android では、通常「セキュリティ情報」からも削除されます。

    Apple の「パスワード」（iCloud キーチェーン）：「パスワード」アプリ（iOS 18 および macOS 15 以降）を開くか、iPhone では設定 › パスワード、Mac ではシステム設定 › パスワードを開きます。login.microsoft.com のパスキーを探して削除します。

    Google パスワード マネージャー：Chrome またはスマートフォンの設定で Google パスワード マネージャーを開き、login.microsoft.com を探してパスキーを削除します。

    Samsung Pass：Samsung Pass を開き、login.microsoft.com のパスキーを探して削除します。

    Windows 11：設定 › アカウント › パスキーで login.microsoft.com を探し、パスキーを削除します。

    セキュリティ キー：Windows では設定 › アカウント › サインイン オプション › セキュリティ キー › 管理を開くか、キーのメーカーのアプリを使います。リセットするとキーのパスキーがすべて消去されるため、ほかに必要なものが入っていないキーだけをリセットしてください。

    セキュリティ情報：古いパスキーの横にある「削除」を選びます。

ts-android-work-profile-title = Android スマートフォンの一方のプロファイルではパスキーが使えるのに、もう一方では使えない
ts-android-work-profile-body = Android では、パスキーは作成したプロファイルの中でしか使えません。スマートフォンに仕事用プロファイルと個人用プロファイルがある場合は、パスキーを使うプロファイルの Authenticator で作成してください。両方のプロファイルで 1 回ずつ作成してもかまいません。

ts-samsung-pass-picker-title = Samsung Pass がパスキーの保存を提案してくる、またはすでに保存してしまった
ts-samsung-pass-picker-body =
    Galaxy スマートフォンでは、最初に Samsung Pass が提案されることがよくあります。Microsoft Authenticator のガイドに沿って進めている場合は、そこにパスキーを保存しないでください。Samsung Pass の画面で別のサービスを選ぶオプションを使い、Authenticator を選びます。オプションがない場合はキャンセルし、設定 › セキュリティおよびプライバシー › その他のセキュリティ設定 › パスワード、パスキー、自動入力で Authenticator をオンにしてから、やり直してください。

    パスキーがすでに Samsung Pass に保存されている場合、どうすればよいかは組織によって異なります。組織が同期パスキーを許可している場合（このガイドでも、お使いのスマートフォン向けに Samsung Pass や Google パスワード マネージャーが表示されます）は、問題ありません。そのまま残してサインインに使ってください。組織が Authenticator やセキュリティ キーなど、デバイス固定のパスキーしか受け付けていない場合だけ、Samsung Pass でそのパスキーを削除し、「セキュリティ情報」に表示されていればそこでも削除してから、Authenticator を選んでやり直してください。

ts-windows-hello-already-registered-title = Windows でパスキーが既に登録されていると表示される
ts-windows-hello-already-registered-body = この職場アカウントで、すでに Windows Hello for Business を使ってこの PC にサインインしている場合、Windows では 2 つ目のパスキーを追加できず、既に登録されていると表示されます。スマートフォンかセキュリティ キーのガイドを使うか、ヘルプデスクにご相談ください。

ts-unsupported-browser-title = ブラウザーでパスキーを作成できない
ts-unsupported-browser-body =
    { $browser ->
        [firefox] Android 版 Firefox では職場用のパスキーを作成できません。また、Linux 版 Firefox では Authenticator のパスキーを使えません。Chrome または Edge を使ってください。
        [opera] Opera は、職場用のパスキーに対応したブラウザーとして Microsoft に認められていません。Chrome、Edge、Safari のいずれかを使ってください。
        [samsung-internet] Samsung Internet は、職場用のパスキーに対応したブラウザーとして Microsoft に認められていません。Chrome または Edge を使ってください。
       *[other] 対応しているブラウザーを使ってください。Windows と Linux では Edge、Chrome、Firefox、Mac と iPhone では Safari、Chrome、Edge、Firefox、Android では Chrome または Edge です。
    }

ts-in-app-browser-title = ガイドがメールアプリやチャットアプリの中で開いた
ts-in-app-browser-body = メールアプリやチャットアプリから開いたリンクは、そのアプリの内蔵ブラウザーで表示されることがよくあります。そこではパスキーが正しく動作しないことがあるため、Microsoft はデバイス標準のブラウザーでサインインすることを推奨しています。アプリのメニューからリンクを Safari、Chrome、Edge のいずれかで開き、最初からやり直してください。

ts-network-cross-device-title = スマートフォンをパソコンに接続できない（ネットワークまたは Bluetooth がブロックされている）
ts-network-cross-device-body =
    スマートフォンでパソコン用のパスキーを作成したり使ったりするとき（QR コードを読み取るとき）、2 台のデバイスは Bluetooth とインターネットを通じて接続します。両方で Bluetooth をオンにし、2 台を近づけて、どちらもインターネットに接続してください。

    会社のネットワーク、VPN、広告ブロッカー、セキュリティ ソフトウェアがこの接続をブロックすることがあります。次のアドレスには、プロキシや検査を介さずに接続できる必要があります：cable.ua5v.com（Android）、cable.auth.com、app-site-association.cdn-apple.com、app-site-association.networking.apple（iPhone と iPad）。VPN や広告ブロッカーをオフにするか、別のネットワークでもう一度お試しください。会社のデバイスの場合は、これらのアドレスを確認するようヘルプデスクに依頼してください。

    会社のパソコンで Bluetooth をオフにしている組織もあります。IT 部門は、たとえば Intune を使って、パスキー用にだけ Bluetooth を許可できます。仮想マシンやリモート デスクトップには、通常 Bluetooth がありません。その場合は、スマートフォンで直接パスキーを作成するか、セキュリティ キーを使ってください。

ts-security-key-not-allowed-title = このセキュリティ キーは許可されていないと表示される
ts-security-key-not-allowed-body = 組織は、受け付けるセキュリティ キーの機種を制限できます。このセキュリティ キーは許可されていないと表示された場合や、キーに触れた直後に登録が失敗する場合は、お使いのキーの機種がその一覧にありません。どのキーが受け付けられるかヘルプデスクに確認し、そのいずれかを使ってください。ヘルプデスクから IT 部門に、お使いの機種の追加を依頼してもらうこともできます。

ts-private-window-title = プライベート ウィンドウやシークレット ウィンドウでパスキーが保存されない
ts-private-window-body =
    プライベート ウィンドウ（Safari のプライベートブラウズ、Edge の InPrivate、Chrome のシークレット モード、Firefox のプライベートウィンドウ）では、ブラウザーやデバイスによって、パスキーを作成または保存できないことがあります。プライベート ウィンドウを閉じ、通常のウィンドウでパスキーを登録してください。

    最後のテストのサインインでは、プライベート ウィンドウを使うことがあります。そこでパスキーが表示されない場合は、通常のウィンドウで職場アカウントからサインアウトし、そこでテストしてください。

ts-authenticator-privacy-prompt-title = 初めて開いた Authenticator がプライバシーの画面から進まない
ts-authenticator-privacy-prompt-body =
    Microsoft Authenticator を初めて開くと、いくつかのプライバシーの画面が表示されます。その中に、任意の使用状況データを共有するかどうかの質問があります。共有は任意です。同意するか断るかを選んで、先に進んでください。

    ボタンを押しても何も起きない場合や、アプリがその画面から進まない場合は、App Store または Google Play で Authenticator をアップデートし、スマートフォンを再起動してから、もう一度アプリを開きます。それでも進まない場合は、ヘルプデスクにご相談ください。

ts-sign-in-profile-changed-title = 以前は使えたパスキーが、今は拒否される
ts-sign-in-profile-changed-body =
    どの種類のパスキーを受け付けるかは組織が決めており、変更されることもあります。たとえば、組織が同期パスキー（iCloud キーチェーン、Google パスワード マネージャー、Samsung Pass に保存されたもの）をオフにすると、Microsoft によれば、ユーザーは「同期パスキーをすでに登録していても、同期パスキーでサインインできなくなります」。受け付けるアプリやセキュリティ キーの機種を組織が変更した場合も、同じことが起こります。

    今どの種類のパスキーが受け付けられるかヘルプデスクに確認し、このガイドでその種類のパスキーをもう一度登録してください。その後、古いパスキーが表示されないように、デバイスから削除してください。

ts-guest-account-title = この組織のゲストなので、パスキーを追加できない
ts-guest-account-body = ほかの組織のアカウントや個人用アカウントを使い、ゲストとしてこの組織にサインインしている場合、そのアカウントにはパスキーを追加できません。Microsoft は「ゲスト ユーザーのパスキーのサポートは現在利用できません」としています。招待元の組織のヘルプデスクに連絡してください。代わりのサインイン方法を案内してもらえます。

ts-sign-in-failed-title = テストのサインインでパスキーが表示されない、または受け付けられない
ts-sign-in-failed-body =
    Microsoft のサインイン ページで、「サインイン オプション」、「顔、指紋、PIN、またはセキュリティ キー」の順に選びます。先にメールアドレスを入力した場合は、「その他のサインイン方法」を選んでから「顔、指紋、PIN、またはセキュリティ キー」を選びます。パスキーを追加した職場アカウントを選んでいるか確認してください。

    「セキュリティ情報」にパスキーが表示されているか確認します。表示されている場合は、1 分ほど待ってからもう一度お試しください。表示されていない場合は、もう一度登録してください。

    それでも失敗する場合は、ここに挙げたほかの原因を確認するか、ヘルプデスクにご相談ください。

ts-sign-in-too-many-passkeys-title = iPhone、iPad、Mac で、メールアドレスを入力した後のサインインに失敗する
ts-sign-in-too-many-passkeys-body = Microsoft によると、iPhone、iPad、Mac のブラウザーでは、アカウントに 3 つ以上のパスキーが登録されていると、セキュリティ キーでのサインインが正しく動作しないことがあります。メールアドレスを入力せずに、もう一度サインインを始めてください。「サインイン オプション」、「顔、指紋、PIN、またはセキュリティ キー」の順に選びます。

ts-sign-in-native-app-broker-title = ブラウザーではパスキーが使えるのに、Outlook や Teams では使えない
# Unconfirmed label: "Company Portal", "Link to Windows"
ts-sign-in-native-app-broker-body =
    Outlook や Teams などの Microsoft アプリは、デバイス上のヘルパー アプリ（ブローカー）を通じてパスキーでサインインします。

    { $platform ->
        [iphone] iPhone では、ヘルパー アプリは Microsoft Authenticator です。インストールして、職場アカウントを追加してください。
        [ipad] iPad では、ヘルパー アプリは Microsoft Authenticator です。インストールして、職場アカウントを追加してください。
        [macos] Mac では、ヘルパー アプリは Company Portal（ポータル サイト）で、組織のシングル サインオン プラグインと組み合わせて使います（macOS 14 以降）。会社の Mac では、組織がこれを設定します。
        [android] Android では、ヘルパー アプリは Microsoft Authenticator、Company Portal（ポータル サイト）、Link to Windows（Windows にリンク）のいずれかです。Authenticator のパスキーは、Android 14 以降でアプリに使えます。
        [samsung] Android では、ヘルパー アプリは Microsoft Authenticator、Company Portal（ポータル サイト）、Link to Windows（Windows にリンク）のいずれかです。Authenticator のパスキーは、Android 14 以降でアプリに使えます。
        [windows] Windows では、Microsoft Authenticator のパスキーは Windows 11 バージョン 22H2 以降で、セキュリティ キーは Windows 10 バージョン 1903 以降で、アプリに使えます。
       *[other] ヘルパー アプリは、iPhone と iPad では Microsoft Authenticator、Mac では組織のシングル サインオン プラグインを備えた Company Portal（ポータル サイト、macOS 14 以降）、Android では Authenticator、Company Portal、Link to Windows のいずれかです（Authenticator のパスキーには Android 14 以降が必要です）。
    }

    ヘルパー アプリをインストールし、サインインするアプリをアップデートしてください。それまでは、ブラウザーでアプリを使ってください（たとえば Outlook on the web）。組織がどのヘルパー アプリを使っているかは、ヘルプデスクが知っています。

ts-microsoft-passkey-prompt-title = サインインすると、Microsoft からパスキーの追加を求められる
# Unconfirmed label: "Skip for now"
ts-microsoft-passkey-prompt-body =
    2026 年 9 月以降、職場アカウントにサインインした直後に、Microsoft からパスキーの設定を求められることがあります。これは Microsoft 独自の登録キャンペーンで、組織がオフにしていない限り有効になっています。作成されるのは、このガイドと同じ種類のパスキーです。

    この案内に従って進めてもかまいません。「次へ」を選び、パスキーの保存先を聞かれたら、このガイドと同じ保存先を選びます。そこから先も、このガイドの手順がそのまま使えます。パスキーに名前を付け、「次へ」、「完了」の順に選びます。先にこのガイドを終えたい場合は、「今はスキップ」を選びます。

ts-security-key-pin-title = セキュリティ キーで、設定した覚えのない PIN を求められる
ts-security-key-pin-body = iPhone、iPad、Mac のブラウザーでは、新しいセキュリティ キーに PIN を設定できません。Windows PC（設定 › アカウント › サインイン オプション › セキュリティ キー）か、キーのメーカーのアプリで PIN を設定してから、もう一度キーを登録してください。

ts-synced-not-allowed-title = パスワード マネージャーへのパスキーの保存に失敗する
ts-synced-not-allowed-body = 組織によっては、Microsoft Authenticator やセキュリティ キーなど、1 台のデバイスだけに保存されるパスキーしか認めておらず、iCloud キーチェーン、Google パスワード マネージャー、Samsung Pass に保存されるパスキーは認めていません。「セキュリティ情報」に「パスキー」がない場合や保存に失敗する場合は、Authenticator のガイドを使ってください。

ts-icloud-keychain-off-title = iPhone や Mac で、iCloud キーチェーンへのパスキーの保存が提案されない
ts-icloud-keychain-off-body = Apple の「パスワード」でパスキーを使うには、iCloud キーチェーンと、Apple アカウントの 2 ファクタ認証が必要です。iCloud の設定で「パスワード」の同期をオンにしてから、もう一度お試しください。

ts-authenticator-option-missing-title = 「セキュリティ情報」に「Microsoft Authenticator のパスキー」が表示されない
ts-authenticator-option-missing-body =
    「セキュリティ情報」に「Microsoft Authenticator のパスキー」が表示されるのは、組織のパスキー設定で Microsoft Authenticator が指定されている場合だけです。この項目がなくても、通常は Authenticator にパスキーを保存できます。

    Authenticator アプリで作成します。職場アカウントをタップしてから「パスキーを作成」をタップするか、「アカウントの追加」または「+」ボタン、「職場または学校アカウント」の順にタップしてアカウントを追加します。または、「セキュリティ情報」で「パスキー」を選び、パスキーの保存先を聞かれたら Authenticator を選びます。どちらもうまくいかない場合は、パスキーに Microsoft Authenticator を使えるようにするよう、ヘルプデスクに依頼してください。

ts-authenticator-app-version-title = Authenticator アプリが古いかもしれない
ts-authenticator-app-version-body =
    { $platform ->
        [iphone] App Store で Microsoft Authenticator をアップデートしてください。組織のパスキー設定に Authenticator が含まれている場合、Microsoft は iPhone と iPad でバージョン 6.8.37 以降を求めています。
        [ipad] App Store で Microsoft Authenticator をアップデートしてください。組織のパスキー設定に Authenticator が含まれている場合、Microsoft は iPhone と iPad でバージョン 6.8.37 以降を求めています。
        [android] Google Play で Microsoft Authenticator をアップデートしてください。組織のパスキー設定に Authenticator が含まれている場合、Microsoft は Android でバージョン 6.2507.4749 以降を求めています。
        [samsung] Google Play で Microsoft Authenticator をアップデートしてください。組織のパスキー設定に Authenticator が含まれている場合、Microsoft は Android でバージョン 6.2507.4749 以降を求めています。
       *[other] スマートフォンの Microsoft Authenticator を App Store または Google Play でアップデートしてください。組織のパスキー設定に Authenticator が含まれている場合、Microsoft は iPhone と iPad でバージョン 6.8.37 以降、Android で 6.2507.4749 以降を求めています。
    } その後、アプリを開いてもう一度お試しください。
