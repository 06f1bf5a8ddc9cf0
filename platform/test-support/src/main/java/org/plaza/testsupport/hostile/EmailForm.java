package org.plaza.testsupport.hostile;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A resident form or API that takes an email address, as {@link ResidentProbes} probes it for enumeration: an
 * address that already acted (signed, commented, signed up) and a fresh one must get the same status, a redirect
 * to the same kind of place and the same visible text, once ids and tokens are set aside.
 */
public interface EmailForm {

    /** Names the dynamic test, e.g. {@code POST /petitions/{slug}/sign}. */
    String name();

    /** Makes this address known to the service the way a resident would (and confirms it, where that exists). */
    void actAs(String email) throws Exception;

    /** The submission carrying this address (the walk adds a CSRF token). */
    MockHttpServletRequestBuilder submit(String email) throws Exception;
}
