package org.plaza.supporters.mydata;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

import org.plaza.starter.csv.CsvWriter;
import org.plaza.supporters.erasure.Erasing;
import org.plaza.supporters.supporter.SupporterStore;
import org.springframework.stereotype.Service;

/** Reads what is kept about a person, and writes it as a download (JSON through the web layer, CSV here). */
@Service
public class MyDataReader {

    private final SupporterStore store;
    private final Erasing erasing;

    MyDataReader(SupporterStore store, Erasing erasing) {
        this.store = store;
        this.erasing = erasing;
    }

    public MyData read(String supporterId) {
        return MyData.of(store.find(supporterId).orElse(null), erasing.erasedAt(supporterId).orElse(null));
    }

    /**
     * The same data as one CSV table ({@code section, field, value, date, source}): contact details, consents in
     * force and their history with provenance, actions, tags and notes. Written with the starter's formula guard.
     */
    public void writeCsv(MyData data, OutputStream out) throws IOException {
        try (CsvWriter csv = CsvWriter.open(out, "section", "field", "value", "date", "source")) {
            MyData.Contact contact = data.contact();
            if (contact != null) {
                csv.row("contact", "name", contact.name(), "", "");
                csv.row("contact", "email", contact.email(), "", "");
                csv.row("contact", "phone", contact.phone(), "", "");
                csv.row("contact", "language", contact.language(), "", "");
                csv.row("contact", "community", contact.community(), "", "");
            }
            for (MyData.ConsentEntry consent : data.consentsInForce()) {
                csv.row("consent in force", consent.channel() + ":" + consent.category(),
                        consent.granted() ? "granted" : "declined", text(consent.at()), provenance(consent));
            }
            for (MyData.ConsentEntry consent : data.consentHistory()) {
                csv.row("consent given", consent.channel() + ":" + consent.category(),
                        (consent.granted() ? "granted: " : "declined: ") + consent.wording(), text(consent.at()),
                        provenance(consent));
            }
            for (MyData.ActionEntry action : data.actions()) {
                csv.row("action", action.kind(), action.itemId() != null ? action.itemId() : action.campaignId(),
                        text(action.at()), action.service());
            }
            for (String tag : data.tags()) {
                csv.row("tag", "tag", tag, "", "");
            }
            for (MyData.NoteEntry note : data.notes()) {
                csv.row("note", "note", note.text(), text(note.at()), "");
            }
            if (data.erasedAt() != null) {
                csv.row("erasure", "erased", "", text(data.erasedAt()), "");
            }
        }
    }

    private static String provenance(MyData.ConsentEntry consent) {
        StringBuilder source = new StringBuilder(String.valueOf(consent.source()));
        if (consent.service() != null) {
            source.append(" (").append(consent.service());
            if (consent.itemId() != null) {
                source.append(' ').append(consent.itemId());
            }
            source.append(')');
        }
        return source.toString();
    }

    private static String text(Instant at) {
        return at == null ? "" : at.toString();
    }
}
