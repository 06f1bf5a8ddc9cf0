package org.plaza.notifications.consent;

import java.util.List;
import java.util.Optional;

import org.plaza.events.supporters.SupporterConsentChanged;
import org.plaza.notifications.template.Category;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Keeps the suppression list in step with the consent a resident changes on the supporters service ("my data"): a
 * withdrawn consent for email suppresses that category at once, a granted one lifts the suppression unless the
 * person unsubscribed after deciding. A change for SMS does the same for texts to that supporter
 * ({@link TextConsent#supporterKey}); other channels and the categories that are always sent change nothing here.
 */
@Component
public class ConsentChanges {

    static final String EMAIL = "EMAIL";
    static final String SMS = "SMS";

    private final Suppressions suppressions;
    private final MeterRegistry meters;

    ConsentChanges(Suppressions suppressions, MeterRegistry meters) {
        this.suppressions = suppressions;
        this.meters = meters;
    }

    public void consentChanged(SupporterConsentChanged change) {
        Optional<Category> category = Category.parse(change.category()).filter(c -> !c.alwaysSent());
        boolean email = EMAIL.equals(change.channel());
        if (!(email || SMS.equals(change.channel())) || category.isEmpty() || change.supporterId() == null
                || change.changedAt() == null) {
            meters.counter("plaza.notifications.consent.changes", "outcome", "ignored").increment();
            return;
        }
        String key = email ? change.supporterId() : TextConsent.supporterKey(change.supporterId());
        if (change.granted()) {
            suppressions.resubscribe(key, category.get(), change.changedAt());
        } else {
            suppressions.suppress(key, List.of(category.get()), change.changedAt());
        }
        meters.counter("plaza.notifications.consent.changes", "outcome", change.granted() ? "granted" : "withdrawn")
                .increment();
    }
}
