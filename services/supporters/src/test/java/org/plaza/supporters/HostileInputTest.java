package org.plaza.supporters;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Order;
import org.plaza.starter.security.StaffMember;
import org.plaza.starter.security.StaffRole;
import org.plaza.supporters.segment.Segments;
import org.plaza.supporters.supporter.Directory;
import org.plaza.supporters.supporter.SupporterFilter;
import org.plaza.supporters.testing.Scenario;
import org.plaza.supporters.testing.SupportersTest;
import org.plaza.supporters.transfer.SheetImporter;
import org.plaza.testsupport.hostile.HostileInput;
import org.plaza.testsupport.hostile.HostileInputWalk;
import org.plaza.testsupport.hostile.Outsider;
import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every endpoint of the service, resident and staff, against the platform's hostile-input walk, including every
 * staff operation on campaign X's supporter, segment and import as an organizer of another campaign's team. Runs last.
 */
@SupportersTest
@Order(Integer.MAX_VALUE)
class HostileInputTest implements HostileInputWalk {

    @Autowired StaffTokens tokens;
    @Autowired Scenario scenario;
    @Autowired Segments segments;
    @Autowired SheetImporter importer;
    @Autowired MongoTemplate mongo;
    @Autowired Directory directory;

    @Override
    public RequestPostProcessor admin() {
        return HostileInput.authorization(StaffTokens.bearer(tokens.staffToken("admin-hostile", Role.ADMIN)));
    }

    @Override
    public Outsider organizerOfAnotherTeam() {
        String organizer = Scenario.unique("org");
        String campaignX = scenario.campaign(organizer);
        String outsider = Scenario.unique("outsider");
        scenario.campaign(outsider);
        String supporterId = scenario.signer(campaignX, "Nadia", "OASIS", "es", true);
        StaffMember owner = new StaffMember(organizer, Set.of(StaffRole.ORGANIZER));
        directory.addTag(owner, supporterId, "leader");
        String segmentId = segments.save(owner, "Oasis", SupporterFilter.everyone().withCampaign(campaignX)).id();
        String importId = importer.run(owner, campaignX, "sheet.csv",
                ("email\n" + Scenario.unique("olga") + "@example.org\n").getBytes(StandardCharsets.UTF_8), null).id();
        return new Outsider(HostileInput.authorization(StaffTokens.bearer(tokens.staffToken(outsider, Role.ORGANIZER))),
                Map.of("supporterId", supporterId, "segmentId", segmentId, "importId", importId, "tag", "leader"))
                .watching(Outsider.documents(mongo, "supporters", "_id", supporterId))
                .watching(Outsider.documents(mongo, "segments", "_id", segmentId))
                .watching(Outsider.documents(mongo, "imports", "_id", importId));
    }
}
