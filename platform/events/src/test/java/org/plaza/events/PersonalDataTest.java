package org.plaza.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.supporters.SupporterContactShared;
import tools.jackson.databind.JsonNode;

/**
 * Events carry no direct personal data: no schema has a field for a name, email, phone, address
 * or IP, except the notification request, which is marked as the one contract with contact details.
 */
class PersonalDataTest {

    private static final String PERSONAL_DATA_MARK = "x-plaza-personal-data";

    /** Every type whose schema does not declare that it carries contact details. */
    static Stream<String> domainEventTypes() {
        return Contracts.types().stream()
                .filter(type -> !Contracts.schema(type).path(PERSONAL_DATA_MARK).asBoolean(false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"firstName", "email", "phoneNumber", "streetAddress", "clientIp", "ipAddress", "fullName",
            "name", "first_name", "last-name", "clientIP", "IPAddress", "recipientEmail", "emailAddress", "zipCode",
            "postalCode", "homePhone", "mailingAddress", "surname", "displayName", "ipv4", "dateOfBirth"})
    void detectorFlagsPersonalFieldNames(String propertyName) {
        assertThat(PersonalDataDetector.isPersonal(propertyName)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"participants", "shipping", "campaignId", "titleEs", "supporterId", "staffId",
            "relationship", "equipment", "membership", "timeZone", "filename", "namespace", "templateKey",
            "community", "description", "tipAmount", "zipper", "skipped", "emailed", "addressed"})
    void detectorLetsInnocentFieldNamesThrough(String propertyName) {
        assertThat(PersonalDataDetector.isPersonal(propertyName)).isFalse();
    }

    @Test
    void detectorSplitsCamelCaseAcronymsSnakeAndKebabCase() {
        assertThat(PersonalDataDetector.words("clientIPAddress")).containsExactly("client", "ip", "address");
        assertThat(PersonalDataDetector.words("first_name")).containsExactly("first", "name");
        assertThat(PersonalDataDetector.words("street-address")).containsExactly("street", "address");
        assertThat(PersonalDataDetector.words("titleEs")).containsExactly("title", "es");
    }

    @Test
    void detectorLooksIntoNestedObjectsAndArrays() {
        String schema = """
                {"type": "object",
                 "properties": {
                   "attachment": {"type": "object", "properties": {"ownerEmail": {"type": "string"}}},
                   "contacts": {"type": "array", "items": {"type": "object", "properties": {"phone": {}}}},
                   "campaignId": {"type": "string"}}}
                """;
        assertThat(PersonalDataDetector.personalProperties(Contracts.readTree(schema)))
                .containsExactly("/attachment/ownerEmail", "/contacts/phone");
    }

    @ParameterizedTest
    @MethodSource("domainEventTypes")
    void eventSchemaHasNoPersonalDataField(String type) {
        assertThat(PersonalDataDetector.personalProperties(Contracts.schema(type))).isEmpty();
    }

    @Test
    void onlyTheNotificationRequestAndTheSupporterHandOverAreMarkedAsCarryingContactDetails() {
        String request = EventTypes.typeOf(NotificationRequested.class);
        String handOver = EventTypes.typeOf(SupporterContactShared.class);
        assertThat(Contracts.types().stream().filter(type -> Contracts.schema(type).has(PERSONAL_DATA_MARK)))
                .containsExactlyInAnyOrder(request, handOver);
        assertThat(Contracts.schema(request).path(PERSONAL_DATA_MARK).asBoolean()).isTrue();
        assertThat(Contracts.schema(handOver).path(PERSONAL_DATA_MARK).asBoolean()).isTrue();
    }

    @Test
    void notificationRequestReallyCarriesTheContactDetailsItIsMarkedFor() {
        JsonNode schema = Contracts.schema(EventTypes.typeOf(NotificationRequested.class));
        assertThat(PersonalDataDetector.personalProperties(schema))
                .containsExactly("/recipientDisplayName", "/recipientEmail", "/recipientPhone");
    }

    @Test
    void supporterHandOverTravelsOnItsOwnRestrictedTopicKeyedByThePseudonym() {
        String handOver = EventTypes.typeOf(SupporterContactShared.class);
        assertThat(PersonalDataDetector.personalProperties(Contracts.schema(handOver)))
                .containsExactlyInAnyOrder("/displayName", "/email", "/phone");
        assertThat(EventTypes.topicOf(handOver)).isEqualTo("plaza.supporters.contacts");
        assertThat(Contracts.schema(handOver).path("x-plaza").path("key").asText()).isEqualTo("supporterId");
    }

}
