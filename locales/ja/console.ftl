# コンソールへのサインイン：Entra ID、緊急アクセス用アカウントのパスキー、アカウント ページ、メンバーと招待。

admin-nav-people = メンバー
admin-error-entra-only = この組織のコンソールでは、「Microsoft でサインイン」またはパスキーによるサインインしか受け付けていません。サインアウトしてから、どちらかの方法でサインインし直してください。

## サインイン ページ
sso-heading = 職場アカウントでサインイン
sso-button = Microsoft でサインイン
sso-tenant-label = 組織
sso-tenant-hint = コンソールのアドレスに含まれている組織の短縮名です：/admin/t/short-name
sso-not-set-up = この組織では「Microsoft でサインイン」が設定されていません。パスキーかパスワードを使用するか、コンソールの所有者にお問い合わせください。
sso-unavailable = Microsoft のサインイン サービスに接続できませんでした。しばらくしてから、もう一度お試しください。
sso-stale = このサインインは有効期限が切れているか、すでに使用されています。最初からやり直してください。
sso-provider-error = Microsoft でサインインできませんでした（エラー：{ $code }）。最初からやり直すか、Entra の管理者にお問い合わせください。
sso-refused = Microsoft からの応答を検証できなかったため、サインインしていません。{ $reason ->
    [expired] サインインに時間がかかりすぎました。
    [tenant] 別の組織向けの応答でした。
    [audience] 別のアプリケーション向けの応答でした。
    [issuer] 別の発行者からの応答でした。
    [nonce] 別のサインインに対する応答でした。
    [unknown-key] 組織が公開していないキーで署名されていました。
    [algorithm] Microsoft の署名方式で署名されていませんでした。
    [signature] 署名が無効です。
   *[other] 最初からやり直してください。繰り返し発生する場合は、このサービスの管理者に連絡してください。
}
sso-no-role = { $username } としてサインインしましたが、このコンソールでのロールがありません。このアプリの「所有者」、「管理者」、または「ヘルプデスク」ロールの割り当てを Entra の管理者に依頼するか、所有者に招待を依頼してください。
sso-removed = { $username } としてサインインしましたが、このコンソールへのアクセス権は所有者によって削除されています。もう一度招待するよう所有者に依頼してください。
sso-address-taken = { $username }（この組織のゲスト）としてサインインしました。このアドレスのアカウントはここに既に存在し、ゲストのサインインでは引き継げません。所有者にアプリ ロールの割り当てを依頼するか、この組織のアカウントでサインインしてください。
sso-signed-in-title = サインインしました
sso-continue = コンソールに進む
passkey-sign-in-heading = 緊急アクセス用アカウント
passkey-sign-in-lead = このコンソールの緊急用アカウント向けです。アカウントに登録されているパスキーでサインインしてください。
passkey-sign-in-button = パスキーでサインイン
passkey-needs-js = パスキーを使用するには、このブラウザーで JavaScript が必要です。
passkey-failed = パスキーでサインインできませんでした。もう一度試すか、別の方法でサインインしてください。
password-sign-in-heading = ローカル アカウント

## アカウント ページ
account-title = アカウント
account-signed-in-as = { $email } としてサインインしています（{ $method }）。
sign-in-method-password = パスワード
sign-in-method-passkey = パスキー
sign-in-method-entra = Microsoft Entra ID
passkeys-heading = パスキー
passkeys-lead = パスキーがあれば、組織が Microsoft でのサインインしか受け付けない場合でも、このアカウントはパスワードなしでサインインできます。緊急用に保管しているセキュリティ キーまたはデバイスにパスキーを登録してください。
passkeys-none = このアカウントにはパスキーがありません。
passkey-name-label = 名前
passkey-name-default = 緊急用セキュリティ キー
passkey-created = 追加日
passkey-last-used = 最終使用日
passkey-never-used = なし
passkey-add = パスキーを追加
passkey-remove = 削除
passkey-added = パスキーを追加しました。
passkey-removed = パスキーを削除しました。
passkey-unavailable = このサーバーではパスキーを使用できません：

## メンバー ページ
people-title = メンバー
people-heading = このコンソールを使用できるユーザー
people-person = ユーザー
people-role = ロール
people-source = ロールの取得元
people-methods = サインイン方法
people-actions = 操作
people-change-role = ロールを変更
people-remove = アクセス権を削除
people-removed = アクセス権を削除済み
people-role-from-entra = Entra のアプリ ロール
people-role-from-console = このコンソール
people-role-changed = ロールを変更しました。
people-access-removed = アクセス権を削除し、このユーザーのすべてのセッションを終了しました。
people-error = 保存されませんでした：{ $detail }
invite-heading = ユーザーを招待
invite-lead = 招待は 7 日後に有効期限が切れます。リンクによる招待は一度しか表示されません。ご自身で相手に送ってください。
invite-address = メールアドレスまたはユーザー プリンシパル名
invite-kind = サインイン方法
invitation-kind-entra = Microsoft Entra ID で、このユーザーとしてサインイン
invitation-kind-link = 招待リンクから設定するパスワードでサインイン
invite-submit = 招待
invite-bad-address = メールアドレスでもユーザー プリンシパル名でもありません。
invite-bad-role = ロールを選択してください。
invite-entra-not-set-up = 先に「Microsoft でサインイン」を設定するか、リンクで招待してください。
invitation-created = 招待を保存しました。
invitation-link-once = このリンクを今すぐコピーして、相手に送ってください。このリンクは二度と表示されません。
invitation-state = 状態
invitation-state-open = 未使用
invitation-state-accepted = 承諾済み
invitation-state-expired = 期限切れ
invitation-state-revoked = 取り消し済み
invitation-expires = 有効期限
invitation-by = 招待者
invitation-revoke = 取り消す
invitation-revoked = 招待を取り消しました。
sso-settings-heading = Microsoft でサインイン
sso-settings-lead = 誰が何をできるかは、Entra の管理者が決めます。アプリの登録のアプリ ロールに、ユーザーまたはグループを割り当ててください。
sso-redirect-uri = アプリに登録するリダイレクト URI（Web プラットフォーム）：
sso-entra-tenant-id = ディレクトリ (テナント) ID
sso-client-id = アプリケーション (クライアント) ID
sso-secret = クライアント シークレット
sso-secret-hint = 空欄のままにすると、この組織の Entra 接続の資格情報（同じアプリの登録）が使用されます。
sso-credential-kept = 保存済み：{ $kind }。そのまま使用する場合は空欄のままにしてください。
sso-credential-secret = クライアント シークレット
sso-credential-certificate = 証明書
sso-credential-entra-connection = Entra 接続の資格情報
sso-role-names = アプリ ロールの値
sso-save = サインイン設定を保存
sso-saved = サインイン設定を保存しました。
sso-entra-only-off = ローカル パスワードを受け付けます。
sso-entra-only-on = 「Microsoft でサインイン」と、緊急アクセス用アカウントのパスキーのみを受け付けます。
sso-entra-only-enable = Microsoft でのサインインのみを受け付ける
sso-entra-only-disable = ローカル パスワードを再び受け付ける
sso-entra-only-saved = サインインのルールを保存しました。

## 招待リンク
invitation-accept-title = コンソールに参加
invitation-accept-lead = { $address } は { $tenant } に { $role } として招待されています。完了するには、パスワードを設定してください。
invitation-password = 新しいパスワード
invitation-password-hint = 12 文字以上
invitation-password-short = パスワードは { $min } 文字以上にする必要があります。
invitation-accept = 参加
invitation-not-open = この招待は使用済み、取り消し済み、または期限切れです。新しい招待を依頼してください。
invitation-accepted-existing = 既存のアカウントにロールを追加しました。いつもどおりサインインしてください。

## 運用担当者
tenant-create-heading = 組織を作成
tenant-create-name = 名前
tenant-create-slug = 短縮名
tenant-create-slug-hint = 英小文字、数字、ハイフンを使用できます。ガイドのアドレスの一部になります。
tenant-create-submit = 作成

## 監査ログ
audit-action-sso-configured = 「Microsoft でサインイン」を設定しました
audit-action-entra-only-set = 受け付けるサインイン方法を変更しました
audit-action-invitation-created = ユーザーを招待しました
audit-action-invitation-accepted = 招待を承諾しました
audit-action-invitation-revoked = 招待を取り消しました
audit-action-role-changed = ロールを変更しました
audit-action-access-removed = ユーザーのアクセス権を削除しました
audit-action-passkey-added = パスキーを追加しました
audit-action-passkey-removed = パスキーを削除しました
audit-action-tenant-created-in-console = コンソールで組織を作成しました
