package org.plaza.testsupport.hostile;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The hostile-input walk of a service as a test interface: the service's test class carries its own test
 * annotation (a Spring Boot test with {@code @AutoConfigureMockMvc}), says who its administrator is and, where
 * staff operations belong to a campaign, who the organizer of another campaign's team is; the walk of
 * {@link HostileInput} and the closing check that nothing was stored as a MongoDB operator come from here.
 * Where the service says how to mint its capability links and which of its forms take an email address, the walk
 * also checks that invalid links and known addresses tell nothing apart ({@link ResidentProbes}).
 * An interface rather than a base class, so a test that already extends its service's base class can take it.
 *
 * <pre>{@code
 * @CampaignsTest
 * class HostileInputTest implements HostileInputWalk {
 *
 *     @Override
 *     public RequestPostProcessor admin() {
 *         return jwt().authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));
 *     }
 * }
 * }</pre>
 */
public interface HostileInputWalk {

    /** The staff member who sends every attack: an ADMIN ({@code HostileInput.authorization(bearer)}, a {@code jwt()}). */
    RequestPostProcessor admin() throws Exception;

    /**
     * An organizer of another campaign's team and campaign X's real ids, for the services whose staff operations
     * belong to a campaign; null (the default) leaves that part of the walk out. Called once, after {@link #admin()}.
     */
    default Outsider organizerOfAnotherTeam() throws Exception {
        return null;
    }

    /**
     * A staff member without any role, for the 403 checks of staff APIs and pages: by default a token of the
     * shared test issuer, when the service trusts it. A service that trusts only its own keys passes a {@code jwt()}.
     */
    default RequestPostProcessor staffWithoutRole(ApplicationContext context) {
        return HostileInput.staffWithoutRole(context);
    }

    /** Whether the walk attacks this endpoint (by default every one). */
    default boolean attacks(Endpoint endpoint) {
        return true;
    }

    /**
     * The service's capability links (resident pages reached by a secret in the path), each with the hooks that mint,
     * expire and revoke one; none by default. See {@link ResidentProbes}.
     */
    default List<CapabilityLink> capabilityLinks() throws Exception {
        return List.of();
    }

    /** The service's resident forms and APIs that take an email address, probed for enumeration; none by default. */
    default List<EmailForm> emailForms() throws Exception {
        return List.of();
    }

    /** The walk over every endpoint, the resident probes, then whether anything it sent was stored with an operator key. */
    @TestFactory
    default Stream<DynamicTest> everyEndpointAnswersHostileInputWithoutA5xxOrAnUnescapedScript(@Autowired MockMvc mvc,
            ApplicationContext context, @Autowired MongoTemplate mongo) throws Exception {
        Stream<DynamicTest> walk = HostileInput.attack(mvc, context, admin(), this::attacks, staffWithoutRole(context),
                organizerOfAnotherTeam());
        Stream<DynamicTest> resident = Stream.concat(ResidentProbes.capabilityLinks(mvc, capabilityLinks()).stream(),
                ResidentProbes.emailForms(mvc, emailForms()).stream());
        return Stream.of(walk, resident, Stream.of(DynamicTest.dynamicTest("nothing injected is stored as an operator",
                () -> HostileInput.assertNoOperatorKeysStored(mongo)))).flatMap(tests -> tests);
    }
}
