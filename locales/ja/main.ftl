## Frame

app-name = パスキーの設定
meta-description = お使いのデバイスで、職場アカウント用のパスキーを登録する手順を一つずつご案内します。
skip-to-content = 本文へスキップ
language-switcher-label = 言語
footer-privacy = このガイドが記録するのは、どの手順が表示されたかだけです。あなたが誰か、何を入力したかは記録しません。

## Start page

home-title = パスキーを設定しましょう
home-lead = パスキーを使うと、パスワードの代わりに顔、指紋、画面ロックで職場アカウントにサインインできます。このガイドでは、お使いのデバイスでの具体的な手順をご案内します。
device-heading = お使いのデバイス
device-label = デバイス
system-label = OS
browser-label = ブラウザー
opened-in-label = 開いているアプリ
recommended-heading = おすすめの方法
other-options-heading = このデバイスで使えるほかの方法
unavailable-heading = このデバイスでは使えない方法
start-recommended = 始める
start-this = この方法を使う
picker-heading = お使いのデバイスと違いますか？
picker-lead = パスキーを設定するデバイスを選んでください：
picker-detect-again = デバイスをもう一度検出する

## Platforms, systems, browsers, apps

platform-iphone = iPhone
platform-ipad = iPad
platform-android = Android スマートフォン
platform-samsung = Samsung Galaxy
platform-windows = Windows PC
platform-macos = Mac
platform-linux = Linux パソコン
platform-chromeos = Chromebook
platform-unknown = 不明なデバイス
os-iphone = iOS
os-ipad = iPadOS
os-android = Android
os-samsung = Android
os-windows = Windows
os-macos = macOS
os-linux = Linux
os-chromeos = ChromeOS
os-unknown = OS
os-version-exact = { $os } { $version }
os-version-at-least = { $os } { $version } 以降
os-version-hidden = { $os }（ブラウザーにバージョンが表示されません）
browser-safari = Safari
browser-chrome = Google Chrome
browser-edge = Microsoft Edge
browser-firefox = Firefox
browser-samsung-internet = Samsung Internet
browser-opera = Opera
browser-webview = アプリ内ブラウザー
browser-other = その他のブラウザー
in-app-outlook = Outlook
in-app-teams = Microsoft Teams
in-app-google-app = Google アプリ
in-app-facebook = Facebook
in-app-instagram = Instagram
in-app-linkedin = LinkedIn
in-app-line = LINE
in-app-wechat = WeChat
in-app-snapchat = Snapchat
in-app-tiktok = TikTok
in-app-naver = NAVER
in-app-apple-news = Apple News
in-app-unidentified = アプリ内ブラウザー

## Passkey types

passkey-type-synced = 同期パスキー：同じアカウントでサインインしているすべてのデバイスで使えます
passkey-type-device-bound = デバイス固定のパスキー：このデバイスまたはキーだけに保存されます

## Notes before starting

note-in-app-browser = このページは { $app } で開かれています。ここではパスキーを作成できないことがよくあります。代わりに { $browser ->
        [safari] Safari
       *[other] Chrome
    } でリンクを開いてください（メニューから「ブラウザーで開く」を選びます）。
note-maybe-ipad = iPad をお使いですか？ iPad はウェブサイトからは Mac として認識されます。お手元の端末が iPad なら、下の一覧から「iPad」を選んでください。
note-version-unknown = お使いのブラウザーからは { $os } のバージョンがわかりません。下の各方法に、必要なバージョンが書かれています。
note-unknown-device = お使いのデバイスを認識できませんでした。下の一覧から選んでください。
note-update-first = 「{ $flow }」には { $os } { $min } 以降が必要です。お使いのバージョンは { $have } です。先にアップデートするか、「{ $alternative }」を使ってください。
note-update-first-only = 「{ $flow }」には { $os } { $min } 以降が必要です。お使いのバージョンは { $have } です。先にデバイスをアップデートするか、IT ヘルプデスクにご相談ください。
note-nothing-here = 組織で許可されている方法は、どれもこのデバイスでは使えません。下の一覧から別のデバイスを選ぶか、IT ヘルプデスクにご相談ください。
note-firefox-android = Android 版 Firefox では、職場アカウントのパスキーを作成できません。このリンクを Chrome または Edge で開いてください。
note-firefox-linux-cross-device = Linux 版 Firefox はスマートフォンと接続できません。セキュリティ キーを使うか、このページを Chrome または Edge で開いてください。
note-untested-browser-android = Microsoft が Android でパスキーの動作を確認しているのは Chrome と Edge です。パスキーを作成しても何も起きない場合は、このリンクを Chrome で開いてください。
note-untested-browser = このブラウザーでのパスキーの動作は、Microsoft が確認していません。パスキーを作成しても何も起きない場合は、このリンクを Edge または Chrome で開いてください。

note-managed-pc = 会社の PC では、Windows Hello を設定すると Windows Hello for Business のサインインが作成され、パスキーの登録に失敗することがあります。代わりに、スマートフォンの Microsoft Authenticator か、セキュリティ キーでパスキーを作成してください。

## Why an option is not available

blocked-synced-not-allowed = 組織では、1 台のデバイスだけに保存されるパスキーしか許可されていません。
blocked-attestation-required = 組織では、検証済み（構成証明済み）のパスキーが必要です。この方法では対応できません。
blocked-not-supported = 組織ではこの種類のパスキーをサポートしていません。別の方法を選んでください。
blocked-os-too-old = { $os } { $min } 以降が必要です。お使いのバージョンは { $have } です。
blocked-browser = このブラウザーでは使えません。
blocked-managed-pc = 会社の PC では使えません。Windows Hello for Business が原因で登録に失敗します。
version-unverified = { $os } { $min } 以降が必要です。

## In-browser check

probe-no-webauthn = このブラウザーではパスキーを作成できません。デバイスの標準のブラウザーでリンクを開いてください。
probe-no-platform-authenticator = このデバイスには、パスキーに使える画面ロックや生体認証が設定されていません。先に PIN、指紋認証、顔認証のいずれかを設定するか、別の方法を選んでください。
probe-no-hybrid = このブラウザーはスマートフォンと接続できません。セキュリティ キーを使うか、別のブラウザーを使ってください。
probe-looks-like-ipad = iPad のようです。
probe-show-ipad-steps = iPad の手順を表示する
probe-ready = このブラウザーでパスキーを作成できます。
probe-checking = このブラウザーでできることを確認しています…

## Guide

step-count = ステップ { $current }/{ $total }
handoff-button = セキュリティ情報を開く
handoff-hint = Microsoft の「セキュリティ情報」ページが開きます。このあとのステップのために、このガイドは開いたままにしておくか、あとでこちらに戻ってきてください。
handoff-next-steps = 「セキュリティ情報」のあとに残っているステップ：
handoff-question = 「セキュリティ情報」から戻りましたか？ うまくいきましたか？
handoff-worked = はい、次へ進む
handoff-failed = いいえ、うまくいきません
sign-in-question = テストのサインインはうまくいきましたか？
sign-in-worked = はい、パスキーでサインインできました
sign-in-failed = いいえ、うまくいきませんでした
managed-pc-question = この PC は、組織に参加または登録されている会社の PC ですか？
managed-pc-yes = はい、会社の PC です
managed-pc-no = いいえ、個人の PC です
home-microsoft-prompt = サインインするときに、Microsoft からパスキーの追加を求められることもあります。これは同じ登録手続きです。画面の案内に従って進め、困ったときはこの手順を参考にしてください。

## Way out of an app's built-in browser

escape-title = まず、このページをブラウザーで開いてください
escape-lead = このリンクは { $app } で開かれています。アプリ内ブラウザーでは、通常パスキーを作成できません。
escape-open-browser = ブラウザーで開く
# The menu labels differ between apps and versions; these follow each app's usual menu.
# Unconfirmed: the apps' own labels for "Open in external browser" (Facebook, Instagram) and "Open in Safari" (LinkedIn, WeChat, LINE, the Google app) in this language.
escape-ios-steps = { $app ->
        [facebook] 右上の ⋯ をタップし、「外部ブラウザで開く」をタップしてください。
        [instagram] 右上の ⋯ をタップし、「外部ブラウザで開く」をタップしてください。
        [linkedin] 右上の ⋯ をタップし、「Safariで開く」をタップしてください。
        [wechat] 右上の ⋯ をタップし、「Safariで開く」をタップしてください。
        [line] ⋯ または共有ボタンをタップし、「Safariで開く」をタップしてください。
        [google-app] 共有ボタンまたは ⋯ をタップし、「Safariで開く」をタップしてください。
       *[other] ⋯ または共有ボタンを探して、「Safariで開く」または「ブラウザーで開く」を選んでください。見つからない場合は、下のリンクをコピーして Safari に貼り付けてください。
    }
escape-copy-label = または、このリンクをコピーして { $browser ->
        [safari] Safari
       *[other] お使いのブラウザー
    } に貼り付けてください：
escape-copy-button = リンクをコピー
escape-copied = コピーしました。ブラウザーのアドレス バーに貼り付けてください。

## Every known problem on one page

help-title = 既知の問題（表示される内容別）
help-lead = 画面に表示されている内容を探してください。各項目に、原因と解決方法が書かれています。当てはまるものがない場合は、ヘルプデスクにご相談ください。
help-link = 既知の問題の一覧
help-for-devices = 発生するデバイス：{ $devices }
step-nav-label = ステップの移動
all-steps-label = すべてのステップ
nav-back = 戻る
nav-all-options = すべての方法
nav-next = 次のステップ
nav-finish = 完了しました
guide-other-device = この手順は、お使いの { $device } とは別のデバイス向けです。お使いのデバイスに合った方法は、スタートページで確認してください。
sources-label = 参考資料
sources-reviewed = { $date } に、以下の資料と照らし合わせて手順を確認しました：

## Done

done-title = パスキーを設定できました
done-lead = お疲れさまでした。「{ $flow }」の手順はすべて完了です。
done-check = 念のため、「セキュリティ情報」を開いて、新しいパスキーが一覧に表示されているか確認してください。次回サインインするときは、「パスキーでサインイン」または「顔、指紋、PIN、またはセキュリティ キー」を選んでください。
done-open-security-info = セキュリティ情報で確認する
done-back = 最後のステップに戻る
done-confirm-question = 「セキュリティ情報」のサインイン方法の一覧に、新しいパスキーが表示されていますか？
done-confirm-yes = はい、表示されています
done-confirm-no = いいえ、うまくいきませんでした
done-confirmed = これで設定は完了です。
done-confirmed-linked = これで設定は完了です。完了したことは IT 部門にも伝わるため、この件でリマインダーが届くことはありません。

## Errors

not-found-title = ページが見つかりません
not-found-lead = このページは存在しません。お使いのデバイス向けのガイドは、スタートページにあります。
not-found-home = スタートページへ

## Print view

print-link = すべての手順を印刷用に表示
print-lead = すべての手順を 1 ページにまとめています。印刷したり、同僚に渡したりできます。
print-handoff = この手順では、ブラウザーで { $url } を開き、職場のアカウントでサインインしてください。

## Journey: resume, start over, I'm stuck, diagnostics, continue on your phone

resume-note = おかえりなさい。前回はこのステップまで進んでいました。
restart = 最初からやり直す
stuck-link = うまくいかない場合
stuck-title = 「{ $step }」でうまくいかない場合
stuck-lead = { $device } でこのステップがうまくいかない既知の原因を、可能性の高い順に示します。それぞれに解決方法が書かれています。
stuck-detected = 可能性大：お使いのデバイスで検出されました
stuck-none = お使いのデバイスでは、このステップに当てはまる既知の原因はありません。ヘルプデスクにご相談ください。
stuck-back = ステップに戻る
stuck-something-else = その他
diag-title = それでも解決しない場合は、ヘルプデスクにお知らせください
diag-symptom = どのような問題が起きましたか？
diag-note = ほかにヘルプデスクに伝えておきたいことはありますか？（省略可）
diag-includes = ヘルプデスクに送られるのは、お名前、このステップ、お使いのデバイスとブラウザー、ブラウザーが対応していると報告している機能、日時だけです。それ以外の情報は送られません。
diag-send = ヘルプデスクに送信
diag-sent = 送信しました。ヘルプデスクで内容を確認できるようになりました。電話で問い合わせる場合は、次の参照番号をお伝えください：{ $reference }
diag-needs-link = ヘルプデスクにレポートを送るには、メールで届いた個人用リンクからこのガイドを開いてください。下記の連絡先から、ヘルプデスクに直接問い合わせることもできます。
continue-title = スマートフォンで続ける
continue-lead = スマートフォンのカメラでこのコードを読み取ると、このガイドがスマートフォンで開き、スマートフォン向けの手順が表示されます。
continue-lead-linked = スマートフォンのカメラでこのコードを読み取ると、スマートフォンで続きから進められます。進み具合も引き継がれます。コードの有効期限は 15 分です。
continue-qr-alt = このガイドをスマートフォンで開くための QR コード
continue-url = 読み取れない場合は、スマートフォンでこのアドレスを開いてください
diag-mail-subject = パスキーの設定：{ $name } さんが「{ $step }」で先に進めなくなっています
diag-mail-body =
    { $name } さん（{ $email }）から、パスキー ガイドを通じてレポートが送信されました。

    方法：{ $flow }
    ステップ { $number }：{ $step }
    問題：{ $symptom }
    デバイス：{ $device }
    本人のメモ：{ $note }
    ブラウザーのチェック結果：{ $probe }
    参照番号：{ $reference }

    これまでの経過と過去のレポート：{ $link }

## Reminder emails

reminder-subject-start-here = { $org }：パスキーを設定してください（約 5 分で完了します）
reminder-subject-pick-up = { $org }：パスキーの設定を中断したところから再開してください
reminder-subject-stuck = { $org }：パスキーの設定でお困りの方へ
reminder-subject-did-not-finish = { $org }：パスキーの設定が完了していません
reminder-greeting = { $name } さん
reminder-body-start-here = 職場のアカウント用のパスキーがまだ設定されていません。あなた専用のガイドで、お使いのスマートフォンやパソコンに合わせた手順を確認できます。
reminder-body-pick-up = { $flow } のステップ { $step }「{ $title }」で中断しています。あなた専用のリンクから、そのステップに戻れます。
reminder-body-stuck = { $flow } のステップ { $step }「{ $title }」で先に進めなくなっていました。多くの場合、次の方法で解決します。
reminder-body-did-not-finish = パスキーの設定が完了していないようです。組織側ではまだ、あなたのアカウントにパスキーが登録されていません。あなた専用のリンクを開いて、もう一度お試しください。
reminder-button = パスキー設定ガイドを開く
reminder-help = ご不明な点は { $support } までお問い合わせください。
reminder-footer = { $org } がパスキーによるサインインに移行するため、このメールをお送りしています。このリンクはあなた専用です。転送しないでください。
announcement-subject = { $org }：職場のアカウントにサインインするためのパスキーを設定してください
announcement-body = { $org } はパスキーによるサインインに移行します。パスワードを入力する必要がなくなり、フィッシングで盗まれるものもありません。あなた専用のガイドがお使いのスマートフォンやパソコンを判別し、必要な手順を表示します。所要時間は約 5 分です。
reminder-opt-out = リマインダーが不要な場合は、リンクを開き、ページ下部の「リマインダーを停止」を選んでください。
opt-out-button = リマインダーを停止
opt-out-done = パスキーに関するリマインダー メールは今後届きません。このことは IT 部門にも伝わります。

# Shown when one personal link is used too often in a short time (HTTP 429).
rate-limited-title = リクエストが多すぎます
rate-limited-lead = このリンクは短時間に何度も開かれました。{ $seconds } 秒待ってから、ページを再読み込みしてください。
rate-limited-next = 繰り返し表示される場合は、IT ヘルプデスクにお問い合わせください。
