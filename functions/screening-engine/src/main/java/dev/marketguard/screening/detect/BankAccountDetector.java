package dev.marketguard.screening.detect;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.screening.analysis.AnalyzedField;
import dev.marketguard.screening.analysis.NormalizedText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bank account details written out for a direct transfer: a bank (銀行, 信用金庫, ゆうちょ …),
 * an account type (普通/当座) and a 7-digit account number close together, or a ゆうちょ
 * 記号-番号 pair. Paying outside escrow is direct trading even after escrow, so these findings
 * are not "contact exchange".
 */
public final class BankAccountDetector implements Detector {
    static final String RULE = "payment.bank_account";

    private static final Pattern BANK = Pattern.compile("銀行|信用金庫|信金|信用組合|労働金庫|ゆうちょ|ユウチョ|bank");
    private static final Pattern ACCOUNT = Pattern.compile(
            "(?:普通|当座|貯蓄|futsu|口座番号)[^0-9\\n]{0,8}([0-9]{7})(?![0-9])|記号[^0-9\\n]{0,4}[0-9]{5}[^0-9\\n]{0,6}番号[^0-9\\n]{0,4}[0-9]{6,8}");

    private static final String[] BANK_WORDS = {"銀行", "信用金庫", "信金", "信用組合", "労働金庫", "ゆうちょ", "ユウチョ", "bank"};

    private static boolean mentionsBank(String t) {
        for (String w : BANK_WORDS) {
            if (t.contains(w)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void detect(AnalyzedSubject subject, FindingSink sink) {
        for (AnalyzedField field : subject.fields()) {
            NormalizedText view = field.folded();
            String t = view.text();
            if (!mentionsBank(t)) {
                continue; // cheap literal check before any regex pass
            }
            Matcher bank = BANK.matcher(t);
            while (bank.find()) {
                Matcher account = ACCOUNT.matcher(t).region(bank.end(), Math.min(t.length(), bank.end() + 60));
                if (account.find()) {
                    sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.95, field, view, bank.start(), account.end(), false);
                    break;
                }
            }
        }
    }
}
