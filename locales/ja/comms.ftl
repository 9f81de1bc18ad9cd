# Comms: mail transport, programme (deadline, mandatory, manager digests), announcement waves,
# message templates, and the messages themselves.

admin-nav-comms = メール配信
admin-links-announce = これらのリンクを今から送信する（全員のリマインダーを今日から数える）
admin-reminders-skip-past-deadline = 期限切れのため、リマインダーを停止済み

audit-action-mail-transport-saved = メールの送信方法を変更しました
audit-action-template-saved = メッセージの文面を保存しました
audit-action-template-reset = メッセージを既定の文面に戻しました
audit-action-programme-saved = 期限または導入計画のルールを変更しました
audit-action-wave-scheduled = 案内の配信ウェーブを予約しました
audit-action-wave-cancelled = 案内の配信ウェーブを取り消しました

## Messages to employees and managers
final-notice-subject = { $org }：最後のリマインダー：{ $deadline } までにパスキーを設定してください
final-notice-body = これが最後のリマインダーです。{ $deadline } までにパスキーを設定してください。所要時間は約 5 分で、あなた専用のガイドに必要な手順が表示されます。
reminder-deadline = { $deadline } までにパスキーを設定してください。
digest-subject = { $org }：パスキーをまだ設定していないチーム メンバー
digest-body = あなたの部下のうち、次のメンバーがまだパスキーを設定していません。あなたから一声かけていただくと効果的です。各メンバーには、専用のガイドがメールで届いています。
digest-reason-stuck = 先に進めず、サポートを求めている
digest-reason-device-too-old = デバイスが古く、パスキーを使えない
digest-reason-in-progress = 開始したが完了していない
digest-reason-never-opened = まだガイドを開いていない
digest-at-step = ステップ { $step }：{ $title }
template-sample-name = 山田 太郎
template-sample-deadline = 2027-01-31
template-sample-step = iPhone での設定のステップ 3「パスキーを追加する」で中断しています。あなた専用のリンクから、そのステップに戻れます。
template-test-tag = テスト

## Employee pages
mandatory-note = パスキーの設定は組織の全員に必須のため、これらのメールを停止することはできません。
mandatory-note-contact = パスキーの設定は組織の全員に必須のため、これらのメールを停止することはできません。ご不明な点は { $support } までお問い合わせください。
unsubscribe-title = リマインダー メール
unsubscribe-lead = パスキーの設定に関するリマインダー メールを停止しますか？
unsubscribe-invalid = このアドレスは使用できなくなりました。リマインダー メールを停止するには、最新のメールにある個人用リンクを開いてください。

## Console: the comms page
comms-title = メール配信
comms-lead = メッセージの送信方法、期限、配信ウェーブ、各メッセージの文面を設定します。
comms-saved-transport = メールの設定を保存しました。
comms-saved-programme = 導入計画を保存しました。
comms-saved-wave = 配信ウェーブを保存しました。すぐに送るウェーブはただちに送信され、予約したウェーブは指定時刻から 5 分以内に送信されます。
comms-saved-wave-cancelled = 配信ウェーブを取り消しました。
comms-saved-test = あなたのアドレス宛てのテスト メッセージを送信キューに入れました。
comms-save = 保存
comms-send-test = 自分にテストを送信
comms-transport-title = メールの送信方法
comms-transport-now-graph = Microsoft Graph を使って { $from } から送信します。
comms-transport-now-smtp = 自社の SMTP サーバー経由で { $from } から送信します。
comms-transport-now-server = このサーバーのメール設定で送信します。
comms-transport-legend = 送信方法
comms-transport-graph = Microsoft Graph（自社のメールボックスから送信）
comms-transport-smtp = 自社の SMTP サーバー
comms-transport-needs-entra = Microsoft Graph を使うには、先に Entra との接続が必要です。
comms-transport-graph-hint = Graph には Mail.Send アプリケーションのアクセス許可が必要です。ドキュメントの説明に従って Exchange Online で送信用のメールボックスだけに制限してから、自分宛てにテストを送信してください。
comms-from = 差出人アドレス
comms-reply-to = 返信先（Reply-To）アドレス（省略可）
comms-smtp-url = SMTP サーバーの URL
comms-smtp-url-hint = 例：smtp://user:password@smtp.example.com:587?tls=required。暗号化して保存され、二度と表示されません。保存済みの値をそのまま使う場合は空欄のままにしてください。
comms-programme-title = 導入計画
comms-deadline = 期限（省略可）
comms-deadline-hint = 最終通知は期限の 3 日前に送信され、期限を過ぎるとリマインダーは停止します。日付は { $zone } 基準です。
comms-mandatory = 登録を必須にする（従業員はメールを停止できません）
comms-manager-digest = 未登録のチーム メンバーの一覧を毎週、各上司に送信する
comms-waves-title = 配信ウェーブ
comms-waves-lead = まず一部の対象者（パイロット）に案内し、その後で残りの全員に案内します。送信先は、まだ案内を受け取っていない人だけです。各人のリマインダーは、その人に案内を送った時点から数えます。
comms-cohort = 対象
comms-cohort-everyone = まだ案内していない全員
comms-cohort-department = 部署
comms-cohort-group = Entra グループ
comms-cohort-list = アドレスの一覧
comms-cohort-value = 部署名または Entra グループのオブジェクト ID
comms-cohort-addresses = アドレス（email 列のある CSV、または 1 行に 1 つのアドレス）
comms-wave-at = 日時（すぐに送る場合は空欄）
comms-wave-at-hint = { $zone } 基準の時刻です。
comms-wave-schedule = 案内する
comms-waves-caption = 配信ウェーブ（新しい順）
comms-wave-col-at = 日時
comms-wave-col-state = 状態
comms-wave-col-announced = 案内済み
comms-wave-cancel = 取り消す
comms-wave-state-scheduled = 予約済み
comms-wave-state-sending = 送信中
comms-wave-state-sent = 送信済み
comms-wave-state-failed = 失敗
comms-templates-title = メッセージの文面
comms-templates-lead = 各メッセージには、言語ごとに、変更するまで既定の文面が使われます。
comms-templates-caption = メッセージと言語
comms-template-col-message = メッセージ
comms-template-col-language = 言語
comms-template-col-state = 文面
comms-template-edit = 編集
comms-template-custom = カスタムの文面
comms-template-built-in = 既定の文面
comms-kind-announcement = 案内
comms-kind-reminder = リマインダー
comms-kind-final-notice = 最終通知
comms-kind-manager-digest = 上司向けまとめ

## Console: editing one message
comms-back = メール配信に戻る
comms-template-problems = 文面は保存されませんでした：
comms-subject = 件名
comms-body = 本文
comms-placeholders = 使用できるプレースホルダー（波かっこも含めて入力します）：
comms-preview = プレビュー
comms-preview-title = サンプルの従業員でプレビュー
comms-template-reset = 既定の文面に戻す
comms-template-saved = メッセージの文面を保存しました。
comms-template-was-reset = 既定の文面に戻しました。
comms-field-subject = 件名
comms-field-body = 本文
comms-problem-unknown-placeholder = { $field } で使われている { $placeholder } は、プレースホルダーではありません。
comms-problem-not-allowed = { $field } で使われている { $placeholder } は、このメッセージでは差し込めません。
comms-problem-missing = メッセージに { $placeholder } を含める必要があります。
comms-problem-unclosed = { $field } に、同じ行で閉じられていない波かっこがあります。波かっこそのものを入力するには {"{{"} と書いてください。
comms-problem-line-break = 件名は 1 行にしてください。
comms-problem-empty = { $field } が空です。
comms-problem-too-long = { $field } が { $max } 文字を超えています。

## Dashboard
dashboard-col-waves = 配信ウェーブ
dashboard-wave = { $cohort } { $value }（{ $count } 人に案内済み）
