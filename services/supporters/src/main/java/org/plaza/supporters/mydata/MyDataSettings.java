package org.plaza.supporters.mydata;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code plaza.supporters.my-data.*}.
 *
 * @param publicBaseUrl   where residents reach Plaza (the gateway), for the link in the email; blank only under the
 *                        embedded and test profiles ({@code http://localhost:8080})
 * @param codeTtl         how long an emailed code works
 * @param maxWrongCodes   wrong codes one request accepts before it is locked
 * @param sessionTtl      how long the page stays open after the right code
 * @param codesPerAddress codes sent to one address per {@code addressWindow}; more requests get the same answer and
 *                        no email (earlier codes still work)
 * @param addressWindow   the window of {@code codesPerAddress}
 * @param codesPerClient  code requests one client (network) may make per {@code clientWindow} on this instance
 * @param clientWindow    the window of {@code codesPerClient}
 */
@ConfigurationProperties("plaza.supporters.my-data")
public record MyDataSettings(@DefaultValue("") String publicBaseUrl, @DefaultValue("15m") Duration codeTtl,
        @DefaultValue("5") int maxWrongCodes, @DefaultValue("20m") Duration sessionTtl,
        @DefaultValue("3") int codesPerAddress, @DefaultValue("1h") Duration addressWindow,
        @DefaultValue("10") int codesPerClient, @DefaultValue("1h") Duration clientWindow) {

    static final String DEVELOPMENT_BASE_URL = "http://localhost:8080";

    String baseUrl() {
        String base = publicBaseUrl == null || publicBaseUrl.isBlank() ? DEVELOPMENT_BASE_URL : publicBaseUrl.strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
