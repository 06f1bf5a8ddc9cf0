package org.plaza.systemtests.supporters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plaza.systemtests.FullPlatform;
import org.plaza.systemtests.Organizer;
import org.plaza.systemtests.PageForm;
import org.plaza.systemtests.PlazaStack;
import org.plaza.systemtests.StaffClient;
import org.plaza.systemtests.StoreScan;


/**
 * Issue 20's erasure, end to end through the gateway: one resident signs a petition, comments on a drive and
 * volunteers, all with one address; opens "my data" with the emailed code and sees the three actions; erases;
 * and then every service's MongoDB is read, collection by collection and document by document, for the person's
 * address, name, phone and words: none may be left. What stays is pseudonymous (counts, supporter ids).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(FullPlatform.class)
class MyDataErasureIT {

    private static final Pattern CODE = Pattern.compile("(?m)^\\s+(\\d{6})\\s*$");
    private static final Duration ERASURE = Duration.ofMinutes(3);

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final String address = "lucia.mora." + run + "@example.org";
    private final String name = "Lucía Mora " + run;
    private final String phone = "+1760555" + String.format("%04d", Math.abs(run.hashCode()) % 10_000);
    private final String words = "Necesitamos agua limpia en la escuela " + run;
    private PlazaStack stack;
    private Organizer.Openings openings;

    @BeforeAll
    void anOrganizerOpensAPetitionADriveAndAShift(PlazaStack platform, StaffClient admin) {
        stack = platform;
        Organizer organizing = new Organizer(admin);
        openings = organizing.openOneOfEach(organizing.launchCampaign("Agua en Oasis", "Water in Oasis"), run);
    }

    @Test
    void aResidentWhoSignedCommentedAndVolunteeredSeesItAllErasesItAndNoStoreKeepsAnythingOfThem() {
        StaffClient resident = new StaffClient(stack.gatewayUrl());
        signThePetition(resident);
        commentOnTheDrive(resident);
        volunteer(resident);

        StaffClient mine = new StaffClient(stack.gatewayUrl());
        openMyData(mine);
        await("my data lists the signature, the comment and the volunteering").atMost(Organizer.PROPAGATION)
                .pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(
                        mine.get("/supporters/my-data/view?lang=es").body()).contains(address, "Firmaste una petición",
                        "Enviaste un comentario público", "Te inscribiste como voluntario"));
        assertThat(stores()).as("before erasure the person is in the stores").isNotEmpty();

        HttpResponse<String> confirm = mine.get("/supporters/my-data/erase?lang=es");
        HttpResponse<String> erased = PageForm.on(confirm, "/supporters/my-data/erase").submit(mine);
        assertThat(erased.body()).contains("Tus datos están borrados");

        await("nothing of the person in any store").atMost(ERASURE).pollInterval(Duration.ofSeconds(3))
                .untilAsserted(() -> assertThat(findings()).as("personal data still stored after erasure").isEmpty());
        assertThat(mine.get("/supporters/my-data/view").statusCode()).as("the session ended with the erasure")
                .isEqualTo(303);
    }

    private void signThePetition(StaffClient resident) {
        HttpResponse<String> page = resident.get("/petitions/" + openings.petitionSlug() + "?lang=es");
        HttpResponse<String> checkEmail = PageForm.on(page, "/petitions/" + openings.petitionSlug() + "/signatures")
                .set("fullName", name).set("email", address).set("community", "OASIS").submit(resident);
        assertThat(PageForm.on(checkEmail, "/petitions/" + openings.petitionSlug() + "/confirm-code")
                .set("code", code("Confirma tu firma")).submit(resident).body()).contains("Tu firma está confirmada");
    }

    private void commentOnTheDrive(StaffClient resident) {
        String drive = "/comments/drives/" + openings.driveId();
        HttpResponse<String> codePage = PageForm.on(resident.get(drive + "?lang=es"), drive).set("name", name)
                .set("email", address).set("community", "OASIS").set("position", "SUPPORT").set("comment", words)
                .submit(resident);
        String confirm = PageForm.page(codePage).select("form[action*=/comments/confirm/]").attr("action");
        assertThat(PageForm.on(codePage, URI.create(confirm).getPath()).set("code", code("Confirma tu comentario"))
                .submit(resident).body()).contains("comentario está confirmado");
    }

    private void volunteer(StaffClient resident) {
        HttpResponse<String> form = resident.get("/outreach/volunteer?lang=es");
        HttpResponse<String> received = PageForm.on(form, "/outreach/volunteer").set("name", name).set("email", address)
                .set("phone", phone).set("preferredLanguage", "es").set("community", "OASIS").set("languages", "ES")
                .set("ageGroup", "ADULT").set("contactConsent", "true").submit(resident);
        assertThat(received.body()).as("the volunteer form was accepted").contains("id=\"received\"");
        String link = stack.mailbox().awaitSubject(address, "Confirma tu correo para ser voluntario")
                .link("/outreach/volunteer/confirm");
        PageForm.on(resident.get(link), "/outreach/volunteer/confirm").submit(resident);
    }

    private void openMyData(StaffClient mine) {
        HttpResponse<String> codePage = PageForm.on(mine.get("/supporters/my-data?lang=es"), "/supporters/my-data")
                .set("email", address).submit(mine);
        HttpResponse<String> view = PageForm.on(codePage, "/supporters/my-data/code")
                .set("code", code("Tu código para ver tus datos")).submit(mine);
        assertThat(view.uri().getPath()).isEqualTo("/supporters/my-data/view");
    }

    private String code(String subject) {
        String text = stack.mailbox().awaitSubject(address, subject).text();
        Matcher code = CODE.matcher(text);
        assertThat(code.find()).as("a 6-digit code in \"%s\":\n%s", subject, text).isTrue();
        return code.group(1);
    }

    /** The services whose store holds anything of the person now. */
    private List<String> stores() {
        return StoreScan.servicesHolding(stack, traces());
    }

    /** Where the person's traces are stored: {@code service collection _id: "trace"}. */
    private List<String> findings() {
        return StoreScan.findings(stack, traces());
    }

    private List<String> traces() {
        return List.of(address, name, phone, words);
    }
}
