package org.plaza.systemtests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * Reads every document of every collection of every service's MongoDB on the running platform, as stored, for a
 * person's traces (address, name, phone, words), ignoring case: after an erasure none may be left. The system-test
 * side of test-support's {@code PersonalDataScan}, over the stack's real databases.
 */
public final class StoreScan {

    /** Every service with a store of its own. */
    public static final List<String> STORES = List.of("identity", "campaigns", "petitions", "comments", "outreach",
            "notifications", "insights", "supporters");

    private StoreScan() {
    }

    /** Where the traces are stored: {@code service collection _id: "trace"}; empty when nowhere. */
    public static List<String> findings(PlazaStack stack, List<String> traces) {
        List<String> found = new ArrayList<>();
        for (String service : STORES) {
            if (!stack.runs(service)) {
                continue;
            }
            try (MongoClient client = MongoClients.create(stack.mongoUri(service))) {
                MongoDatabase database = client.getDatabase(databaseOf(stack.mongoUri(service)));
                for (String collection : database.listCollectionNames()) {
                    for (Document document : database.getCollection(collection).find()) {
                        String text = document.toJson().toLowerCase(Locale.ROOT);
                        for (String trace : traces) {
                            if (text.contains(trace.toLowerCase(Locale.ROOT))) {
                                found.add(service + " " + collection + " " + document.get("_id") + ": \"" + trace + "\"");
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The services whose store holds any of the traces now. */
    public static List<String> servicesHolding(PlazaStack stack, List<String> traces) {
        return findings(stack, traces).stream().map(finding -> finding.substring(0, finding.indexOf(' '))).distinct()
                .toList();
    }

    private static String databaseOf(String uri) {
        String path = uri.substring(uri.indexOf("://") + 3);
        String afterHost = path.substring(path.indexOf('/') + 1);
        int query = afterHost.indexOf('?');
        return query < 0 ? afterHost : afterHost.substring(0, query);
    }
}
