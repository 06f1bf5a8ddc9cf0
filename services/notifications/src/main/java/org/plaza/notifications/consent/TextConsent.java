package org.plaza.notifications.consent;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.plaza.notifications.template.Category;
import org.plaza.starter.retention.ErasureStep;
import org.plaza.starter.supporter.Hmac;
import org.plaza.starter.supporter.SupporterSettings;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Consent for text messages. Texts are suppressed on the same list as email, under keys of their own: the number's
 * key ({@code sms:tel_<HMAC of the E.164 number>}) when the resident texts a stop word, and the supporter's
 * ({@code sms:<supporterId>}) when they withdraw SMS consent on the supporters service. A text is not sent when
 * either is suppressed for its category; codes and confirmations (transactional) are always sent.
 * <p>
 * To tell the supporters service who texted STOP, the service remembers which supporters texts to a number were
 * for ({@value #RECIPIENTS}: the number's key and supporter ids, no number); an erasure removes the supporter there.
 */
@Component
public class TextConsent implements ErasureStep {

    static final String RECIPIENTS = "sms_recipients";
    private static final String PREFIX = "sms:";

    private final Suppressions suppressions;
    private final MongoTemplate mongo;
    private final Hmac numbers;

    TextConsent(Suppressions suppressions, MongoTemplate mongo, SupporterSettings supporter) {
        this.suppressions = suppressions;
        this.mongo = mongo;
        this.numbers = Hmac.forPurpose(supporter, "notifications.sms-number");
    }

    /** The suppression key of texts to {@code e164}: a keyed hash, so the list holds no number. */
    public String numberKey(String e164) {
        return PREFIX + "tel_" + numbers.mac(e164);
    }

    /** The suppression key of texts to a supporter, whatever their number. */
    public static String supporterKey(String supporterId) {
        return PREFIX + supporterId;
    }

    /** Whether a text of {@code category} to the number with {@code numberKey}, for {@code supporterId}, waits. */
    public boolean suppressed(String numberKey, String supporterId, Category category) {
        return suppressions.suppressed(numberKey, category)
                || supporterId != null && suppressions.suppressed(supporterKey(supporterId), category);
    }

    /** Remembers that texts to the number with {@code numberKey} are for {@code supporterId}. */
    public void remember(String numberKey, String supporterId) {
        if (supporterId != null) {
            mongo.upsert(query(where("_id").is(numberKey)), new Update().addToSet("supporterIds", supporterId),
                    RECIPIENTS);
        }
    }

    /** The resident texted a stop word: no optional texts to that number, and supporters hears of it. */
    public void stopped(String numberKey, Instant at) {
        suppressions.stopTexts(numberKey, supportersOf(numberKey), Category.optional(), at);
    }

    /**
     * The resident texted START or ALTA: optional texts go to that number again (a later stop wins), and supporters
     * hears of it.
     */
    public void resumed(String numberKey, Instant at) {
        suppressions.resumeTexts(numberKey, supportersOf(numberKey), Category.optional(), at);
    }

    List<String> supportersOf(String numberKey) {
        Document recipients = mongo.findById(numberKey, Document.class, RECIPIENTS);
        return recipients == null ? List.of() : recipients.getList("supporterIds", String.class, List.of());
    }

    @Override
    public void erase(String supporterId, Instant at) {
        mongo.updateMulti(query(where("supporterIds").is(supporterId)), new Update().pull("supporterIds", supporterId),
                RECIPIENTS);
    }
}
