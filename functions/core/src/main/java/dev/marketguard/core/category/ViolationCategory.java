package dev.marketguard.core.category;

/**
 * The seven categories of the committee's monthly breakdown (違反内訳), in the notice's order.
 * Codes are stable: they are stored, published and used as metric dimensions.
 */
public enum ViolationCategory {
    MULTI_LEVEL_MARKETING("マルチ商法",
            "マルチ商法・ネットワークビジネスへの勧誘目的が疑われる仕事依頼です。"),
    EXTERNAL_TERMS_VIOLATION("外部規約違反",
            "他社サービスの利用規約に反した行為が疑われる仕事依頼です。"),
    STEALTH_MARKETING("ステルスマーケティング",
            "特定のサービスやサイト等の宣伝目的であることを隠した依頼であったり、口コミ・レビューを意図的な内容で投稿する仕事依頼です。"),
    DIRECT_TRADING("直接取引",
            "ランサーズのメッセージ機能や決済システムを介さず、クライアント・ランサー間で電話番号・メールアドレス・チャットアプリID等の連絡先を交換、直接報酬の支払・受取を行う直接取引目的が疑われる仕事依頼です。"),
    UNCERTAIN_REWARD("報酬不確定",
            "成果報酬や歩合制、物品等を報酬とする旨の記載がある仕事依頼です。"),
    UNPAID_SAMPLE_REQUEST("サンプル・トライアルの無償要求",
            "クライアント様がお仕事を発注する前に無償でランサー様にサンプルやトライアルを求める仕事依頼です。"),
    OTHER("その他",
            "法律に抵触する恐れがある仕事依頼や、ひとつの仕事依頼の中に複数のカテゴリにまたがる内容が記載されているもの等、上記以外の利用規約違反が疑われる仕事依頼です。");

    private final String label;
    private final String description;

    ViolationCategory(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The Japanese label used in the breakdown, e.g. 直接取引. */
    public String label() {
        return label;
    }

    /** The committee's one-sentence description, as published under the breakdown. */
    public String description() {
        return description;
    }
}
