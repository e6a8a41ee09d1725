package com.discountworkbench.data;

import java.util.List;
import java.util.Set;

/**
 * What column names say about their meaning, in English and Chinese. Only names are judged here;
 * {@link RoleGuesser} checks them against the values.
 */
public final class ColumnVocabulary {
    /** Purchase words, strongest first: the earlier the word, the surer the column is the label. */
    private static final List<String> LABEL_WORDS = List.of("purchased", "purchase", "bought", "buy", "converted",
            "conversion", "ordered", "order", "revenue", "sold", "sale", "redeemed", "accepted", "accept",
            "购买", "下单", "成交", "转化", "y", "target", "label", "outcome", "response", "responded");
    /** Outcomes measured after the offer that are not the purchase itself. */
    private static final Set<String> POST_OUTCOME_WORDS = Set.of("visit", "visited", "click", "clicked", "clicks",
            "open", "opened", "opens", "访问", "点击");
    private static final Set<String> TREATMENT_WORDS = Set.of("discount", "discounts", "offer", "offered", "offers",
            "treatment", "treated", "promo", "promotion", "coupon", "voucher", "segment", "campaign", "arm",
            "variant", "折扣", "优惠", "优惠券", "券");
    private static final Set<String> VALUE_WORDS = Set.of("spend", "spent", "spending", "revenue", "amount", "sales",
            "value", "paid", "payment", "gmv", "basket", "消费", "金额", "销售额", "实付", "支付");
    private static final Set<String> MARGIN_WORDS = Set.of("margin", "毛利", "毛利率");
    /** Words that place a column before the offer (customer history), whatever else the name says. */
    private static final Set<String> HISTORY_WORDS = Set.of("past", "prev", "previous", "prior", "history",
            "historical", "last", "lifetime", "ltv", "avg", "average", "mean", "before", "since", "used", "count",
            "num", "number", "times", "历史", "过去", "累计", "平均");
    private static final Set<String> ID_WORDS = Set.of("id", "ids", "uid", "uuid", "guid", "编号");
    private static final Set<String> PERSON_WORDS = Set.of("customer", "cust", "user", "member", "client",
            "account", "客户", "用户", "会员");
    private static final Set<String> CODE_WORDS = Set.of("no", "nr", "number", "code", "key");

    private ColumnVocabulary() {
    }

    /** {@code customer_id}, {@code CustomerID}, {@code user}, {@code 会员编号}... */
    public static boolean isIdName(String name) {
        List<String> tokens = NameTokens.of(name);
        if (tokens.isEmpty()) {
            return false;
        }
        if (matches(tokens.get(tokens.size() - 1), ID_WORDS)) {
            return true;
        }
        boolean person = tokens.stream().anyMatch(t -> matches(t, PERSON_WORDS));
        return person && (tokens.size() == 1 || tokens.stream().anyMatch(t -> matches(t, CODE_WORDS)));
    }

    /** Rank of the strongest purchase word in the name (0 = strongest), or -1 when it has none. */
    public static int labelWordRank(String name) {
        List<String> tokens = NameTokens.of(name);
        if (isHistory(tokens)) {
            return -1;
        }
        for (int rank = 0; rank < LABEL_WORDS.size(); rank++) {
            Set<String> word = Set.of(LABEL_WORDS.get(rank));
            if (tokens.stream().anyMatch(t -> matches(t, word))) {
                return rank;
            }
        }
        return -1;
    }

    public static boolean isPostOutcomeName(String name) {
        List<String> tokens = NameTokens.of(name);
        return !isHistory(tokens) && tokens.stream().anyMatch(t -> matches(t, POST_OUTCOME_WORDS));
    }

    /**
     * How strongly the name says "the offer this customer got": 3 when the whole name is an offer word,
     * 2 when it starts or ends with one, 1 when one is inside, 0 when none (or the name is about history,
     * like {@code coupons_used}).
     */
    public static int treatmentScore(String name) {
        return wordScore(NameTokens.of(name), TREATMENT_WORDS);
    }

    public static boolean isValueName(String name) {
        return wordScore(NameTokens.of(name), VALUE_WORDS) > 0;
    }

    public static boolean isMarginName(String name) {
        return wordScore(NameTokens.of(name), MARGIN_WORDS) > 0;
    }

    private static int wordScore(List<String> tokens, Set<String> words) {
        if (tokens.isEmpty() || isHistory(tokens)) {
            return 0;
        }
        if (tokens.size() == 1 && matches(tokens.get(0), words)) {
            return 3;
        }
        if (matches(tokens.get(0), words) || matches(tokens.get(tokens.size() - 1), words)) {
            return 2;
        }
        return tokens.stream().anyMatch(t -> matches(t, words)) ? 1 : 0;
    }

    /**
     * A token is a word, or, for Chinese (written without spaces, so one token may be a compound such as
     * 是否购买), contains a Chinese word.
     */
    private static boolean matches(String token, Set<String> words) {
        if (words.contains(token)) {
            return true;
        }
        if (!isHan(token)) {
            return false;
        }
        for (String word : words) {
            if (isHan(word) && token.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHan(String text) {
        return !text.isEmpty() && Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    /** History words, or a time window such as {@code 30d}, {@code 12m}, {@code 7days}. */
    private static boolean isHistory(List<String> tokens) {
        for (String token : tokens) {
            if (matches(token, HISTORY_WORDS) || token.matches("\\d+(d|w|m|y|day|days|weeks|months|years)")) {
                return true;
            }
        }
        return false;
    }
}
