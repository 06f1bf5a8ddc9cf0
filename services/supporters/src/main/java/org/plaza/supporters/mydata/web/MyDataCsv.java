package org.plaza.supporters.mydata.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Locale;

import org.plaza.starter.csv.CsvWriter;
import org.plaza.supporters.mydata.MyData;
import org.springframework.context.MessageSource;

/**
 * What is kept about a person as one CSV table in the language of the page it was downloaded from: the headers
 * ({@code section, field, value, date, source}), the sections, the contact fields, the consents (what, agreed or not,
 * the words shown, where they came from), the actions, tags and notes, in the words of the my-data page. Dates stay
 * ISO 8601 in UTC, readable by any spreadsheet whatever its language. Written with the starter's {@link CsvWriter}
 * (byte-order mark, formula guard).
 */
final class MyDataCsv {

    private final MessageSource messages;
    private final MyDataLabels labels;
    private final Locale locale;

    MyDataCsv(MessageSource messages, MyDataLabels labels, Locale locale) {
        this.messages = messages;
        this.labels = labels;
        this.locale = locale;
    }

    void write(MyData data, OutputStream out) throws IOException {
        try (CsvWriter csv = CsvWriter.open(out, text("mydata.csv.section"), text("mydata.csv.field"),
                text("mydata.csv.value"), text("mydata.csv.date"), text("mydata.csv.source"))) {
            MyData.Contact contact = data.contact();
            if (contact != null) {
                String section = text("mydata.contact.title");
                csv.row(section, text("mydata.contact.name"), contact.name(), "", "");
                csv.row(section, text("mydata.contact.email"), contact.email(), "", "");
                csv.row(section, text("mydata.contact.phone"), contact.phone(), "", "");
                csv.row(section, text("mydata.contact.language"), labels.language(contact.language()), "", "");
                csv.row(section, text("mydata.contact.community"), labels.community(contact.community()), "", "");
            }
            for (MyData.ConsentEntry consent : data.consentsInForce()) {
                csv.row(text("mydata.csv.consent-in-force"), purpose(consent), answer(consent), iso(consent.at()),
                        provenance(consent));
            }
            for (MyData.ConsentEntry consent : data.consentHistory()) {
                String value = consent.wording() == null ? answer(consent) : answer(consent) + ": " + consent.wording();
                csv.row(text("mydata.csv.consent-given"), purpose(consent), value, iso(consent.at()),
                        provenance(consent));
            }
            for (MyData.ActionEntry action : data.actions()) {
                csv.row(text("mydata.csv.action"), named("mydata.action.", action.kind()),
                        action.itemId() != null ? action.itemId() : action.campaignId(), iso(action.at()),
                        named("mydata.service.", action.service()));
            }
            for (String tag : data.tags()) {
                csv.row(text("mydata.csv.tag"), text("mydata.csv.tag"), tag, "", "");
            }
            for (MyData.NoteEntry note : data.notes()) {
                csv.row(text("mydata.csv.note"), text("mydata.csv.note"), note.text(), iso(note.at()), "");
            }
            if (data.erasedAt() != null) {
                csv.row(text("mydata.csv.erasure"), text("mydata.csv.erased"), "", iso(data.erasedAt()), "");
            }
        }
    }

    private String purpose(MyData.ConsentEntry consent) {
        return text("mydata.consent.purpose", named("mydata.category.", consent.category()),
                named("mydata.channel.", consent.channel()));
    }

    private String answer(MyData.ConsentEntry consent) {
        return text(consent.granted() ? "mydata.csv.granted" : "mydata.csv.declined");
    }

    /** Where a consent came from: how (the page's words for its source), then the service and item in brackets. */
    private String provenance(MyData.ConsentEntry consent) {
        StringBuilder source = new StringBuilder(named("mydata.source.", consent.source()));
        if (consent.service() != null) {
            source.append(" (").append(named("mydata.service.", consent.service()));
            if (consent.itemId() != null) {
                source.append(' ').append(consent.itemId());
            }
            source.append(')');
        }
        return source.toString();
    }

    /** The page's words for a code, or the code itself when the page has none (a newer kind, service or source). */
    private String named(String prefix, String code) {
        return code == null ? "" : messages.getMessage(prefix + code, null, code, locale);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static String iso(Instant at) {
        return at == null ? "" : at.toString();
    }
}
