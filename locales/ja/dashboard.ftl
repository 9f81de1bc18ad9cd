## Rollout dashboard, stragglers and audit log (admin console)

admin-nav-dashboard = ダッシュボード
admin-nav-audit = 監査ログ

dashboard-title = 導入状況ダッシュボード
dashboard-no-data = このフィルターで表示できるデータはまだありません。
dashboard-export-csv = この表をダウンロード（CSV）
dashboard-show-table = 数値を表で表示
dashboard-percent = { $n }%
dashboard-not-known = 不明

dashboard-filter-department = 部署
dashboard-filter-all-departments = すべての部署
dashboard-filter-from = 開始日
dashboard-filter-to = 終了日
dashboard-filter-apply = 適用
dashboard-range-all = 件数は全期間が対象です。グラフには直近 6 週間を表示しています（日付は { $zone } 基準）。
dashboard-range-filtered = 件数とグラフは { $first }～{ $last } が対象です（日付は { $zone } 基準）。
dashboard-error-from = 「開始日」には 2026-11-01 のような日付を入力してください。代わりに全期間を表示しています。
dashboard-error-to = 「終了日」には 2026-11-30 のような日付を入力してください。代わりに全期間を表示しています。
dashboard-error-reversed = 「終了日」が「開始日」より前になっています。代わりに全期間を表示しています。
dashboard-error-too-long = 期間は { $days } 日以内で指定してください。代わりに全期間を表示しています。
dashboard-status-as-of = { $at } 時点の Entra ID の登録状況です。
dashboard-status-never = Entra ID の登録状況はまだありません。ポータルの CSV をインポートするか、Microsoft Graph との同期を設定してください。それまでは、登録済みとして数えられる従業員はいません。
dashboard-status-error = 前回の Microsoft Graph との同期に失敗しました：{ $error }

dashboard-funnel-title = ファネル
dashboard-funnel-desc = 名簿に登録されている { $roster } 人の従業員のうち、各段階に到達した人数です。
dashboard-funnel-roster = 名簿に登録
dashboard-funnel-announced = リンクを送信済み
dashboard-funnel-opened = リンクを開いた
dashboard-funnel-flow-started = 手順を開始した
dashboard-funnel-handed-off = 「セキュリティ情報」に移動した
dashboard-funnel-signed-in = サインインをテストした
dashboard-funnel-registered = 登録済み（Entra ID 上）

dashboard-col-stage = 段階
dashboard-col-employees = 従業員
dashboard-col-of-roster = 名簿全体に対する割合
dashboard-col-of-previous = 前の段階に対する割合
dashboard-col-platform = デバイス
dashboard-col-stuck = 現在先に進めなくなっている人
dashboard-col-stuck-rate = 先に進めなくなっている人の割合
dashboard-col-below-minimum = OS が古すぎる
dashboard-col-registered = 登録済み
dashboard-col-os-version = OS のバージョン
dashboard-col-browser = ブラウザー
dashboard-col-in-app = アプリ内ブラウザー
dashboard-col-step = ステップ
dashboard-col-symptom = 問題
dashboard-col-date = 日付
dashboard-col-announced = 送信したリンク
dashboard-col-reminders = 送信したリマインダー
dashboard-col-reason = 理由

dashboard-platforms-title = デバイス
dashboard-platforms-desc = リンクを開いた従業員を、最後にアクセスしたときのデバイス別に示します。現在先に進めなくなっている人数も併せて表示します。
dashboard-platform-bar = { $n }（うち先に進めなくなっている人：{ $stuck }）
dashboard-below-minimum-title = 方法ごとの最低要件を下回る OS バージョン
dashboard-browsers-title = ブラウザー
dashboard-in-app-title = アプリ内ブラウザー
dashboard-stuck-title = 先に進めなくなっている箇所

dashboard-days-title = 1 日あたりの登録数
dashboard-days-desc = { $first }～{ $last } に { $total } 件のパスキーが登録されました。このうちリマインダーを送信した { $reminderDays } 日は、三角形で示しています。
dashboard-legend-reminders = その日に送信したリマインダー
dashboard-legend-announced = その日に送信したリンク

dashboard-stragglers-title = 未登録の従業員
dashboard-stragglers-intro = Entra ID 上でパスキーが登録されていない従業員を、最も有力な理由ごとに示します。グループを開くと、該当する従業員を確認してエクスポートできます。
dashboard-stragglers-counts = 未登録の従業員（理由別）
dashboard-straggler-stuck = 先に進めなくなっている
dashboard-straggler-below-minimum = OS が古すぎる
dashboard-straggler-handed-off = 「セキュリティ情報」に移動したが未登録
dashboard-straggler-never-opened = リンクを一度も開いていない
dashboard-straggler-in-progress = 開始したが完了していない

stragglers-title = パスキーが未登録の従業員
stragglers-back = ダッシュボードに戻る
stragglers-all-reasons = すべての理由
stragglers-count =
    { $n ->
        [one] 従業員は { $n } 人です。
       *[other] 従業員は { $n } 人です。
    }
stragglers-export = 全員をダウンロード（CSV）
stragglers-col-name = 名前
stragglers-col-email = メールアドレス
stragglers-col-department = 部署
stragglers-col-manager = 上司
stragglers-col-detail = 詳細
stragglers-col-last-seen = 最終アクセス
stragglers-previous = 前のページ
stragglers-next = 次のページ
stragglers-pages = ページ
stragglers-page-of = { $page } / { $pages } ページ

audit-title = 監査ログ
audit-intro = コンソールまたはコマンド ラインでこの組織に対して行われたすべての変更を、新しい順に表示します。
audit-col-when = 日時
audit-col-who = 実行者
audit-col-what = 操作
audit-col-changes = 変更内容
audit-action-branding-saved = ブランド設定の下書きを保存しました
audit-action-logo-uploaded = ロゴをアップロードしました
audit-action-branding-published = ブランド設定を公開しました
audit-action-policy-saved = ポリシーを変更しました
audit-action-roster-imported = 名簿をインポートしました
audit-action-links-exported = 個人用リンクをエクスポートしました
audit-action-reminders-saved = リマインダーの設定を変更しました
audit-action-tenant-created = 組織を作成しました
audit-action-admin-granted = アカウントにロールを割り当てました
audit-action-registration-imported = 登録状況をインポートしました
audit-action-reminders-announced = 案内メールを送信しました
