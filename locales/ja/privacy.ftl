# 個人データ：従業員向けのプライバシー ページと、コンソールでの保持・エクスポート・消去。

## 従業員向けのプライバシー ページ（/privacy）

footer-privacy-link = あなたのデータの使われ方
privacy-title = あなたのデータの使われ方
privacy-lead = このガイドは、職場のアカウントにパスキーを登録するお手伝いをします。ここでは、ガイドが何を記録するのか、その理由、保存期間、問い合わせ先を説明します。
privacy-your-organisation = 所属組織
privacy-what-title = 記録される内容
privacy-what-anonymous = 個人用リンクを使わない場合：ガイドのどのページが表示されたか、デバイスの種類、その OS とブラウザー、言語。あなたが誰であるかは記録されません。
privacy-what-personal = { $organisation } から届いた個人用リンクを使う場合：IT 部門から提供されたリストにある氏名、勤務先のメールアドレス、部署、どのステップにいつ到達したか、「うまくいきました」や「うまくいきません」などの回答とその理由、使用したデバイス・OS のバージョン・ブラウザー、ヘルプデスクに送ったレポート、あなたに送信されたメッセージ、そして Microsoft Entra ID にあなたのアカウントのパスキーが登録されているかどうか。
privacy-what-cookies = ガイドでは、手順を進めている間に個人用リンクを保持するための Cookie と、言語を選んだ場合にその言語を保持するための Cookie を使用します。広告やトラッキングのための Cookie は使用しません。
privacy-what-never = パスワード、パスキー、Microsoft のページで入力した内容、あなたの現在地は、一切記録されません。
privacy-why-title = 記録する理由
privacy-why = お使いのデバイスに合った手順をガイドで表示するため、うまくいかないときに IT 部門がサポートできるようにするため、そしてまだパスキーを登録していない人にだけリマインダーを送るためです。
privacy-how-long-title = 保存期間
privacy-how-long = { $organisation } は、あなたがパスキーを登録するか導入対象から外れてから { $days } 日間、ステップごとのデータを保持し、その後削除します。各段階に到達した日付は、あなたが導入対象から外れるまで導入状況の集計に残ります。
privacy-who-title = 問い合わせ先
privacy-who = 自分のデータを確認したい場合や消去を希望する場合は、{ $organisation } の IT 部門にお問い合わせください。記録されているすべての情報をファイルで受け取ることも、完全に消去してもらうこともできます。
privacy-who-contact = IT 部門の連絡先は、このページの下部に記載されています。

## コンソール：保持、エクスポート、消去

privacy-retention-title = 個人データ
privacy-retention-now = 経過データは、従業員がパスキーを登録するか導入対象から外れてから { $days } 日間保持されます。
privacy-retention-days = 保持日数
privacy-retention-save = 保存
privacy-retention-hint = 毎日適用されます。期間が過ぎると、登録済みの従業員については、ステップごとのデータ（デバイス、ステップ、回答、レポート、メッセージ）が削除され、名簿のエントリと各段階の日付は残ります。導入対象から外れた従業員は完全に消去されます。従業員はこの内容をガイドのプライバシー ページで確認できます。
privacy-error-not-a-number = 保持期間は日数を整数で指定してください。
privacy-error-out-of-range = 保持期間は 1～3650 日の範囲で指定してください。
privacy-done-erased = 従業員を、その従業員に関するすべての記録とともに消去しました。
privacy-done-retention-saved = 保持期間を保存しました。
privacy-employee-title = 個人データ
privacy-export-submit = この従業員のデータをエクスポート（JSON）
privacy-export-hint = 本人からの開示請求に対応するための、この従業員に関して保持しているすべてのデータです。エクスポートは監査ログに記録されます。
privacy-erase-hint = 消去すると、この従業員と、その従業員に関するすべての記録（経過、デバイス、レポート、メッセージ、登録状況）が削除されます。元に戻すことはできません。Entra の導入対象グループにまだ含まれている場合は、次回の同期で新しい従業員として再び追加されます。
privacy-erase-confirm = 確認のため { $email } と入力してください
privacy-erase-submit = この従業員を消去
privacy-erase-mismatch = 入力したアドレスが一致しません。何も消去されていません。
audit-action-retention-saved = 経過データの保持期間を変更しました
audit-action-employee-erased = 従業員を消去しました
audit-action-employee-exported = 従業員のデータをエクスポートしました
