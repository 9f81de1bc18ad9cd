## 管理コンソール（IT 管理者とヘルプデスク向け）と、従業員向けガイドのうちテナントごとに異なる部分。

admin-console = パスキー ガイドの管理
admin-nav-label = テナントのセクション
admin-nav-overview = 概要
admin-nav-branding = ブランド設定
admin-nav-policy = パスキーのポリシー
admin-nav-roster = 従業員
admin-sign-out = サインアウト
admin-form-has-errors = 確認が必要な項目があります。何も保存されていません。入力した内容は下に残っています。

role-owner = 所有者
role-admin = 管理者
role-helpdesk = ヘルプデスク

## サインイン

admin-login-title = サインイン
admin-login-email = メールアドレス
admin-login-password = パスワード
admin-login-submit = サインイン
admin-login-failed = メールアドレスまたはパスワードが正しくありません。
admin-login-rate-limited = サインインの試行回数が多すぎます。1 分待ってから、もう一度お試しください。

## テナントと概要

admin-tenants-title = 所属している組織
admin-tenants-none = お使いのアカウントには、まだどの組織のロールも割り当てられていません。所有者に追加を依頼してください。
admin-overview-title = 概要
admin-overview-employees = { $count ->
   *[other] 名簿には { $count } 人の従業員が登録されています。
}
admin-overview-unpublished = ブランド設定に、まだ公開されていない変更があります。
admin-overview-guide-url = 全員向けのガイド（個人用リンクなし）：
admin-links-heading = 個人用リンク
admin-links-lead = 差し込みメールで使えるよう、全従業員の個人用リンクを CSV ファイルでダウンロードします。各リンクには署名と有効期限があります。メールを送るたびに、新しいファイルをダウンロードしてください。
admin-links-export = リンクをダウンロード（CSV）

## ブランド設定

admin-branding-title = ブランド設定
admin-branding-name = 表示名
admin-branding-colour = メインカラー
admin-branding-colour-hint = #0b5cad のような 16 進数のカラー コードです。この色の上に白い文字が表示されるため、コントラスト比が 4.5:1 以上である必要があります。
admin-branding-intro = スタートページに表示する紹介文（プレーンテキスト）
admin-branding-support = サポートの連絡先
admin-branding-support-email = メールアドレス
admin-branding-support-url = ヘルプページ（https://…）
admin-branding-support-phone = 電話番号
admin-branding-support-hours = 受付時間
admin-branding-save = 下書きを保存
admin-branding-saved = 下書きを保存しました。プレビューを確認してから公開してください。
admin-branding-logo = ロゴ
admin-branding-logo-hint = PNG、JPEG、または WebP で、{ $max } KB 以下、各辺 { $side } ピクセル以下のファイルを使えます。SVG ファイルは使用できません。
admin-branding-logo-file = ロゴ ファイル
admin-branding-logo-upload = ロゴをアップロード
admin-branding-logo-saved = ロゴを下書きに追加しました。
admin-branding-logo-alt = ロゴのプレビュー
admin-branding-preview = プレビュー
admin-branding-unpublished = 従業員には、公開済みのブランド設定が表示されています。この下書きを表示するには、公開してください。
admin-branding-published = 従業員には、このブランド設定が表示されています。
admin-branding-publish = 公開
admin-branding-published-notice = 公開しました。従業員には新しいブランド設定が表示されます。

branding-error-required = 表示名を入力してください。
branding-error-too-long = 制御文字を使わずに、{ $max } 文字以内で入力してください。
branding-error-colour = 色は、# に続けて 16 進数 6 桁で入力してください（例：#0b5cad）。
branding-error-contrast = この色の上の白い文字のコントラスト比は { $ratio }:1 です。{ $min }:1 以上が必要です。基準を満たす最も近い色は { $suggestion } です。
branding-error-email = メールアドレスを入力してください（例：help@example.com）。
branding-error-url = https:// または http:// で始まるウェブアドレスを入力してください。
branding-error-phone = 電話番号は、数字、スペース、+ - ( ) を使って入力してください。

logo-error-empty = アップロードするファイルを選んでください。
logo-error-too-large = ファイルのサイズは { $kib } KB です。上限は { $max } KB です。
logo-error-svg = SVG のロゴはスクリプトを含むことがあるため、使用できません。PNG、JPEG、または WebP のファイルをアップロードしてください。
logo-error-format = このファイルは PNG、JPEG、WebP のいずれの画像でもありません。
logo-error-dimensions = 画像のサイズは { $width } × { $height } ピクセルです。各辺を { $min }～{ $max } ピクセルにしてください。

## ポリシー

admin-policy-title = パスキーのポリシー
admin-policy-passkeys = 組織で許可するパスキー
admin-policy-synced-allowed = 同期パスキーとデバイス固定のパスキー（iCloud キーチェーン、Google パスワード マネージャー、Microsoft Authenticator、Windows Hello、セキュリティ キー）
admin-policy-device-bound-only = デバイス固定のパスキーのみ
admin-policy-attestation = 構成証明を強制する（メーカーとモデルを証明できない方法はすべて非表示になります）
admin-policy-authenticators = 組織でサポートしているデバイス固定の認証方法
admin-policy-authenticator = Microsoft Authenticator
admin-policy-windows-hello = Windows Hello
admin-policy-windows-hello-hint = 組織が Entra で有効にしていない限り、オフのままにしてください。有効にするには、パスキー プロファイルのキーの制限にこれらの Windows Hello の AAGUID を含め、構成証明を強制しない設定にする必要があります。Entra に参加済みまたは登録済みの PC では、引き続き Windows Hello for Business でサインインします。ガイドは先に従業員に確認し、会社の PC の場合はスマートフォンまたはセキュリティ キーの方法を案内します。
admin-policy-authenticator-hint = 「セキュリティ情報」に「Microsoft Authenticator のパスキー」が表示されるのは、パスキー プロファイルのキーの制限にこれらの AAGUID が含まれている場合だけです。含まれていなくても、ガイドのアプリ内から登録する手順は使えます。
admin-policy-security-keys = FIDO2 セキュリティ キー
admin-policy-security-info-url = セキュリティ情報のアドレス
admin-policy-security-info-url-hint = 従業員がパスキーを登録するページです。Microsoft のサインイン用ホストにある https のアドレスだけを使用できます。
admin-policy-language = 既定の言語
admin-policy-language-none = ブラウザーの言語
admin-policy-host = カスタム ホスト名（省略可）
admin-policy-host-hint = このガイドをルートで公開するホスト名です（例：passkeys.example.com）。
admin-policy-save = ポリシーを保存
admin-policy-saved = ポリシーを保存しました。今後、ガイドはこのポリシーに従います。
admin-policy-error-url = セキュリティ情報のアドレスは、Microsoft のサインイン用ホストにある https のアドレスにしてください。
admin-policy-error-host = passkeys.example.com のようなホスト名を入力するか、空欄のままにしてください。
admin-policy-error-host-taken = このホスト名は、すでに別の組織で使用されています。

## 従業員名簿

admin-roster-title = 従業員
admin-roster-import = 名簿をインポート
admin-roster-import-hint = ヘッダー行のある CSV ファイルです。列名は英語で指定してください。必須の列は email（メールアドレス。UPN でも可）と display name（表示名）、省略可能な列は preferred language（優先する言語）、department（部署）、manager（上司）です。区切り文字はコンマとセミコロンのどちらでもかまいません。もう一度インポートすると、変更された行が更新され、それ以外の行はそのまま残ります。
admin-roster-file = CSV ファイル
admin-roster-import-submit = インポート
admin-roster-report = インポート結果
admin-roster-summary = 追加：{ $inserted } 件、更新：{ $updated } 件、変更なし：{ $unchanged } 件、インポートできなかった行：{ $bad } 件
admin-roster-line = { $line } 行目
admin-roster-lookup = 従業員を検索
admin-roster-search = 名前またはメールアドレス
admin-roster-search-submit = 検索
admin-roster-caption = 従業員（一致した最初の 50 件）
admin-roster-name = 名前
admin-roster-email = メールアドレス
admin-roster-language = 言語
admin-roster-department = 部署
admin-roster-link = 個人用リンク

roster-error-empty = ファイルが空です。
roster-error-encoding = ファイルが UTF-8 のテキストではありません。「CSV UTF-8」形式で保存してから、もう一度お試しください。
roster-error-no-email-column = メールアドレスの列が見つかりません。いずれかの列に、次のどれかの名前を付けてください：{ $expected }
roster-error-no-name-column = 表示名の列が見つかりません。いずれかの列に、次のどれかの名前を付けてください：{ $expected }
roster-error-too-large = ファイルが { $max } MB を超えています。
roster-error-read = ファイルを読み取れませんでした：{ $detail }
roster-row-missing-email = メールアドレスがありません。
roster-row-invalid-email = 「{ $value }」はメールアドレスではありません。
roster-row-missing-name = 表示名がありません。
roster-row-too-long = { $column } 列の値が { $max } 文字を超えています。
roster-row-duplicate = 同じメールアドレスが { $line } 行目にすでにあります。この行はスキップしました。
roster-row-malformed = この行を読み取れませんでした（{ $detail }）。
roster-row-language-ignored = 言語「{ $value }」は使用できません。従業員のブラウザーの言語が使用されます。

## エラー

admin-error-title = このページを表示できません
admin-error-not-found = このページは存在しないか、お使いのアカウントにはアクセス権がありません。
admin-error-forbidden = この組織でのあなたのロールでは、情報を参照することはできますが、変更することはできません。
admin-error-csrf = フォームの有効期限が切れました。前のページに戻ってページを再読み込みし、もう一度お試しください。
admin-error-internal = サーバー側で問題が発生しました。しばらくしてからもう一度お試しください。繰り返し発生する場合は、このサービスの管理者に連絡してください。
admin-error-back = 管理コンソールに戻る

## 従業員向けガイド：テナントのサポート連絡先と個人用リンク

support-heading = お困りですか？
support-email = メール：
support-phone = 電話：
support-website = IT ヘルプページ
support-hours = 受付時間：
footer-privacy-personal = 個人用リンクから開いたため、このガイドのどのステップまで進んだかが IT 部門に表示されます。入力した内容が IT 部門に見られることはありません。
link-problem-title = このリンクは使用できません
link-invalid = この個人用リンクは無効です。コピーしたときに途中で切れたか、変更された可能性があります。
link-expired = この個人用リンクは有効期限が切れています。
link-unknown = この個人用リンクは、すでに使用が停止されています。
link-problem-generic = 一般向けのガイドを使って、パスキーを設定することもできます。新しいリンクが必要な場合は、IT 部門に依頼してください。
link-problem-open-guide = ガイドを開く

## ヘルプデスク：従業員ごとの進み具合

admin-employee-title = 従業員
admin-employee-back = 名簿に戻る
admin-journey-stage = 進捗
admin-journey-stage-not-opened = リンクをまだ開いていません
admin-journey-stage-opened = リンクを開きました
admin-journey-stage-flow-started = 手順を進めています
admin-journey-stage-handed-off = 「セキュリティ情報」に移動しました
admin-journey-stage-confirmed = パスキーが登録されたことを確認しました
admin-journey-stage-signed-in = テストでパスキーを使ってサインインしました
admin-journey-position = 最後に到達したステップ
admin-journey-at-done = 完了：{ $flow }
admin-journey-answer = 「セキュリティ情報」のあとの「うまくいきましたか？」への回答
admin-journey-answer-worked = はい、うまくいきました
admin-journey-answer-failed = いいえ、うまくいきませんでした
admin-journey-devices = 使用したデバイス
admin-journey-last-seen = 最終アクセス
admin-journey-registration = Entra ID での登録
admin-journey-registration-unknown = まだ不明
admin-journey-registration-yes = はい（{ $at } 時点）
admin-journey-registration-no = いいえ（{ $at } 時点）
admin-journey-stuck = { $step } で先に進めなくなっています：{ $symptom }
admin-journey-stuck-help = 対処方法
admin-journey-help-page = 既知の問題と解決方法の一覧 (従業員に表示される内容)
admin-journey-reading-causes = 原因を確認しました
admin-journey-timeline = タイムライン
admin-journey-timeline-caption = この従業員がガイドで行った操作を、古い順にすべて表示します。同じ操作の繰り返しは、1 行にまとめて回数で示します。
admin-journey-when = 日時
admin-journey-what = 操作
admin-journey-where = 場所
admin-journey-detail = 詳細
admin-journey-device = デバイス
admin-journey-repeats = 回数
admin-journey-times = { $count ->
    [one] 1 回
   *[other] { $count } 回（最終：{ $last }）
}
admin-journey-not-opened = この従業員は、まだ個人用リンクを開いていません。
admin-journey-kind-page-viewed = スタートページを開きました
admin-journey-kind-flow-chosen = 方法を選びました
admin-journey-kind-step-viewed = ステップに到達しました
admin-journey-kind-handoff-clicked = 「セキュリティ情報」に移動しました
admin-journey-kind-done = 最後の画面に到達しました
admin-journey-kind-link-opened = リンクを開きました
admin-journey-kind-returned = 「セキュリティ情報」から戻りました
admin-journey-kind-confirmed = パスキーが登録されたことを確認しました
admin-journey-kind-stuck = 先に進めなくなりました
admin-journey-kind-diagnostic-sent = レポートを送信しました
admin-journey-kind-restarted = 最初からやり直しました
admin-journey-kind-sign-in-tested = パスキーでのサインインをテストしました
admin-journey-sign-in-worked = サインインできました
admin-journey-sign-in-failed = サインインできませんでした
admin-diagnostics-title = 従業員からのレポート
admin-diagnostics-none = レポートはありません。
admin-diagnostic-heading = レポート { $reference }（{ $at }）
admin-diagnostic-where = ステップ
admin-diagnostic-symptom = 問題
admin-diagnostic-note = 本人のメモ
admin-diagnostic-device = デバイス
admin-diagnostic-probe = ブラウザーのチェック結果
admin-diagnostic-no-probe = 取得できませんでした（JavaScript が無効でした）
admin-diagnostic-user-agent = ユーザー エージェント

## リマインダー

admin-nav-reminders = リマインダー
admin-reminders-title = リマインダー
admin-reminders-lead = リマインダーは、個人用リンクを受け取ったものの、Entra ID 上でまだパスキーが登録されていない従業員に送信されます。各リマインダーは、配信停止時間帯を避けて、従業員の言語で 1 回だけ送信されます。
admin-reminders-saved = リマインダーの設定を保存しました。
admin-reminders-enabled = リマインダーを自動で送信する
admin-reminders-offsets = リンク送信後の日数（コンマ区切り。例：7, 14）
admin-reminders-time-zone = タイム ゾーン（IANA 名。例：Asia/Tokyo）
admin-reminders-quiet-from = 配信停止の開始時刻（時、0～23）
admin-reminders-quiet-until = 配信停止の終了時刻（時、0～23）
admin-reminders-weekends = 土曜日と日曜日はリマインダーを送信しない
admin-reminders-per-hour = 1 時間あたりの最大メール数
admin-reminders-save = 設定を保存
admin-reminders-preview-title = 今リマインダーを送信した場合
admin-reminders-preview-lead = { $count ->
    [one] 今実行すると、1 人の従業員にリマインダーが送信されます。このページからは何も送信されません。
   *[other] 今実行すると、{ $count } 人の従業員にリマインダーが送信されます。このページからは何も送信されません。
}
admin-reminders-preview-caption = 各従業員について、次回の実行で行われる内容とその理由
admin-reminders-col-reminder = リマインダー
admin-reminders-col-why = 内容または理由
admin-reminders-col-state = 状態
admin-reminders-col-error = エラー
admin-reminders-days = { $days } 日後のリマインダー
admin-reminders-none = なし
admin-reminders-content-start-here = ここから開始（リンク未開封）
admin-reminders-content-pick-up = 中断したステップから再開
admin-reminders-content-stuck = 進めなくなった：原因と解決方法
admin-reminders-content-did-not-finish = 完了していない
admin-reminders-skip-not-announced = リンクをまだ送信していない
admin-reminders-skip-registered = パスキー登録済み
admin-reminders-skip-status-unknown = Entra ID の登録状況に含まれていない
admin-reminders-skip-opted-out = リマインダーを停止済み
admin-reminders-skip-not-due = まだ送信時期ではない
admin-reminders-skip-all-sent = すべてのリマインダーを送信済み
admin-reminders-history-title = 送信したリマインダー
admin-reminders-history-none = リマインダーはまだありません。
admin-reminders-history-caption = これまでに決定したリマインダー（新しい順）
admin-reminders-state-queued = 送信待ち
admin-reminders-state-sent = 送信済み
admin-reminders-state-failed = 失敗
admin-reminders-state-superseded = 後のリマインダーに置き換え
admin-reminders-error-offsets = 1～90 の日数を 1～5 個、コンマで区切って入力してください。
admin-reminders-error-time-zone = Asia/Tokyo や America/New_York などの IANA タイム ゾーン名を使用してください。
admin-reminders-error-hour = 0～23 の時刻を入力してください。
admin-reminders-error-per-hour = 1～100000 の数値を入力してください。
