## Rollout dashboard, stragglers and audit log (admin console)

admin-nav-dashboard = ダッシュボード
admin-nav-audit = 変更履歴

dashboard-title = 展開ダッシュボード
dashboard-no-data = このフィルターで表示できるものはまだありません。
dashboard-export-csv = この表をダウンロード (CSV)
dashboard-show-table = 数値を表で表示
dashboard-percent = { $n }%
dashboard-not-known = 不明

dashboard-filter-department = 部署
dashboard-filter-all-departments = すべての部署
dashboard-filter-from = 開始日
dashboard-filter-to = 終了日
dashboard-filter-apply = 適用
dashboard-range-all = 数値は全期間が対象です。グラフは直近 6 週間を表示します ({ $zone } の日付)。
dashboard-range-filtered = 数値とグラフは { $first } から { $last } が対象です ({ $zone } の日付)。
dashboard-error-from = 「開始日」は 2026-11-01 のような日付で入力してください。代わりに全期間を表示しています。
dashboard-error-to = 「終了日」は 2026-11-30 のような日付で入力してください。代わりに全期間を表示しています。
dashboard-error-reversed = 「終了日」が「開始日」より前です。代わりに全期間を表示しています。
dashboard-error-too-long = 期間は { $days } 日以内で選んでください。代わりに全期間を表示しています。
dashboard-status-as-of = Entra ID の登録状況 ({ $at } 時点)。
dashboard-status-never = Entra ID の登録状況がまだありません。ポータルの CSV エクスポートをインポートするか、Microsoft Graph との同期を設定してください。それまでは誰も登録済みとして数えられません。
dashboard-status-error = 前回の Microsoft Graph との同期に失敗しました: { $error }

dashboard-funnel-title = ファネル
dashboard-funnel-desc = 名簿の { $roster } 人の従業員のうち、各段階に到達した人数。
dashboard-funnel-roster = 名簿に登録
dashboard-funnel-announced = リンク送付済み
dashboard-funnel-opened = リンクを開いた
dashboard-funnel-flow-started = 手順を開始
dashboard-funnel-handed-off = 「セキュリティ情報」に移動
dashboard-funnel-registered = 登録済み (Entra ID による)

dashboard-col-stage = 段階
dashboard-col-employees = 従業員
dashboard-col-of-roster = 名簿に対する割合
dashboard-col-of-previous = 前の段階に対する割合
dashboard-col-platform = デバイス
dashboard-col-stuck = 現在つまずいている
dashboard-col-stuck-rate = つまずき率
dashboard-col-below-minimum = OS が古すぎる
dashboard-col-registered = 登録済み
dashboard-col-os-version = OS バージョン
dashboard-col-browser = ブラウザー
dashboard-col-in-app = アプリ内ブラウザー
dashboard-col-step = 手順
dashboard-col-symptom = 問題
dashboard-col-date = 日付
dashboard-col-announced = 送付したリンク
dashboard-col-reminders = 送信したリマインダー
dashboard-col-reason = 理由

dashboard-platforms-title = デバイス
dashboard-platforms-desc = リンクを開いた従業員を最後に使ったデバイス別に示し、現在つまずいている人数も表示します。
dashboard-platform-bar = { $n } (つまずき { $stuck })
dashboard-below-minimum-title = 手順の最低要件を下回る OS バージョン
dashboard-browsers-title = ブラウザー
dashboard-in-app-title = アプリ内ブラウザー
dashboard-stuck-title = つまずいている箇所

dashboard-days-title = 1 日あたりの登録数
dashboard-days-desc = { $first } から { $last } までに { $total } 件のパスキーが登録されました。リマインダーはそのうち { $reminderDays } 日に送信され、三角形で示しています。
dashboard-legend-reminders = その日にリマインダーを送信
dashboard-legend-announced = その日にリンクを送付

dashboard-stragglers-title = 未登録の従業員
dashboard-stragglers-intro = Entra ID でパスキーが確認できない従業員を、最も重要な理由別に示します。グループを開くと該当者を確認してエクスポートできます。
dashboard-stragglers-counts = 未登録の従業員 (理由別)
dashboard-straggler-stuck = つまずいている
dashboard-straggler-below-minimum = OS が古すぎる
dashboard-straggler-handed-off = 「セキュリティ情報」に移動したが未登録
dashboard-straggler-never-opened = リンクを一度も開いていない
dashboard-straggler-in-progress = 開始したが未完了

stragglers-title = パスキー未登録の従業員
stragglers-back = ダッシュボードに戻る
stragglers-all-reasons = すべての理由
stragglers-count =
    { $n ->
        [one] { $n } 人。
       *[other] { $n } 人。
    }
stragglers-export = 全員をダウンロード (CSV)
stragglers-col-name = 名前
stragglers-col-email = メール
stragglers-col-department = 部署
stragglers-col-manager = 上長
stragglers-col-detail = 詳細
stragglers-col-last-seen = 最終アクセス
stragglers-previous = 前のページ
stragglers-next = 次のページ
stragglers-pages = ページ
stragglers-page-of = { $page } / { $pages } ページ

audit-title = 変更履歴
audit-intro = この組織に対してコンソールまたはコマンド ラインで行われたすべての変更を、新しい順に表示します。
audit-col-when = 日時
audit-col-who = 実行者
audit-col-what = 内容
audit-col-changes = 変更点
audit-action-branding-saved = ブランディングの下書きを保存
audit-action-logo-uploaded = ロゴをアップロード
audit-action-branding-published = ブランディングを公開
audit-action-policy-saved = ポリシーを変更
audit-action-roster-imported = 従業員名簿をインポート
audit-action-links-exported = 個人用リンクをエクスポート
audit-action-reminders-saved = リマインダー設定を変更
audit-action-tenant-created = 組織を作成
audit-action-admin-granted = アカウントにロールを付与
audit-action-registration-imported = 登録状況をインポート
audit-action-reminders-announced = 案内を送信
