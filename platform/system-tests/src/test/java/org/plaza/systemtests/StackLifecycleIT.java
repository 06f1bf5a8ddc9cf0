package org.plaza.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Stopping and restarting: nothing is left running, data survives, taken ports are refused up front. */
class StackLifecycleIT {

    /** What `./plaza up --services none` runs: the launcher, the broker, MongoDB, the mail server and the SMS sink. */
    private static final String[] INFRASTRUCTURE = { "launcher", "kafka", "mongo", "mail", "sms" };

    @Test
    void downStopsEveryProcessAndDataSurvivesARestart() {
        String marker = UUID.randomUUID().toString();
        try (PlazaStack stack = PlazaStack.named("lifecycle").withoutServices().up()) {
            insert(stack, marker);
            List<ProcessHandle> firstRun = stack.recordedProcesses();
            assertThat(stack.recordedNames()).containsExactlyInAnyOrder(INFRASTRUCTURE);
            assertThat(firstRun).hasSize(INFRASTRUCTURE.length);

            PlazaStack.Result down = stack.down();

            assertThat(down.exitCode()).as(down.output()).isZero();
            assertThat(down.output()).contains("Plaza stopped.");
            assertThat(firstRun).noneMatch(ProcessHandle::isAlive);
            assertThat(stack.dataDir().resolve("pids")).doesNotExist();
            assertThat(stack.status().output()).containsPattern("mongo +down");

            stack.up();

            assertThat(find(stack, marker)).isNotNull();
            List<ProcessHandle> secondRun = stack.recordedProcesses();

            stack.interrupt();

            assertThat(secondRun).hasSize(INFRASTRUCTURE.length).noneMatch(ProcessHandle::isAlive);
            assertThat(stack.upOutputText()).contains("Stopping Plaza...", "Plaza stopped.");
        }
    }

    @Test
    void refusesToStartWhenAPortIsTakenAndNamesTheProcess() throws Exception {
        try (PlazaStack stack = PlazaStack.named("port-taken");
             ServerSocket squatter = new ServerSocket(stack.mongoPort(), 1, InetAddress.getLoopbackAddress())) {

            PlazaStack.Result refused = stack.upRefused();

            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.output())
                    .contains("port " + stack.mongoPort() + " (mongo) is in use by pid " + ProcessHandle.current().pid());
            assertThat(stack.recordedProcesses()).isEmpty();
        }
    }

    private static void insert(PlazaStack stack, String marker) {
        try (MongoClient client = MongoClients.create(stack.mongoUri("lifecycle"))) {
            probes(client).insertOne(new Document("marker", marker));
        }
    }

    private static Document find(PlazaStack stack, String marker) {
        try (MongoClient client = MongoClients.create(stack.mongoUri("lifecycle"))) {
            return probes(client).find(new Document("marker", marker)).first();
        }
    }

    private static MongoCollection<Document> probes(MongoClient client) {
        return client.getDatabase("plaza_lifecycle").getCollection("probes");
    }
}
